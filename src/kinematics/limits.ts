// Clinical ranges of the inputs: the valid limits (clamped with a warning), the neutral foot, barefoot, and
// the bands clinicians name ("low arch", "pronated"). Studies cited by author and year are listed in
// docs/sources.md. Nothing here needs the coupler table, so what only validates or labels inputs (the
// embedded widget before its 3D loads) does not carry it.
import type { FootPosture, Footwear, Limit } from './types'

export type { Limit }

/**
 * Valid input ranges (README "The kinematic core's API"). Outside them a value is clamped and reported.
 * Per foot: the posture fields, and the footwear fields (`footwear.left.heelHeightMm`, ...).
 */
export const INPUT_LIMITS: Readonly<Record<keyof FootPosture | keyof Footwear, Limit>> = Object.freeze({
  navicularHeightMm: { min: 15, max: 75, unit: 'mm' },
  calcanealEversionDeg: { min: -15, max: 20, unit: '°' },
  heelHeightMm: { min: 0, max: 100, unit: 'mm' },
  medialPostDeg: { min: 0, max: 10, unit: '°' },
})

/** Barefoot: no heel, no orthotic post (the default for any footwear field left out). */
export const BAREFOOT: Readonly<Footwear> = Object.freeze({ heelHeightMm: 0, medialPostDeg: 0 })

/**
 * The neutral foot: navicular height 45 mm (Nilsson et al. 2012 normal band 36–55 mm; the anatomy build value)
 * and 4° of resting calcaneal eversion, inside the clinical neutral band of about 2–6° everted (the
 * traditional norm is vertical to 2–3° everted). Sobel et al. 1999 measured healthy adults at
 * 6.07 ± 2.7°, so 4° lies within one SD below their mean; no study pins a better single value.
 */
export const NEUTRAL_FOOT: Readonly<FootPosture> = Object.freeze({
  navicularHeightMm: 45,
  calcanealEversionDeg: 4,
})

export interface Band {
  id: string
  /** Plain words for a patient. */
  label: string
  /** Lower bound, inclusive (undefined = open). */
  from?: number
  /** Upper bound, exclusive (undefined = open). */
  to?: number
}

/** Navicular height bands, Nilsson et al. 2012 (J Foot Ankle Res, n = 254), Table 3, in whole millimetres. */
export const ARCH_BANDS: readonly Band[] = Object.freeze([
  { id: 'very-low', label: 'very low arch', to: 27 },
  { id: 'low', label: 'low arch', from: 27, to: 36 },
  { id: 'normal', label: 'normal arch', from: 36, to: 56 },
  { id: 'high', label: 'high arch', from: 56, to: 65 },
  { id: 'very-high', label: 'very high arch', from: 65 },
])

export interface PronationBand extends Band {
  /** The Foot Posture Index band clinicians would expect alongside (Redmond et al. 2008 bands). */
  fpi: string
}

/**
 * Resting calcaneal stance position bands: neutral about 2–6° everted (the clinical band; Sobel et al. 1999
 * measured healthy adults at 6.07 ± 2.7°), pronated from about 8–10°, inverted = supinated. The FPI-6 column is a band-to-band correspondence (FPI 0..+5 normal, +6..+9
 * pronated, ≥ +10 highly pronated, −1..−4 supinated, ≤ −5 highly supinated), not a measured conversion.
 */
export const PRONATION_BANDS: readonly PronationBand[] = Object.freeze([
  { id: 'highly-supinated', label: 'highly supinated', to: -4, fpi: 'FPI −5 to −12' },
  { id: 'supinated', label: 'supinated', from: -4, to: 0, fpi: 'FPI −1 to −4' },
  { id: 'neutral', label: 'neutral', from: 0, to: 7, fpi: 'FPI 0 to +5' },
  { id: 'pronated', label: 'pronated', from: 7, to: 10, fpi: 'FPI +6 to +9' },
  { id: 'highly-pronated', label: 'highly pronated', from: 10, fpi: 'FPI +10 to +12' },
])

export function bandOf<B extends Band>(bands: readonly B[], value: number): B {
  const found = bands.find(
    (b) => (b.from === undefined || value >= b.from) && (b.to === undefined || value < b.to),
  )
  // The bands cover the whole line, so this only fails on NaN.
  if (!found) throw new Error(`No band for ${value}`)
  return found
}

export const archBand = (navicularHeightMm: number): Band => bandOf(ARCH_BANDS, navicularHeightMm)
export const pronationBand = (calcanealEversionDeg: number): PronationBand =>
  bandOf(PRONATION_BANDS, calcanealEversionDeg)
