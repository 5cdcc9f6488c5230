import { NEUTRAL_FOOT, type Activity, type ChainInput, type FootPosture } from '../../src/kinematics'

export const foot = (patch: Partial<FootPosture> = {}): FootPosture => ({ ...NEUTRAL_FOOT, ...patch })

export const input = (
  left: Partial<FootPosture> = {},
  right: Partial<FootPosture> = {},
  activity: Activity = 'standing',
): ChainInput => ({ left: foot(left), right: foot(right), activity })

/** Pinto 2008's 10° wedge, with the stated assumption that it adds 4° of calcaneal eversion. */
export const WEDGED = { calcanealEversionDeg: NEUTRAL_FOOT.calcanealEversionDeg + 4 }
