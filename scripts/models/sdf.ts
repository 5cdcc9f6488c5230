// Signed-distance primitives for the bone generator (negative inside, millimetres). Each shape carries a
// bounding box so unions can skip far primitives; manifold-3d's levelSet turns the field into a mesh.
export type Vec = readonly [number, number, number]
export type Box = [number, number, number, number, number, number]
export interface Shape {
  readonly d: (x: number, y: number, z: number) => number
  readonly box: Box
}

const box = (min: Vec, max: Vec, pad = 0): Box => [
  min[0] - pad,
  min[1] - pad,
  min[2] - pad,
  max[0] + pad,
  max[1] + pad,
  max[2] + pad,
]
export const boxUnion = (a: Box, b: Box): Box => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.min(a[2], b[2]),
  Math.max(a[3], b[3]),
  Math.max(a[4], b[4]),
  Math.max(a[5], b[5]),
]
const boxDist = (b: Box, x: number, y: number, z: number): number => {
  const dx = Math.max(b[0] - x, 0, x - b[3])
  const dy = Math.max(b[1] - y, 0, y - b[4])
  const dz = Math.max(b[2] - z, 0, z - b[5])
  return Math.sqrt(dx * dx + dy * dy + dz * dz)
}
const sub3 = (a: Vec, b: Vec): [number, number, number] => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const dot3 = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const len3 = (a: Vec) => Math.sqrt(dot3(a, a))
const norm3 = (a: Vec): [number, number, number] => {
  const l = len3(a)
  return [a[0] / l, a[1] / l, a[2] / l]
}
const cross3 = (a: Vec, b: Vec): [number, number, number] => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]

/** Orthonormal frame from a primary axis and a hint for the second axis. */
export function frame(axis: Vec, hint: Vec): [Vec, Vec, Vec] {
  const w = norm3(axis)
  let u = cross3(hint, w)
  if (len3(u) < 1e-6) u = cross3([0.3, 0.5, 0.8], w)
  u = norm3(u)
  const v = cross3(w, u)
  return [u, v, w]
}

export const sphere = (c: Vec, r: number): Shape => ({
  d: (x, y, z) => Math.sqrt((x - c[0]) ** 2 + (y - c[1]) ** 2 + (z - c[2]) ** 2) - r,
  box: box(c, c, r),
})

/**
 * Ellipsoid with semi-axes r along the frame axes (default world x, y, z); IQ's bound, close to exact near
 * the surface, which is all the level set needs.
 */
export function ellipsoid(
  c: Vec,
  r: Vec,
  axes: readonly [Vec, Vec, Vec] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): Shape {
  const [a, b, e] = axes
  const m = Math.max(r[0], r[1], r[2])
  return {
    d: (x, y, z) => {
      const px = x - c[0],
        py = y - c[1],
        pz = z - c[2]
      const u = (px * a[0] + py * a[1] + pz * a[2]) / r[0]
      const v = (px * b[0] + py * b[1] + pz * b[2]) / r[1]
      const w = (px * e[0] + py * e[1] + pz * e[2]) / r[2]
      const k0 = Math.sqrt(u * u + v * v + w * w)
      const k1 = Math.sqrt((u / r[0]) ** 2 + (v / r[1]) ** 2 + (w / r[2]) ** 2)
      return k1 < 1e-9 ? -Math.min(r[0], r[1], r[2]) : (k0 * (k0 - 1)) / k1
    },
    box: box(c, c, m),
  }
}

