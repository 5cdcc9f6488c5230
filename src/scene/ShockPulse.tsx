// The footstrike shock made visible (issue 14): at each foot contact a thin glowing ring climbs that side's
// foot → tibia → femur → pelvis → L5–S1, fading with height as the legs absorb it (shockPulses / shockAt in
// src/kinematics/shockPulse.ts: strength from the force at impact; attenuation assumed, low confidence).
// Driven by the cycle it is given, nothing else: it asks for one frame when that value changes, so it only
// moves while the cycle plays (render on demand). Under reduced motion the glow does not travel: at the
// scrubbed moment every level shows what reaches it, still. The rings are shockRings.ts's, turned to the camera
// after each posing (the camera rig moves the camera only when a frame is drawn, and so is the skeleton posed).
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { createPortal, useThree } from '@react-three/fiber'
import { SHOCK_LEVELS, shockAt, shockPulses } from '../kinematics/shockPulse'
import type { ChainInput } from '../kinematics/types'
import { useAfterPose, usePosedRig } from './rigContext'
import { buildShockRings, placeShockRings } from './shockRings'

/** A playing cycle (the explorer's gait clock): read at each posing, so playback re-renders nothing. */
export interface CycleSource {
  readonly cycle: number
  readonly playing: boolean
  subscribe(listener: () => void): () => void
}

export interface ShockPulseProps {
  input: ChainInput
  /** The moment drawn, share of the cycle from the right heel strike (when no `clock` is given). */
  cycle?: number
  /**
   * Or the clock to follow: its cycle is read after every posing, and a change made while it is paused (a
   * scrub, a step) asks for one frame. While it plays the frame loop that advances it draws the frames.
   */
  clock?: CycleSource
  reducedMotion: boolean
}

export function ShockPulse({ input, cycle = 0, clock, reducedMotion }: ShockPulseProps) {
  const { rig } = usePosedRig()
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const pulses = useMemo(() => shockPulses(input), [input])
  const rings = useMemo(() => buildShockRings(rig), [rig])
  useEffect(() => () => rings.dispose(), [rings])

  const now = useRef({ cycle, still: reducedMotion, pulses })
  const brightness = useMemo(() => new Float32Array(2 * SHOCK_LEVELS.length), [])
  const place = useCallback(() => {
    const { cycle: c, still, pulses: ps } = now.current
    placeShockRings(rings, shockAt(ps, clock ? clock.cycle : c, brightness, still), camera.quaternion)
  }, [brightness, rings, camera, clock])
  useAfterPose(place)

  // A new moment (playback or scrubbing), a new input or a change of motion preference: one frame to show it.
  useEffect(() => {
    now.current = { cycle, still: reducedMotion, pulses }
    place()
    invalidate()
  }, [cycle, reducedMotion, pulses, place, invalidate])

  // While the clock plays, the frame loop that advances it draws every frame; a change made while paused
  // (a scrub, a step) asks for one.
  useEffect(() => {
    if (!clock) return
    return clock.subscribe(() => {
      if (!clock.playing) invalidate()
    })
  }, [clock, invalidate])

  return createPortal(<primitive object={rings.group} />, rig.root)
}
