// Muscle lengths from geometry: a small forward-kinematics step over the model's own bones (src/anatomy:
// BONES for the joint centres and parents, MUSCLE_PATHS for the path points), posed by the same rules the
// scene uses (src/scene/posing.ts), so that the number the core reports and the tube the scene draws agree.
// No gain per muscle: a muscle's length is the length of the polyline through its posed points.
// Frame: three.js axes in millimetres (X = the subject's left, Y up, Z anterior), as the scene poses them.
// Pure and allocation-light: fixed scratch arrays, a few hundred multiplications per solve.
import { MUSCLE_IDS, MUSCLE_PATHS, type MuscleId, type MusclePathId } from '../anatomy/muscles'
import { LUMBAR_LEVELS, type Side } from '../anatomy/names'
import { PELVIS } from '../anatomy/landmarks'
import { BONES, type NodeSpec } from '../anatomy/skeleton'
import { C } from './couplers'
import type { MusclePose, Sided } from './types'

const DEG = Math.PI / 180

/** The posed angles, as drawn (degrees; the posing's signs, src/scene/posing.ts). */
export interface SkeletonAngles {
  anteriorTiltDeg: number
  /** Positive = right side lower. */
  obliquityDeg: number
  iliumAnteriorDeg: Sided<number>
  femoralInternalDeg: Sided<number>
  tibialInternalDeg: Sided<number>
  /** Per lumbar level, L1-L2 first. */
  extensionLeftDeg: ArrayLike<number>
  extensionRightDeg: ArrayLike<number>
  /** Positive = toward the right. */
  lateralFlexionDeg: ArrayLike<number>
}

/** Share of the lumbar side-bend per level, L1-L2 first (its range over the sum of ranges). */
const SIDE_BEND_RANGES = [
  C.sideBendRangeL1L2.gain,
  C.sideBendRangeL2L3.gain,
  C.sideBendRangeL3L4.gain,
  C.sideBendRangeL4L5.gain,
  C.sideBendRangeL5S1.gain,
]
const SIDE_BEND_TOTAL = SIDE_BEND_RANGES.reduce((a, b) => a + b, 0)
export const SIDE_BEND_SHARES: readonly number[] = SIDE_BEND_RANGES.map((r) => r / SIDE_BEND_TOTAL)
export const SIDE_BEND_RANGE_DEG: readonly number[] = SIDE_BEND_RANGES

/** The spine's answer to an obliquity (degrees): each level's side-bend, L1-L2 first, into `out`. */
export function lumbarSideBendDeg(obliquityDeg: number, out: number[] = [0, 0, 0, 0, 0]): number[] {
  const total = C.obliquityToLumbarSideBend.gain * obliquityDeg
  for (let i = 0; i < SIDE_BEND_SHARES.length; i++) out[i] = SIDE_BEND_SHARES[i]! * total
  return out
}

/**
 * The thoracic spine above T12 turns back by what the pelvis and the lumbar side-bend leave, so the trunk
 * stands upright in the frontal plane (degrees about the subject's front, positive = toward the right).
 */
export const trunkCounterBendDeg = (
  obliquityDeg: number,
  lateralFlexionDeg: ArrayLike<number>,
  extensionLeftDeg?: ArrayLike<number>,
  extensionRightDeg?: ArrayLike<number>,
): number => {
  let sum = obliquityDeg
  for (let i = 0; i < lateralFlexionDeg.length; i++) sum += lateralFlexionDeg[i]!
  // More extension on one side also bends that level toward it (posing.ts): turned back as well.
  if (extensionLeftDeg && extensionRightDeg)
    for (let i = 0; i < extensionLeftDeg.length; i++)
      sum += (extensionRightDeg[i]! - extensionLeftDeg[i]!) / 2
  return -sum
}

// ── The bodies: every bone a path point is fixed to, and their ancestors, parents first ─────────────────

