// The chain, link by link (README "How the model works"): heel eversion (less any orthotic post) → tibial IR
// → femoral IR → pelvic drive per side → pelvis (tilt, torsion, obliquity; heels tilt it back and lift a
// side) → ilium per side → lumbar extension per level and side, lumbar side-bend against the obliquity →
// facet stress; the posed bones → muscle lengths (geometry, muscleGeometry.ts), piriformis among them; roots + piriformis → sciatic irritation; activity, foot strike and foot posture → load and shock;
// heels → back-muscle effort. Every coefficient comes from the coupler table (couplers.ts); studies are
// listed in docs/sources.md.
import { NEUTRAL_FOOT } from './clinical'
import { C } from './couplers'
import type {
  Activity,
  ChainInput,
  ChainPose,
  FootPosture,
  FootStrike,
  Footwear,
  LimbPose,
  LumbarLevel,
  LumbarLevelPose,
  Sided,
} from './types'
import { validateInput } from './validate'
import { SIDE_BEND_RANGE_DEG, lumbarSideBendDeg, solveMuscles } from './muscleGeometry'

const DEG = Math.PI / 180

/** Shares of added lumbar extension per level, L1-L2 first (they sum to 1). */
const LEVEL_SHARES: readonly [LumbarLevel, number][] = [
  ['L1-L2', C.lordosisShareL1L2.gain],
  ['L2-L3', C.lordosisShareL2L3.gain],
  ['L3-L4', C.lordosisShareL3L4.gain],
  ['L4-L5', C.lordosisShareL4L5.gain],
  ['L5-S1', C.lordosisShareL5S1.gain],
]
/** The levels whose roots form the sciatic nerve (L4–S3): their mean extension drives the root term. */
const ROOT_SHARE = (C.lordosisShareL4L5.gain + C.lordosisShareL5S1.gain) / 2

const ACTIVE_BODY_WEIGHTS: Readonly<Record<Activity, number>> = {
  standing: C.standingLoad.gain,
  walking: C.walkingLoad.gain,
  running: C.runningLoad.gain,
  'downhill-running': C.runningLoad.gain,
}
/** Impact peak with a rearfoot strike (walking: its first peak; standing: no footstrike). */
const REARFOOT_IMPACT_BODY_WEIGHTS: Readonly<Record<Activity, number>> = {
  standing: 0,
  walking: C.walkingLoad.gain,
  running: C.runningImpactLoad.gain,
  'downhill-running': C.runningImpactLoad.gain * C.downhillImpactFactor.gain,
}
const MAX_IMPACT_BODY_WEIGHTS = Math.max(...Object.values(REARFOOT_IMPACT_BODY_WEIGHTS))
const ORTHOTIC_SHARE: Readonly<Record<Activity, number>> = {
  standing: C.orthoticStandingShare.gain,
  walking: C.orthoticWalkingShare.gain,
  running: 1,
  'downhill-running': 1,
}
const isRunning = (a: Activity): boolean => a === 'running' || a === 'downhill-running'
/** Share of the running orthotic effect in this activity (orthoticStandingShare, orthoticWalkingShare). */
export const orthoticShare = (a: Activity): number => ORTHOTIC_SHARE[a]

/**
 * A gait frame's normal motion, added to the foot-posture chain (solveGait.ts). The drives on the pelvis
 * come from the chain alone; the motion is added after them, so the normal hip rotation does not tilt the
 * pelvis a second time (the tables already hold the pelvis' own motion).
 */
export interface ChainMotion {
  anteriorTiltDeg: number
  obliquityDeg: number
  eversionDeg: Sided<number>
  tibialIrDeg: Sided<number>
  femoralIrDeg: Sided<number>
  /** Vertical ground reaction of both feet at this instant (body weights): what the facets carry. */
  loadBodyWeights: number
  /** 0..1: where the impact pulse stands; the spine shock index is scaled by it. */
  shockScale: number
  /** The feet as they rest (the shock index reads their posture, not the phase-weighted one). */
  restingFeet: Sided<FootPosture>
}

/** Bound on the compensated hip-height difference two feet can make (mm), and on their common drop. */
const FOOT_DIFF_MAX_MM = C.footLegLengthRange.gain
const FOOT_COMMON_MAX_MM = FOOT_DIFF_MAX_MM / 2
/** A heel's lift that still reaches the pelvis, per mm of heel (true lift, compensated). */
const HEEL_LIFT_AT_HIP = C.heelLiftToLimbLength.gain * C.legLengthCompensation.gain

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)
/** Pronation passes in full, supination at supinationDriveShare (Betsch 2011; Duval 2010). */
const supinationScaled = (x: number): number => (x >= 0 ? x : C.supinationDriveShare.gain * x)

