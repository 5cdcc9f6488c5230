// Input ranges the controls and the URL accept: the core's valid ranges (INPUT_LIMITS), so a value the UI
// accepts never needs clamping by the core; the exaggeration range is the 1×–5× teaching factor.
import { INPUT_LIMITS } from '../kinematics'

export const NAVICULAR_HEIGHT_MM = { ...INPUT_LIMITS.navicularHeightMm, step: 1 } as const
export const EVERSION_DEG = { ...INPUT_LIMITS.calcanealEversionDeg, step: 0.5 } as const
export const EXAGGERATE = { min: 1, max: 5, step: 0.5 } as const
