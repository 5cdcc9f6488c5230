// The walker on a treadmill (issue 13): after applyPose has drawn the chain for this instant (the standing
// machinery: arch, heel, rotations, pelvis, spine), this layer swings the legs through the gait cycle and keeps
// the feet honest on a moving floor. Pure three math on the rig, allocation-free per frame (module scratch).
//
// The body stays in place; the floor (the belt) moves back at a constant speed. Each stance foot rolls over
// its heel, then (foot flat) stands, then rolls over its forefoot: its contact point (the heel's, then the
// first metatarsal head's) stays on the floor point it landed on, in the belt's frame. The legs reach those
// feet by a two-bone solve in the sagittal plane (hip and knee); the foot keeps the pitch the tables give.
// The swing leg follows the tables (hip, knee, ankle), eased into the stance solution around toe-off and
// landing so nothing jumps. The pelvis is placed each frame so that every stance leg reaches its foot with the
// knee flexed as the tables say (pelvisAt): the knee is what a clinician reads off a walker, and a pelvis height
// found for the legs of another frame bent the stance knee 2–8° past the table at mid-stance.
//
// Frontal plane: not drawn. solveGait's hipAdductionDeg (tables + the chain's obliquity) swings the femur up to
// ~4° in stance; drawing it with the stance foot fixed on the belt needs the pelvis to sway sideways (list and
// shift) each frame, solved as the sagittal pelvis is (pelvisAt) so the foot does not slide across the belt.
// Not done yet (issue 13 follow-up): the femur keeps the standing pose's frontal angle.
//
// Sagittal-plane convention: vectors are (z forward, y up); a segment's angle γ is measured from straight
// down, positive with its distal end forward; rot(v, γ) turns a vector by γ (the same as a rotation by −γ
// about +X in three). Thigh γ = hip flexion − anterior tilt, shank γ = thigh − knee flexion, foot pitch
// (toes up) = shank + ankle dorsiflexion.
import { Object3D, Quaternion, Vector3 } from 'three'
import { sided, type Side } from '../anatomy/names'
import { RUNNING_CURVES, WALKING_CURVES, fourierAt, type Activity, type GaitCurves } from '../kinematics'
import { LEVEL_BONE, heelContactPoint, type Rig } from './posing'

const DEG = Math.PI / 180
const SIDES: readonly Side[] = ['l', 'r']
const TOE_BONES: Record<Side, string[]> = {
  l: [1, 2, 3, 4, 5].map((n) => `phalanx_proximal_${n}_l`),
  r: [1, 2, 3, 4, 5].map((n) => `phalanx_proximal_${n}_r`),
}
/** The bones whose standing world rotation the gait layer starts from. */
const LEG_BONES: Record<Side, string[]> = {
  l: ['femur_l', 'tibia_l', 'talus_l', ...TOE_BONES.l],
  r: ['femur_r', 'tibia_r', 'talus_r', ...TOE_BONES.r],
}
/** Samples of the cycle for the surge schedule. */
const SAMPLES = 100
/** Harmonics of the smoothed pelvis surge. */
const HEIGHT_HARMONICS = 6
/** Shares of swing over which the stance solution eases into the tables (after toe-off, before landing). */
const EASE_AFTER_TOE_OFF = 0.4
const EASE_BEFORE_LANDING = 0.3
/** The swing foot's floor points stay at least this high (m) through mid-swing. */
const SWING_CLEARANCE_M = 0.02

/** A 2D vector (z forward, y up). */
interface V2 {
  z: number
  y: number
}
const rot = (v: V2, g: number, out: V2): V2 => {
  const c = Math.cos(g)
  const s = Math.sin(g)
  const z = v.z * c - v.y * s
  out.y = v.z * s + v.y * c
  out.z = z
  return out
}
/** Angle of a vector from straight down, positive forward. */
const angleOf = (z: number, y: number): number => Math.atan2(z, -y)

/** One leg's geometry as drawn standing this frame (world, m), from the posed rig. */
interface LegGeometry {
  hip: V2
  thigh: V2
  shank: V2
  /**
   * From the ankle: the heel's floor contact (under the calcaneus' lowest point, on the floor when standing)
   * and the forefoot's pivot (the first metatarsal head's centre, where the toes hinge).
   */
  heel: V2
  forefoot: V2
  /** Lateral distance of the hip centre from the pelvis origin (m): how far the pelvis rotation swings it. */
  hipHalfWidth: number
  /**
   * The knee's sagittal angle (thigh direction minus shank direction, rad) on the rest model: the tables'
   * knee flexion is measured from it (their zero is the model's default pose), not from the leg as the chain
   * drew it this frame (which may bend the knee to take up a flat arch's shortening, applyPose).
   */
  restKneeRad: number
}

/** Where the walker is at one instant (the result of solveTreadmill). */
export interface TreadmillPose {
  /** Pelvis rise over standing (m). */
  pelvisRiseM: number
  /** Pelvis surge forward of standing (m): the body keeps the tables' leg angles on a constant-speed belt. */
  pelvisSurgeM: number
  /** Per side: thigh and shank angle changes from standing, and the foot's pitch (toes up), rad. */
  thighRad: Record<Side, number>
  shankRad: Record<Side, number>
  footPitchRad: Record<Side, number>
  /** How far the belt has moved back since the cycle began (m, along −z): a belt point's z is world z + beltM. */
  beltM: number
  /**
   * Each stance foot's contact and the belt point it stands on (world z at cycle 0 of that point; wraps by
   * beltPerCycleM at the cycle's end, as beltM does); null in swing.
   */
  contact: Record<Side, { point: 'heel' | 'forefoot'; beltZ: number } | null>
}

/**
 * Table angles of a side at u, the share of ITS cycle (from its own strike), rad: thigh, shank, foot pitch.
 * The tables are the right side's; the left reads them half a cycle later. The pelvic tilt repeats each half
 * cycle, so it is the same either way.
 */
function tableAngles(curves: GaitCurves, t: number, out: { thigh: number; shank: number; foot: number }) {
  const thigh = (fourierAt(curves.hipFlexionDeg, t) - fourierAt(curves.pelvisAnteriorTiltDeg, t)) * DEG
  const shank = thigh - fourierAt(curves.kneeFlexionDeg, t) * DEG
  out.thigh = thigh
  out.shank = shank
  out.foot = shank + fourierAt(curves.ankleDorsiflexionDeg, t) * DEG
  return out
}