/** Round cone (capsule with different end radii), exact (IQ). */
export function cone(a: Vec, b: Vec, ra: number, rb: number): Shape {
  const ba = sub3(b, a)
  const l2 = dot3(ba, ba)
  const rr = ra - rb
  const a2 = l2 - rr * rr
  const il2 = 1 / l2
  return {
    d: (x, y, z) => {
      const pax = x - a[0],
        pay = y - a[1],
        paz = z - a[2]
      const yv = pax * ba[0] + pay * ba[1] + paz * ba[2]
      const zv = yv - l2
      const qx = pax * l2 - ba[0] * yv,
        qy = pay * l2 - ba[1] * yv,
        qz = paz * l2 - ba[2] * yv
      const x2 = qx * qx + qy * qy + qz * qz
      const y2 = yv * yv * l2
      const z2 = zv * zv * l2
      const k = Math.sign(rr) * rr * rr * x2
      if (Math.sign(zv) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb
      if (Math.sign(yv) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra
      return (Math.sqrt(x2 * a2 * il2) + yv * rr) * il2 - ra
    },
    box: boxUnion(box(a, a, ra), box(b, b, rb)),
  }
}

/** Chain of round cones through points with radii (a tube). */
export function tube(points: readonly Vec[], radii: readonly number[], k = 0): Shape {
  const parts: Shape[] = []
  for (let i = 0; i + 1 < points.length; i++)
    parts.push(cone(points[i]!, points[i + 1]!, radii[i]!, radii[i + 1]!))
  return k > 0 ? smoothUnion(k, ...parts) : union(...parts)
}

/**
 * Swept elliptical section along a polyline: at each node the half-width (along `side`) and half-depth
 * (along side × tangent) are given and interpolated. An approximate distance, good near the surface.
 *
 * Each segment is a straight elliptical cylinder with flat ends; at every bend their ends leave a V-shaped
 * wedge open on the outer side (issue 15: the cracks across the sacrum, the serrated collar and holes of
 * the femur and fibula). Every interior node therefore carries a joint: an ellipsoid with the node's section
 * in the bisector plane and, along the mean tangent, the larger of the two semi-axes. It covers the end
 * section of both segments turned by any angle about the node, so it fills the wedge, and it never reaches
 * beyond the node's elliptical cylinder, so it adds no bulge anywhere else.
 */
export function sweep(
  points: readonly Vec[],
  halfW: readonly number[],
  halfD: readonly number[],
  sideHint: Vec,
): Shape {
  const segs = [] as { a: Vec; t: Vec; l: number; u: Vec; v: Vec; i: number }[]
  let bb: Box | null = null
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!,
      b = points[i + 1]!
    const ab = sub3(b, a)
    const l = len3(ab)
    const [u, v, t] = frame(ab, sideHint)
    segs.push({ a, t, l, u, v, i })
    const m = Math.max(halfW[i]!, halfD[i]!, halfW[i + 1]!, halfD[i + 1]!)
    const sb = boxUnion(box(a, a, m), box(b, b, m))
    bb = bb ? boxUnion(bb, sb) : sb
  }
  const joints: Shape[] = []
  for (let i = 1; i + 1 < points.length; i++) {
    const t = norm3([
      segs[i - 1]!.t[0] + segs[i]!.t[0],
      segs[i - 1]!.t[1] + segs[i]!.t[1],
      segs[i - 1]!.t[2] + segs[i]!.t[2],
    ])
    const w = halfW[i]!,
      dd = halfD[i]!
    joints.push(ellipsoid(points[i]!, [w, dd, Math.max(w, dd)], frame(t, sideHint)))
  }
  // The two ends rounded off by a half-ellipsoid as deep as the section's smaller semi-axis: a flat end's
  // rim stood out as a sawn collar below the trochanters and a step above the condyles (issue 15).
  for (const [i, s] of [
    [0, segs[0]!],
    [points.length - 1, segs[segs.length - 1]!],
  ] as const) {
    const w = halfW[i]!,
      dd = halfD[i]!
    joints.push(ellipsoid(points[i]!, [w, dd, Math.min(w, dd)], [s.u, s.v, s.t]))
  }
  return {
    d: (x, y, z) => {
      let best = Infinity
      for (const j of joints) {
        const d = j.d(x, y, z)
        if (d < best) best = d
      }
      for (const s of segs) {
        const px = x - s.a[0],
          py = y - s.a[1],
          pz = z - s.a[2]
        const h = px * s.t[0] + py * s.t[1] + pz * s.t[2]
        const f = Math.min(1, Math.max(0, h / s.l))
        const w = halfW[s.i]! + (halfW[s.i + 1]! - halfW[s.i]!) * f
        const dd = halfD[s.i]! + (halfD[s.i + 1]! - halfD[s.i]!) * f
        const cu = px * s.u[0] + py * s.u[1] + pz * s.u[2]
        const cv = px * s.v[0] + py * s.v[1] + pz * s.v[2]
        const q = Math.sqrt((cu / w) ** 2 + (cv / dd) ** 2)
        const d2 = (q - 1) * Math.min(w, dd)
        const over = h < 0 ? -h : h > s.l ? h - s.l : 0
        const d = over > 0 ? (d2 > 0 ? Math.sqrt(d2 * d2 + over * over) : over) : d2
        if (d < best) best = d
      }
      return best
    },
    box: bb!,
  }
}

/** Rounded box with half-extents h in a frame (default world axes), rounding r. */
export function roundBox(
  c: Vec,
  h: Vec,
  r: number,
  axes: readonly [Vec, Vec, Vec] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): Shape {
  const [a, b, e] = axes
  const m = Math.sqrt(h[0] ** 2 + h[1] ** 2 + h[2] ** 2)
  return {
    d: (x, y, z) => {
      const px = x - c[0],
        py = y - c[1],
        pz = z - c[2]
      const qx = Math.abs(px * a[0] + py * a[1] + pz * a[2]) - h[0] + r
      const qy = Math.abs(px * b[0] + py * b[1] + pz * b[2]) - h[1] + r
      const qz = Math.abs(px * e[0] + py * e[1] + pz * e[2]) - h[2] + r
      const ox = Math.max(qx, 0),
        oy = Math.max(qy, 0),
        oz = Math.max(qz, 0)
      return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qx, qy, qz), 0) - r
    },
    box: box(c, c, m),
  }
}

