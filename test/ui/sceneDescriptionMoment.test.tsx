// The screen readers' description of the 3D view while walking or running (src/ui/SceneDescription.tsx): the
// numbers of the cycle's moment (solveGait's, as the chain panel's), told where the clock stands still (paused,
// scrubbed, stepped); while it plays the live region says once that it plays and is not rewritten, so nothing
// is read out over and over. Standing keeps the standing description.
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EN } from '../../src/i18n'
import { solveGait } from '../../src/kinematics/solveGait'
import { createExplorerStore, selectPose, type ExplorerStore } from '../../src/state/store'
import { SceneDescription } from '../../src/ui/SceneDescription'
import { sceneDescription } from '../../src/ui/describe'
import { MOMENT_INTERVAL_MS } from '../../src/ui/gait/useGaitMoment'
import { renderWithStore } from './support/render'

/** Longer than the description's settling delay (SETTLE_MS, 700 ms). */
const SETTLED_MS = 1000

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function mount(store: ExplorerStore): () => string {
  const host = renderWithStore(store, <SceneDescription id="d" orbited={false} />)
  const p = host.querySelector('[data-testid="scene-description"]')!
  expect(p.getAttribute('aria-live')).toBe('polite')
  return () => p.textContent!
}
const settle = () => act(() => vi.advanceTimersByTime(SETTLED_MS))

describe('the scene description while walking: the numbers of the moment', () => {
  it('scrubbed to 20% and to 45%: the moment and solveGait’s numbers there, not the standing pose’s', () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated' }, { activity: 'walking' })
    const { clock, input, view, exaggerate } = store.getState()
    const text = mount(store)
    const shown: string[] = []
    for (const at of [0.2, 0.45]) {
      act(() => clock.seek(at))
      settle()
      const pct = Math.round(at * 100)
      expect(text()).toBe(
        sceneDescription(
          input,
          solveGait(input, at),
          view,
          exaggerate,
          false,
          EN,
          EN.t.describe.moment(String(pct), EN.t.gait.rightFoot),
        ),
      )
      shown.push(text())
    }
    expect(shown[0]).not.toBe(shown[1])
    // Not the standing-in-this-activity pose's numbers (the L5–S1 sentence differs).
    const standing = sceneDescription(input, selectPose(store.getState()), view, exaggerate, false, EN)
    const facets = (s: string) => s.slice(s.indexOf('Facet stress'))
    for (const s of shown) expect(facets(s)).not.toBe(facets(standing))
  })

  it('playing: said once, not rewritten however far the cycle runs; the exact moment again on pause and on a step', () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated' }, { activity: 'running' })
    const { clock, input, view, exaggerate } = store.getState()
    const text = mount(store)
    act(() => clock.play())
    settle()
    const playing = EN.t.describe.playing(EN.t.activities.running)
    expect(text()).toBe(playing)
    // Half a cycle of animation frames, the throttle's timers running between them: the same words throughout.
    const seen = new Set<string>()
    for (let i = 0; i < 60; i++) {
      act(() => clock.advance(0.005, 'running', 1))
      act(() => vi.advanceTimersByTime(MOMENT_INTERVAL_MS / 4))
      seen.add(text())
    }
    settle()
    seen.add(text())
    expect([...seen]).toEqual([playing])
    act(() => clock.pause())
    settle()
    // From the L5–S1 sentence on: the moment's numbers (the moment's own words are checked above).
    const facets = (s: string) => s.slice(s.indexOf('Facet stress'))
    const momentText = (at: number) =>
      facets(sceneDescription(input, solveGait(input, at), view, exaggerate, false, EN))
    expect(text()).not.toBe(playing)
    expect(facets(text())).toBe(momentText(clock.cycle))
    act(() => clock.step(1))
    settle()
    expect(facets(text())).toBe(momentText(clock.cycle))
  })

  it('standing: the standing description', () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated' })
    const { input, view, exaggerate } = store.getState()
    const text = mount(store)
    settle()
    expect(text()).toBe(sceneDescription(input, selectPose(store.getState()), view, exaggerate, false, EN))
  })
})
