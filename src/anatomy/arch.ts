// Run-time arch: lower or raise the medial longitudinal arch so the navicular tuberosity sits at a chosen
// height while the heel and the metatarsal heads stay where they are (the foot stays planted).
//
// Recipe (rest pose = the GLB, all node rotations identity; the foot's rest navicular height is 45 mm):
//  1. talus_x      rotates about the mediolateral axis through the subtalar joint centre (the calcaneus origin):
//                  plantarflexion lowers. Its node also translates, since the pivot is not its origin.
//  2. calcaneus_x  gets the inverse motion, so the heel does not move.
//  3. navicular_x  sags about the talonavicular joint (its origin), ML axis, NAVICULAR_SAG_RATIO x the talus angle.
//  4. cuneiforms   follow the navicular (no own rotation).
//  5. metatarsal_1..3_x rotate about their tarsometatarsal joint (origin), ML axis, so that each head keeps
//     its rest height: the forefoot stays on the floor and the foot lengthens slightly as the arch drops.
// Angles are solved exactly (bisection), so the tuberosity height equals the input within 0.05 mm; the
// linearised slopes at 45 mm are in ARCH_DEG_PER_MM for reference. Pure maths: no three.js here.
import { NAVICULAR_HEIGHT_MM, NAVICULAR_TUBEROSITY_MM, RAYS, mtHeadMm } from './foot'
import type { M3, Mm3 } from './frame'
import { allNodes } from './skeleton'
import { sided, type Side } from './names'

/** Navicular sag relative to the talus per degree of talar plantarflexion (E: the talonavicular joint gives a share). */
export const NAVICULAR_SAG_RATIO = -0.5
/** Heights the recipe reaches with plausible joint angles (S27 R: low arch 27-35, high 56-64 mm); outside, clamped and flagged. */
export const ARCH_RANGE_MM: readonly [number, number] = [25, 65]
export const REST_NAVICULAR_HEIGHT_MM = NAVICULAR_HEIGHT_MM
const ML: Mm3 = [0, 0, 1]
const ARCH_RAYS = RAYS.slice(0, 3)

export interface LocalTransform {
  /** Quaternion [x, y, z, w] in the node's parent frame (glTF / three.js). */
  rotation: [number, number, number, number]
  /** Full local translation in metres (not a delta). */
  translation: [number, number, number]
}

// --- rigid transforms in model mm (right side): x' = R x + t, R row-major 3x3 ---
type Mat = number[]
interface Rigid {
  R: Mat
  t: M3
}
const I3: Mat = [1, 0, 0, 0, 1, 0, 0, 0, 1]
const axisAngle = (axis: Mm3, deg: number): Mat => {
  const l = Math.hypot(axis[0], axis[1], axis[2])
  const [x, y, z] = [axis[0] / l, axis[1] / l, axis[2] / l]
  const t = (deg * Math.PI) / 180
  const c = Math.cos(t),
    s = Math.sin(t),
    C = 1 - c
  return [
    c + x * x * C,
    x * y * C - z * s,
    x * z * C + y * s,
    y * x * C + z * s,
    c + y * y * C,
    y * z * C - x * s,
    z * x * C - y * s,
    z * y * C + x * s,
    c + z * z * C,
  ]
}
const mulMat = (a: Mat, b: Mat): Mat => {
  const o: Mat = []
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      o.push(a[i * 3]! * b[j]! + a[i * 3 + 1]! * b[3 + j]! + a[i * 3 + 2]! * b[6 + j]!)
  return o
}
const mulVec = (a: Mat, v: Mm3): M3 => [
  a[0]! * v[0] + a[1]! * v[1] + a[2]! * v[2],
  a[3]! * v[0] + a[4]! * v[1] + a[5]! * v[2],
  a[6]! * v[0] + a[7]! * v[1] + a[8]! * v[2],
]
const transpose = (a: Mat): Mat => [a[0]!, a[3]!, a[6]!, a[1]!, a[4]!, a[7]!, a[2]!, a[5]!, a[8]!]
const apply = (T: Rigid, p: Mm3): M3 => {
  const r = mulVec(T.R, p)
  return [r[0] + T.t[0], r[1] + T.t[1], r[2] + T.t[2]]
}
const compose = (a: Rigid, b: Rigid): Rigid => ({ R: mulMat(a.R, b.R), t: apply(a, b.t) })
const inverse = (a: Rigid): Rigid => {
  const Rt = transpose(a.R)
  const t = mulVec(Rt, a.t)
  return { R: Rt, t: [-t[0], -t[1], -t[2]] }
}
/** Rotation by deg about an axis through a pivot. */
const about = (pivot: Mm3, axis: Mm3, deg: number): Rigid => {
  const R = axisAngle(axis, deg)
  const rp = mulVec(R, pivot)
  return { R, t: [pivot[0] - rp[0], pivot[1] - rp[1], pivot[2] - rp[2]] }
}
const ID: Rigid = { R: I3, t: [0, 0, 0] }