/** Thick triangle (a plate through three points), half-thickness t. Exact unsigned triangle distance (IQ). */
export function plate(p1: Vec, p2: Vec, p3: Vec, t: number): Shape {
  const ba = sub3(p2, p1),
    cb = sub3(p3, p2),
    ac = sub3(p1, p3)
  const nor = cross3(ba, ac)
  const n1 = cross3(ba, nor),
    n2 = cross3(cb, nor),
    n3 = cross3(ac, nor)
  const dba = dot3(ba, ba),
    dcb = dot3(cb, cb),
    dac = dot3(ac, ac),
    dnn = dot3(nor, nor)
  const clamp = (v: number) => Math.min(1, Math.max(0, v))
  let bb = boxUnion(box(p1, p1, t), box(p2, p2, t))
  bb = boxUnion(bb, box(p3, p3, t))
  return {
    d: (x, y, z) => {
      const pa: Vec = [x - p1[0], y - p1[1], z - p1[2]]
      const pb: Vec = [x - p2[0], y - p2[1], z - p2[2]]
      const pc: Vec = [x - p3[0], y - p3[1], z - p3[2]]
      const s = Math.sign(dot3(n1, pa)) + Math.sign(dot3(n2, pb)) + Math.sign(dot3(n3, pc))
      let d2: number
      if (s < 2) {
        const e1 = clamp(dot3(ba, pa) / dba),
          e2 = clamp(dot3(cb, pb) / dcb),
          e3 = clamp(dot3(ac, pc) / dac)
        const q1 = (ba[0] * e1 - pa[0]) ** 2 + (ba[1] * e1 - pa[1]) ** 2 + (ba[2] * e1 - pa[2]) ** 2
        const q2 = (cb[0] * e2 - pb[0]) ** 2 + (cb[1] * e2 - pb[1]) ** 2 + (cb[2] * e2 - pb[2]) ** 2
        const q3 = (ac[0] * e3 - pc[0]) ** 2 + (ac[1] * e3 - pc[1]) ** 2 + (ac[2] * e3 - pc[2]) ** 2
        d2 = Math.min(q1, q2, q3)
      } else {
        const dn = dot3(nor, pa)
        d2 = (dn * dn) / dnn
      }
      return Math.sqrt(d2) - t
    },
    box: bb,
  }
}

/** Half-space: inside where (p - c)·n < 0. Infinite box; use only inside intersect/subtract. */
export const halfSpace = (c: Vec, n: Vec): Shape => {
  const u = norm3(n)
  return {
    d: (x, y, z) => (x - c[0]) * u[0] + (y - c[1]) * u[1] + (z - c[2]) * u[2],
    box: [-1e9, -1e9, -1e9, 1e9, 1e9, 1e9],
  }
}

export function union(...s: Shape[]): Shape {
  const bb = s.map((x) => x.box).reduce(boxUnion)
  return {
    d: (x, y, z) => {
      let best = Infinity
      for (const p of s) {
        // Outside its box a shape is at least that far away; inside it may be anything (even below best).
        const bd = boxDist(p.box, x, y, z)
        if (bd > 0 && bd >= best) continue
        const v = p.d(x, y, z)
        if (v < best) best = v
      }
      return best
    },
    box: bb,
  }
}