const _a = { thigh: 0, shank: 0, foot: 0 }
const _v1: V2 = { z: 0, y: 0 }
const _v2: V2 = { z: 0, y: 0 }
const _v3: V2 = { z: 0, y: 0 }

/** The hip's offset at t from the normal pelvis rotation and list (z, y), for side s. */
function hipOffset(curves: GaitCurves, leg: LegGeometry, s: Side, t: number, out: V2): V2 {
  const sign = s === 'r' ? 1 : -1
  out.z = sign * leg.hipHalfWidth * Math.sin(fourierAt(curves.pelvisRotationDeg, t) * DEG)
  out.y = -sign * leg.hipHalfWidth * Math.sin(fourierAt(curves.pelvisObliquityDeg, t) * DEG)
  return out
}

/** The foot point that carries it (heel when the toes are up, forefoot when the heel is up), from the ankle. */
const pivotOf = (leg: LegGeometry, footPitch: number): V2 => (footPitch >= 0 ? leg.heel : leg.forefoot)

/** Where the table pose puts the pivot, from the hip (no pelvis rise), into `out`. */
function tablePivot(leg: LegGeometry, a: { thigh: number; shank: number; foot: number }, out: V2): V2 {
  rot(leg.thigh, a.thigh, _v1)
  rot(leg.shank, a.shank, _v2)
  rot(pivotOf(leg, a.foot), a.foot, _v3)
  out.z = _v1.z + _v2.z + _v3.z
  out.y = _v1.y + _v2.y + _v3.y
  return out
}

/** Per activity and leg geometry: the pelvis height schedule and the belt's travel per cycle. */
export interface Treadmill {
  curves: GaitCurves
  stance: number
  /** Fourier coefficients of the pelvis' fore–aft surge (m): a0, then (a_k, b_k). */
  surge: Float64Array
  /** Belt travel per cycle (m). */
  beltPerCycleM: number
  /** Where each heel lands (world z, m): the tables' landing on the legs the treadmill was built for. */
  landZ: Record<Side, number>
  /** Heel to forefoot contact along the floor, foot flat (m). */
  footLength: Record<Side, number>
  /**
   * The legs as drawn at the ends of walking's double supports (each landing and toe-off, treadmillMoments):
   * the pelvis' path between them is built from these, not from this frame's legs (legsAt). Empty: this
   * frame's legs.
   */
  ends: TreadmillEnd[]
}

/** The legs as drawn at one moment of the cycle. */
export interface TreadmillEnd {
  cycle: number
  legs: Record<Side, LegGeometry>
}

/**
 * The moments whose legs the pelvis' path is anchored to (walking: both landings and both toe-offs; running,
 * without double support, none). The legs as drawn change through the cycle with the chain, and not always
 * smoothly: the subtalar joint stood the heel on its lowest vertex (posing.ts, subtalarJoint; it now rolls on a
 * blended contact), and on the model's new calcaneus (issue 16's plantar shape) that vertex switches as the heel
 * everts, sliding the talus 7–10 mm along the foot in one 1/200 of a cycle (walking, neutral feet: at 0.5% and 5.5% of the
 * left's cycle past its landing, eversion −5.8° and −8.5°). A double support's path read from this frame's legs
 * moved its toe-off end with each slide: a 2.2 mm jolt of the surge at 5% of the cycle (2.6 mm flat feet).
 */
export function treadmillMoments(activity: Activity): number[] {
  const stance = curvesOf(activity).stanceFraction
  const u = handoverOf(activity)
  // The heel hands the foot to the forefoot: its belt point is where the forefoot is then (footLength).
  const handover = u === null ? [] : [u, wrap(0.5 + u)]
  if (stance <= 0.5) return handover
  return [0, 0.5, wrap(stance - TOE_OFF_EPS), wrap(0.5 + stance - TOE_OFF_EPS), ...handover]
}

/**
 * The share of a side's cycle at which its stance foot's pitch, the tables', turns from toes up (on the heel)
 * to heel up (on the forefoot); null where it lands heel up.
 */
function handoverOf(activity: Activity): number | null {
  const curves = curvesOf(activity)
  if (tableAngles(curves, 0, _a).foot < 0) return null
  const N = 1000
  for (let i = 1; i <= N; i++) {
    let hi = (i * curves.stanceFraction) / N
    if (tableAngles(curves, hi, _a).foot >= 0) continue
    let lo = ((i - 1) * curves.stanceFraction) / N
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2
      if (tableAngles(curves, mid, _a).foot >= 0) lo = mid
      else hi = mid
    }
    return hi
  }
  return null
}

/** Copies a leg geometry record into `out`. */
export function copyLegs(
  src: Record<Side, LegGeometry>,
  out: Record<Side, LegGeometry>,
): Record<Side, LegGeometry> {
  for (const s of SIDES) {
    const a = src[s]
    const b = out[s]
    for (const k of ['hip', 'thigh', 'shank', 'heel', 'forefoot'] as const) {
      b[k].z = a[k].z
      b[k].y = a[k].y
    }
    b.hipHalfWidth = a.hipHalfWidth
    b.restKneeRad = a.restKneeRad
  }
  return out
}

/** The legs as drawn at cycle t where t is one of the treadmill's ends, else this frame's `legs`. */
function legsAt(
  ends: readonly TreadmillEnd[],
  t: number,
  legs: Record<Side, LegGeometry>,
): Record<Side, LegGeometry> {
  for (const e of ends) if (Math.abs(wrap(t - e.cycle + 0.5) - 0.5) < 1e-6) return e.legs
  return legs
}

const curvesOf = (a: Activity): GaitCurves => (a === 'walking' ? WALKING_CURVES : RUNNING_CURVES)
const strikeOf = (s: Side): number => (s === 'r' ? 0 : 0.5)
const wrap = (x: number): number => x - Math.floor(x)
/** Just before toe-off, as a share of the cycle (the foot still on the belt). */
const TOE_OFF_EPS = 1e-9
const smooth = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x))

