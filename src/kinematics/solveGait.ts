// One instant of the gait cycle (README "Walking and running"): the normal motion of walking or running
// (fitted from the OpenSim tables, gaitFit.ts) plus the foot-posture chain (solveChain) weighted by the phase
// of each foot's stance, and the ground reaction force of each foot. Pure and allocation-light: one call
// costs about one solveChain (npm run bench).
//
// What is measured and what is assumed:
// - Measured: the pelvis, hip, knee and ankle motion (the gait2392 tutorial walk; Hamner 2010's runner), the
//   timing of stance, the rearfoot's walking curve shape (Oxford Foot Model normal curves), the tibial
//   rotation ranges (Wahmkow 2017 walking, Sinclair 2017 running), the force peaks (Keller 1996; Gottschall &
//   Kram 2005 downhill; Lieberman 2010 forefoot).
// - Assumed: the foot-posture chain enters as an offset weighted by a bump over stance that rises through
//   loading response, peaks where the rearfoot eversion peaks and is gone by toe-off (zero in swing); in
//   walking it is weaker (walkingFootChainCoupling, from Pohl 2007's correlations). The rearfoot curves are
//   relative to the tibia while the input is the heel's resting angle to the vertical: the mid-stance plateau
//   is taken as the resting heel (rearfootStandingReference), and the resting input is added on top. The tibia's
//   normal rotation follows the heel's in time. The force shapes (walking's trough, the impact pulse) are
//   recalled shapes scaled to the measured peaks. Every number is a coupler (couplers.ts).
import { NEUTRAL_FOOT } from './clinical'
import { C } from './couplers'
import {
  HARMONICS,
  RUNNING_CURVES,
  WALKING_CURVES,
  evalFourier,
  harmonicsInto,
  type GaitCurves,
} from './gaitFit'
import { loadPeaks, orthoticShare, solveValidChain, type ChainMotion } from './solveChain'
import type {
  Activity,
  ChainInput,
  FootPosture,
  Footwear,
  GaitFrame,
  GaitPhase,
  JointAngles,
  LimbPose,
} from './types'
import { safeDisplay, validateInput } from './validate'

/** The gait activities and their fitted curves, chain coupling and where the chain peaks in stance. */
interface GaitModel {
  curves: GaitCurves
  coupling: number
  /** Exponent that puts the sin² bump's peak at the chain's peak: peak^exponent = 1/2. */
  bumpExponent: number
}
const bumpExponent = (peakShareOfStance: number): number => Math.log(0.5) / Math.log(peakShareOfStance)
const WALKING: GaitModel = {
  curves: WALKING_CURVES,
  coupling: C.walkingFootChainCoupling.gain,
  bumpExponent: bumpExponent(C.walkingChainPeakTiming.gain),
}
const RUNNING: GaitModel = {
  curves: RUNNING_CURVES,
  coupling: C.runningFootChainCoupling.gain,
  bumpExponent: bumpExponent(C.runningChainPeakTiming.gain),
}
const modelOf = (a: Activity): GaitModel => (a === 'walking' ? WALKING : RUNNING)

/** Share of a gait cycle's stance for the given foot and cycle share, or −1 in swing. */
export function stanceShare(activity: Activity, t: number): number {
  if (activity === 'standing') return 0.5
  const stance = modelOf(activity).curves.stanceFraction
  const u = t - Math.floor(t)
  return u < stance ? u / stance : -1
}

/**
 * Where in the cycle (share from the right heel strike) the foot-posture chain of one side peaks: its stance's
 * chain-peak share (walkingChainPeakTiming / runningChainPeakTiming), the left half a cycle later. Standing: 0.
 */
export function chainPeakCycle(activity: Activity, side: 'left' | 'right'): number {
  if (activity === 'standing') return 0
  const m = modelOf(activity)
  const peak = Math.pow(0.5, 1 / m.bumpExponent) * m.curves.stanceFraction
  return side === 'left' ? peak + 0.5 : peak
}

/**
 * The foot-posture chain's weight at a share of stance (0..1): sin²(π·s^p), zero at heel strike and toe-off
 * with zero slope there, 1 at the activity's chain peak; 0 in swing (s < 0). Times the activity's coupling.
 */
export function chainWeight(activity: Activity, s: number): number {
  if (activity === 'standing') return 1
  if (s < 0) return 0
  const m = modelOf(activity)
  const x = Math.sin(Math.PI * Math.pow(s, m.bumpExponent))
  return m.coupling * x * x
}

// ── Vertical ground reaction force over one stance ─────────────────────────────────────────────────────
/** Walking: A·sin(πs) + B·sin(3πs), A − B = the trough, the larger peak = walkingLoad (solved once here). */
const WALK_FORCE = (() => {
  const trough = C.walkingForceTrough.gain
  const peak = C.walkingLoad.gain
  const maxOf = (b: number): number => {
    let m = 0
    for (let i = 0; i <= 400; i++) {
      const s = i / 400
      m = Math.max(m, (trough + b) * Math.sin(Math.PI * s) + b * Math.sin(3 * Math.PI * s))
    }
    return m
  }
  let lo = 0
  let hi = peak
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (maxOf(mid) < peak) lo = mid
    else hi = mid
  }
  return { a: trough + lo, b: lo }
})()
const IMPACT_AT = C.impactTiming.gain
/** The impact pulse: sin² from foot strike to twice the impact time, 1 at the impact time. */
const impactPulse = (s: number): number => {
  if (s < 0 || s >= 2 * IMPACT_AT) return 0
  const x = Math.sin((Math.PI * s) / (2 * IMPACT_AT))
  return x * x
}

