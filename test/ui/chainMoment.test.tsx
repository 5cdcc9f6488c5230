// The chain panel while walking or running (src/ui/ChainPanel.tsx, gait/useGaitMoment.ts,
// gait/GaitMomentCaption.tsx): its numbers are solveGait's at the clock's moment, exactly when the clock is
// scrubbed, stepped or paused, at most ten rewrites a second while it plays; the caption says which moment;
// the peak button goes to the side's mid-stance chain peak. Standing keeps the standing pose and no caption.
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EN } from '../../src/i18n'
import { chainPeakCycle, solveGait } from '../../src/kinematics/solveGait'
import { createExplorerStore, selectPose, type ExplorerStore } from '../../src/state/store'
import { ChainPanel } from '../../src/ui/ChainPanel'
import { signedWith } from '../../src/ui/format'
import { MOMENT_INTERVAL_MS } from '../../src/ui/gait/useGaitMoment'
import { renderWithStore } from './support/render'

afterEach(() => {
  vi.useRealTimers()
})

const mount = (store: ExplorerStore): HTMLElement => renderWithStore(store, <ChainPanel />)

const c = EN.t.chain
const tibiaText = (deg: number) => signedWith(deg, c.turnedIn, c.turnedOut, c.notTurned, EN.deg)
const tibiaShown = (el: HTMLElement, side: 'left' | 'right') =>
  el.querySelector(`[data-side="${side}"] [data-step="tibia"] .kce-number`)!.textContent

describe('chain panel while walking: the numbers of the moment', () => {
  it('scrubbing to 20% and to 45% shows solveGait’s tibia at each, and the caption says the moment', () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated' }, { activity: 'walking' })
    const { clock, input } = store.getState()
    const el = mount(store)
    const shown: string[] = []
    for (const at of [0.2, 0.45]) {
      act(() => clock.seek(at))
      const frame = solveGait(input, at)
      expect(tibiaShown(el, 'right')).toBe(tibiaText(frame.right.tibialInternalRotationDeg))
      expect(tibiaShown(el, 'left')).toBe(tibiaText(frame.left.tibialInternalRotationDeg))
      expect(el.querySelector('[data-testid="chain-moment"]')!.textContent).toContain(
        `At ${Math.round(at * 100)}% of the cycle (right foot on the ground)`,
      )
      shown.push(tibiaShown(el, 'right')!)
    }
    expect(shown[0]).not.toBe(shown[1])
    // Not the standing-in-this-activity pose any more.
    expect(shown).not.toContain(tibiaText(selectPose(store.getState()).right.tibialInternalRotationDeg))
  })

  it('playing: at most one rewrite per interval, the exact moment on pause', () => {
    vi.useFakeTimers()
    const { store } = createExplorerStore({ preset: 'right-overpronated' }, { activity: 'running' })
    const { clock, input } = store.getState()
    const el = mount(store)
    act(() => clock.play())
    // Twenty animation frames (a tenth of the cycle) inside one interval: nothing is rewritten until the timer.
    const before = tibiaShown(el, 'right')
    act(() => {
      for (let i = 0; i < 20; i++) clock.advance(0.004, 'running', 1)
    })
    expect(tibiaShown(el, 'right')).toBe(before)
    act(() => vi.advanceTimersByTime(MOMENT_INTERVAL_MS))
    const now = tibiaText(solveGait(input, clock.cycle).right.tibialInternalRotationDeg)
    expect(now).not.toBe(before)
    expect(tibiaShown(el, 'right')).toBe(now)
    expect(el.querySelector('[data-testid="chain-moment"]')!.textContent).toContain(EN.t.gait.momentPlaying)
    act(() => clock.advance(0.004, 'running', 1))
    act(() => clock.pause())
    expect(tibiaShown(el, 'right')).toBe(
      tibiaText(solveGait(input, clock.cycle).right.tibialInternalRotationDeg),
    )
    expect(el.querySelector('[data-testid="chain-moment"]')!.textContent).not.toContain(
      EN.t.gait.momentPlaying,
    )
  })

  it('the peak button pauses at the over-pronated right foot’s mid-stance chain peak', () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated' }, { activity: 'walking' })
    const { clock } = store.getState()
    const el = mount(store)
    act(() => clock.play())
    const button = el.querySelector<HTMLButtonElement>('[data-testid="chain-to-peak"]')!
    expect(button.textContent).toBe(EN.t.gait.toPeak('right'))
    act(() => button.click())
    expect(clock.playing).toBe(false)
    expect(clock.cycle).toBeCloseTo(chainPeakCycle('walking', 'right'), 9)
    expect(clock.cycle).toBeCloseTo(0.36, 2)
  })

  it('standing: the standing pose, no caption', () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated' })
    const el = mount(store)
    expect(el.querySelector('[data-testid="chain-moment"]')).toBeNull()
    expect(tibiaShown(el, 'right')).toBe(
      tibiaText(selectPose(store.getState()).right.tibialInternalRotationDeg),
    )
  })
})
