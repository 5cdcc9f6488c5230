// The chain, link by link (README "How the model works"): heel eversion → tibial IR → femoral IR → pelvic
// drive per side → pelvis (tilt, torsion, obliquity) → ilium per side → lumbar extension per level and side →
// facet stress; femoral IR → piriformis length; roots + piriformis → sciatic irritation; activity and foot
// posture → load and shock. Every coefficient comes from the coupler table (couplers.ts).
import { NEUTRAL_FOOT } from './clinical'
import { C } from './couplers'
import type {
  Activity,
  ChainInput,
  ChainPose,
  FootPosture,
  LimbPose,
  LumbarLevel,
  LumbarLevelPose,
} from './types'
import { validateInput } from './validate'

const DEG = Math.PI / 180

/** Lumbar extension shares per level, L1-L2 first (they sum to 1). */
const LEVEL_SHARES: readonly [LumbarLevel, number][] = [
  ['L1-L2', C.lordosisShareL1L2.gain],
  ['L2-L3', C.lordosisShareL2L3.gain],
  ['L3-L4', C.lordosisShareL3L4.gain],
  ['L4-L5', C.lordosisShareL4L5.gain],
  ['L5-S1', C.lordosisShareL5S1.gain],
]

const PEAK_BODY_WEIGHTS: Readonly<Record<Activity, number>> = {
  standing: C.standingLoad.gain,
  walking: C.walkingLoad.gain,
  running: C.runningLoad.gain,
  'downhill-running': C.runningLoad.gain * C.downhillImpactFactor.gain,
}
const MAX_PEAK_BODY_WEIGHTS = Math.max(...Object.values(PEAK_BODY_WEIGHTS))

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)

interface LimbDrive {
  eversionDeg: number
  tibialIrDeg: number
  femoralIrDeg: number
  pelvicDriveDeg: number
  shorteningMm: number
}

/** Foot → tibia → femur → this side's drive on the pelvis, and functional shortening. */
function driveLimb(foot: FootPosture): LimbDrive {
  const eversionDeg = foot.calcanealEversionDeg - NEUTRAL_FOOT.calcanealEversionDeg
  const archChangeMm = foot.navicularHeightMm - NEUTRAL_FOOT.navicularHeightMm
  // Higher arches pass on more tibial rotation per degree of eversion (Nigg 1993; Williams 2001). Over the
  // valid 15..75 mm the scale stays within 0.59..1.41, so it never changes sign.
  const transfer = C.eversionToTibialRotation.gain * (1 + C.archHeightToTransfer.gain * archChangeMm)
  const tibialIrDeg = transfer * eversionDeg
  const femoralIrDeg = C.tibialToFemoralRotation.gain * tibialIrDeg
  const shorteningMm = C.eversionToShortening.gain * eversionDeg - C.archDropToShortening.gain * archChangeMm
  return {
    eversionDeg,
    tibialIrDeg,
    femoralIrDeg,
    pelvicDriveDeg: C.femoralRotationToPelvicDrive.gain * femoralIrDeg,
    shorteningMm,
  }
}

/**
 * The pelvis is a near-rigid ring: it tilts with the side that drives it most, plus a share ρ of the other
 * (Pinto 2008: unilateral 1.41° vs bilateral 1.57°). Written as
 *   tilt = (1+ρ)/2 · (a+b) + (1−ρ)/2 · |a−b| · tanh((a+b)/ε)
 * which is max(a,b) + ρ·min(a,b) when both drive forward, the mirror image when both drive back, smooth
 * where they oppose, symmetric in a and b, and increasing in each (slope ≥ ρ).
 */
function pelvicTilt(a: number, b: number): number {
  const rho = C.pelvicDriveOtherSideShare.gain
  const sum = a + b
  return (
    ((1 + rho) / 2) * sum + ((1 - rho) / 2) * Math.abs(a - b) * Math.tanh(sum / C.dominantDriveSmoothing.gain)
  )
}

const lordosisGain = (tiltDeg: number): number =>
  tiltDeg >= 0 ? C.anteriorTiltToLordosis.gain : C.posteriorTiltToLordosis.gain

/**
 * Facet stress index of one level and side: the facets' share of compression (16% upright, Adams & Hutton
 * 1980), rising linearly with extension (doubling at the end of extension range) up to 70% (Adams & Hutton
 * 1985), times the peak load in body weights; capped at 1.
 */