const node = (base: string) => {
  const n = allNodes().find((x) => x.spec.name === base && x.side === 'r')
  if (!n) throw new Error(`no node ${base}`)
  return n
}
/** Talus pivot: the subtalar joint centre (the calcaneus origin), so the heel can stay exactly in place. */
const SUBTALAR = node('calcaneus').spec.originMm
const TN = node('navicular').spec.originMm

/** World motion (model mm, right side) of the talus and of the navicular for a talus angle (deg about ML, + = dorsiflexion). */
const talusMotion = (talusDeg: number): Rigid => about(SUBTALAR, ML, talusDeg)
const navicularMotion = (talusDeg: number): Rigid =>
  compose(talusMotion(talusDeg), about(TN, ML, talusDeg * NAVICULAR_SAG_RATIO))

export const tuberosityHeightMm = (talusDeg: number): number =>
  apply(navicularMotion(talusDeg), NAVICULAR_TUBEROSITY_MM)[1]

function bisect(f: (x: number) => number, target: number, lo: number, hi: number): number {
  let flo = f(lo) - target
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    const fm = f(mid) - target
    if (fm === 0) return mid
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid
      flo = fm
    } else hi = mid
  }
  return (lo + hi) / 2
}

export interface ArchAngles {
  /** Talus about the ML axis through the subtalar centre (+ = dorsiflexion, raises the arch). */
  talusDeg: number
  /** Navicular about the ML axis through the talonavicular centre, relative to the talus. */
  navicularDeg: number
  /** Metatarsals 1-3 about the ML axis through their bases, relative to their cuneiform. */
  metatarsalDeg: [number, number, number]
  navicularHeightMm: number
  clamped: boolean
}

/** The angles (model frame, right side, degrees about +z = lateral) for a navicular height. */
export function archAngles(navicularHeightMm: number): ArchAngles {
  if (!Number.isFinite(navicularHeightMm)) throw new Error('navicularHeightMm must be finite')
  const h = Math.min(ARCH_RANGE_MM[1], Math.max(ARCH_RANGE_MM[0], navicularHeightMm))
  const talusDeg = bisect(tuberosityHeightMm, h, -45, 45)
  const nav = navicularMotion(talusDeg)
  const metatarsalDeg = ARCH_RAYS.map((r) => {
    const restY = mtHeadMm(r)[1]
    return bisect((m) => apply(compose(nav, about(r.baseMm, ML, m)), mtHeadMm(r))[1], restY, -60, 60)
  }) as [number, number, number]
  return {
    talusDeg,
    navicularDeg: talusDeg * NAVICULAR_SAG_RATIO,
    metatarsalDeg,
    navicularHeightMm: h,
    clamped: h !== navicularHeightMm,
  }
}

