// Numbers for people, in the locale's own way: Intl.NumberFormat for the full locale (es-US and es-MX write
// 1.5, es-ES writes 1,5), rounded the way a clinician says them. Signs are ours (a true minus, −), so a
// negative reads the same in every language.

/** A number with `digits` decimals (default: none) in the locale; no grouping under 10 000. */
export type Num = (x: number, digits?: number) => string

const cache = new Map<string, Intl.NumberFormat>()
function formatter(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    })
    cache.set(key, f)
  }
  return f
}

export interface NumberWords {
  /** `n(1.5, 1)` → "1.5" (en, es-MX) or "1,5" (es-ES); negatives with a true minus. */
  n: Num
  /** An angle's size, as a clinician says it: 0°, 4.2°, 12°. */
  deg(x: number): string
  /** A length's size: 0 mm, 3.4 mm, 12 mm. */
  mm(x: number): string
  /** A 0..1 index with two decimals: 0.43. */
  index(x: number): string
  /** A relative change as a signed whole percentage: +18%, −4%, 0%. */
  pct(x: number): string
  /** A percentage given in per cent, two decimals, signed: +0.43%, −1.13%. */
  pct2(x: number): string
}

export function numberWords(locale: string): NumberWords {
  const n: Num = (x, digits = 0) => {
    const s = formatter(locale, digits).format(Math.abs(x))
    return x < 0 && Number(s.replace(',', '.')) !== 0 ? `−${s}` : s
  }
  /** Under 10 with one decimal, else whole: 4.2, 12. */
  const size = (x: number) => {
    const a = Math.abs(x)
    return a < 10 ? n(a, 1) : n(Math.round(a))
  }
  return {
    n,
    deg: (x) => (Math.abs(x) < 0.05 ? '0°' : `${size(x)}°`),
    mm: (x) => (Math.abs(x) < 0.05 ? '0 mm' : `${size(x)} mm`),
    index: (x) => n(x, 2),
    pct: (x) => {
      const r = Math.round(x * 100)
      return r > 0 ? `+${r}%` : r < 0 ? `−${-r}%` : '0%'
    },
    pct2: (x) => (Math.abs(x) < 0.005 ? '0%' : `${x > 0 ? '+' : '−'}${n(Math.abs(x), 2)}%`),
  }
}
