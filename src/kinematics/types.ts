// The kinematic core's public contract (shared/design/architecture.md). Binding: other parts of the app
// and clinics' code call it. Names carry units; every angle is the change from neutral stance in degrees,
// positive = eversion, internal rotation, anterior tilt, extension.

/** A valid input range: outside it a value is clamped with a warning (INPUT_LIMITS, clampToLimit). */
export interface Limit {
  min: number
  max: number
  unit: string
}

export interface FootPosture {
  /** Arch height, standing: floor to navicular tuberosity. Valid 15..75 mm, normal 36..55 mm. */
  navicularHeightMm: number
  /** Resting calcaneal stance position; negative = inverted (supinated). Valid -15..20°. */
  calcanealEversionDeg: number
}

export type Activity = 'standing' | 'walking' | 'running' | 'downhill-running'
export const ACTIVITIES: readonly Activity[] = ['standing', 'walking', 'running', 'downhill-running']

export interface ChainInput {
  left: FootPosture
  right: FootPosture
  activity: Activity
}

export interface LimbPose {
  calcanealEversionDeg: number
  tibialInternalRotationDeg: number
  femoralInternalRotationDeg: number
  /** This side's hemipelvis. */
  iliumAnteriorRotationDeg: number
  /** Positive = this limb is functionally shorter than neutral. */
  functionalShorteningMm: number
  /** Positive = lengthened. */
  piriformisLengthChangeMm: number
  /** 0..1, formula documented in README "How the model works". */
  sciaticIrritation: number
}

import type { LumbarLevel } from '../anatomy/names'
export type { LumbarLevel }
export { LUMBAR_LEVELS } from '../anatomy/names'

export interface Sided<T> {
  left: T
  right: T
}

export interface LumbarLevelPose {
  level: LumbarLevel
  extensionDeg: Sided<number>
  /** Facet stress index, 0..1. */
  stress: Sided<number>
}

export interface ChainPose {
  left: LimbPose
  right: LimbPose
  pelvis: {
    anteriorTiltDeg: number
    /** Positive = right side lower. */
    obliquityDeg: number
    torsionDeg: number
  }
  /** L1-L2 first. */
  lumbar: LumbarLevelPose[]
  load: { peakBodyWeights: number; spineShockIndex: number /* 0..1 */ }
  /** One per clamped input, naming the field. */
  warnings: string[]
}
