// The kinematic core's public entry (architecture.md): pure TypeScript, no react, three or DOM.
export type {
  Activity,
  ChainInput,
  ChainPose,
  FootPosture,
  LimbPose,
  LumbarLevel,
  LumbarLevelPose,
  Sided,
} from './types'
export { ACTIVITIES, LUMBAR_LEVELS } from './types'
export { solveChain, solveValidChain } from './solveChain'
export { validateInput, isActivity, clampToLimit, safeDisplay, type ValidatedInput } from './validate'
export {
  NEUTRAL_FOOT,
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
  type Limit,
  type PronationBand,
} from './clinical'
export { COUPLERS, couplerById, type Coupler, type CouplerId, type Confidence } from './couplers'
