// Render bench (issue 4): frame time while an input moves, in headless Chromium with software WebGL, against
// a bare R3F scene drawing the same triangle count in the same run; frames drawn while idle; built JS (gzip).
import react from '@vitejs/plugin-react'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../../test/browser/support/browser'
import { builtJsGzipBytes, serveBuild } from '../../test/browser/support/build'

const FRAMES = 60
/** Alternating measurements: rounds, and frames per side per round. */
const ROUNDS = 6
const BLOCK = 10
const SIZE = { width: 800, height: 600 }

/** Drives `step(i)` once per animation frame for `n` frames; returns each frame's interval (ms). */
async function frameTimes(page: Page, stepExpr: string, n: number, from = 0): Promise<number[]> {
  return page.evaluate(
    async ({ n, from, stepExpr }) => {
      const step = new Function('i', stepExpr) as (i: number) => void
      const times: number[] = []
      let last = performance.now()
      for (let i = from; i < from + n; i++) {
        step(i)
        await new Promise(requestAnimationFrame)
        const now = performance.now()
        times.push(now - last)
        last = now
      }
      return times
    },
    { n, from, stepExpr },
  )
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Drives `step(i)` once per animation frame for FRAMES frames; returns the median frame interval (ms). */
async function driveFrames(page: Page, stepExpr: string): Promise<number> {
  return median(await frameTimes(page, stepExpr, FRAMES))
}

interface Side {
  page: Page
  /** Run once before each of this side's blocks (e.g. switch a feature on or off); not timed. */
  before?: string
  step: string
}

/**
 * Two scenes measured in alternating blocks of BLOCK frames (ROUNDS of each), so that a change in the machine's
 * load while the bench runs touches both alike: on a shared 2-core machine, two scenes measured a minute
 * apart differed by 2× on their own. Returns each side's median over all its frames and the median of the
 * per-round ratios a/b. The first block of each side is a warm-up (shader compiles) and is not counted.
 */
async function alternating(a: Side, b: Side): Promise<{ aMs: number; bMs: number; ratio: number }> {
  const all: [number[], number[]] = [[], []]
  const ratios: number[] = []
  for (let round = -1; round < ROUNDS; round++) {
    const ms: number[] = []
    for (const [k, side] of [a, b].entries()) {
      if (side.before) await side.page.evaluate(side.before)
      const times = await frameTimes(side.page, side.step, BLOCK, (round + 1) * BLOCK)
      ms.push(median(times))
      if (round >= 0) all[k]!.push(...times)
    }
    if (round >= 0) ratios.push(ms[0]! / ms[1]!)
  }
  return { aMs: median(all[0]), bMs: median(all[1]), ratio: median(ratios) }
}

/**
 * In the explorer's page: switch the depth of issue 16 on or off (the studio light probe, tone mapping, the
 * baked occlusion in the vertex colours, the contact shadows), so the bench can weigh what it costs per frame
 * against the same scene without it. The occlusion stays in the geometry; only its use is switched.
 */
const DEPTH_SWITCH = `window.__kceDepth = (on) => {
  const probe = document.getElementById('root').kceDiagnostics.probe
  let scene = [...probe.roots][0]
  while (scene.parent) scene = scene.parent
  const saved = (window.__kceDepthSaved ??= { toneMapping: probe.gl.toneMapping })
  scene.getObjectByName('studio_light_probe').visible = on
  probe.gl.toneMapping = on ? saved.toneMapping : 0
  scene.traverse((o) => {
    if (o.name.startsWith('contact_shadow')) o.visible = on
    for (const m of [o.material ?? []].flat()) {
      if (!('vertexColors' in m)) continue
      m.userData.kceVertexColors ??= m.vertexColors
      const want = on && m.userData.kceVertexColors
      if (m.vertexColors !== want) { m.vertexColors = want; m.needsUpdate = true }
    }
  })
}`

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
    const slider = `${diag}.handle.setInputs({ right: { calcanealEversionDeg: -5 + (i % 20) } })`

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
    const vsBare = await alternating({ page, step: slider }, { page: bare, step: `window.__bench.step(i)` })
    // Depth (issue 16) against the same page without it, a slider moving in both.
    await page.evaluate(DEPTH_SWITCH)
    const depth = await alternating(
      { page, before: 'window.__kceDepth(true)', step: slider },
      { page, before: 'window.__kceDepth(false)', step: slider },
    )
    await page.evaluate('window.__kceDepth(true)')
    await page.waitForFunction(`!${diag}.probe.framePending()`, null, { timeout: 60_000 })
    const idleStart = await page.evaluate(`${diag}.probe.frames()`)
    await page.waitForTimeout(1000)
    const idleFrames = ((await page.evaluate(`${diag}.probe.frames()`)) as number) - (idleStart as number)

    const frames = `medians of ${ROUNDS}×${BLOCK} frames each, measured in alternating blocks`
    console.log(`triangles drawn per frame: ${triangles}`)
    console.log(
      `frame time while a slider moves (${frames}): explorer ${vsBare.aMs.toFixed(1)} ms, bare R3F ${vsBare.bMs.toFixed(1)} ms, ratio ${vsBare.ratio.toFixed(2)} (target ≤ 1.5)`,
    )
    console.log(
      `depth (studio light probe, tone mapping, baked occlusion, contact shadows) while a slider moves (${frames}): with ${depth.aMs.toFixed(1)} ms, without ${depth.bMs.toFixed(1)} ms, ratio ${depth.ratio.toFixed(2)}`,
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
