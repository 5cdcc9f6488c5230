// Tour bench (issue 11): the explorer's frame time while a step of "Play the chain" animates, against the same
// scene at rest drawn frame after frame (the camera turned a notch per frame: the same bones, lights and
// soft tissue, no pose change), in the same page and run; and frames drawn while the tour holds a step.
// `npm run bench tour` runs it alone.
import type { Page } from 'playwright-core'
import { launchBrowser } from '../../test/browser/support/browser'
import { serveBuild } from '../../test/browser/support/build'
import { STEP_MOTION_MS } from '../../src/state/tour'

const SIZE = { width: 1024, height: 768 }
const DIAG = `document.getElementById('root').kceDiagnostics`

/**
 * Intervals (ms) between the explorer's drawn frames over `ms`, calling `each()` on every animation frame
 * (which may ask for a frame or do nothing); the median is what a person sees as the frame time.
 */
async function frameIntervals(page: Page, ms: number, each: string): Promise<number[]> {
  return page.evaluate(
    async ({ ms, each, diag }) => {
      const probe = (new Function(`return ${diag}`)() as { probe: { frames(): number } }).probe
      const step = new Function(each) as () => void
      const times: number[] = []
      let frames = probe.frames()
      const end = performance.now() + ms
      while (performance.now() < end) {
        step()
        await new Promise(requestAnimationFrame)
        const f = probe.frames()
        if (f !== frames) {
          times.push(performance.now())
          frames = f
        }
      }
      return times.slice(1).map((t, i) => t - times[i]!)
    },
    { ms, each, diag: DIAG },
  )
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor(s.length / 2)]! : NaN
}

export async function run(): Promise<void> {
  const app = await serveBuild('kce-bench-tour-')
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: SIZE, reducedMotion: 'no-preference' })
    await page.goto(`${app.url}?preset=right-overpronated&exaggerate=3`)
    await page.waitForSelector('#root[data-ready="true"]', { timeout: 120_000 })
    // At rest: the camera turned a notch per animation frame (arrow key on the 3D view), nothing posed anew.
    // A step animating: the tibia, femur and pelvis steps replayed in turn, each for its motion's length.
    // Alternated, after a round of each to warm up (shaders, label layout), so both see the same machine load.
    const turn = (k: number) =>
      `document.querySelector('canvas').dispatchEvent(new KeyboardEvent('keydown', { key: ${k % 2 ? "'ArrowLeft'" : "'ArrowRight'"} }))`
    const rest: number[] = []
    const moving: number[] = []
    for (let k = 0; k < 4; k++) {
      await page.evaluate(`${DIAG}.handle.pauseChain()`)
      const r = await frameIntervals(page, STEP_MOTION_MS, turn(k))
      // Playing again from the foot, then straight to the step: it moves from its start.
      await page.evaluate(`(${DIAG}.handle.playChain(), ${DIAG}.handle.stepChain(${1 + (k % 3)}), 0)`)
      const m = await frameIntervals(page, STEP_MOTION_MS, '')
      if (k === 0) continue
      rest.push(...r)
      moving.push(...m)
    }
    // Holding: after the motion, the caption is read and nothing is drawn.
    await page.evaluate(`(${DIAG}.handle.playChain(), ${DIAG}.handle.stepChain(1), 0)`)
    await page.waitForTimeout(STEP_MOTION_MS + 300)
    const held = await frameIntervals(page, 2000, '')
    const ratio = median(moving) / median(rest)
    console.log(
      `frame time while a tour step animates (median of ${moving.length}): ${median(moving).toFixed(1)} ms; same scene at rest, camera turning (median of ${rest.length}): ${median(rest).toFixed(1)} ms; ratio ${ratio.toFixed(2)}`,
    )
    console.log(
      `frames drawn in 2 s while the tour holds a step: ${held.length === 0 ? 0 : held.length + 1} (target 0)`,
    )
  } finally {
    await browser.close()
    await app.close()
  }
}