/** Model-frame rigid motion -> three.js local transform (metres) for a side; the left side is the mirror image. */
function toLocalThree(T: Rigid, side: Side): LocalTransform {
  // three = M·(S·x) with S = mirror for the left; R3 = (M S) R (M S)^T, t3 = (M S) t.
  const sz = side === 'l' ? -1 : 1
  const MS: Mat = [0, 0, -sz, 0, 1, 0, 1, 0, 0]
  const R3 = mulMat(mulMat(MS, T.R), transpose(MS))
  const t3 = mulVec(MS, T.t)
  return { rotation: quatFromMat(R3), translation: [t3[0] / 1000, t3[1] / 1000, t3[2] / 1000] }
}
function quatFromMat(m: Mat): [number, number, number, number] {
  const [a, b, c, d, e, f, g, h, i] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const tr = a + e + i
  if (tr > 0) {
    const s = 0.5 / Math.sqrt(tr + 1)
    return [(h - f) * s, (c - g) * s, (d - b) * s, 0.25 / s]
  }
  if (a > e && a > i) {
    const s = 2 * Math.sqrt(1 + a - e - i)
    return [0.25 * s, (b + d) / s, (c + g) / s, (h - f) / s]
  }
  if (e > i) {
    const s = 2 * Math.sqrt(1 + e - a - i)
    return [(b + d) / s, 0.25 * s, (f + h) / s, (c - g) / s]
  }
  const s = 2 * Math.sqrt(1 + i - a - e)
  return [(c + g) / s, (f + h) / s, 0.25 * s, (d - b) / s]
}

/**
 * Local transforms to set on the arch nodes of one foot for a navicular height (mm above the floor).
 * Apply them to the nodes named by the keys (e.g. `talus_r`), replacing their rest rotation and position.
 */
export function archPose(side: Side, navicularHeightMm: number): Record<string, LocalTransform> {
  const g = archAngles(navicularHeightMm)
  // Rest world transforms are pure translations to the node origins (all rotations identity).
  const restWorld = (base: string): Rigid => ({ R: I3, t: [...node(base).spec.originMm] as M3 })
  const world: Record<string, Rigid> = {}
  world.talus = compose(talusMotion(g.talusDeg), restWorld('talus'))
  world.calcaneus = restWorld('calcaneus') // the heel stays put
  world.navicular = compose(navicularMotion(g.talusDeg), restWorld('navicular'))
  ARCH_RAYS.forEach((r, i) => {
    world[r.name] = compose(
      compose(navicularMotion(g.talusDeg), about(r.baseMm, ML, g.metatarsalDeg[i]!)),
      restWorld(r.name),
    )
  })
  const parentOf: Record<string, string> = {
    talus: 'tibia',
    calcaneus: 'talus',
    navicular: 'talus',
    metatarsal_1: 'cuneiform_medial',
    metatarsal_2: 'cuneiform_intermediate',
    metatarsal_3: 'cuneiform_lateral',
  }
  const worldOf = (base: string): Rigid => {
    if (world[base]) return world[base]!
    if (base.startsWith('cuneiform')) return compose(navicularMotion(g.talusDeg), restWorld(base))
    return base === 'tibia' ? restWorld('tibia') : ID
  }
  const out: Record<string, LocalTransform> = {}
  for (const base of Object.keys(world)) {
    const local = compose(inverse(worldOf(parentOf[base]!)), world[base]!)
    out[sided(base, side)] = toLocalThree(local, side)
  }
  return out
}

/** Linearised recipe at the rest arch: degrees per mm of navicular height change (for documentation and quick use). */
export const ARCH_DEG_PER_MM = (() => {
  const a = archAngles(REST_NAVICULAR_HEIGHT_MM - 1)
  const b = archAngles(REST_NAVICULAR_HEIGHT_MM + 1)
  return {
    talus: (b.talusDeg - a.talusDeg) / 2,
    navicular: (b.navicularDeg - a.navicularDeg) / 2,
    metatarsal_1: (b.metatarsalDeg[0] - a.metatarsalDeg[0]) / 2,
    metatarsal_2: (b.metatarsalDeg[1] - a.metatarsalDeg[1]) / 2,
    metatarsal_3: (b.metatarsalDeg[2] - a.metatarsalDeg[2]) / 2,
  }
})()