type Rule = 'pelvis' | 'ilium' | 'level' | 'T12' | 'femur' | 'tibia' | 'fixed'
interface Body {
  key: string
  spec: NodeSpec
  side: Side
  parent: number
  rule: Rule
  /** Lumbar level index (L1-L2 = 0) for the vertebrae. */
  level: number
  /** Rest origin, three axes, mm. */
  rest: [number, number, number]
  /** The femur: the hemipelvis that carries its origin (index), else −1. */
  carrier: number
}
/** Each hemipelvis' pivot: the pubic symphysis (three axes, mm). */
const PIVOT: Record<Side, [number, number, number]> = {
  l: [0, 0, 0],
  r: [0, 0, 0],
}

const LEVEL_OF: Record<string, number> = Object.fromEntries(
  LUMBAR_LEVELS.map((l, i) => [l.split('-')[0]!, i]),
)
const threeMm = (p: readonly number[], side: Side): [number, number, number] => [
  side === 'l' ? p[2]! : -p[2]!,
  p[1]!,
  p[0]!,
]
const ruleOf = (name: string): Rule =>
  name === 'pelvis'
    ? 'pelvis'
    : name === 'ilium'
      ? 'ilium'
      : name in LEVEL_OF
        ? 'level'
        : name === 'T12'
          ? 'T12'
          : name === 'femur'
            ? 'femur'
            : name === 'tibia'
              ? 'tibia'
              : 'fixed'

for (const side of ['l', 'r'] as const) PIVOT[side] = threeMm(PELVIS.pubicSymphysis.value, side)
const bodies: Body[] = []
const bodyIndex = new Map<string, number>()
function addBody(name: string, side: Side): number {
  const spec = BONES.find((b) => b.name === name)
  if (!spec) throw new Error(`muscle path on unknown bone ${name}`)
  const key = spec.sided ? `${name}_${side}` : name
  const found = bodyIndex.get(key)
  if (found !== undefined) return found
  const parent = spec.parent === null ? -1 : addBody(spec.parent, side)
  const carrier = name === 'femur' ? addBody('ilium', side) : -1
  const i = bodies.length
  bodies.push({
    key,
    spec,
    side,
    parent,
    rule: ruleOf(name),
    level: LEVEL_OF[name] ?? -1,
    rest: threeMm(spec.originMm, side),
    carrier,
  })
  bodyIndex.set(key, i)
  return i
}

interface PathPlan {
  id: MusclePathId
  muscle: MuscleId
  /** Per point: body index and the point's rest offset from that body's origin (three axes, mm). */
  body: Int32Array
  offset: Float64Array
}
const plans: Record<Side, PathPlan[]> = { l: [], r: [] }
for (const side of ['l', 'r'] as const)
  for (const path of MUSCLE_PATHS) {
    const body = new Int32Array(path.points.length)
    const offset = new Float64Array(path.points.length * 3)
    path.points.forEach((p, k) => {
      const b = addBody(p.body, side)
      body[k] = b
      const q = threeMm(p.mm, side)
      const o = bodies[b]!.rest
      offset[3 * k] = q[0] - o[0]
      offset[3 * k + 1] = q[1] - o[1]
      offset[3 * k + 2] = q[2] - o[2]
    })
    plans[side].push({ id: path.id, muscle: path.muscle, body, offset })
  }

// ── Forward kinematics ──────────────────────────────────────────────────────────────────────────────

const R = new Float64Array(bodies.length * 9)
const P = new Float64Array(bodies.length * 3)
const _a = new Float64Array(9)
const _b = new Float64Array(9)
const _c = new Float64Array(9)
const IDENTITY = new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1])

