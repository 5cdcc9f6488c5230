// Where the explorer is in the gait cycle (issue 13): a small mutable clock per explorer, outside the store of
// inputs so the frame loop can move it without a store update per frame (style §9: no setState in the frame
// loop). The frame loop advances it while playing; the controls, the element and postMessage play, pause,
// seek and step it; listeners (the scrub bar) hear every change.
import type { Activity } from '../kinematics/types'

/** Playback speeds offered (model-viewer's `time-scale`, limited to the ones a clinician needs). */
export const TIME_SCALES = ['1', '0.5', '0.25'] as const
export type TimeScale = (typeof TIME_SCALES)[number]

/**
 * One cycle's duration (s) as recorded: the gait2392 tutorial walk is 1.0 s; Hamner 2010's runner (subject
 * 2) takes about 0.68 s per cycle. Standing has no cycle.
 */
export const CYCLE_SECONDS: Readonly<Record<Activity, number>> = {
  standing: 1,
  walking: 1,
  running: 0.68,
  'downhill-running': 0.68,
}

/** One single step: a fiftieth of a cycle (the tables' frame spacing, 2%). */
export const STEP_CYCLE = 0.02

export interface GaitClock {
  /** Share of the cycle from the right heel strike, 0..1. */
  readonly cycle: number
  readonly playing: boolean
  play(): void
  pause(): void
  /** Moves to a share of the cycle (wrapped into 0..1) and pauses nothing. */
  seek(cycle: number): void
  /** One step forward (+1) or back (−1); pauses. */
  step(direction: 1 | -1): void
  /** Advances by `seconds` of real time at `timeScale` (frame loop, while playing). */
  advance(seconds: number, activity: Activity, timeScale: number): void
  /** Called on every change (play, pause, seek, step, advance); returns the unsubscribe. */
  subscribe(listener: () => void): () => void
}

const wrap = (x: number): number => (Number.isFinite(x) ? x - Math.floor(x) : 0)

export function createGaitClock(): GaitClock {
  const listeners = new Set<() => void>()
  let cycle = 0
  let playing = false
  const notify = () => {
    for (const l of listeners) l()
  }
  return {
    get cycle() {
      return cycle
    },
    get playing() {
      return playing
    },
    play() {
      if (playing) return
      playing = true
      notify()
    },
    pause() {
      if (!playing) return
      playing = false
      notify()
    },
    seek(c) {
      cycle = wrap(c)
      notify()
    },
    step(direction) {
      playing = false
      cycle = wrap(Math.round((cycle + direction * STEP_CYCLE) / STEP_CYCLE) * STEP_CYCLE)
      notify()
    },
    advance(seconds, activity, timeScale) {
      cycle = wrap(cycle + (seconds * timeScale) / CYCLE_SECONDS[activity])
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/** Whether an activity has a cycle to play. */
export const isGait = (a: Activity): boolean => a !== 'standing'
