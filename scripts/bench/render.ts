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

    // Walking (issue 13): the same page playing the gait cycle against the same scene held still (paused,
    // redrawn each frame by seeking the cycle where it stands), in one run; and the main thread's scripting
    // time per frame while walking (Chrome's ScriptDuration over the frames drawn).
    const walk = await browser.newPage({ viewport: SIZE, reducedMotion: 'no-preference' })
    await walk.goto(`${appUrl}?preset=right-overpronated&activity=walking&autoplay`)
    await walk.waitForSelector('#root[data-ready="true"]', { timeout: 120_000 })
    const cdp = await walk.context().newCDPSession(walk)
    await cdp.send('Performance.enable')
    const scriptSeconds = async () =>
      (
        (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
      ).metrics.find((m) => m.name === 'ScriptDuration')!.value
    /**
     * FRAMES animation frames, playing or (`stepExpr`) held still and redrawn each frame: their median interval,
     * and the scripting per frame drawn.
     */
    const figures = async (stepExpr = '') => {
      await walk.evaluate(stepExpr ? `${diag}.handle.pause()` : `${diag}.handle.play()`)
      const s0 = await scriptSeconds()
      const f0 = (await walk.evaluate(`${diag}.probe.frames()`)) as number
      const ms = await driveFrames(walk, stepExpr)
      const s1 = await scriptSeconds()
      const drawn = ((await walk.evaluate(`${diag}.probe.frames()`)) as number) - f0
      return { ms, drawn, scriptMs: ((s1 - s0) * 1000) / Math.max(1, drawn) }
    }
    const still = `${diag}.handle.seek(0.3)`
    await figures() // warm-up: the first frames compile the walker's code
    const walking = await figures()
    const stillMs = (await figures(still)).ms
    console.log(
      `frame time walking (median of ${FRAMES}): ${walking.ms.toFixed(1)} ms, the same scene still ${stillMs.toFixed(1)} ms, ratio ${(walking.ms / stillMs).toFixed(2)}`,
    )
    console.log(
      `main-thread scripting while walking: ${walking.scriptMs.toFixed(1)} ms per frame drawn (${walking.drawn} frames)`,
    )
    // The compare ghost (issue 13 §2): walking with it (a second walker posed each frame, and a second,
    // see-through skeleton drawn) against the same scene with it held still (the second skeleton drawn, not
    // re-posed: the skeleton's own walker still runs each frame); then paused with it shown, no frames.
    await walk.evaluate(`${diag}.handle.setInputs({ compare: 'neutral' })`)
    const ghost = await figures()
    const ghostStill = await figures(still)
    await walk.waitForFunction(`!${diag}.probe.framePending()`, null, { timeout: 60_000 })
    const pausedStart = (await walk.evaluate(`${diag}.probe.frames()`)) as number
    await walk.waitForTimeout(1000)
    const pausedFrames = ((await walk.evaluate(`${diag}.probe.frames()`)) as number) - pausedStart
    console.log(
      `walking with the compare ghost: frame ${ghost.ms.toFixed(1)} ms, scripting ${ghost.scriptMs.toFixed(1)} ms per frame; with the ghost held still ${ghostStill.ms.toFixed(1)} ms, ${ghostStill.scriptMs.toFixed(1)} ms (the ghost's walking: ratio ${(ghost.ms / ghostStill.ms).toFixed(2)}); without the ghost ${walking.ms.toFixed(1)} ms, ${walking.scriptMs.toFixed(1)} ms; frames drawn in 1 s paused with the ghost: ${pausedFrames} (target 0)`,
    )

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
