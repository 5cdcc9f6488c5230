import { describe, expect, it } from 'vitest'
import { createExplorerStore } from '../../src/state/store'
import { createTourStore } from '../../src/state/tourStore'

const setup = (ready = true) => {
  const { store } = createExplorerStore({ preset: 'right-overpronated' })
  let isReady = ready
  const t = createTourStore(store, true, () => isReady)
  return { store, tour: t.tour, dispose: t.dispose, setReady: (r: boolean) => (isReady = r) }
}

describe('the tour store (stills: no timers)', () => {
  it('play resolves completed when the last link is reached; a second play settles the first as not completed', async () => {
    const { tour, dispose } = setup()
    const first = tour.getState().play()
    const second = tour.getState().play()
    expect(await first).toEqual({ completed: false })
    expect(tour.getState().clock).toMatchObject({ active: true, step: 0, playing: false })
    tour.getState().dispatch({ type: 'step', index: tour.getState().total - 1 })
    expect(await second).toEqual({ completed: true })
    dispose()
  })

  it('a change of the inputs starts the current link again with the new numbers', () => {
    const { store, tour, dispose } = setup()
    void tour.getState().play()
    tour.getState().dispatch({ type: 'step', index: 2 })
    const run = tour.getState().stepRun
    store.getState().apply({ right: { calcanealEversionDeg: 14 } })
    expect(tour.getState().stepRun).toBe(run + 1)
    expect(tour.getState().clock.step).toBe(2)
    dispose()
  })

  it('tour: "chain" plays once ready, "off" stops; a stop settles the pending play as not completed', async () => {
    const { store, tour, dispose, setReady } = setup(false)
    store.getState().apply({ tour: 'chain' })
    expect(tour.getState().clock.active, 'not before the 3D is ready').toBe(false)
    setReady(true)
    store.getState().apply({ tour: 'chain' })
    expect(tour.getState().clock.active).toBe(true)
    const pending = tour.getState().play()
    store.getState().apply({ tour: 'off' })
    expect(tour.getState().clock.active).toBe(false)
    expect(await pending).toEqual({ completed: false })
    dispose()
  })
})
