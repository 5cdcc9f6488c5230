// What the posed skeleton shares with the things drawn on it (stress, nerve, muscle, labels): the rig, the
// drawn vector, and a list of per-frame updaters the skeleton calls right after posing, in order, so each
// reads landmark positions of this frame's pose.
import { createContext, useContext, useEffect } from 'react'
import type { Rig } from './posing'

export type PosedListener = (drawn: Float32Array) => void

export interface PosedRig {
  rig: Rig
  drawn: Float32Array
  listeners: Set<PosedListener>
  /** Walking or running (issue 13): the belt's travel this frame and per cycle (m); null while standing. */
  gait: { beltM: number; beltPerCycleM: number } | null
}

export const RigContext = createContext<PosedRig | null>(null)

export function usePosedRig(): PosedRig {
  const r = useContext(RigContext)
  if (!r) throw new Error('usePosedRig: must be inside <Skeleton>')
  return r
}

/** Calls `fn` after every posing of the skeleton (and once, when registered, with the current pose). */
export function useAfterPose(fn: PosedListener): void {
  const posed = usePosedRig()
  useEffect(() => {
    posed.listeners.add(fn)
    fn(posed.drawn)
    return () => {
      posed.listeners.delete(fn)
    }
  }, [posed, fn])
}
