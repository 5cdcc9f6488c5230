// The chain tour's clock for one explorer: a small store beside the store of inputs (the tour is how the pose
// is shown, not an input), driven by the pure reducer in tour.ts. A timer moves it to the next step when a
// step's motion and hold are over; nothing runs while it is paused, held as a still, or off. The scene reads
// the clock inside its frame loop (getState) and asks for frames only while a step moves.
import { createContext, useContext } from 'react'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ExplorerStore } from './store'
import { poseOf } from './store'
import { TOUR_OFF, msToNextTick, tourLinks, tourReduce, type TourAction, type TourClock } from './tour'

export interface TourResult {
  /** True when the last link's hold ended (or, as stills, the last link was reached); false when stopped. */
  completed: boolean
}

export interface TourStoreState {
  clock: TourClock
  /** How many links the tour has for the current pose. */
  total: number
  /** Bumped when the current step starts again (a new step, or the same step with new numbers). */
  stepRun: number
  dispatch(action: TourAction): void
  /** Plays from the first link; resolves when the tour completes or is stopped (a later play stops this one). */
  play(): Promise<TourResult>
}
export type TourStore = StoreApi<TourStoreState>

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/** `ready`: whether the 3D is on screen; a `tour` request before it is left for the caller to play then. */
export function createTourStore(
  inputs: ExplorerStore,
  stills: boolean,
  ready: () => boolean = () => true,
): { tour: TourStore; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  let waiting: ((r: TourResult) => void)[] = []
  const settle = (completed: boolean) => {
    const w = waiting
    waiting = []
    for (const resolve of w) resolve({ completed })
  }
  const total = () => tourLinks(poseOf(inputs.getState().input)).length

  const tour = createStore<TourStoreState>()((set, get) => {
    const schedule = () => {
      clearTimeout(timer)
      const wait = msToNextTick(get().clock, now())
      if (wait !== null) timer = setTimeout(() => get().dispatch({ type: 'tick' }), wait + 1)
    }
    return {
      clock: { ...TOUR_OFF, stills },
      total: total(),
      stepRun: 0,
      dispatch(action) {
        const before = get().clock
        const n = total()
        const clock = tourReduce(before, action, now(), n, stills)
        if (clock === before) return
        const restarted =
          clock.active &&
          (clock.step !== before.step ||
            !before.active ||
            action.type === 'replay-step' ||
            action.type === 'restart' ||
            action.type === 'step')
        set({ clock, total: n, stepRun: restarted ? get().stepRun + 1 : get().stepRun })
        schedule()
        if (clock.completed && !before.completed) settle(true)
        else if (!clock.active && before.active) settle(false)
      },
      play() {
        // A second call restarts: the first call's promise says it did not complete.
        settle(false)
        const p = new Promise<TourResult>((resolve) => waiting.push(resolve))
        get().dispatch({ type: 'restart' })
        return p
      },
    }
  })

  // A change of the inputs (or of the exaggeration) during the tour starts the current step again with the
  // new numbers; the input vocabulary's `tour` requests play or stop it.
  const unsubscribe = inputs.subscribe((s, prev) => {
    if (s.tourStop !== prev.tourStop) tour.getState().dispatch({ type: 'stop' })
    if (s.tourRequest !== prev.tourRequest) {
      if (ready()) void tour.getState().play()
    } else if ((s.input !== prev.input || s.exaggerate !== prev.exaggerate) && tour.getState().clock.active)
      tour.getState().dispatch({ type: 'replay-step' })
  })
  return {
    tour,
    dispose() {
      clearTimeout(timer)
      unsubscribe()
      settle(false)
    },
  }
}

export const TourStoreContext = createContext<TourStore | null>(null)

export function useTourStore(): TourStore {
  const t = useContext(TourStoreContext)
  if (!t) throw new Error('useTourStore: no TourStoreContext provider above this component')
  return t
}
