// The normal gait cycle as smooth periodic curves, fitted at module load from the tables in gaitTables.ts
// (README "Walking and running"). Deterministic: the same tables give the same coefficients on every load.
//
// - Periodic by construction: each curve is a Fourier series with HARMONICS harmonics. The tables are not
//   exactly periodic (the walking file's 100% row differs from its 0% row: pelvis rotation 2.43° against
//   0.78°), so the 0% sample is the mean of the 0% and 100% rows and the fit spreads the rest of the jump
//   over the cycle. With 50 evenly spaced samples the least-squares fit is the discrete Fourier transform.
// - Symmetrised: the left side is the right half a cycle later (solveGait evaluates the right curve at
//   t + 0.5). For the pelvis that means tilt repeats every half cycle (even harmonics only) and list and
//   rotation change sign (odd harmonics only, so their mean is zero): the runner's lopsided pelvis (list about
//   −8° in right stance, +4° in left stance) becomes ±6°.
// - Signs: the tables are in OpenSim's signs; OPENSIM_COORDINATES converts them to the product's, here and
//   nowhere else.
import { C } from './couplers'
import {
  RUNNING_REARFOOT,
  RUNNING_TABLE,
  WALKING_REARFOOT,
  WALKING_TABLE,
  type GaitTable,
  type RearfootKeypoints,
} from './gaitTables'

/** Harmonics per curve: enough for the knee's swing peak in running (fit residual in gait.test.ts). */
export const HARMONICS = 8
/** Samples per cycle taken from a table: its 51 rows less the 100% row (folded into the 0% row). */
const SAMPLES = 50

/** A periodic curve of the cycle share t: a0 + Σₖ a[k]·cos(2πkt) + b[k]·sin(2πkt), k = 1..HARMONICS (index k). */
export interface Fourier {
  a0: number
  a: Float64Array
  b: Float64Array
}

/** Which harmonics a curve keeps after symmetrising (see the header). */
type Parity = 'all' | 'even' | 'odd'

/** Product-sign names of the table curves (GaitFrame.joints and pelvis). */
export type GaitCurveId =
  | 'pelvisAnteriorTiltDeg'
  | 'pelvisObliquityDeg'
  | 'pelvisRotationDeg'
  | 'hipFlexionDeg'
  | 'hipAdductionDeg'
  | 'hipInternalRotationDeg'
  | 'kneeFlexionDeg'
  | 'ankleDorsiflexionDeg'

/**
 * The one place where OpenSim's signs (gait2392) become the product's (positive = anterior tilt, right side
 * lower, internal rotation, flexion, dorsiflexion). pelvis_tilt is positive for a POSTERIOR tilt and
 * knee_angle NEGATIVE for flexion: both flip. pelvis_list is positive when the right side drops, as the
 * product's obliquity; pelvis_rotation positive = the right side forward, kept as it is. The running table's
 * lumbar columns are not used: the product's lumbar spine follows the pelvis (solveChain), as the walking
 * file's trunk does.
 */
export const OPENSIM_COORDINATES: Readonly<
  Record<string, { id: GaitCurveId; sign: 1 | -1; parity: Parity }>
> = {
  pelvis_tilt: { id: 'pelvisAnteriorTiltDeg', sign: -1, parity: 'even' },
  pelvis_list: { id: 'pelvisObliquityDeg', sign: 1, parity: 'odd' },
  pelvis_rotation: { id: 'pelvisRotationDeg', sign: 1, parity: 'odd' },
  hip_flexion_r: { id: 'hipFlexionDeg', sign: 1, parity: 'all' },
  hip_adduction_r: { id: 'hipAdductionDeg', sign: 1, parity: 'all' },
  hip_rotation_r: { id: 'hipInternalRotationDeg', sign: 1, parity: 'all' },
  knee_angle_r: { id: 'kneeFlexionDeg', sign: -1, parity: 'all' },
  ankle_angle_r: { id: 'ankleDorsiflexionDeg', sign: 1, parity: 'all' },
}

/** An OpenSim coordinate value (degrees) in the product's sign; throws for a coordinate the product does not use. */
export function fromOpenSim(coordinate: string, valueDeg: number): { id: GaitCurveId; valueDeg: number } {
  const c = Object.prototype.hasOwnProperty.call(OPENSIM_COORDINATES, coordinate)
    ? OPENSIM_COORDINATES[coordinate]
    : undefined
  if (!c) throw new Error(`${coordinate}: not an OpenSim coordinate the gait cycle uses`)
  return { id: c.id, valueDeg: c.sign * valueDeg }
}

/** Least-squares Fourier fit of SAMPLES evenly spaced samples over one cycle, keeping the harmonics of `parity`. */
export function fitFourier(samples: readonly number[], parity: Parity): Fourier {
  const n = samples.length
  const a = new Float64Array(HARMONICS + 1)
  const b = new Float64Array(HARMONICS + 1)
  let a0 = 0
  for (const v of samples) a0 += v / n
  for (let k = 1; k <= HARMONICS; k++) {
    if ((parity === 'even' && k % 2 === 1) || (parity === 'odd' && k % 2 === 0)) continue
    for (let i = 0; i < n; i++) {
      const phase = (2 * Math.PI * k * i) / n
      a[k]! += (2 / n) * samples[i]! * Math.cos(phase)
      b[k]! += (2 / n) * samples[i]! * Math.sin(phase)
    }
  }
  return { a0: parity === 'odd' ? 0 : a0, a, b }
}