/** The pelvis' fore–aft surge at t (m, forward positive): a smooth periodic curve. */
function surgeAt(tm: Treadmill, t: number): number {
  let v = tm.surge[0]!
  for (let k = 1; k <= HEIGHT_HARMONICS; k++)
    v +=
      tm.surge[2 * k - 1]! * Math.cos(2 * Math.PI * k * t) + tm.surge[2 * k]! * Math.sin(2 * Math.PI * k * t)
  return v
}

/** The surge's rate at t (m per cycle). */
function surgeRateAt(tm: Treadmill, t: number): number {
  let v = 0
  for (let k = 1; k <= HEIGHT_HARMONICS; k++) {
    const w = 2 * Math.PI * k
    v += w * (tm.surge[2 * k]! * Math.cos(w * t) - tm.surge[2 * k - 1]! * Math.sin(w * t))
  }
  return v
}

const _p: V2 = { z: 0, y: 0 }
const _h: V2 = { z: 0, y: 0 }

/** Fills the non-finite entries of a periodic sample list by straight lines between their finite neighbours. */
function fillGaps(raw: number[]): number[] {
  const n = raw.length
  const out = raw.slice()
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(raw[i]!)) continue
    let j = i
    while (!Number.isFinite(raw[j % n]!)) j++
    let k = i
    while (!Number.isFinite(raw[(k + n) % n]!)) k--
    const a = raw[(k + n) % n]!
    const b = raw[j % n]!
    out[i] = a + ((b - a) * (i - k)) / (j - k)
  }
  return out
}

/** Where the tables land the right heel (world z, m) on these legs. */
function tableLandZ(curves: GaitCurves, leg: LegGeometry): number {
  tableAngles(curves, 0, _a)
  _a.foot = Math.max(_a.foot, 0)
  tablePivot(leg, _a, _p)
  hipOffset(curves, leg, 'r', 0, _h)
  return leg.hip.z + _h.z + _p.z
}

/** Belt speed of these legs: the heel lands where the tables put it; the forefoot leaves where they put it at toe-off. */
function ownBeltPerCycleM(activity: Activity, legs: Record<Side, LegGeometry>): number {
  const curves = curvesOf(activity)
  const stance = curves.stanceFraction
  const leg = legs.r
  const landZ = tableLandZ(curves, leg)
  tableAngles(curves, stance, _a)
  _a.foot = Math.min(_a.foot, -1e-9)
  tablePivot(leg, _a, _p)
  hipOffset(curves, leg, 'r', stance, _h)
  const offZ = leg.hip.z + _h.z + _p.z
  return (landZ + leg.forefoot.z - leg.heel.z - offZ) / stance
}

/**
 * `beltPerCycleM`, when given, is the belt's travel per cycle to walk on (another walker's belt: the compare
 * ghost on the skeleton's); the surge schedule then takes up the difference from these legs' own.
 */
export function buildTreadmill(
  activity: Activity,
  legs: Record<Side, LegGeometry>,
  beltPerCycleM = ownBeltPerCycleM(activity, legs),
  ends: TreadmillEnd[] = [],
): Treadmill {
  const curves = curvesOf(activity)
  const stance = curves.stanceFraction
  // Heel to forefoot as the foot stands when the forefoot takes over from the heel (the legs then, where the
  // ends have them): the foot's length as drawn changes through stance (the talus slides on the calcaneus'
  // lowest vertex, treadmillMoments), and at the legs of TREADMILL_CYCLE the forefoot took over 3.5 mm behind
  // where it stood (walking, right over-pronated, left foot).
  const u = handoverOf(activity)
  const handLegs = (s: Side) => (u === null ? legs : legsAt(ends, wrap(strikeOf(s) + u), legs))[s]
  const footLength = {
    l: handLegs('l').forefoot.z - handLegs('l').heel.z,
    r: handLegs('r').forefoot.z - handLegs('r').heel.z,
  }
  const landZ = tableLandZ(curves, legs.r)
  // The left lands as the right does, half a cycle later, from its own hip.
  const land = { r: landZ, l: legs.l.hip.z + landZ - legs.r.hip.z }

  // Per sample: how far the tables' foot is from its belt point (the body surges by the mean, so the legs keep
  // the tables' angles rather than reach for the belt).
  const surgeRaw: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const t = i / SAMPLES
    let miss = 0
    let feet = 0
    for (const s of SIDES) {
      const u = wrap(t - strikeOf(s))
      if (u >= stance) continue
      const l = legs[s]
      tablePivot(l, tableAngles(curves, u, _a), _p)
      hipOffset(curves, l, s, t, _h)
      const target = land[s] + (_a.foot >= 0 ? 0 : footLength[s]) - beltPerCycleM * u
      miss += target - (l.hip.z + _h.z + _p.z)
      feet++
    }
    surgeRaw.push(feet ? miss / feet : NaN)
  }
  const surgeSamples = fillGaps(surgeRaw)
  const surge = new Float64Array(2 * HEIGHT_HARMONICS + 1)
  for (let i = 0; i < SAMPLES; i++) surge[0] = surge[0]! + surgeSamples[i]! / SAMPLES
  for (let k = 1; k <= HEIGHT_HARMONICS; k++)
    for (let i = 0; i < SAMPLES; i++) {
      const ph = (2 * Math.PI * k * i) / SAMPLES
      surge[2 * k - 1] = surge[2 * k - 1]! + (2 / SAMPLES) * surgeSamples[i]! * Math.cos(ph)
      surge[2 * k] = surge[2 * k]! + (2 / SAMPLES) * surgeSamples[i]! * Math.sin(ph)
    }
  return { curves, stance, surge, beltPerCycleM, landZ: land, footLength, ends }
}

/** Two-bone solve: thigh and shank angles (rad, from straight down) that put the ankle at `ankle` from `hip`. */
function reach(leg: LegGeometry, hip: V2, ankle: V2, out: { thigh: number; shank: number }): void {
  const a = Math.hypot(leg.thigh.z, leg.thigh.y)
  const b = Math.hypot(leg.shank.z, leg.shank.y)
  const dz = ankle.z - hip.z
  const dy = ankle.y - hip.y
  const d = Math.min(a + b - 1e-6, Math.max(Math.abs(a - b) + 1e-6, Math.hypot(dz, dy)))
  const phi = Math.acos(Math.min(1, Math.max(-1, (a * a + d * d - b * b) / (2 * a * d))))
  // The knee in front of the hip–ankle line (it flexes forward).
  const thighDir = angleOf(dz, dy) + phi
  const kz = hip.z + a * Math.sin(thighDir)
  const ky = hip.y - a * Math.cos(thighDir)
  // As angles of change from the standing segments.
  out.thigh = thighDir - angleOf(leg.thigh.z, leg.thigh.y)
  out.shank = angleOf(ankle.z - kz, ankle.y - ky) - angleOf(leg.shank.z, leg.shank.y)
}

