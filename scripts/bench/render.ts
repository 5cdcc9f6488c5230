// Render bench (issue 4): frame time while an input moves, in headless Chromium with software WebGL, against
// a bare R3F scene drawing the same triangle count in the same run; frames drawn while idle; built JS (gzip).
import react from '@vitejs/plugin-react'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../../test/browser/support/browser'
import { builtJsGzipBytes, serveBuild } from '../../test/browser/support/build'

const FRAMES = 60
const SIZE = { width: 800, height: 600 }

/** Drives `step(i)` once per animation frame for FRAMES frames; returns the median frame interval (ms). */
async function driveFrames(page: Page, stepExpr: string): Promise<number> {
  return page.evaluate(
    async ({ n, stepExpr }) => {
      const step = new Function('i', stepExpr) as (i: number) => void
      const times: number[] = []
      let last = performance.now()
      for (let i = 0; i < n; i++) {
        step(i)
        await new Promise(requestAnimationFrame)
        const now = performance.now()
        times.push(now - last)
        last = now
      }
      times.sort((a, b) => a - b)
      return times[Math.floor(times.length / 2)]!
    },
    { n: FRAMES, stepExpr },
  )
}

export async function run(): Promise<void> {
  const app = await serveBuild('kce-bench-app-')
  const bare = await serveBuild('kce-bench-bare-', {
    configFile: false,
    root: 'bench',
    base: './',
    plugins: [react()],
    build: { rollupOptions: { input: 'bench/bare.html' } },
  })
  const [appUrl, bareUrl] = [app.url, bare.url]
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: SIZE, reducedMotion: 'reduce' })
    await page.goto(`${appUrl}?preset=neutral`)
    await page.waitForSelector('#root[data-ready]', { timeout: 120_000 })
    if ((await page.getAttribute('#root', 'data-ready')) !== 'true')
      throw new Error('the explorer did not become ready (model missing?)')
    const triangles = await page.evaluate(() => {
      const el = document.getElementById('root') as HTMLElement & {
        kceDiagnostics?: { probe: { gl: { info: { render: { triangles: number } } } | null } }
      }
      return el.kceDiagnostics!.probe.gl!.info.render.triangles
    })
    const diag = `document.getElementById('root').kceDiagnostics`
    const appMs = await driveFrames(
      page,
      `${diag}.handle.setInputs({ right: { calcanealEversionDeg: -5 + (i % 20) } })`,
    )
    const idleStart = await page.evaluate(`${diag}.probe.frames()`)
    await page.waitForTimeout(1000)
    const idleFrames = ((await page.evaluate(`${diag}.probe.frames()`)) as number) - (idleStart as number)

    const bare = await browser.newPage({ viewport: SIZE })
    await bare.goto(`${bareUrl}bare.html?triangles=${triangles}`)
    await bare.waitForSelector('#root[data-ready]')
    const bareMs = await driveFrames(bare, `window.__bench.step(i)`)

    console.log(`triangles drawn per frame: ${triangles}`)
    console.log(
      `frame time while a slider moves (median of ${FRAMES}): explorer ${appMs.toFixed(1)} ms, bare R3F ${bareMs.toFixed(1)} ms, ratio ${(appMs / bareMs).toFixed(2)} (target ≤ 1.5)`,
    )
    console.log(`frames drawn in 1 s idle: ${idleFrames} (target 0)`)
    console.log(
      `built JS (gzip, all chunks of the app build): ${(builtJsGzipBytes(app.outDir) / 1024).toFixed(1)} KiB`,
    )
  } finally {
    await browser.close()
    await app.close()
    await bare.close()
  }
}