/** Polynomial smooth minimum with blend radius k (fillets where bones meet). */
export function smoothUnion(k: number, ...s: Shape[]): Shape {
  const bb = s.map((x) => x.box).reduce(boxUnion)
  return {
    d: (x, y, z) => {
      let best = Infinity
      for (const p of s) {
        const bd = boxDist(p.box, x, y, z)
        if (bd > 0 && bd >= best + k) continue
        const v = p.d(x, y, z)
        if (best === Infinity) {
          best = v
          continue
        }
        const h = Math.max(k - Math.abs(best - v), 0) / k
        best = Math.min(best, v) - h * h * k * 0.25
      }
      return best
    },
    box: bb,
  }
}

/** a minus b, with optional smooth blend k. */
export function subtract(a: Shape, b: Shape, k = 0): Shape {
  return {
    d: (x, y, z) => {
      const da = a.d(x, y, z)
      // Outside b's box: -b.d <= -boxDist <= da - k, so the subtraction cannot change the value.
      const bd = boxDist(b.box, x, y, z)
      if (bd > 0 && bd >= k - da) return da
      const db = -b.d(x, y, z)
      if (k <= 0) return Math.max(da, db)
      const h = Math.max(k - Math.abs(da - db), 0) / k
      return Math.max(da, db) + h * h * k * 0.25
    },
    box: a.box,
  }
}

export function intersect(a: Shape, b: Shape, k = 0): Shape {
  return {
    d: (x, y, z) => {
      const da = a.d(x, y, z)
      const db = b.d(x, y, z)
      if (k <= 0) return Math.max(da, db)
      const h = Math.max(k - Math.abs(da - db), 0) / k
      return Math.max(da, db) + h * h * k * 0.25
    },
    box: a.box,
  }
}

/** Mirror a shape through the sagittal plane (z -> -z). */
export const mirrorZ = (s: Shape): Shape => ({
  d: (x, y, z) => s.d(x, y, -z),
  box: [s.box[0], s.box[1], -s.box[5], s.box[3], s.box[4], -s.box[2]],
})

// ------------------------------------------------------------------ smooth sheets (iliac wing, ischiopubic plate)

/** Closed Catmull-Rom curve through 2D points, `per` samples per span (a dense polygon). */
export function closedSpline2(pts: readonly (readonly [number, number])[], per = 8): [number, number][] {
  const n = pts.length
  const out: [number, number][] = []
  for (let i = 0; i < n; i++) {
    const p0 = pts[(i + n - 1) % n]!,
      p1 = pts[i]!,
      p2 = pts[(i + 1) % n]!,
      p3 = pts[(i + 2) % n]!
    for (let k = 0; k < per; k++) {
      const t = k / per,
        t2 = t * t,
        t3 = t2 * t
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3)
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])])
    }
  }
  return out
}

/** Open Catmull-Rom curve through 3D points (ends repeated), `per` samples per span, last point included. */
export function spline3(pts: readonly Vec[], per = 6): Vec[] {
  const n = pts.length
  const out: Vec[] = []
  for (let i = 0; i + 1 < n; i++) {
    const p0 = pts[Math.max(0, i - 1)]!,
      p1 = pts[i]!,
      p2 = pts[i + 1]!,
      p3 = pts[Math.min(n - 1, i + 2)]!
    for (let k = 0; k < per; k++) {
      const t = k / per,
        t2 = t * t,
        t3 = t2 * t
      const f = (j: number) =>
        0.5 *
        (2 * p1[j]! +
          (-p0[j]! + p2[j]!) * t +
          (2 * p0[j]! - 5 * p1[j]! + 4 * p2[j]! - p3[j]!) * t2 +
          (-p0[j]! + 3 * p1[j]! - 3 * p2[j]! + p3[j]!) * t3)
      out.push([f(0), f(1), f(2)])
    }
  }
  out.push(pts[n - 1]!)
  return out
}

/** Linear interpolation of per-point values along a resampled spline3 (same `per`). */
export function resampleValues(vals: readonly number[], per = 6): number[] {
  const out: number[] = []
  for (let i = 0; i + 1 < vals.length; i++)
    for (let k = 0; k < per; k++) out.push(vals[i]! + ((vals[i + 1]! - vals[i]!) * k) / per)
  out.push(vals[vals.length - 1]!)
  return out
}

