// The kinematic core's public entry (README "The kinematic core's API"): pure TypeScript, no react, three
// or DOM.
export type {
  Activity,
  ChainInput,
  ChainPose,
  FootPosture,
  FootStrike,
  Footwear,
  Limit,
  LimbPose,
  LumbarLevel,
  LumbarLevelPose,
  Sided,
} from './types'
export { ACTIVITIES, FOOT_STRIKES, LUMBAR_LEVELS } from './types'
export { solveChain, solveValidChain } from './solveChain'
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