const _sol = { thigh: 0, shank: 0 }
const _hip: V2 = { z: 0, y: 0 }
const _ank: V2 = { z: 0, y: 0 }
const _corr = { thigh: 0, shank: 0, foot: 0 }
const _pelvis: V2 = { z: 0, y: 0 }
const _pelvisEdge: V2 = { z: 0, y: 0 }
const _b = { thigh: 0, shank: 0, foot: 0 }
const _ank2: V2 = { z: 0, y: 0 }
const _h2: V2 = { z: 0, y: 0 }

/**
 * Where side s's ankle must be at share u of its cycle in stance, the foot at pitch `foot` (toes up): its
 * contact (heel, then forefoot) on the belt point it landed on, moved back with the belt; into `out`.
 */
function ankleTarget(
  tm: Treadmill,
  leg: LegGeometry,
  s: Side,
  u: number,
  foot: number,
  out: V2,
): { point: 'heel' | 'forefoot'; beltZ: number } {
  const point = foot >= 0 ? 'heel' : 'forefoot'
  const beltZ = point === 'heel' ? tm.landZ[s] : tm.landZ[s] + tm.footLength[s]
  // The pivot keeps its standing height (the heel's contact on the floor, the metatarsal head above it).
  const pivot = pivotOf(leg, foot)
  rot(pivot, foot, _v3)
  out.z = beltZ - tm.beltPerCycleM * u - _v3.z
  out.y = leg.hip.y + leg.thigh.y + leg.shank.y + pivot.y - _v3.y
  return { point, beltZ }
}

/** In the plane of the pelvis' displacement (surge z, rise y, m): a circle and its radius. */
interface Circle {
  z: number
  y: number
  r: number
}
const _cl: Circle = { z: 0, y: 0, r: 0 }
const _cr: Circle = { z: 0, y: 0, r: 0 }
const _meet: V2 = { z: 0, y: 0 }

/**
 * The circle of pelvis displacements (surge, rise) at which side s, in stance at share u of its cycle (t of the
 * whole), reaches its ankle target with the knee flexed as the tables say, measured from the rest model's knee
 * (restKneeRad). The two-bone solve then gives that knee back exactly. Solving the pelvis for the knee rather
 * than the knee for a pelvis height matters: a knee near straight is very sensitive to the hip's height (2 mm
 * of slack is 5° of flexion at mid-stance).
 */
function reachCircle(tm: Treadmill, leg: LegGeometry, s: Side, t: number, u: number, out: Circle): Circle {
  tableAngles(tm.curves, u, _b)
  ankleTarget(tm, leg, s, u, _b.foot, _ank2)
  hipOffset(tm.curves, leg, s, t, _h2)
  const a = Math.hypot(leg.thigh.z, leg.thigh.y)
  const b = Math.hypot(leg.shank.z, leg.shank.y)
  const knee = leg.restKneeRad + fourierAt(tm.curves.kneeFlexionDeg, u) * DEG
  out.r = Math.sqrt(a * a + b * b + 2 * a * b * Math.cos(knee))
  out.z = _ank2.z - leg.hip.z - _h2.z
  out.y = _ank2.y - leg.hip.y - _h2.y
  return out
}

/** The rise on a circle's upper half at surge z (at its top where z is out of its reach). */
const upperAt = (c: Circle, z: number): number => c.y + Math.sqrt(Math.max(0, c.r * c.r - (z - c.z) ** 2))

/**
 * The upper meeting point of two circles into `out`: the pelvis at which both stance legs reach their feet with
 * the tables' knees. Where they do not meet (feet too far apart for the knees: not met on the model's
 * legs), the point on the line between the centres that leaves both legs equally short.
 */
function meet(c1: Circle, c2: Circle, out: V2): V2 {
  const dz = c2.z - c1.z
  const dy = c2.y - c1.y
  const d = Math.hypot(dz, dy)
  if (d === 0 || d >= c1.r + c2.r || d <= Math.abs(c1.r - c2.r)) {
    const k = d === 0 ? 0 : (c1.r + (d - c1.r - c2.r) / 2) / d
    out.z = c1.z + dz * k
    out.y = c1.y + dy * k
    return out
  }
  const along = (c1.r * c1.r - c2.r * c2.r + d * d) / (2 * d)
  const h = Math.sqrt(Math.max(0, c1.r * c1.r - along * along))
  const mz = c1.z + (along * dz) / d
  const my = c1.y + (along * dy) / d
  // The two points are m ± h·(−dy, dz)/d: the upper one.
  const sign = dz >= 0 ? 1 : -1
  out.z = mz - (sign * h * dy) / d
  out.y = my + (sign * h * dz) / d
  return out
}

/** The step (share of the cycle) over which landingRiseRate differentiates. */
const LANDING_RATE_STEP = 1e-4

const _meet2: V2 = { z: 0, y: 0 }

/** Half-width (share of the cycle) of the rounding of the pelvis' lowest point at a landing (landingRound). */
const LANDING_ROUND = 0.02

/** Signed share of the cycle from side s's landing to t (−0.5..0.5). */
const fromLanding = (s: Side, t: number): number => {
  const u = wrap(t - strikeOf(s))
  return u < 0.5 ? u : u - 1
}

/**
 * The rounding of the pelvis' path at a landing into double support (m, added to the height within
 * LANDING_ROUND of it): the trailing leg's circle brings the pelvis down into the landing and the leading leg's
 * lifts it out, so its height turns from falling to rising in one frame (a knock at every heel strike). The
 * parabola a·J/4·(1 − |x|/a)² (J, the jump in vertical speed) cancels the jump, so the path is C1; each foot's
 * pitch about its pivot takes the few mm (stanceFoot) and each knee stays the tables'.
 */