interface LimbDrive {
  /** Heel eversion as posed, change from neutral, after the orthotic. */
  eversionDeg: number
  orthoticReductionDeg: number
  heelHeightMm: number
  tibialIrDeg: number
  femoralIrDeg: number
  pelvicDriveDeg: number
  /** Compensated hip drop from this foot's eversion, before the bound (mm). */
  eversionDropMm: number
}

/** Foot (and what it stands in) → tibia → femur → this side's drive on the pelvis. */
function driveLimb(foot: FootPosture, wear: Footwear, activity: Activity): LimbDrive {
  const post = Math.min(wear.medialPostDeg, C.orthoticPostSaturation.gain)
  const orthoticReductionDeg = C.orthoticEversionReduction.gain * post * ORTHOTIC_SHARE[activity]
  const eversionDeg = foot.calcanealEversionDeg - NEUTRAL_FOOT.calcanealEversionDeg - orthoticReductionDeg
  const archChangeMm = foot.navicularHeightMm - NEUTRAL_FOOT.navicularHeightMm
  // Higher arches pass on more tibial rotation per degree of eversion (Nigg 1993; Williams 2001). Over the
  // valid 15..75 mm the scale stays within 0.59..1.41, so it never changes sign.
  const transfer = C.eversionToTibialRotation.gain * (1 + C.archHeightToTransfer.gain * archChangeMm)
  const tibialIrDeg = transfer * eversionDeg
  const femoralIrDeg = C.tibialToFemoralRotation.gain * tibialIrDeg
  return {
    eversionDeg,
    orthoticReductionDeg,
    heelHeightMm: wear.heelHeightMm,
    tibialIrDeg,
    femoralIrDeg,
    pelvicDriveDeg: C.femoralRotationToPelvicDrive.gain * supinationScaled(femoralIrDeg),
    eversionDropMm: C.eversionToShortening.gain * supinationScaled(eversionDeg),
  }
}

/**
 * The pelvis is a near-rigid ring (Pinto 2008: unilateral 1.41° vs bilateral 1.57°). Two drives the same
 * way: the stronger plus a share ρ of the weaker. Opposing drives: their sum (they cancel). That is
 *   tilt = a + b − (1 − ρ) · s,  s = the weaker drive when both have the same sign, else 0,
 * continuous, symmetric in a and b, and piecewise linear with slope 1 or ρ in each drive: the tilt never
 * moves faster than the stronger drive (README "How the model works": the tilt-slope bound).
 */
function pelvicTilt(a: number, b: number): number {
  const rho = C.pelvicDriveOtherSideShare.gain
  let shared = 0
  if (a > 0 && b > 0) shared = Math.min(a, b)
  else if (a < 0 && b < 0) shared = Math.max(a, b)
  return a + b - (1 - rho) * shared
}

/** Lordosis follows each ilium: 0.947°/° forward, 1.034°/° back (Levine & Whittle 1996); continuous at 0. */
const extensionOf = (iliumDeg: number): number =>
  C.iliumToSameSideExtension.gain *
  iliumDeg *
  (iliumDeg >= 0 ? C.anteriorTiltToLordosis.gain : C.posteriorTiltToLordosis.gain)

/**
 * Facet share of compression at a level: 16% upright (Adams & Hutton 1980), rising linearly with extension
 * (doubling at the end of extension range) and with a side-bend toward this side (doubling at the end of the
 * level's lateral range; the convex side unloads as much), at most 70% (Adams & Hutton 1985), never below 0.
 */
const facetShare = (extensionDeg: number, bendTowardDeg = 0, bendRangeDeg = 1): number =>
  Math.min(
    C.facetShareCeiling.gain,
    Math.max(
      0,
      C.facetShareStanding.gain *
        (1 + extensionDeg / C.extensionRangePerLevel.gain + bendTowardDeg / bendRangeDeg),
    ),
  )

/** Foot-posture deviation 0..1 for the shock index: the larger of the eversion and arch departures. */
export function postureDeviation(foot: FootPosture): number {
  const eversion =
    Math.abs(foot.calcanealEversionDeg - NEUTRAL_FOOT.calcanealEversionDeg) / C.shockEversionSpan.gain
  const arch = Math.abs(foot.navicularHeightMm - NEUTRAL_FOOT.navicularHeightMm) / C.shockArchSpan.gain
  return Math.min(1, Math.max(eversion, arch))
}

