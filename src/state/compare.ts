// The comparison's reference posture, for the ghost skeleton (scene) and the side-by-side numbers (ui) alike.
import { NEUTRAL_FOOT } from '../kinematics/limits'
import type { ChainInput } from '../kinematics/types'
import type { CompareMode } from './schema'

/** Neutral feet (the same activity, shoes and foot strike), or the same feet barefoot (no shoes, no orthotic). */
export function referenceInput(input: ChainInput, mode: Exclude<CompareMode, 'off'>): ChainInput {
  if (mode === 'neutral') return { ...input, left: { ...NEUTRAL_FOOT }, right: { ...NEUTRAL_FOOT } }
  const { footwear: _worn, ...barefoot } = input
  return barefoot
}