function landingRound(tm: Treadmill, legs: Record<Side, LegGeometry>, t: number): number {
  let y = 0
  for (const lead of SIDES) {
    const x = fromLanding(lead, t)
    if (Math.abs(x) >= LANDING_ROUND) continue
    const trail: Side = lead === 'l' ? 'r' : 'l'
    const uTrail0 = wrap(strikeOf(lead) - strikeOf(trail))
    // Only a landing into double support (running lands from flight).
    if (uTrail0 >= tm.stance) continue
    const t0 = strikeOf(lead)
    const h = LANDING_RATE_STEP
    const at = legsAt(tm.ends, t0, legs)
    doubleSupport(tm, legs, t0, lead === 'l' ? 0 : uTrail0, lead === 'r' ? 0 : uTrail0, _meet2)
    const z0 = _meet2.z
    const v = surgeRateAt(tm, t0)
    // Before: the trailing leg's circle on the single support's path (it ends at the meeting point at the
    // surge's speed); after: the leading leg's on double support's (it starts there at the same speed).
    const yT = upperAt(reachCircle(tm, at[trail], trail, t0, uTrail0, _cr), z0)
    const yTb = upperAt(reachCircle(tm, at[trail], trail, wrap(t0 - h), uTrail0 - h, _cr), z0 - h * v)
    const yL = upperAt(reachCircle(tm, at[lead], lead, t0, 0, _cr), z0)
    const yLa = upperAt(reachCircle(tm, at[lead], lead, wrap(t0 + h), h, _cr), z0 + h * v)
    const jump = (yLa - yL) / h - (yT - yTb) / h
    y += ((LANDING_ROUND * jump) / 4) * (1 - Math.abs(x) / LANDING_ROUND) ** 2
  }
  return y
}

/** Both legs' circles at t (left at uL, right at uR) and where they meet, into `out`. */
function doubleSupport(
  tm: Treadmill,
  legs: Record<Side, LegGeometry>,
  t: number,
  uL: number,
  uR: number,
  out: V2,
) {
  // Always called at a landing or a toe-off: the legs as drawn then (legsAt).
  legs = legsAt(tm.ends, t, legs)
  reachCircle(tm, legs.l, 'l', t, uL, _cl)
  reachCircle(tm, legs.r, 'r', t, uR, _cr)
  return meet(_cl, _cr, out)
}

/**
 * The pelvis' displacement from standing at cycle share t on this frame's legs (surge z forward, rise y, m),
 * so that every stance leg reaches its foot with the tables' knee:
 * - both feet down (walking's double support): from where the two legs' circles meet at its landing to where
 *   they meet at its toe-off, on the legs as drawn at those moments (Treadmill.ends);
 * - one foot down: the smooth surge (the tables' thigh angles on a constant belt), shifted by what double
 *   support needed at the ends of this single support (blended across it, so the pelvis never jumps), and the
 *   height at which that leg's knee is the tables';
 * - no foot down (running's flight): the surge, and the height joined in a straight line from the last toe-off
 *   to the next landing.
 */
function pelvisAt(tm: Treadmill, legs: Record<Side, LegGeometry>, t: number, out: V2): V2 {
  const st = tm.stance
  const uL = wrap(t - strikeOf('l'))
  const uR = wrap(t - strikeOf('r'))
  if (uL < st && uR < st) {
    // Double support: from where the two legs' circles meet at the landing that began it to where they meet at
    // the toe-off that ends it, at the single supports' speed at both ends (the path is C1). The leading leg's knee sets the height; the trailing
    // foot, on its forefoot, takes its pitch so that its knee is the tables' too (trailingPitch). Following the
    // meeting point instead, the pelvis ran back 5 mm in 1/200 of a cycle just before toe-off (the trailing
    // knee flexes fast there, pulling the circles' meeting point back) and then stopped dead: a jolt.
    const lead: Side = uL < uR ? 'l' : 'r'
    const uLead = lead === 'l' ? uL : uR
    const uTrail = lead === 'l' ? uR : uL
    const t0 = t - uLead
    const t1 = t + (st - uTrail - TOE_OFF_EPS)
    const trail0 = uTrail - uLead
    doubleSupport(tm, legs, wrap(t0), lead === 'l' ? 0 : trail0, lead === 'r' ? 0 : trail0, _meet)
    const z0 = _meet.z
    const lead1 = uLead + (st - uTrail - TOE_OFF_EPS)
    doubleSupport(
      tm,
      legs,
      wrap(t1),
      lead === 'l' ? lead1 : st - TOE_OFF_EPS,
      lead === 'r' ? lead1 : st - TOE_OFF_EPS,
      _meet,
    )
    const z1 = _meet.z
    // A cubic between the two meeting points, leaving and joining the single supports at their speed (the
    // surge's): not the surge plus a blended shift, which in walking's short double support had to bend by the
    // surge's own swing (9 cm) and was C1 only in name.
    const span = t1 - t0
    const x = span > 0 ? uLead / span : 0
    const x2 = x * x
    const x3 = x2 * x
    out.z =
      (2 * x3 - 3 * x2 + 1) * z0 +
      (x3 - 2 * x2 + x) * span * surgeRateAt(tm, wrap(t0)) +
      (-2 * x3 + 3 * x2) * z1 +
      (x3 - x2) * span * surgeRateAt(tm, wrap(t1))
    // The height: the leading leg's knee (and the rounding of the landing, landingRound).
    out.y = upperAt(reachCircle(tm, legs[lead], lead, t, uLead, _cl), out.z) + landingRound(tm, legs, t)
    return out
  }
  if (uL < st || uR < st) {
    const s: Side = uR < st ? 'r' : 'l'
    const uS = s === 'r' ? uR : uL
    const uO = s === 'r' ? uL : uR
    // This single support runs from the later of the other foot's toe-off and this foot's landing to the earlier
    // of the other foot's landing and this foot's toe-off; at an end shared with double support the surge is
    // shifted to where double support puts the pelvis.
    const sinceOff = uO - st
    const toLand = 1 - uO
    const fromStart = Math.min(sinceOff, uS)
    const toEnd = Math.min(toLand, st - uS)
    let m0 = 0
    let m1 = 0
    if (sinceOff < uS) {
      const t0 = t - sinceOff
      const u0 = uS - sinceOff
      doubleSupport(tm, legs, t0, s === 'l' ? u0 : st - TOE_OFF_EPS, s === 'r' ? u0 : st - TOE_OFF_EPS, _meet)
      m0 = _meet.z - surgeAt(tm, wrap(t0))
    }
    if (toLand < st - uS) {
      const t1 = t + toLand
      const u1 = uS + toLand
      doubleSupport(tm, legs, t1, s === 'l' ? u1 : 0, s === 'r' ? u1 : 0, _meet)
      m1 = _meet.z - surgeAt(tm, wrap(t1))
    }
    const span = fromStart + toEnd
    out.z = surgeAt(tm, t) + m0 + (m1 - m0) * smooth(span > 0 ? fromStart / span : 0)
    out.y = upperAt(reachCircle(tm, legs[s], s, t, uS, _cl), out.z) + landingRound(tm, legs, t)
    return out
  }
  // Flight: the side that left last and the side that lands next.
  const off: Side = uL - st < uR - st ? 'l' : 'r'
  const on: Side = 1 - uL < 1 - uR ? 'l' : 'r'
  const sinceOff = (off === 'l' ? uL : uR) - st
  const toLand = 1 - (on === 'l' ? uL : uR)
  const t0 = wrap(t - sinceOff)
  const t1 = wrap(t + toLand)
  const y0 = upperAt(reachCircle(tm, legs[off], off, t0, st - TOE_OFF_EPS, _cl), surgeAt(tm, t0))
  const y1 = upperAt(reachCircle(tm, legs[on], on, t1, 0, _cr), surgeAt(tm, t1))
  out.z = surgeAt(tm, t)
  out.y = y0 + ((y1 - y0) * sinceOff) / (sinceOff + toLand)
  return out
}

