// What the browser tests wait on instead of timers. The explorer's probe (`container.kceDiagnostics.probe`,
// src/scene/probe.ts) counts the store's changes and the frames drawn, and says which change the last frame
// showed and whether a frame is still asked for; the page's own animation frames tick whether or not the
// explorer draws. Every wait has an explicit timeout sized for SwiftShader on two busy cores.
import type { Frame, Page } from 'playwright-core'
import type { DiagnosableElement } from '../../../src/app/mountExplorer'

export const SIGNAL_TIMEOUT_MS = 60_000

/**
 * Resolves once the explorer in `container` has drawn the store's latest change and has no frame pending
 * (any easing finished): what is on screen is what the inputs say.
 */
export async function settled(page: Page | Frame, container = '#root'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const probe = (document.querySelector(sel) as DiagnosableElement | null)?.kceDiagnostics?.probe
      return !!probe && probe.drawnVersion() === probe.inputVersion() && !probe.framePending()
    },
    container,
    { timeout: SIGNAL_TIMEOUT_MS },
  )
}

/** Frames the explorer in `container` has drawn so far. */
export const framesDrawn = (page: Page | Frame, container = '#root'): Promise<number> =>
  page.evaluate(
    (sel) => (document.querySelector(sel) as DiagnosableElement).kceDiagnostics!.probe.frames(),
    container,
  )

/** Whether the explorer in `container` has a frame asked for and not drawn yet. */
export const framePending = (page: Page | Frame, container = '#root'): Promise<boolean> =>
  page.evaluate(
    (sel) => (document.querySelector(sel) as DiagnosableElement).kceDiagnostics!.probe.framePending(),
    container,
  )

/** Resolves after the page's next `n` animation frames: the browser has had `n` chances to draw. */
export const animationFrames = (page: Page | Frame, n = 1): Promise<void> =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    n,
  )
