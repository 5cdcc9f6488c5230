// The kinematic core's public entry (README "The kinematic core's API"): pure TypeScript, no react, three
// or DOM.
export type {
  Activity,
  ChainInput,
  ChainPose,
  FootPosture,
  FootStrike,
  Footwear,
  GaitFrame,
  GaitPhase,
  JointAngles,
  Limit,
  LimbPose,
  LumbarLevel,
  LumbarLevelPose,
  MuscleId,
  MuscleLength,
  MusclePose,
  Sided,
} from './types'
export { ACTIVITIES, FOOT_STRIKES, LUMBAR_LEVELS, MUSCLE_IDS } from './types'
export {
  MUSCLE_INFO,
  MUSCLE_PATHS,
  type MusclePath,
  type MusclePathId,
  type PathPoint,
} from '../anatomy/muscles'
export {
  lumbarSideBendDeg,
  trunkCounterBendDeg,
  musclePathLengthMm,
  posedPathPointsMm,
  type SkeletonAngles,
} from './muscleGeometry'
export { solveChain, solveValidChain } from './solveChain'
export { solveGait, solveValidGait, stanceShare, chainWeight } from './solveGait'
export {
  OPENSIM_COORDINATES,
  fromOpenSim,
  WALKING_CURVES,
  RUNNING_CURVES,
  fourierAt,
  type Fourier,
  type GaitCurves,
  type GaitCurveId,
} from './gaitFit'
export {
  WALKING_TABLE,
  RUNNING_TABLE,
  WALKING_REARFOOT,
  RUNNING_REARFOOT,
  type GaitTable,
} from './gaitTables'
export {
  validateInput,
  isActivity,
  isFootStrike,
  clampToLimit,
  safeDisplay,
  type ValidatedInput,
} from './validate'
export {
  NEUTRAL_FOOT,
  BAREFOOT,
  INPUT_LIMITS,
  ARCH_BANDS,
  PRONATION_BANDS,
  STRESS_BANDS,
  archBand,
  pronationBand,
  stressBand,
  stressChangeFromStanding,
  STANDING_FACET_STRESS,
  type Band,
  type PronationBand,
} from './clinical'
export { COUPLERS, couplerById, type Coupler, type CouplerId, type Confidence } from './couplers'