/**
 * Side s's stance leg `leg` at cycle share t (u = share of its cycle since its strike), reaching from the hip with
 * the pelvis displaced by `pelvis`: what stanceFoot, stancePitch and stanceSolve take with a foot pitch.
 */
interface StanceArgs {
  tm: Treadmill
  leg: LegGeometry
  s: Side
  t: number
  u: number
  pelvis: V2
}
/** Stance scratch for solveTreadmill and for correctionAt (its swing's ends), filled by stanceArgs before use. */
const _stance = {} as StanceArgs
const _stanceEdge = {} as StanceArgs
/** Fills `out` (module scratch: a frame allocates nothing). */
function stanceArgs(
  out: StanceArgs,
  tm: Treadmill,
  leg: LegGeometry,
  s: Side,
  t: number,
  u: number,
  pelvis: V2,
): StanceArgs {
  out.tm = tm
  out.leg = leg
  out.s = s
  out.t = t
  out.u = u
  out.pelvis = pelvis
  return out
}

/**
 * The pitch (toes up, rad) of side s's stance foot, rolling about its pivot (kept on its belt point), at which
 * its leg reaches from the hip (pelvis displacement `pelvis`) with the tables' knee; the root nearest the tables'
 * pitch `foot`. For the feet in double support, where the pelvis follows a smooth path of its own.
 */
function stancePitch({ tm, leg, s, t, u, pelvis }: StanceArgs, foot: number): number {
  const pivot = pivotOf(leg, foot)
  reachCircle(tm, leg, s, t, u, _cl)
  // The pivot's place, from the hip's standing place with the pelvis displaced: ankle + rot(pivot, foot).
  rot(pivot, foot, _v3)
  const dz = pelvis.z - (_cl.z + _v3.z)
  const dy = pelvis.y - (_cl.y + _v3.y)
  // |D + rot(pivot, φ)| = r: D·rot(pivot, φ) = (r² − |D|² − f²) / 2.
  const f = Math.hypot(pivot.z, pivot.y)
  const d = Math.hypot(dz, dy)
  const c = (_cl.r * _cl.r - d * d - f * f) / 2
  const k = Math.acos(Math.min(1, Math.max(-1, c / (f * d))))
  const base = Math.atan2(dy, dz) - Math.atan2(pivot.y, pivot.z)
  const near = (x: number) => x - 2 * Math.PI * Math.round((x - foot) / (2 * Math.PI))
  const a = near(base + k)
  const b = near(base - k)
  return Math.abs(a - foot) < Math.abs(b - foot) ? a : b
}

/** The stance solution of side s at t (u = share of cycle since its strike): into _sol; returns the contact. */
function stanceSolve(
  { tm, leg, s, t, u, pelvis }: StanceArgs,
  foot: number,
): { point: 'heel' | 'forefoot'; beltZ: number } {
  hipOffset(tm.curves, leg, s, t, _h)
  _hip.z = leg.hip.z + _h.z + pelvis.z
  _hip.y = leg.hip.y + _h.y + pelvis.y
  const contact = ankleTarget(tm, leg, s, u, foot, _ank)
  reach(leg, _hip, _ank, _sol)
  return contact
}

/** How far (m) the lower of the foot's two floor points is below SWING_CLEARANCE_M, at these angles (0 if not). */
function swingDeficit(
  tm: Treadmill,
  leg: LegGeometry,
  s: Side,
  t: number,
  rise: number,
  thigh: number,
  shank: number,
  foot: number,
): number {
  hipOffset(tm.curves, leg, s, t, _h)
  rot(leg.thigh, thigh, _v1)
  rot(leg.shank, shank, _v2)
  const ankleY = leg.hip.y + _h.y + rise + _v1.y + _v2.y
  // The sole under the heel and under the metatarsal head (the head's floor point: the heel's height below it).
  _v1.z = leg.forefoot.z
  _v1.y = leg.heel.y
  const low = Math.min(rot(leg.heel, foot, _v3).y, rot(_v1, foot, _v3).y)
  return Math.max(0, SWING_CLEARANCE_M - (ankleY + low))
}

/** Stance solution minus table angles at share u of side s's cycle (for easing the swing leg). */
function correctionAt(
  tm: Treadmill,
  legs: Record<Side, LegGeometry>,
  s: Side,
  u: number,
  out: { thigh: number; shank: number; foot: number },
) {
  const t = wrap(u + strikeOf(s))
  tableAngles(tm.curves, u, _a)
  const at = stanceArgs(_stanceEdge, tm, legs[s], s, t, u, pelvisAt(tm, legs, t, _pelvisEdge))
  const foot = stanceFoot(at, u === 0 ? Math.max(_a.foot, 0) : Math.min(_a.foot, -1e-9))
  stanceSolve(at, foot)
  out.thigh = _sol.thigh - _a.thigh
  out.shank = _sol.shank - _a.shank
  out.foot = foot - _a.foot
}

