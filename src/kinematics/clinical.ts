// The clinical bands of the outputs: facet stress read against quiet standing. The input limits and bands
// (INPUT_LIMITS, NEUTRAL_FOOT, BAREFOOT, the arch and pronation bands) are in limits.ts, re-exported here.
import { C } from './couplers'
import { bandOf, type Band } from './limits'

export * from './limits'

/** The facet stress index of quiet standing on neutral feet (Adams & Hutton 1980: 16% of compression). */
export const STANDING_FACET_STRESS = C.facetShareStanding.gain

/** Relative change of a facet stress index from quiet standing on neutral feet (0.18 → +0.125). */
export const stressChangeFromStanding = (stress: number): number => stress / STANDING_FACET_STRESS - 1

/**
 * Facet stress bands for plain words, by the change from quiet standing (our wording, not a clinical
 * scale): within ±5% "as in standing"; up to +50% "raised"; from +50% "high" (running at 2.75 body
 * weights gives +175%); more than 5% below, "lower than standing".
 */
export const STRESS_BANDS: readonly Band[] = Object.freeze([
  { id: 'lower', label: 'lower than standing', to: STANDING_FACET_STRESS * 0.95 },
  {
    id: 'baseline',
    label: 'as in standing',
    from: STANDING_FACET_STRESS * 0.95,
    to: STANDING_FACET_STRESS * 1.05,
  },
  { id: 'raised', label: 'raised', from: STANDING_FACET_STRESS * 1.05, to: STANDING_FACET_STRESS * 1.5 },
  { id: 'high', label: 'high', from: STANDING_FACET_STRESS * 1.5 },
])
export const stressBand = (stress: number): Band => bandOf(STRESS_BANDS, stress)