function axisAngle(out: Float64Array, axis: 0 | 1 | 2, rad: number) {
  const c = Math.cos(rad)
  const s = Math.sin(rad)
  if (axis === 0) {
    out[0] = 1
    out[1] = 0
    out[2] = 0
    out[3] = 0
    out[4] = c
    out[5] = -s
    out[6] = 0
    out[7] = s
    out[8] = c
  } else if (axis === 1) {
    out[0] = c
    out[1] = 0
    out[2] = s
    out[3] = 0
    out[4] = 1
    out[5] = 0
    out[6] = -s
    out[7] = 0
    out[8] = c
  } else {
    out[0] = c
    out[1] = -s
    out[2] = 0
    out[3] = s
    out[4] = c
    out[5] = 0
    out[6] = 0
    out[7] = 0
    out[8] = 1
  }
}
/** out = a · b (row-major 3×3); out may not alias a or b. */
function mul(out: Float64Array, oo: number, a: Float64Array, ao: number, b: Float64Array, bo: number) {
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      out[oo + 3 * r + c] =
        a[ao + 3 * r]! * b[bo + c]! +
        a[ao + 3 * r + 1]! * b[bo + 3 + c]! +
        a[ao + 3 * r + 2]! * b[bo + 6 + c]!
}

/** The bodies' world rotations and origins (into R and P) for a set of angles. */
function pose(a: SkeletonAngles) {
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!
    const medial = b.side === 'r' ? 1 : -1
    const p = b.parent
    // Local (or world) rotation of this body.
    let world = false
    switch (b.rule) {
      case 'pelvis':
        axisAngle(_a, 2, a.obliquityDeg * DEG)
        axisAngle(_b, 0, a.anteriorTiltDeg * DEG)
        mul(_c, 0, _a, 0, _b, 0)
        world = true
        break
      case 'ilium':
        axisAngle(
          _c,
          0,
          ((b.side === 'r' ? a.iliumAnteriorDeg.right : a.iliumAnteriorDeg.left) - a.anteriorTiltDeg) * DEG,
        )
        break
      case 'level': {
        const l = a.extensionLeftDeg[b.level]!
        const r = a.extensionRightDeg[b.level]!
        axisAngle(_a, 0, (-(l + r) / 2) * DEG)
        axisAngle(_b, 2, ((r - l) / 2 + a.lateralFlexionDeg[b.level]!) * DEG)
        mul(_c, 0, _a, 0, _b, 0)
        break
      }
      case 'T12':
        axisAngle(
          _c,
          2,
          trunkCounterBendDeg(a.obliquityDeg, a.lateralFlexionDeg, a.extensionLeftDeg, a.extensionRightDeg) *
            DEG,
        )
        break
      case 'femur':
        axisAngle(
          _c,
          1,
          medial * (b.side === 'r' ? a.femoralInternalDeg.right : a.femoralInternalDeg.left) * DEG,
        )
        world = true
        break
      case 'tibia':
        axisAngle(
          _c,
          1,
          medial * (b.side === 'r' ? a.tibialInternalDeg.right : a.tibialInternalDeg.left) * DEG,
        )
        world = true
        break
      default:
        // A bone that only follows its parent.
        if (p >= 0) R.copyWithin(9 * i, 9 * p, 9 * p + 9)
        else R.set(IDENTITY, 9 * i)
    }
    if (b.rule === 'fixed') {
      // done above
    } else if (world || p < 0) R.set(_c, 9 * i)
    else mul(R, 9 * i, R, 9 * p, _c, 0)
    if (p < 0) {
      P[3 * i] = b.rest[0]
      P[3 * i + 1] = b.rest[1]
      P[3 * i + 2] = b.rest[2]
    } else if (b.rule === 'ilium') {
      // A hemipelvis turns about the pubic symphysis (the two pubes stay face to face): its origin swings
      // about that pivot, fixed in the parent's frame.
      const pv = PIVOT[b.side]
      const dx = pv[0] - bodies[p]!.rest[0]
      const dy = pv[1] - bodies[p]!.rest[1]
      const dz = pv[2] - bodies[p]!.rest[2]
      const ex = b.rest[0] - pv[0]
      const ey = b.rest[1] - pv[1]
      const ez = b.rest[2] - pv[2]
      for (let k = 0; k < 3; k++)
        P[3 * i + k] =
          P[3 * p + k]! +
          R[9 * p + 3 * k]! * dx +
          R[9 * p + 3 * k + 1]! * dy +
          R[9 * p + 3 * k + 2]! * dz +
          R[9 * i + 3 * k]! * ex +
          R[9 * i + 3 * k + 1]! * ey +
          R[9 * i + 3 * k + 2]! * ez
    } else if (b.carrier >= 0) {
      // The femur's origin rides in its hemipelvis' socket (its rotation is its own, in world terms).
      const c = b.carrier
      const q = bodies[c]!.rest
      const dx = b.rest[0] - q[0]
      const dy = b.rest[1] - q[1]
      const dz = b.rest[2] - q[2]
      for (let k = 0; k < 3; k++)
        P[3 * i + k] =
          P[3 * c + k]! + R[9 * c + 3 * k]! * dx + R[9 * c + 3 * k + 1]! * dy + R[9 * c + 3 * k + 2]! * dz
    } else {
      const q = bodies[p]!.rest
      const dx = b.rest[0] - q[0]
      const dy = b.rest[1] - q[1]
      const dz = b.rest[2] - q[2]
      for (let k = 0; k < 3; k++)
        P[3 * i + k] =
          P[3 * p + k]! + R[9 * p + 3 * k]! * dx + R[9 * p + 3 * k + 1]! * dy + R[9 * p + 3 * k + 2]! * dz
    }
  }
}

