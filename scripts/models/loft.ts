// A vertical loft of star-shaped cross-sections (model mm): the long bones' shafts and metaphyses, whose
// sections change along the bone (issue 16: the tibial plateau flares from a triangular shaft, the distal tibia
// is a rounded quadrilateral turned by the tibial torsion). Sections are given as radii at equal angles from
// anterior (+x) toward +z about a centre, at a few heights; between heights the centre, radii and twist follow
// a cubic (Hermite, finite-difference slopes), so the profile has no kinks at the stations.
import { closedSpline2, polygonSdf, type Shape } from './sdf'

export interface LoftStation {
  /** Height (model mm). */
  readonly y: number
  /** Section centre (x, z). */
  readonly c: readonly [number, number]
  /** Radii at angles 2πi/n from +x toward +z (n = radii.length, the same at every station). */
  readonly radii: readonly number[]
  /** The section turned about the vertical by this (degrees, from +x toward +z). */
  readonly twistDeg: number
}

/** Hermite interpolation through (ys, vs) at y, slopes by finite differences (ends: one-sided). */
function hermite(ys: readonly number[], vs: readonly number[], y: number): number {
  const n = ys.length
  let i = 0
  while (i < n - 2 && y > ys[i + 1]!) i++
  const slope = (k: number) =>
    k === 0
      ? (vs[1]! - vs[0]!) / (ys[1]! - ys[0]!)
      : k === n - 1
        ? (vs[k]! - vs[k - 1]!) / (ys[k]! - ys[k - 1]!)
        : (vs[k + 1]! - vs[k - 1]!) / (ys[k + 1]! - ys[k - 1]!)
  const h = ys[i + 1]! - ys[i]!
  const t = Math.min(1, Math.max(0, (y - ys[i]!) / h))
  const t2 = t * t,
    t3 = t2 * t
  return (
    (2 * t3 - 3 * t2 + 1) * vs[i]! +
    (t3 - 2 * t2 + t) * h * slope(i) +
    (-2 * t3 + 3 * t2) * vs[i + 1]! +
    (t3 - t2) * h * slope(i + 1)
  )
}

/**
 * The loft between its lowest and highest station, capped flat at both (blend the ends into other shapes).
 * Sampled into slices `stepMm` apart; between two slices the distance is interpolated (an approximate
 * distance, exact in the section's plane, which is all the level set needs).
 */
export function loftY(stations: readonly LoftStation[], stepMm = 1.5, per = 4): Shape {
  const s = [...stations].sort((a, b) => a.y - b.y)
  const ys = s.map((q) => q.y)
  const y0 = ys[0]!,
    y1 = ys[ys.length - 1]!
  const n = s[0]!.radii.length
  const count = Math.max(2, Math.ceil((y1 - y0) / stepMm) + 1)
  const step = (y1 - y0) / (count - 1)
  const slices: ((x: number, z: number) => number)[] = []
  let minX = Infinity,
    minZ = Infinity,
    maxX = -Infinity,
    maxZ = -Infinity
  for (let j = 0; j < count; j++) {
    const y = y0 + j * step
    const cx = hermite(
      ys,
      s.map((q) => q.c[0]),
      y,
    )
    const cz = hermite(
      ys,
      s.map((q) => q.c[1]),
      y,
    )
    const tw =
      (hermite(
        ys,
        s.map((q) => q.twistDeg),
        y,
      ) *
        Math.PI) /
      180
    const pts: [number, number][] = []
    for (let i = 0; i < n; i++) {
      const r = Math.max(
        0.5,
        hermite(
          ys,
          s.map((q) => q.radii[i]!),
          y,
        ),
      )
      const a = (2 * Math.PI * i) / n + tw
      pts.push([cx + r * Math.cos(a), cz + r * Math.sin(a)])
    }
    const poly = closedSpline2(pts, per)
    for (const p of poly) {
      minX = Math.min(minX, p[0])
      maxX = Math.max(maxX, p[0])
      minZ = Math.min(minZ, p[1])
      maxZ = Math.max(maxZ, p[1])
    }
    slices.push(polygonSdf(poly))
  }
  return {
    d: (x, y, z) => {
      const f = Math.min(count - 1.000001, Math.max(0, (y - y0) / step))
      const j = Math.floor(f)
      const t = f - j
      const d2 = slices[j]!(x, z) * (1 - t) + slices[j + 1]!(x, z) * t
      return Math.max(d2, y0 - y, y - y1)
    },
    box: [minX, y0, minZ, maxX, y1, maxZ],
  }
}