/** A 2D signed-distance function sampled on a grid (step mm) over a box, bilinear inside, exact outside. */
export function raster2(
  f: (x: number, y: number) => number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  step: number,
): (x: number, y: number) => number {
  const nx = Math.ceil((x1 - x0) / step) + 1
  const ny = Math.ceil((y1 - y0) / step) + 1
  const g = new Float64Array(nx * ny)
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) g[j * nx + i] = f(x0 + i * step, y0 + j * step)
  return (x, y) => {
    const fx = (x - x0) / step,
      fy = (y - y0) / step
    if (fx < 0 || fy < 0 || fx >= nx - 1 || fy >= ny - 1) return f(x, y)
    const i = Math.floor(fx),
      j = Math.floor(fy)
    const tx = fx - i,
      ty = fy - j
    const k = j * nx + i
    return (g[k]! * (1 - tx) + g[k + 1]! * tx) * (1 - ty) + (g[k + nx]! * (1 - tx) + g[k + nx + 1]! * tx) * ty
  }
}

/** Exact signed distance to a closed polygon (negative inside; IQ's sdPolygon). */
export function polygonSdf(poly: readonly (readonly [number, number])[]): (x: number, y: number) => number {
  const n = poly.length
  const px = Float64Array.from(poly, (p) => p[0])
  const py = Float64Array.from(poly, (p) => p[1])
  return (x, y) => {
    let d = (x - px[0]!) ** 2 + (y - py[0]!) ** 2
    let s = 1
    for (let i = 0, j = n - 1; i < n; j = i, i++) {
      const ex = px[j]! - px[i]!,
        ey = py[j]! - py[i]!
      const wx = x - px[i]!,
        wy = y - py[i]!
      const t = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
      const bx = wx - ex * t,
        by = wy - ey * t
      d = Math.min(d, bx * bx + by * by)
      const c1 = y >= py[i]!,
        c2 = y < py[j]!,
        c3 = ex * wy > ey * wx
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
    }
    return s * Math.sqrt(d)
  }
}

/** Thin-plate spline h(u, v) through 2D sites with values; returns value and gradient. Deterministic solve. */
export function thinPlate(
  sites: readonly (readonly [number, number])[],
  vals: readonly number[],
): (u: number, v: number, g?: [number, number]) => number {
  const n = sites.length
  const m = n + 3
  const A: number[][] = Array.from({ length: m }, () => new Array<number>(m + 1).fill(0))
  const phi = (r2: number) => (r2 < 1e-12 ? 0 : 0.5 * r2 * Math.log(r2))
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      A[i]![j] = phi((sites[i]![0] - sites[j]![0]) ** 2 + (sites[i]![1] - sites[j]![1]) ** 2)
    A[i]![n] = A[n]![i] = 1
    A[i]![n + 1] = A[n + 1]![i] = sites[i]![0]
    A[i]![n + 2] = A[n + 2]![i] = sites[i]![1]
    A[i]![m] = vals[i]!
  }
  for (let c = 0; c < m; c++) {
    let piv = c
    for (let r = c + 1; r < m; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[piv]![c]!)) piv = r
    ;[A[c], A[piv]] = [A[piv]!, A[c]!]
    for (let r = 0; r < m; r++) {
      if (r === c) continue
      const f = A[r]![c]! / A[c]![c]!
      for (let k = c; k <= m; k++) A[r]![k]! -= f * A[c]![k]!
    }
  }
  const w = A.map((row, i) => row[m]! / row[i]!)
  return (u, v, g) => {
    let h = w[n]! + w[n + 1]! * u + w[n + 2]! * v
    let gu = w[n + 1]!,
      gv = w[n + 2]!
    for (let i = 0; i < n; i++) {
      const du = u - sites[i]![0],
        dv = v - sites[i]![1]
      const r2 = du * du + dv * dv
      if (r2 < 1e-12) continue
      const l = Math.log(r2)
      h += w[i]! * 0.5 * r2 * l
      const k = w[i]! * (l + 1)
      gu += k * du
      gv += k * dv
    }
    if (g) {
      g[0] = gu
      g[1] = gv
    }
    return h
  }
}

export interface SheetSpec {
  /** Plane frame: u, v in the plane, w its normal. */
  readonly origin: Vec
  readonly axes: readonly [Vec, Vec, Vec]
  /** Closed outline through 3D points (projected onto the plane; their heights shape the mid-surface). */
  readonly outline: readonly Vec[]
  /** Further points the mid-surface passes through (e.g. the depth of a fossa). */
  readonly interior?: readonly Vec[]
  /** Holes: closed 3D loops, projected. */
  readonly holes?: readonly (readonly Vec[])[]
  /** Half-thickness at a mid-surface point (model mm). */
  readonly halfThickness: (p: Vec) => number
  readonly maxHalfThickness: number
}

