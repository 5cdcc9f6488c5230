import {
  NEUTRAL_FOOT,
  type Activity,
  type ChainInput,
  type FootPosture,
  type Footwear,
} from '../../src/kinematics'

export const foot = (patch: Partial<FootPosture> = {}): FootPosture => ({ ...NEUTRAL_FOOT, ...patch })

export const input = (
  left: Partial<FootPosture> = {},
  right: Partial<FootPosture> = {},
  activity: Activity = 'standing',
): ChainInput => ({ left: foot(left), right: foot(right), activity })

/** The same input with footwear on each side. */
export const shod = (
  base: ChainInput,
  left: Partial<Footwear> = {},
  right: Partial<Footwear> = {},
): ChainInput => ({ ...base, footwear: { left, right } })

/** Pinto 2008's 10° wedge, with the stated assumption that it adds 4° of calcaneal eversion. */
export const WEDGED = { calcanealEversionDeg: NEUTRAL_FOOT.calcanealEversionDeg + 4 }

/** The explorer's presets (src/state/presets.ts): a low, pronated foot and a high, supinated one. */
export const FLAT = { navicularHeightMm: 30, calcanealEversionDeg: 10 }
export const HIGH = { navicularHeightMm: 60, calcanealEversionDeg: -3 }