/**
 * A stance foot's pitch (rad, toes up) at t: the tables' (`foot`), except in double support and around a
 * landing, where each foot pitches about its pivot so that its knee is the tables' (see pelvisAt,
 * landingRound), by up to ~6° from the tables (walking, real model: 4.6° the trailing forefoot before toe-off,
 * 4.4° the leading heel at landing, neutral feet; 5.0° flat feet, 6.3° high arches): the ankle's angle gives,
 * the knee, which a clinician reads, does not. Each keeps the pivot the tables give it.
 */
function stanceFoot(at: StanceArgs, foot: number): number {
  const { tm, s, t } = at
  const other: Side = s === 'l' ? 'r' : 'l'
  const uOther = wrap(t - strikeOf(other))
  if (uOther >= tm.stance && Math.abs(fromLanding(other, t)) >= LANDING_ROUND) return foot
  const pitch = stancePitch(at, foot)
  return foot >= 0 ? Math.max(pitch, 0) : Math.min(pitch, -1e-9)
}

/** Solves the walker at cycle share t (0 = right heel strike) into `out`. */
export function solveTreadmill(
  tm: Treadmill,
  legs: Record<Side, LegGeometry>,
  cycle: number,
  out: TreadmillPose,
): TreadmillPose {
  const t = wrap(cycle)
  const pelvis = pelvisAt(tm, legs, t, _pelvis)
  const rise = pelvis.y
  out.pelvisRiseM = rise
  out.pelvisSurgeM = pelvis.z
  out.beltM = tm.beltPerCycleM * t
  for (const s of SIDES) {
    const leg = legs[s]
    const u = wrap(t - strikeOf(s))
    tableAngles(tm.curves, u, _a)
    if (u < tm.stance) {
      const at = stanceArgs(_stance, tm, leg, s, t, u, pelvis)
      const foot = stanceFoot(at, _a.foot)
      const c = stanceSolve(at, foot)
      out.thighRad[s] = _sol.thigh
      out.shankRad[s] = _sol.shank
      out.footPitchRad[s] = foot
      // In the belt's frame the contact keeps its landing point; the belt itself moved back by beltM.
      out.contact[s] = { point: c.point, beltZ: c.beltZ + tm.beltPerCycleM * (t - u) }
      continue
    }
    const thigh = _a.thigh
    const shank = _a.shank
    const foot = _a.foot
    // Swing: the tables, eased from the stance solution at toe-off and into it before landing.
    const sw = (u - tm.stance) / (1 - tm.stance)
    let dThigh = 0
    let dShank = 0
    let dFoot = 0
    const wOff = 1 - smooth(sw / EASE_AFTER_TOE_OFF)
    if (wOff > 0) {
      correctionAt(tm, legs, s, tm.stance - 1e-9, _corr)
      dThigh += wOff * _corr.thigh
      dShank += wOff * _corr.shank
      dFoot += wOff * _corr.foot
    }
    const wLand = smooth((sw - (1 - EASE_BEFORE_LANDING)) / EASE_BEFORE_LANDING)
    if (wLand > 0) {
      correctionAt(tm, legs, s, 0, _corr)
      dThigh += wLand * _corr.thigh
      dShank += wLand * _corr.shank
      dFoot += wLand * _corr.foot
    }
    // Clearance: where the eased tables would bring the sole closer to the floor than SWING_CLEARANCE_M, the
    // knee bends a little more (rising and falling with the swing, so toe-off and landing are untouched).
    const clear = swingDeficit(tm, leg, s, t, rise, thigh + dThigh, shank + dShank, foot + dFoot)
    if (clear > 0) dShank -= (Math.sin(Math.PI * sw) * clear) / Math.hypot(leg.shank.z, leg.shank.y)
    out.thighRad[s] = thigh + dThigh
    out.shankRad[s] = shank + dShank
    out.footPitchRad[s] = foot + dFoot
    out.contact[s] = null
  }
  return out
}

export const emptyTreadmillPose = (): TreadmillPose => ({
  pelvisRiseM: 0,
  pelvisSurgeM: 0,
  thighRad: { l: 0, r: 0 },
  shankRad: { l: 0, r: 0 },
  footPitchRad: { l: 0, r: 0 },
  beltM: 0,
  contact: { l: null, r: null },
})

// ── On the rig ──────────────────────────────────────────────────────────────────────────────────────
const _w = new Vector3()
const _w2 = new Vector3()
const _q = new Quaternion()
const _q2 = new Quaternion()
const _pq = new Quaternion()
const _standQ: Record<string, Quaternion> = {}
const standQ = (name: string): Quaternion => (_standQ[name] ??= new Quaternion())
const _low = new Vector3()
const X = new Vector3(1, 0, 0)
const Y = new Vector3(0, 1, 0)
const Z = new Vector3(0, 0, 1)