const _pt = new Float64Array(3)
function pointInto(plan: PathPlan, k: number, out: Float64Array, o: number) {
  const b = plan.body[k]!
  const dx = plan.offset[3 * k]!
  const dy = plan.offset[3 * k + 1]!
  const dz = plan.offset[3 * k + 2]!
  for (let j = 0; j < 3; j++)
    out[o + j] =
      P[3 * b + j]! + R[9 * b + 3 * j]! * dx + R[9 * b + 3 * j + 1]! * dy + R[9 * b + 3 * j + 2]! * dz
}
function lengthOf(plan: PathPlan): number {
  let len = 0
  pointInto(plan, 0, _pt, 0)
  let x = _pt[0]!
  let y = _pt[1]!
  let z = _pt[2]!
  for (let k = 1; k < plan.body.length; k++) {
    pointInto(plan, k, _pt, 0)
    const dx = _pt[0]! - x
    const dy = _pt[1]! - y
    const dz = _pt[2]! - z
    len += Math.sqrt(dx * dx + dy * dy + dz * dz)
    x = _pt[0]!
    y = _pt[1]!
    z = _pt[2]!
  }
  return len
}

const ZERO5 = [0, 0, 0, 0, 0]
const ZERO_SIDED = { left: 0, right: 0 }
export const NEUTRAL_ANGLES: Readonly<SkeletonAngles> = Object.freeze({
  anteriorTiltDeg: 0,
  obliquityDeg: 0,
  iliumAnteriorDeg: ZERO_SIDED,
  femoralInternalDeg: ZERO_SIDED,
  tibialInternalDeg: ZERO_SIDED,
  extensionLeftDeg: ZERO5,
  extensionRightDeg: ZERO5,
  lateralFlexionDeg: ZERO5,
})

/** Rest length of every path (mm), right side (the left mirrors it). */
pose(NEUTRAL_ANGLES)
const REST_MM: Record<MusclePathId, number> = Object.fromEntries(
  plans.r.map((p) => [p.id, lengthOf(p)]),
) as Record<MusclePathId, number>
/** Paths of each muscle and their summed rest length. */
const MUSCLE_REST_MM = Object.fromEntries(
  MUSCLE_IDS.map((m) => {
    const ps = MUSCLE_PATHS.filter((p) => p.muscle === m)
    return [m, ps.reduce((s, p) => s + REST_MM[p.id], 0) / ps.length]
  }),
) as Record<MuscleId, number>
const PATHS_PER_MUSCLE = Object.fromEntries(
  MUSCLE_IDS.map((m) => [m, MUSCLE_PATHS.filter((p) => p.muscle === m).length]),
) as Record<MuscleId, number>

