// The gait clock's moment for DOM components (the cycle chart's cursor): re-rendered on every change of the
// clock (playback, scrub, step) while a clock is given; with none (the chart closed), never. The 3D reads the
// clock in its frame loop instead.
import { useSyncExternalStore } from 'react'
import type { GaitClock } from '../../state/gaitClock'

const NONE = () => () => {}

export function useGaitCycle(clock: GaitClock | null): number {
  return useSyncExternalStore(
    clock ? clock.subscribe : NONE,
    () => clock?.cycle ?? 0,
    () => clock?.cycle ?? 0,
  )
}
