// Numbers in plain words: rounded the way a clinician would say them.
export function fmtDeg(x: number): string {
  const a = Math.abs(x)
  if (a < 0.05) return '0°'
  return `${a < 10 ? a.toFixed(1) : Math.round(a)}°`
}
export function fmtMm(x: number): string {
  const a = Math.abs(x)
  if (a < 0.05) return '0 mm'
  return `${a < 10 ? a.toFixed(1) : Math.round(a)} mm`
}
export const fmtIndex = (x: number): string => x.toFixed(2)
/** "turned in 4°" / "turned out 4°" / "not turned" by sign. */
export function signed(
  x: number,
  positive: string,
  negative: string,
  zero: string,
  fmt: (v: number) => string = fmtDeg,
): string {
  if (Math.abs(x) < 0.05) return zero
  return `${x > 0 ? positive : negative} ${fmt(x)}`
}
/** `signed` with the size written by the caller's (locale's) formatter: "turned in 4.2°", "girado hacia dentro 4,2°". */
export function signedWith(
  x: number,
  positive: string,
  negative: string,
  zero: string,
  fmt: (v: number) => string,
): string {
  return signed(x, positive, negative, zero, fmt)
}