function facetStress(extensionDeg: number, peakBodyWeights: number): number {
  const share = Math.min(
    C.facetShareCeiling.gain,
    Math.max(0, C.facetShareStanding.gain * (1 + extensionDeg / C.extensionRangePerLevel.gain)),
  )
  return clamp01(share * peakBodyWeights)
}

/** Foot-posture deviation 0..1 for the shock index: the larger of the eversion and arch departures. */
function postureDeviation(foot: FootPosture): number {
  const eversion =
    Math.abs(foot.calcanealEversionDeg - NEUTRAL_FOOT.calcanealEversionDeg) / C.shockEversionSpan.gain
  const arch = Math.abs(foot.navicularHeightMm - NEUTRAL_FOOT.navicularHeightMm) / C.shockArchSpan.gain
  return Math.min(1, Math.max(eversion, arch))
}

/** Solves an input that has already been validated and clamped. */
export function solveValidChain(input: ChainInput, warnings: string[] = []): ChainPose {
  const left = driveLimb(input.left)
  const right = driveLimb(input.right)

  // Pelvis.
  const anteriorTiltDeg = pelvicTilt(left.pelvicDriveDeg, right.pelvicDriveDeg)
  const torsionDeg = C.pelvicDriveDifferenceToTorsion.gain * (right.pelvicDriveDeg - left.pelvicDriveDeg)
  const obliquityDeg = Math.atan((right.shorteningMm - left.shorteningMm) / C.hipCentreSpacing.gain) / DEG
  const iliumLeftDeg = anteriorTiltDeg - torsionDeg / 2
  const iliumRightDeg = anteriorTiltDeg + torsionDeg / 2

  // Lumbar spine: each side follows its own ilium with the Levine & Whittle ratio of the whole pelvis.
  const sideGain = C.iliumToSameSideExtension.gain * lordosisGain(anteriorTiltDeg)
  const totalLeftDeg = sideGain * iliumLeftDeg
  const totalRightDeg = sideGain * iliumRightDeg
  const peakBodyWeights = PEAK_BODY_WEIGHTS[input.activity]
  const lumbar: LumbarLevelPose[] = LEVEL_SHARES.map(([level, share]) => {
    const l = share * totalLeftDeg
    const r = share * totalRightDeg
    return {
      level,
      extensionDeg: { left: l, right: r },
      stress: { left: facetStress(l, peakBodyWeights), right: facetStress(r, peakBodyWeights) },
    }
  })

  const limb = (d: LimbDrive, iliumDeg: number, side: 'left' | 'right'): LimbPose => {
    const piriformisLengthChangeMm = C.femoralRotationToPiriformis.gain * d.femoralIrDeg
    // Nerve-root term: facet stress at the levels whose roots form the sciatic nerve (L4-L5, L5-S1).
    let rootStress = 0
    for (const lv of lumbar)
      if (lv.level === 'L4-L5' || lv.level === 'L5-S1') rootStress += lv.stress[side] / 2
    const piriformisTension = clamp01(piriformisLengthChangeMm / C.piriformisTensionReference.gain)
    return {
      calcanealEversionDeg: d.eversionDeg,
      tibialInternalRotationDeg: d.tibialIrDeg,
      femoralInternalRotationDeg: d.femoralIrDeg,
      iliumAnteriorRotationDeg: iliumDeg,
      functionalShorteningMm: d.shorteningMm,
      piriformisLengthChangeMm,
      sciaticIrritation: clamp01(
        C.sciaticRootWeight.gain * rootStress + C.sciaticPiriformisWeight.gain * piriformisTension,
      ),
    }
  }

  const deviation = (postureDeviation(input.left) + postureDeviation(input.right)) / 2
  const spineShockIndex = clamp01(
    ((peakBodyWeights / MAX_PEAK_BODY_WEIGHTS) * (1 + C.shockPostureGain.gain * deviation)) /
      (1 + C.shockPostureGain.gain),
  )

  return {
    left: limb(left, iliumLeftDeg, 'left'),
    right: limb(right, iliumRightDeg, 'right'),
    pelvis: { anteriorTiltDeg, obliquityDeg, torsionDeg },
    lumbar,
    load: { peakBodyWeights, spineShockIndex },
    warnings,
  }
}

/**
 * Solves the chain for an input (architecture.md contract). Out-of-range values are clamped and named in
 * `warnings`; missing, non-finite or unknown values throw an Error naming the field.
 */
export function solveChain(input: ChainInput): ChainPose {
  const valid = validateInput(input)
  return solveValidChain(valid.input, valid.warnings)
}