/** Reads the legs as applyPose drew them standing this frame (world, m) into `out`. */
export function legGeometry(rig: Rig, out: Record<Side, LegGeometry>): Record<Side, LegGeometry> {
  // The talus back on its joint under the tibia (the arch recipe leaves it a few mm of play in the mortise,
  // which a swinging leg would show as a gap); the foot goes with it.
  for (const s of SIDES) {
    // By the rig's key, never the node's name: the compare ghost renames its nodes (ghost:talus_r).
    const key = sided('talus', s)
    rig.nodes.get(key)!.position.copy(rig.rest.get(key)!.position)
  }
  rig.root.updateMatrixWorld(true)
  const pelvis = rig.nodes.get('pelvis')!.getWorldPosition(_w2)
  for (const s of SIDES) {
    const hip = rig.nodes.get(sided('femur', s))!.getWorldPosition(_w)
    const leg = out[s]
    leg.hip.z = hip.z
    leg.hip.y = hip.y
    leg.hipHalfWidth = Math.abs(hip.x - pelvis.x)
    const knee = rig.nodes.get(sided('tibia', s))!.getWorldPosition(_w)
    const kz = knee.z
    const ky = knee.y
    leg.thigh.z = kz - leg.hip.z
    leg.thigh.y = ky - leg.hip.y
    const ankle = rig.nodes.get(sided('talus', s))!
    ankle.getWorldPosition(_w)
    leg.shank.z = _w.z - kz
    leg.shank.y = _w.y - ky
    const az = _w.z
    const ay = _w.y
    // The heel's contact blends its lowest vertices: the lowest one alone jumps from vertex to vertex as the
    // heel turns (6 mm along the foot in one frame at walking's 9% of the cycle), and the pelvis with it.
    // (plantFoot's subtalar shift rolls on a wider blend of the sole, posing.ts ROLLING_BAND_M; the pelvis' path
    // is anchored to the legs at the double supports' ends either way: treadmillMoments.)
    const heel = heelContactPoint(rig, s, _low)
    leg.heel.z = (heel ? heel.z : az - 0.05) - az
    leg.heel.y = -ay
    // The forefoot rolls about the first metatarsophalangeal joint (the toes stay flat, applyTreadmill).
    const head = rig.nodes.get(sided('phalanx_proximal_1', s))?.getWorldPosition(_w)
    leg.forefoot.z = (head ? head.z : az + 0.15) - az
    leg.forefoot.y = (head ? head.y : 0) - ay
    const hipRest = rig.rest.get(sided('femur', s))!.worldPosition
    const kneeRest = rig.rest.get(sided('tibia', s))!.worldPosition
    const ankleRest = rig.rest.get(sided('talus', s))!.worldPosition
    leg.restKneeRad =
      angleOf(kneeRest.z - hipRest.z, kneeRest.y - hipRest.y) -
      angleOf(ankleRest.z - kneeRest.z, ankleRest.y - kneeRest.y)
  }
  return out
}

export const emptyLegs = (): Record<Side, LegGeometry> => {
  const leg = (): LegGeometry => ({
    hip: { z: 0, y: 0 },
    thigh: { z: 0, y: 0 },
    shank: { z: 0, y: 0 },
    heel: { z: 0, y: 0 },
    forefoot: { z: 0, y: 0 },
    hipHalfWidth: 0,
    restKneeRad: 0,
  })
  return { l: leg(), r: leg() }
}

/** A node's world rotation set to `world` (its parent as posed now). */
function setWorld(o: Object3D, world: Quaternion) {
  if (o.parent) {
    o.parent.updateWorldMatrix(true, false)
    o.parent.getWorldQuaternion(_pq).invert()
  } else _pq.identity()
  o.quaternion.copy(_pq).multiply(world)
}

/**
 * Poses the gait layer on a rig that applyPose has just drawn: the pelvis rises and turns (rotation about
 * the vertical, positive = right side forward), each leg takes its thigh and shank angles, each foot its pitch
 * about the ankle (legGeometry has put the talus back on its joint).
 */
export function applyTreadmill(rig: Rig, tm: Treadmill, cycle: number, pose: TreadmillPose): void {
  const t = wrap(cycle)
  const pelvisRotationDeg = fourierAt(tm.curves.pelvisRotationDeg, t)
  const pelvisListDeg = fourierAt(tm.curves.pelvisObliquityDeg, t)
  const pelvis = rig.nodes.get('pelvis')!
  for (const s of SIDES) for (const b of LEG_BONES[s]) rig.nodes.get(b)?.getWorldQuaternion(standQ(b))
  // The normal pelvic list and rotation (positive = right side lower, right side forward); the lumbar levels
  // bend the list back in equal shares, so the trunk stays upright as in the walking file (its lumbar angles
  // are the negative of the pelvis').
  pelvis.getWorldQuaternion(_q)
  _q2
    .setFromAxisAngle(Y, pelvisRotationDeg * DEG)
    .multiply(_q.premultiply(_pq.setFromAxisAngle(Z, pelvisListDeg * DEG)))
  setWorld(pelvis, _q2)
  for (const level of LEVEL_BONE) {
    const o = rig.nodes.get(level)
    if (o) o.quaternion.premultiply(_q.setFromAxisAngle(Z, (-pelvisListDeg * DEG) / LEVEL_BONE.length))
  }
  pelvis.position.y += pose.pelvisRiseM
  pelvis.position.z += pose.pelvisSurgeM
  for (const s of SIDES) {
    // standQ by the rig's keys (as filled above), not by node name (the ghost's are ghost:femur_r…).
    const femur = sided('femur', s)
    setWorld(rig.nodes.get(femur)!, _q.setFromAxisAngle(X, -pose.thighRad[s]).multiply(standQ(femur)))
    const tibia = sided('tibia', s)
    setWorld(rig.nodes.get(tibia)!, _q.setFromAxisAngle(X, -pose.shankRad[s]).multiply(standQ(tibia)))
    const talus = sided('talus', s)
    setWorld(rig.nodes.get(talus)!, _q.setFromAxisAngle(X, -pose.footPitchRad[s]).multiply(standQ(talus)))
    // With the heel up the toes stay flat on the floor (the metatarsophalangeal joints extend); with the toes
    // up they turn with the foot.
    if (pose.footPitchRad[s] < 0)
      for (const toe of TOE_BONES[s]) {
        const o = rig.nodes.get(toe)
        if (o) setWorld(o, standQ(toe))
      }
  }
  rig.root.updateMatrixWorld(true)
}

/**
 * Marks each foot's two floor contacts (under the heel's lowest point and under the first metatarsal head, on
 * the floor as the foot stands) with empties under the talus, `sole_heel_x` and `sole_forefoot_x`, so they
 * ride with the foot: the diagnostics probe reads them (no slip, nothing below the floor). Call after
 * legGeometry, before applyTreadmill.
 */
export function placeSoleMarkers(rig: Rig, legs: Record<Side, LegGeometry>): void {
  for (const s of SIDES) {
    const talus = rig.nodes.get(sided('talus', s))!
    talus.updateWorldMatrix(true, false)
    talus.getWorldPosition(_w)
    const x = rig.nodes.get(sided('calcaneus', s))!.getWorldPosition(_w2).x
    for (const [name, v] of [
      [sided('sole_heel', s), legs[s].heel],
      [sided('sole_forefoot', s), legs[s].forefoot],
    ] as const) {
      let marker = rig.nodes.get(name)
      if (!marker) {
        marker = new Object3D()
        marker.name = name
        talus.add(marker)
        rig.nodes.set(name, marker)
      }
      marker.position.copy(talus.worldToLocal(_low.set(x, _w.y + v.y, _w.z + v.z)))
    }
  }
}