const wearOf = (w: Partial<Footwear> | undefined): Footwear => ({
  heelHeightMm: w?.heelHeightMm ?? 0,
  medialPostDeg: w?.medialPostDeg ?? 0,
})

/** The activity's force peaks (body weights): a forefoot strike removes the running impact transient (Lieberman 2010). */
export function loadPeaks(
  activity: Activity,
  footStrike: FootStrike,
): { activeBodyWeights: number; impactBodyWeights: number } {
  return {
    activeBodyWeights: ACTIVE_BODY_WEIGHTS[activity],
    impactBodyWeights:
      REARFOOT_IMPACT_BODY_WEIGHTS[activity] *
      (footStrike === 'forefoot' && isRunning(activity) ? C.forefootImpactShare.gain : 1),
  }
}

/** Solves an input that has already been validated and clamped (missing footwear = barefoot). */
export function solveValidChain(input: ChainInput, warnings: string[] = [], motion?: ChainMotion): ChainPose {
  const activity = input.activity
  const footStrike: FootStrike = input.footStrike ?? 'rearfoot'
  const left = driveLimb(input.left, wearOf(input.footwear?.left), activity)
  const right = driveLimb(input.right, wearOf(input.footwear?.right), activity)
  if (motion) {
    // After the drives (see ChainMotion): the segments carry the normal motion, the pelvis its own below.
    left.eversionDeg += motion.eversionDeg.left
    right.eversionDeg += motion.eversionDeg.right
    left.tibialIrDeg += motion.tibialIrDeg.left
    right.tibialIrDeg += motion.tibialIrDeg.right
    left.femoralIrDeg += motion.femoralIrDeg.left
    right.femoralIrDeg += motion.femoralIrDeg.right
  }
  const meanHeelMm = (left.heelHeightMm + right.heelHeightMm) / 2

  // Pelvis, sagittal: the ring rule on the two drives, and heels tilt it back a little.
  const anteriorTiltDeg =
    pelvicTilt(left.pelvicDriveDeg, right.pelvicDriveDeg) +
    C.heelHeightToPelvicTilt.gain * meanHeelMm +
    (motion?.anteriorTiltDeg ?? 0)
  const torsionDeg = C.pelvicDriveDifferenceToTorsion.gain * (right.pelvicDriveDeg - left.pelvicDriveDeg)
  const iliumLeftDeg = anteriorTiltDeg - torsionDeg / 2
  const iliumRightDeg = anteriorTiltDeg + torsionDeg / 2

  // Pelvis, frontal: compensated hip drops. The feet's difference approaches its bound smoothly; a heel is a
  // true lift, compensated like one; the common drop is bounded too and does not tilt the pelvis.
  const feetDifferenceMm =
    FOOT_DIFF_MAX_MM * Math.tanh((right.eversionDropMm - left.eversionDropMm) / FOOT_DIFF_MAX_MM)
  const heelDifferenceMm = -HEEL_LIFT_AT_HIP * (right.heelHeightMm - left.heelHeightMm)
  const commonMm =
    FOOT_COMMON_MAX_MM * Math.tanh((right.eversionDropMm + left.eversionDropMm) / 2 / FOOT_COMMON_MAX_MM)
  const halfDifferenceMm = (feetDifferenceMm + heelDifferenceMm) / 2
  const shorteningLeftMm = commonMm - halfDifferenceMm
  const shorteningRightMm = commonMm + halfDifferenceMm
  const obliquityDeg =
    Math.atan((shorteningRightMm - shorteningLeftMm) / C.hipCentreSpacing.gain) / DEG +
    (motion?.obliquityDeg ?? 0)

  // Lumbar spine: each side follows its own ilium; the facets carry the active peak's load (in a gait frame,
  // the force of this instant).
  const { activeBodyWeights, impactBodyWeights } = loadPeaks(activity, footStrike)
  const facetLoad = motion?.loadBodyWeights ?? activeBodyWeights
  const totalLeftDeg = extensionOf(iliumLeftDeg)
  const totalRightDeg = extensionOf(iliumRightDeg)
  // The spine's answer to obliquity: a side-bend toward the high side, shared as the levels' lateral ranges.
  // Its concave side's facets gain load, the convex side's lose it; extension loads the side held further
  // forward. The two can point to different sides; the stress adds them (README "How the model works").
  const sideBend = lumbarSideBendDeg(obliquityDeg)
  const standingIndex = C.facetShareStanding.gain * facetLoad
  const lumbar: LumbarLevelPose[] = LEVEL_SHARES.map(([level, share], i) => {
    const l = share * totalLeftDeg
    const r = share * totalRightDeg
    const bend = sideBend[i]!
    const range = SIDE_BEND_RANGE_DEG[i]!
    return {
      level,
      extensionDeg: { left: l, right: r },
      lateralFlexionDeg: bend,
      stress: {
        left: clamp01(facetShare(l, -bend, range) * facetLoad),
        right: clamp01(facetShare(r, bend, range) * facetLoad),
      },
      stressParts: {
        extension: {
          left: (standingIndex * l) / C.extensionRangePerLevel.gain,
          right: (standingIndex * r) / C.extensionRangePerLevel.gain,
        },
        sideBend: { left: (-standingIndex * bend) / range, right: (standingIndex * bend) / range },
      },
    }
  })
  const muscles = solveMuscles({
    anteriorTiltDeg,
    obliquityDeg,
    iliumAnteriorDeg: { left: iliumLeftDeg, right: iliumRightDeg },
    femoralInternalDeg: { left: left.femoralIrDeg, right: right.femoralIrDeg },
    tibialInternalDeg: { left: left.tibialIrDeg, right: right.tibialIrDeg },
    extensionLeftDeg: lumbar.map((x) => x.extensionDeg.left),
    extensionRightDeg: lumbar.map((x) => x.extensionDeg.right),
    lateralFlexionDeg: sideBend,
  })

  const limb = (
    d: LimbDrive,
    iliumDeg: number,
    totalExtensionDeg: number,
    shortening: number,
    piriformisLengthChangeMm: number,
  ): LimbPose => {
    // Root term: the posture of the levels whose roots form the nerve, not the body-weight multiple.
    const rootTerm = facetShare(ROOT_SHARE * totalExtensionDeg)
    const piriformisTension = clamp01(piriformisLengthChangeMm / C.piriformisTensionReference.gain)
    return {
      calcanealEversionDeg: d.eversionDeg,
      tibialInternalRotationDeg: d.tibialIrDeg,
      femoralInternalRotationDeg: d.femoralIrDeg,
      iliumAnteriorRotationDeg: iliumDeg,
      functionalShorteningMm: shortening,
      piriformisLengthChangeMm,
      sciaticIrritation: clamp01(
        C.sciaticRootWeight.gain * rootTerm + C.sciaticPiriformisWeight.gain * piriformisTension,
      ),
      orthoticEversionReductionDeg: d.orthoticReductionDeg,
      heelHeightMm: d.heelHeightMm,
    }
  }

  // Load: the shock index reads the impact peak and the feet's posture.
  const feet = motion?.restingFeet ?? input
  const deviation = (postureDeviation(feet.left) + postureDeviation(feet.right)) / 2
  const spineShockIndex = clamp01(
    (((impactBodyWeights / MAX_IMPACT_BODY_WEIGHTS) * (1 + C.shockPostureGain.gain * deviation)) /
      (1 + C.shockPostureGain.gain)) *
      (motion?.shockScale ?? 1),
  )
  const paraspinalEffortIndex = clamp01(
    (meanHeelMm / C.heelParaspinalReference.gain) ** C.heelParaspinalExponent.gain,
  )

  return {
    left: limb(left, iliumLeftDeg, totalLeftDeg, shorteningLeftMm, muscles.left.piriformis.lengthChangeMm),
    right: limb(
      right,
      iliumRightDeg,
      totalRightDeg,
      shorteningRightMm,
      muscles.right.piriformis.lengthChangeMm,
    ),
    pelvis: { anteriorTiltDeg, obliquityDeg, torsionDeg },
    lumbar,
    muscles,
    load: {
      peakBodyWeights: Math.max(impactBodyWeights, activeBodyWeights),
      activeBodyWeights,
      impactBodyWeights,
      spineShockIndex,
      paraspinalEffortIndex,
    },
    warnings,
  }
}

/**
 * Solves the chain for an input (README "The kinematic core's API"). Out-of-range values are clamped and
 * named in `warnings`; missing, non-finite or unknown values throw an Error naming the field.
 */
export function solveChain(input: ChainInput): ChainPose {
  const valid = validateInput(input)
  return solveValidChain(valid.input, valid.warnings)
}