/** cos(2πkt) and sin(2πkt), k = 1..HARMONICS, into the given arrays (by the angle-addition recurrence). */
export function harmonicsInto(t: number, cos: Float64Array, sin: Float64Array): void {
  const c1 = Math.cos(2 * Math.PI * t)
  const s1 = Math.sin(2 * Math.PI * t)
  let c = c1
  let s = s1
  for (let k = 1; k <= HARMONICS; k++) {
    cos[k] = c
    sin[k] = s
    const cn = c * c1 - s * s1
    s = s * c1 + c * s1
    c = cn
  }
}

/**
 * A curve's value at the t whose harmonics `cos`/`sin` hold, or half a cycle later (`halfLater`: harmonic k
 * changes sign when k is odd), which is how the left side is read from the right.
 */
export function evalFourier(f: Fourier, cos: Float64Array, sin: Float64Array, halfLater = false): number {
  let v = f.a0
  for (let k = 1; k <= HARMONICS; k++) {
    const term = f.a[k]! * cos[k]! + f.b[k]! * sin[k]!
    v += halfLater && k % 2 === 1 ? -term : term
  }
  return v
}

/** A curve's value at one cycle share (slow path for fitting and tests). */
export function fourierAt(f: Fourier, t: number): number {
  const cos = new Float64Array(HARMONICS + 1)
  const sin = new Float64Array(HARMONICS + 1)
  harmonicsInto(t, cos, sin)
  return evalFourier(f, cos, sin)
}

function fitTable(table: GaitTable): Record<GaitCurveId, Fourier> {
  const out: Partial<Record<GaitCurveId, Fourier>> = {}
  table.columns.forEach((column, j) => {
    const c = Object.prototype.hasOwnProperty.call(OPENSIM_COORDINATES, column)
      ? OPENSIM_COORDINATES[column]
      : undefined
    if (!c) return
    const values = table.rows.map((row) => fromOpenSim(column, row[j + 1]!).valueDeg)
    const samples = values.slice(0, SAMPLES)
    samples[0] = (values[0]! + values[SAMPLES]!) / 2
    out[c.id] = fitFourier(samples, c.parity)
  })
  return out as Record<GaitCurveId, Fourier>
}

/** Keypoints joined by straight lines, sampled evenly over one cycle. */
function sampleKeypoints(k: RearfootKeypoints): number[] {
  const out: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const t = i / SAMPLES
    let j = 0
    while (j < k.points.length - 2 && k.points[j + 1]![0] <= t) j++
    const [t0, v0] = k.points[j]!
    const [t1, v1] = k.points[j + 1]!
    out.push(v0 + ((v1 - v0) * (t - t0)) / (t1 - t0))
  }
  return out
}

/** The range (max − min) of a curve over [0, end) of the cycle. */
export function rangeOver(f: Fourier, end: number): number {
  let lo = Infinity
  let hi = -Infinity
  for (let i = 0; i <= 200; i++) {
    const v = fourierAt(f, (end * i) / 200)
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  return hi - lo
}

const scaled = (f: Fourier, k: number): Fourier => ({
  a0: f.a0 * k,
  a: f.a.map((x) => x * k),
  b: f.b.map((x) => x * k),
})

/** The fitted normal cycle of one activity, every curve in the product's signs, right side. */
export interface GaitCurves extends Record<GaitCurveId, Fourier> {
  /** Rearfoot eversion, change from the resting heel (the standing reference subtracted). */
  rearfootEversionDeg: Fourier
  /** Tibial internal rotation: the rearfoot's motion in time, scaled to the measured range over stance. */
  tibialInternalRotationDeg: Fourier
  /** Share of the cycle in stance. */
  stanceFraction: number
}

function fitActivity(
  table: GaitTable,
  rearfoot: RearfootKeypoints,
  stanceFraction: number,
  tibialRangeDeg: number,
): GaitCurves {
  const eversion = fitFourier(sampleKeypoints(rearfoot), 'all')
  eversion.a0 -= C.rearfootStandingReference.gain
  const tibia = scaled(eversion, tibialRangeDeg / rangeOver(eversion, stanceFraction))
  return {
    ...fitTable(table),
    rearfootEversionDeg: eversion,
    tibialInternalRotationDeg: tibia,
    stanceFraction,
  }
}

export const WALKING_CURVES: Readonly<GaitCurves> = fitActivity(
  WALKING_TABLE,
  WALKING_REARFOOT,
  C.walkingStanceFraction.gain,
  C.walkingTibialRotationRange.gain,
)
export const RUNNING_CURVES: Readonly<GaitCurves> = fitActivity(
  RUNNING_TABLE,
  RUNNING_REARFOOT,
  C.runningStanceFraction.gain,
  C.runningTibialRotationRange.gain,
)