/** Rest path length of a path, mm. */
export const musclePathRestMm = (id: MusclePathId): number => REST_MM[id]

const PATH_INDEX: Record<MusclePathId, number> = Object.fromEntries(
  MUSCLE_PATHS.map((p, i) => [p.id, i]),
) as Record<MusclePathId, number>
const REST_BY_PATH = Float64Array.from(MUSCLE_PATHS, (p) => REST_MM[p.id])
const MUSCLE_OF_PATH = Int32Array.from(MUSCLE_PATHS, (p) => MUSCLE_IDS.indexOf(p.muscle))
const PATHS_OF = Float64Array.from(MUSCLE_IDS, (m) => PATHS_PER_MUSCLE[m])
const REST_OF = Float64Array.from(MUSCLE_IDS, (m) => MUSCLE_REST_MM[m])
if (
  MUSCLE_IDS.join() !==
  'iliopsoas,rectusFemoris,hamstrings,gluteusMediusAnterior,gluteusMediusMiddle,gluteusMediusPosterior,piriformis,erectorSpinae,quadratusLumborum'
)
  throw new Error('muscleGeometry: MUSCLE_IDS changed order; update sideMuscles')
const _sum = new Float64Array(MUSCLE_IDS.length)
const length = (i: number): MusclePose[MuscleId] => {
  const mm = _sum[i]! / PATHS_OF[i]!
  return { lengthChangeMm: mm, lengthChangePct: (100 * mm) / REST_OF[i]! }
}
function sideMuscles(side: Side): MusclePose {
  _sum.fill(0)
  const ps = plans[side]
  for (let i = 0; i < ps.length; i++) {
    const m = MUSCLE_OF_PATH[i]!
    _sum[m] = _sum[m]! + lengthOf(ps[i]!) - REST_BY_PATH[i]!
  }
  // In MUSCLE_IDS order (checked at load, below).
  return {
    iliopsoas: length(0),
    rectusFemoris: length(1),
    hamstrings: length(2),
    gluteusMediusAnterior: length(3),
    gluteusMediusMiddle: length(4),
    gluteusMediusPosterior: length(5),
    piriformis: length(6),
    erectorSpinae: length(7),
    quadratusLumborum: length(8),
  }
}

/** Every muscle's length change on both sides for a set of posed angles. */
export function solveMuscles(a: SkeletonAngles): Sided<MusclePose> {
  pose(a)
  return { left: sideMuscles('l'), right: sideMuscles('r') }
}

/** A path's posed length (mm) for a set of angles. */
export function musclePathLengthMm(a: SkeletonAngles, side: Side, id: MusclePathId): number {
  pose(a)
  return lengthOf(plans[side][PATH_INDEX[id]]!)
}

/** A path's posed points (three axes, mm, the pelvis origin where it stands at rest), for tests and checks. */
export function posedPathPointsMm(
  a: SkeletonAngles,
  side: Side,
  id: MusclePathId,
): [number, number, number][] {
  pose(a)
  const plan = plans[side].find((p) => p.id === id)!
  const out: [number, number, number][] = []
  const v = new Float64Array(3)
  for (let k = 0; k < plan.body.length; k++) {
    pointInto(plan, k, v, 0)
    out.push([v[0]!, v[1]!, v[2]!])
  }
  return out
}

/** Where a posed bone's origin stands (three axes, mm), e.g. 'T12', for the trunk-over-the-hips check. */
export function posedBodyOriginMm(a: SkeletonAngles, key: string): [number, number, number] {
  pose(a)
  const i = bodyIndex.get(key)
  if (i === undefined) throw new Error(`no body ${key} in the muscle geometry`)
  return [P[3 * i]!, P[3 * i + 1]!, P[3 * i + 2]!]
}
