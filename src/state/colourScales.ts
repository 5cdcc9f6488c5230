// Colour scales shared by the 3D highlights and the DOM legend, so the legend always tells the truth.
// All are colour-blind safe: a blue → yellow → red sequential scale for stress (read against standing), a
// blue ↔ orange diverging scale for muscle length, and the yellow end of inferno for the nerve's glow.
// Colours are sRGB triples 0..1.

export type Rgb = readonly [number, number, number]
type Stops = readonly (readonly [number, string])[]

const hex = (h: string): Rgb => [
  parseInt(h.slice(1, 3), 16) / 255,
  parseInt(h.slice(3, 5), 16) / 255,
  parseInt(h.slice(5, 7), 16) / 255,
]

function makeScale(stops: Stops) {
  const parsed = stops.map(([t, h]) => [t, hex(h)] as const)
  const first = parsed[0]!
  const last = parsed[parsed.length - 1]!
  /** Writes the colour at t into out (no allocation: used in the frame loop). */
  const at = (t: number, out: [number, number, number]): [number, number, number] => {
    const x = Math.min(last[0], Math.max(first[0], Number.isFinite(t) ? t : first[0]))
    let i = 1
    while (i < parsed.length - 1 && parsed[i]![0] < x) i++
    const [t0, c0] = parsed[i - 1]!
    const [t1, c1] = parsed[i]!
    const f = t1 === t0 ? 0 : (x - t0) / (t1 - t0)
    out[0] = c0[0] + (c1[0] - c0[0]) * f
    out[1] = c0[1] + (c1[1] - c0[1]) * f
    out[2] = c0[2] + (c1[2] - c0[2]) * f
    return out
  }
  /** CSS linear-gradient stops for the legend, left to right over the scale's domain. */
  const css = (): string => {
    const span = last[0] - first[0]
    return stops.map(([t, h]) => `${h} ${Math.round(((t - first[0]) / span) * 100)}%`).join(', ')
  }
  return { at, css, min: first[0], max: last[0] }
}

/**
 * Facet and disc stress index, read against quiet standing (0.16, Adams & Hutton 1980): a calm blue-grey at the
 * standing baseline (not black: the discs must read as discs), blue below it, then yellow → orange → red →
 * crimson as stress rises to 0.5 and beyond (running reaches 0.68 and stays at the top). Lightness falls
 * monotonically from yellow to crimson and the hue runs along the blue–yellow axis that every common colour
 * vision keeps, so "more stress" reads as "darker and warmer" for everyone.
 */
export const STRESS_SCALE = makeScale([
  [0.1, '#4f86c6'],
  [0.16, '#b9c8d8'],
  [0.2, '#f2d65c'],
  [0.28, '#ee8a26'],
  [0.38, '#c8321f'],
  [0.5, '#6f0d36'],
])

/** A muscle's length change, −1 (shortened) .. +1 (lengthened): blue ↔ orange (PuOr-like). */
export const LENGTH_SCALE = makeScale([
  [-1, '#2166ac'],
  [-0.5, '#92c5de'],
  [0, '#e6e2dc'],
  [0.5, '#fdb863'],
  [1, '#e66101'],
])

/**
 * The words for a 0..1 index and the nerve's colours, in one table: each band starts at a stop of the
 * irritation colour scale, so the word under a number is the band its colour is drawn from. Low runs from calm
 * straw to light amber, moderate from amber to the orange reached at 0.5, high from orange up (the scale's top
 * end lightens to the glowing yellow of inferno). The 0.25 stop is the colour the two-stop scale already had
 * there, so the drawn nerve looks as before.
 */
export const LEVEL_BANDS = Object.freeze([
  { word: 'low', from: 0, colour: '#d8c99b' },
  { word: 'moderate', from: 0.25, colour: '#e0ba77' },
  { word: 'high', from: 0.5, colour: '#f98e09' },
] as const)

export type LevelWord = (typeof LEVEL_BANDS)[number]['word']

/** Sciatic nerve irritation, 0..1: the light end of inferno, calm straw to hot orange-yellow (LEVEL_BANDS). */
export const IRRITATION_SCALE = makeScale([
  ...LEVEL_BANDS.map((b) => [b.from, b.colour] as const),
  [1, '#fcffa4'],
])

/** A 0..1 index as the panel shows it (two decimals), so that its word is banded on the number shown. */
export const roundIndex = (index: number): number => Number(index.toFixed(2))

/** The band of LEVEL_BANDS a 0..1 index falls in, after rounding to the two decimals shown. */
export function levelBand(index: number): (typeof LEVEL_BANDS)[number] {
  const r = roundIndex(index)
  let band: (typeof LEVEL_BANDS)[number] = LEVEL_BANDS[0]
  for (const b of LEVEL_BANDS) if (r >= b.from) band = b
  return band
}

/**
 * Plain words for a 0..1 index (irritation, shock, back-muscle effort): the band of LEVEL_BANDS, the same
 * bands the nerve's colours are drawn from, read on the rounded number shown.
 */
export function levelWord(index: number): LevelWord {
  return levelBand(index).word
}