/** Vertical force under one foot at a share of its stance (−1 = swing), body weights. */
function footForce(activity: Activity, s: number, activeBw: number, impactBw: number): number {
  if (s < 0) return 0
  if (activity === 'walking')
    return WALK_FORCE.a * Math.sin(Math.PI * s) + WALK_FORCE.b * Math.sin(3 * Math.PI * s)
  // Running: the active half-sine, and on top the impact transient sized so the total reaches the impact peak.
  const extra = Math.max(0, impactBw - activeBw * Math.sin(Math.PI * IMPACT_AT))
  return activeBw * Math.sin(Math.PI * s) + extra * impactPulse(s)
}

// Module-scope scratch: solveGait runs once per animation frame.
const COS = new Float64Array(HARMONICS + 1)
const SIN = new Float64Array(HARMONICS + 1)

const wearOf = (w: Partial<Footwear> | undefined): Footwear => ({
  heelHeightMm: w?.heelHeightMm ?? 0,
  medialPostDeg: w?.medialPostDeg ?? 0,
})
/** The foot as the chain sees it at this weight: its eversion's departure from neutral scaled; the arch is its own. */
const weightedFoot = (f: FootPosture, w: number): FootPosture => ({
  navicularHeightMm: f.navicularHeightMm,
  calcanealEversionDeg:
    NEUTRAL_FOOT.calcanealEversionDeg + w * (f.calcanealEversionDeg - NEUTRAL_FOOT.calcanealEversionDeg),
})
const postOf = (w: Footwear): number => Math.min(w.medialPostDeg, C.orthoticPostSaturation.gain)
const weightedWear = (w: Footwear, weight: number): Footwear => ({
  heelHeightMm: w.heelHeightMm,
  medialPostDeg: weight * postOf(w),
})

/**
 * Hip adduction the chain's pelvic obliquity makes on one side (obliquityToHipAdduction): the femurs keep their
 * frontal angle, so the side that drops (obliquity > 0: the right) abducts and the other side adducts.
 */
const chainHipAdductionDeg = (side: 'left' | 'right', chainObliquityDeg: number): number =>
  (side === 'right' ? -1 : 1) * C.obliquityToHipAdduction.gain * chainObliquityDeg

/** Standing: the chain's own limb, no joint motion; the hips ad- and abduct under the chain's obliquity. */
const standingJoints = (limb: LimbPose, hipAdductionDeg: number): JointAngles => ({
  hipFlexionDeg: 0,
  hipAdductionDeg,
  hipInternalRotationDeg: limb.femoralInternalRotationDeg,
  kneeFlexionDeg: 0,
  ankleDorsiflexionDeg: 0,
  rearfootEversionDeg: limb.calcanealEversionDeg,
  tibialInternalRotationDeg: limb.tibialInternalRotationDeg,
})

function standingFrame(input: ChainInput, warnings: string[]): GaitFrame {
  const pose = solveValidChain(input, warnings) as GaitFrame
  pose.joints = {
    pelvis: {
      anteriorTiltDeg: pose.pelvis.anteriorTiltDeg,
      obliquityDeg: pose.pelvis.obliquityDeg,
      rotationDeg: 0,
    },
    left: standingJoints(pose.left, chainHipAdductionDeg('left', pose.pelvis.obliquityDeg)),
    right: standingJoints(pose.right, chainHipAdductionDeg('right', pose.pelvis.obliquityDeg)),
  }
  pose.phase = { left: 'stance', right: 'stance' }
  pose.groundReactionBodyWeights = { left: C.standingLoad.gain / 2, right: C.standingLoad.gain / 2 }
  return pose
}

/** A fitted curve of the right side at the harmonics in COS/SIN, or (halfLater) the left side's. */
const curveAt = (curves: GaitCurves, id: CurveKey, halfLater: boolean): number =>
  evalFourier(curves[id], COS, SIN, halfLater)
type CurveKey = Exclude<keyof GaitCurves, 'stanceFraction'>

/** The tibia's normal rotation shrinks with a medial post (Sinclair 2017), in running only (Wahmkow 2017). */
const tibialScale = (w: Footwear, activity: Activity): number =>
  1 - C.orthoticTibialRangeReduction.gain * postOf(w) * orthoticShare(activity)

const phaseOf = (s: number): GaitPhase => (s < 0 ? 'swing' : 'stance')

/**
 * One side's joint angles: the tables' normal motion (right; the left half a cycle later), the chain's rotations
 * and eversion from the limb, and on the hip's adduction the chain's share of the pelvic obliquity.
 */
