// The moment of the gait cycle that text beside the 3D tells (the chain panel's numbers, issue 13: "everything
// drawn follows the cycle"). Exact whenever the clock stands still (paused, scrubbed, stepped); while it plays,
// re-read at most every MOMENT_INTERVAL_MS: numbers rewritten every animation frame cannot be read, and each
// rewrite is a React render of the whole panel. A timer, not the frame loop, does the throttling, so nothing
// here asks the 3D for a frame; paused, nothing runs at all. Standing has no moment: null.
import { useMemo, useSyncExternalStore } from 'react'
import type { GaitClock } from '../../state/gaitClock'

/** At most ten rewrites a second while playing: readable, and a tenth of the renders of 60 Hz. */
export const MOMENT_INTERVAL_MS = 100

export interface GaitMoment {
  cycle: number
  playing: boolean
}

/** A throttled view of a clock: its subscribers hear at most one change per MOMENT_INTERVAL_MS while it plays. */
function throttledMoment(clock: GaitClock) {
  let moment: GaitMoment = { cycle: clock.cycle, playing: clock.playing }
  return {
    get: (): GaitMoment => moment,
    subscribe(onChange: () => void): () => void {
      let timer: ReturnType<typeof setTimeout> | undefined
      let last = -Infinity
      const publish = () => {
        timer = undefined
        last = performance.now()
        if (moment.cycle === clock.cycle && moment.playing === clock.playing) return
        moment = { cycle: clock.cycle, playing: clock.playing }
        onChange()
      }
      const listener = () => {
        if (!clock.playing) {
          // Standing still: the exact moment, now (a pending rewrite would only repeat it).
          if (timer !== undefined) clearTimeout(timer)
          publish()
          return
        }
        if (timer !== undefined) return
        const wait = last + MOMENT_INTERVAL_MS - performance.now()
        if (wait <= 0) publish()
        else timer = setTimeout(publish, wait)
      }
      // The clock may have moved while nobody listened (standing, or before mounting): React reads the
      // snapshot again after subscribing.
      moment = { cycle: clock.cycle, playing: clock.playing }
      const unsubscribe = clock.subscribe(listener)
      return () => {
        unsubscribe()
        if (timer !== undefined) clearTimeout(timer)
      }
    },
  }
}

const NONE = () => () => {}

export function useGaitMoment(clock: GaitClock, active: boolean): GaitMoment | null {
  const view = useMemo(() => throttledMoment(clock), [clock])
  const moment = useSyncExternalStore(active ? view.subscribe : NONE, view.get, view.get)
  return active ? moment : null
}