/**
 * A smooth curved plate: the mid-surface is a thin-plate spline height field over a plane, bounded by a
 * spline outline (with optional holes), thickened by a varying half-thickness, edges fully rounded.
 */
export function sheet(s: SheetSpec): Shape {
  const [a, b, c] = s.axes
  const o = s.origin
  const loc = (p: Vec): [number, number, number] => {
    const d = sub3(p, o)
    return [dot3(d, a), dot3(d, b), dot3(d, c)]
  }
  const pts = [...s.outline, ...(s.interior ?? [])].map(loc)
  const us = pts.map((p) => p[0]),
    vs = pts.map((p) => p[1])
  const u0 = Math.min(...us),
    u1 = Math.max(...us),
    v0 = Math.min(...vs),
    v1 = Math.max(...vs)
  const tm = s.maxHalfThickness
  const m = tm + 8
  const outline2 = (loop: readonly Vec[]) =>
    raster2(
      polygonSdf(closedSpline2(loop.map((p) => loc(p).slice(0, 2) as [number, number]))),
      u0 - m,
      v0 - m,
      u1 + m,
      v1 + m,
      0.4,
    )
  const outer = outline2(s.outline)
  const holes = (s.holes ?? []).map(outline2)
  const h = thinPlate(
    pts.map((p) => [p[0], p[1]] as const),
    pts.map((p) => p[2]),
  )
  const g: [number, number] = [0, 0]
  // Box: the outline's extent in the plane, the height field's range (sampled) plus thickness.
  let w0 = Infinity,
    w1 = -Infinity
  for (let i = 0; i <= 20; i++)
    for (let j = 0; j <= 20; j++) {
      const hv = h(u0 + ((u1 - u0) * i) / 20, v0 + ((v1 - v0) * j) / 20)
      w0 = Math.min(w0, hv)
      w1 = Math.max(w1, hv)
    }
  let bb: Box | null = null
  for (const uu of [u0 - tm, u1 + tm])
    for (const vv of [v0 - tm, v1 + tm])
      for (const ww of [w0 - tm, w1 + tm]) {
        const q: Vec = [
          o[0] + a[0] * uu + b[0] * vv + c[0] * ww,
          o[1] + a[1] * uu + b[1] * vv + c[1] * ww,
          o[2] + a[2] * uu + b[2] * vv + c[2] * ww,
        ]
        bb = bb ? boxUnion(bb, box(q, q)) : box(q, q)
      }
  return {
    d: (x, y, z) => {
      const dx = x - o[0],
        dy = y - o[1],
        dz = z - o[2]
      const u = dx * a[0] + dy * a[1] + dz * a[2]
      const v = dx * b[0] + dy * b[1] + dz * b[2]
      const w = dx * c[0] + dy * c[1] + dz * c[2]
      // Beyond the height field's range: a lower bound is enough (no effect on blends nearer than that).
      const slab = Math.max(w0 - w, w - w1) - tm
      if (slab > 8) return slab
      let e = outer(u, v)
      for (const hole of holes) e = Math.max(e, -hole(u, v))
      if (e > tm + 4) return e
      const hv = h(u, v, g)
      const mid: Vec = [
        o[0] + a[0] * u + b[0] * v + c[0] * hv,
        o[1] + a[1] * u + b[1] * v + c[1] * hv,
        o[2] + a[2] * u + b[2] * v + c[2] * hv,
      ]
      const t = s.halfThickness(mid)
      const q = Math.abs(w - hv) / Math.sqrt(1 + g[0] * g[0] + g[1] * g[1]) - t
      const r = 0.9 * t
      const ee = e + r,
        qq = q + r
      return Math.min(Math.max(ee, qq), 0) + Math.hypot(Math.max(ee, 0), Math.max(qq, 0)) - r
    },
    box: bb!,
  }
}

/** Smooth tube through 3D points (Catmull-Rom resampled, radii interpolated), for crests and rims. */
export function smoothTube(points: readonly Vec[], radii: readonly number[], per = 5): Shape {
  return tube(spline3(points, per), resampleValues(radii, per))
}