function jointAngles(
  curves: GaitCurves,
  halfLater: boolean,
  limb: LimbPose,
  chainObliquityDeg: number,
): JointAngles {
  return {
    hipFlexionDeg: curveAt(curves, 'hipFlexionDeg', halfLater),
    hipAdductionDeg:
      curveAt(curves, 'hipAdductionDeg', halfLater) +
      chainHipAdductionDeg(halfLater ? 'left' : 'right', chainObliquityDeg),
    hipInternalRotationDeg: limb.femoralInternalRotationDeg,
    kneeFlexionDeg: curveAt(curves, 'kneeFlexionDeg', halfLater),
    ankleDorsiflexionDeg: curveAt(curves, 'ankleDorsiflexionDeg', halfLater),
    rearfootEversionDeg: limb.calcanealEversionDeg,
    tibialInternalRotationDeg: limb.tibialInternalRotationDeg,
  }
}

/** solveGait for an input already validated and clamped. */
export function solveValidGait(input: ChainInput, cycle: number, warnings: string[] = []): GaitFrame {
  const activity = input.activity
  if (activity === 'standing') return standingFrame(input, warnings)
  const { curves } = modelOf(activity)
  const t = cycle - Math.floor(cycle)
  // The left foot strikes half a cycle after the right (the curves are symmetrised so, gaitFit.ts): the left
  // side reads the right side's curves half a cycle later.
  const sRight = stanceShare(activity, t)
  const sLeft = stanceShare(activity, t + 0.5)
  const wRight = chainWeight(activity, sRight)
  const wLeft = chainWeight(activity, sLeft)
  harmonicsInto(t, COS, SIN)

  const wearL = wearOf(input.footwear?.left)
  const wearR = wearOf(input.footwear?.right)
  const weighted: ChainInput = {
    left: weightedFoot(input.left, wLeft),
    right: weightedFoot(input.right, wRight),
    activity,
    footwear: { left: weightedWear(wearL, wLeft), right: weightedWear(wearR, wRight) },
    footStrike: input.footStrike ?? 'rearfoot',
  }
  // Force: the activity's peaks (impact after the foot strike and slope) from the chain's load model.
  const peaks = loadPeaks(activity, input.footStrike ?? 'rearfoot')
  const forceL = footForce(activity, sLeft, peaks.activeBodyWeights, peaks.impactBodyWeights)
  const forceR = footForce(activity, sRight, peaks.activeBodyWeights, peaks.impactBodyWeights)
  const motion: ChainMotion = {
    anteriorTiltDeg: curveAt(curves, 'pelvisAnteriorTiltDeg', false),
    obliquityDeg: curveAt(curves, 'pelvisObliquityDeg', false),
    eversionDeg: {
      left: curveAt(curves, 'rearfootEversionDeg', true),
      right: curveAt(curves, 'rearfootEversionDeg', false),
    },
    tibialIrDeg: {
      left: tibialScale(wearL, activity) * curveAt(curves, 'tibialInternalRotationDeg', true),
      right: tibialScale(wearR, activity) * curveAt(curves, 'tibialInternalRotationDeg', false),
    },
    femoralIrDeg: {
      left: curveAt(curves, 'hipInternalRotationDeg', true),
      right: curveAt(curves, 'hipInternalRotationDeg', false),
    },
    loadBodyWeights: forceL + forceR,
    shockScale: Math.max(impactPulse(sLeft), impactPulse(sRight)),
    restingFeet: { left: input.left, right: input.right },
  }
  const pose = solveValidChain(weighted, warnings, motion) as GaitFrame
  // What the foot-posture chain adds to the pelvis' normal list (the tables' hip adduction already holds that).
  const chainObliquityDeg = pose.pelvis.obliquityDeg - motion.obliquityDeg
  // The chain's pose object becomes the frame (no copy: one allocation less per animation frame).
  pose.joints = {
    pelvis: {
      anteriorTiltDeg: pose.pelvis.anteriorTiltDeg,
      obliquityDeg: pose.pelvis.obliquityDeg,
      rotationDeg: curveAt(curves, 'pelvisRotationDeg', false),
    },
    left: jointAngles(curves, true, pose.left, chainObliquityDeg),
    right: jointAngles(curves, false, pose.right, chainObliquityDeg),
  }
  pose.phase = { left: phaseOf(sLeft), right: phaseOf(sRight) }
  pose.groundReactionBodyWeights = { left: forceL, right: forceR }
  return pose
}

/**
 * One instant of the gait cycle (README "Walking and running"). `cycle` is the share of the cycle from the
 * right foot's strike and wraps (1.25 is 0.25). For 'standing' it returns the standing pose with both feet in
 * stance and half the body weight on each. Input rules as solveChain; a non-finite `cycle` throws.
 */
export function solveGait(input: ChainInput, cycle: number): GaitFrame {
  if (typeof cycle !== 'number' || !Number.isFinite(cycle))
    throw new Error(`cycle: expected a finite number, got ${safeDisplay(cycle)}`)
  const valid = validateInput(input)
  return solveValidGait(valid.input, cycle, valid.warnings)
}
