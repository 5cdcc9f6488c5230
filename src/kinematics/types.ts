// The kinematic core's public contract (README "The kinematic core's API"). Binding: other parts of the app
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

/** What a foot stands in. Both fields optional in the input (Partial); missing = 0, i.e. barefoot. */
export interface Footwear {
  /** Heel height of the shoe (heel above the ball of the foot). Valid 0..100 mm. */
  heelHeightMm: number
  /**
   * Medial (varus, anti-pronation) rearfoot post of an orthotic, the kind Sinclair 2017 tested: it opposes
   * eversion. Valid 0..10°; the effect grows up to 5° and saturates beyond.
   */
  medialPostDeg: number
}

/** Foot strike when running; ignored for standing and walking. */
export type FootStrike = 'rearfoot' | 'forefoot'
export const FOOT_STRIKES: readonly FootStrike[] = ['rearfoot', 'forefoot']

export interface ChainInput {
  left: FootPosture
  right: FootPosture
  activity: Activity
  /** Per foot; omitted = barefoot on both sides. */
  footwear?: { left?: Partial<Footwear>; right?: Partial<Footwear> }
  /** Running and downhill running only; default 'rearfoot'. */
  footStrike?: FootStrike
}

export interface LimbPose {
  /** The heel as posed: change from neutral after the orthotic's post (input eversion − 4° − reduction). */
  calcanealEversionDeg: number
  tibialInternalRotationDeg: number
  femoralInternalRotationDeg: number
  /** This side's hemipelvis. */
  iliumAnteriorRotationDeg: number
  /**
   * Positive = this side's hip centre is lower than in neutral stance, after the body's compensation (README
   * "How the model works", obliquity). obliquityDeg = atan((right − left) / 167 mm) exactly.
   */
  functionalShorteningMm: number
  /** Positive = lengthened. Equals `muscles.<side>.piriformis.lengthChangeMm` (the geometric path). */
  piriformisLengthChangeMm: number
  /** 0..1, formula documented in README "How the model works". */
  sciaticIrritation: number
  /** How much the orthotic's medial post reduces this heel's eversion in this activity (≥ 0, degrees). */
  orthoticEversionReductionDeg: number
  /** The heel height this foot stands on (the validated input, for drawing), mm. */
  heelHeightMm: number
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
  /**
   * Side-bend of this level, the spine's answer to pelvic obliquity (positive = bending toward the right):
   * toward the high side, so that the trunk stays over the hips (README "How the model works").
   */
  lateralFlexionDeg: number
  /** Facet stress index, 0..1: the active load × the facet share, from extension and side-bend together. */
  stress: Sided<number>
  /**
   * The two parts of the stress index before its caps (index units, either may be negative): `extension` on
   * the side held in more extension (the ilium further forward), `sideBend` on the concave side of the bend
   * (negative on the convex side). stress = clamp01(load × min(0.7, max(0, 0.16 + (extension + sideBend) / load))).
   */
  stressParts: { extension: Sided<number>; sideBend: Sided<number> }
}

import type { MuscleId } from '../anatomy/muscles'
export type { MuscleId }
export { MUSCLE_IDS } from '../anatomy/muscles'

/** One muscle's change of muscle–tendon path length from neutral stance. */
export interface MuscleLength {
  /** Positive = lengthened (held longer), negative = shortened. */
  lengthChangeMm: number
  /** Per cent of the path length at rest. */
  lengthChangePct: number
}
/**
 * Per muscle of one side. `iliopsoas` is the mean of the iliacus and psoas paths; `hamstrings` the mean of
 * semimembranosus, semitendinosus and biceps femoris long head (their changes and rest lengths averaged).
 */
export type MusclePose = Record<MuscleId, MuscleLength>

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
  /** Muscle lengths from the posed path points (geometry, not gains), per side. */
  muscles: Sided<MusclePose>
  load: {
    /** The larger of the impact and active peaks of vertical ground reaction force, body weights. */
    peakBodyWeights: number
    /** The active (mid-stance) peak: what loads the facets. Standing 1, walking 1.2, running 2.75. */
    activeBodyWeights: number
    /** The impact peak after foot contact; 0 with no footstrike (standing) or no impact transient (forefoot). */
    impactBodyWeights: number
    /** 0..1: the impact transient reaching the spine (0 = none; 1 = downhill rearfoot running, deviated feet). */
    spineShockIndex: number
    /** 0..1: added back-muscle (erector spinae) work from heels (0 = flat or barefoot; 1 = 8 cm heels). */
    paraspinalEffortIndex: number
  }
  /** One per clamped input, naming the field. */
  warnings: string[]
}

/** One side's joint angles in a gait frame, in the product's signs (flexion, adduction, internal rotation, dorsiflexion, eversion positive). */
export interface JointAngles {
  /** Hip flexion (the thigh forward of the pelvis); normal motion only. */
  hipFlexionDeg: number
  /**
   * Hip adduction (the femur against the pelvis): the tables' normal motion plus the foot-posture chain's pelvic
   * obliquity, which abducts the lower side's hip and adducts the higher's (obliquityToHipAdduction).
   */
  hipAdductionDeg: number
  /** Hip internal rotation: the normal motion plus the foot-posture chain's femoral rotation. */
  hipInternalRotationDeg: number
  /** Knee flexion (positive = flexed; OpenSim's knee_angle is negative for flexion). */
  kneeFlexionDeg: number
  /** Ankle dorsiflexion (negative = plantarflexion). */
  ankleDorsiflexionDeg: number
  /** Rearfoot eversion: change from the resting heel, normal motion plus the chain (= LimbPose.calcanealEversionDeg). */
  rearfootEversionDeg: number
  /** Tibial internal rotation: normal motion plus the chain (= LimbPose.tibialInternalRotationDeg). */
  tibialInternalRotationDeg: number
}

export type GaitPhase = 'stance' | 'swing'

/**
 * One instant of the gait cycle (solveGait). Its ChainPose fields carry the instantaneous values (the normal
 * motion plus the foot-posture chain at this moment); the load peaks (`load.peakBodyWeights`,
 * `activeBodyWeights`, `impactBodyWeights`) stay the activity's, while the lumbar stress follows the force of
 * this instant and the spine shock index the impact pulse.
 */
export interface GaitFrame extends ChainPose {
  joints: {
    pelvis: {
      anteriorTiltDeg: number
      /** Positive = right side lower. */
      obliquityDeg: number
      /** Positive = the right side forward (the pelvis turned toward the left). */
      rotationDeg: number
    }
    left: JointAngles
    right: JointAngles
  }
  phase: Sided<GaitPhase>
  /** Vertical ground reaction force under each foot at this instant, body weights (0 in swing). */
  groundReactionBodyWeights: Sided<number>
}
