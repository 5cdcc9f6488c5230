// What is drawn, as one flat vector of numbers, so a transition is a plain per-number ease and the frame
// loop allocates nothing. Built from the solved pose; the teaching exaggeration scales angles, lengths and
// the stress colours' departure from standing here and only here (the numbers shown in the panels come from
// the pose itself).
import { ANKLE_MM, CALCANEUS_LOWEST_MM, HEEL_EVERSION_RANGE_DEG, RAYS, mtHeadMm } from '../anatomy/foot'
import { LUMBAR_LEVELS } from '../anatomy/names'
import type { ChainInput, ChainPose, LimbPose } from '../kinematics/types'
import { MUSCLE_IDS, NEUTRAL_FOOT, couplerById, type MuscleId } from '../kinematics'
import { STRESS_BASELINE } from '../state/stressBaseline'

/** Per-side slots, at offset SIDE_BASE[side]. */
export const LIMB = {
  eversionDeg: 0,
  navicularHeightMm: 1,
  tibiaInternalDeg: 2,
  femurInternalDeg: 3,
  iliumAnteriorDeg: 4,
  shorteningMm: 5,
  piriformisMm: 6,
  irritation: 7,
  /** The shoe's heel height: drawn as it is (a shoe is not exaggerated). */
  heelMm: 8,
  /** The orthotic's medial post: drawn as it is. */
  postDeg: 9,
} as const
const LIMB_SIZE = 10
export const SIDE_BASE = { l: 0, r: LIMB_SIZE } as const
export const PELVIS_TILT = 2 * LIMB_SIZE
export const PELVIS_OBLIQUITY = PELVIS_TILT + 1
export const PELVIS_TORSION = PELVIS_TILT + 2
const LUMBAR_BASE = PELVIS_TILT + 3
/** Lumbar slots per level (L1-L2 first): extension left, extension right, stress left, stress right. */
export const lumbarSlot = (levelIndex: number, what: 'extL' | 'extR' | 'stressL' | 'stressR'): number =>
  LUMBAR_BASE + levelIndex * 4 + { extL: 0, extR: 1, stressL: 2, stressR: 3 }[what]
const MUSCLE_BASE = LUMBAR_BASE + LUMBAR_LEVELS.length * 4
/**
 * Muscle slots: each muscle's length change in per cent of its path at rest, per side (MUSCLE_IDS order),
 * as the core measured it (never exaggerated: the colour tells the real number, as the piriformis' did).
 */
export const muscleSlot = (side: 'l' | 'r', muscle: MuscleId): number =>
  MUSCLE_BASE + (side === 'l' ? 0 : MUSCLE_IDS.length) + MUSCLE_IDS.indexOf(muscle)
export const DRAWN_SIZE = MUSCLE_BASE + 2 * MUSCLE_IDS.length

/**
 * The arch drawn never leaves the range of real feet, however large the exaggeration: the arch recipe's
 * reachable range (ARCH_RANGE_MM, 25–65 mm), less 1 mm at each end: at 25 mm the medial cuneiform dips 1 mm
 * below the floor, and at 65 mm the recipe's first metatarsal solves to the wrong angle (its head 116 mm up;
 * reported to the model's owner). test/scene/planting.test.ts holds both ends.
 */
const DRAWN_ARCH_MM = { min: 26, max: 64 }
/** Nor does the heel: the core's valid eversion range. */
const DRAWN_EVERSION_DEG = HEEL_EVERSION_RANGE_DEG
/**
 * Nor the ankle: the drawn functional shortening stays within what a collapsing or rising foot can show with
 * its bones on the floor. The drawn pelvic obliquity is derived from the drawn shortenings the way the core
 * derives the real one (atan of their difference over the hip-centre spacing), so the legs always reach the feet.
 */
export const DRAWN_SHORTENING_MM = { min: -15, max: 15 }
const HIP_SPACING_MM = couplerById('hipCentreSpacing')?.gain ?? 167
/**
 * A shoe's heel plantarflexes the foot about the first metatarsal head; the ankle rises by this share of the
 * heel's height (its distance in front of the heel contact over the heel-to-head distance, model geometry).
 */
const MT1_HEAD_MM = mtHeadMm(RAYS[0]!)
export const HEEL_ANKLE_RISE =
  (ANKLE_MM[0] - CALCANEUS_LOWEST_MM[0]) / (MT1_HEAD_MM[0] - CALCANEUS_LOWEST_MM[0])
/**
 * The core counts a heel as a true lift, compensated (heelLiftToLimbLength × legLengthCompensation): its
 * share of each side's functional shortening is taken out and the heel drawn as geometry instead, so each
 * leg reaches its raised ankle.
 */
const HEEL_LIFT_AT_HIP =
  (couplerById('heelLiftToLimbLength')?.gain ?? 1) * (couplerById('legLengthCompensation')?.gain ?? 1)
const DRAWN_POST_DEG = { min: 0, max: 10 }
const clamp = (x: number, r: { min: number; max: number }) => Math.min(r.max, Math.max(r.min, x))
/**
 * The drawn pelvic drop: each hip sits lower by its foot's drawn shortening, less its ankle's rise on a shoe's
 * heel; the pelvis tilts by the difference over the hip spacing (as the core derives the real obliquity), so
 * the legs always reach the feet. Posing passes the rises it measured; drawnTarget, the model's estimate.
 */
export const drawnObliquityDeg = (
  d: Float32Array,
  ankleRiseLeftMm: number,
  ankleRiseRightMm: number,
): number =>
  (Math.atan(
    (d[SIDE_BASE.r + LIMB.shorteningMm]! -
      ankleRiseRightMm -
      (d[SIDE_BASE.l + LIMB.shorteningMm]! - ankleRiseLeftMm)) /
      HIP_SPACING_MM,
  ) *
    180) /
  Math.PI

/** Stress as drawn: its departure from the standing baseline exaggerated like the movements (colours are drawn too). */
export const drawnStress = (stress: number, k: number): number =>
  Math.max(0, STRESS_BASELINE + (stress - STRESS_BASELINE) * k)

function writeLimb(
  out: Float32Array,
  base: number,
  limb: LimbPose,
  navicularHeightMm: number,
  postDeg: number,
  heelPartMm: number,
  k: number,
) {
  out[base + LIMB.eversionDeg] = clamp(limb.calcanealEversionDeg * k, DRAWN_EVERSION_DEG)
  const arch = NEUTRAL_FOOT.navicularHeightMm + (navicularHeightMm - NEUTRAL_FOOT.navicularHeightMm) * k
  out[base + LIMB.navicularHeightMm] = Math.min(DRAWN_ARCH_MM.max, Math.max(DRAWN_ARCH_MM.min, arch))
  out[base + LIMB.tibiaInternalDeg] = limb.tibialInternalRotationDeg * k
  out[base + LIMB.femurInternalDeg] = limb.femoralInternalRotationDeg * k
  out[base + LIMB.iliumAnteriorDeg] = limb.iliumAnteriorRotationDeg * k
  out[base + LIMB.shorteningMm] = clamp((limb.functionalShorteningMm - heelPartMm) * k, DRAWN_SHORTENING_MM)
  out[base + LIMB.heelMm] = limb.heelHeightMm
  out[base + LIMB.postDeg] = clamp(postDeg, DRAWN_POST_DEG)
  out[base + LIMB.piriformisMm] = limb.piriformisLengthChangeMm
  // The nerve's glow shows the real index.
  out[base + LIMB.irritation] = limb.sciaticIrritation
}

/** Fills `out` with the drawn targets for a pose, exaggerated by `exaggerate` (1..5). */
export function drawnTarget(
  pose: ChainPose,
  input: ChainInput,
  exaggerate: number,
  out: Float32Array,
): Float32Array {
  const k = exaggerate
  // The core's heel share of each side's shortening (half the compensated lift difference, opposite signs).
  const heelHalfMm = (HEEL_LIFT_AT_HIP * (pose.right.heelHeightMm - pose.left.heelHeightMm)) / 2
  const post = (side: 'left' | 'right') => input.footwear?.[side]?.medialPostDeg ?? 0
  writeLimb(out, SIDE_BASE.l, pose.left, input.left.navicularHeightMm, post('left'), heelHalfMm, k)
  writeLimb(out, SIDE_BASE.r, pose.right, input.right.navicularHeightMm, post('right'), -heelHalfMm, k)
  out[PELVIS_TILT] = pose.pelvis.anteriorTiltDeg * k
  out[PELVIS_OBLIQUITY] = drawnObliquityDeg(
    out,
    HEEL_ANKLE_RISE * out[SIDE_BASE.l + LIMB.heelMm]!,
    HEEL_ANKLE_RISE * out[SIDE_BASE.r + LIMB.heelMm]!,
  )
  out[PELVIS_TORSION] = pose.pelvis.torsionDeg * k
  LUMBAR_LEVELS.forEach((level, i) => {
    const l = pose.lumbar.find((p) => p.level === level)
    out[lumbarSlot(i, 'extL')] = (l?.extensionDeg.left ?? 0) * k
    out[lumbarSlot(i, 'extR')] = (l?.extensionDeg.right ?? 0) * k
    out[lumbarSlot(i, 'stressL')] = drawnStress(l?.stress.left ?? STRESS_BASELINE, k)
    out[lumbarSlot(i, 'stressR')] = drawnStress(l?.stress.right ?? STRESS_BASELINE, k)
  })
  for (const m of MUSCLE_IDS) {
    out[muscleSlot('l', m)] = pose.muscles?.left[m].lengthChangePct ?? 0
    out[muscleSlot('r', m)] = pose.muscles?.right[m].lengthChangePct ?? 0
  }
  return out
}

/**
 * Moves `current` toward `target` over about `durationMs` (ease-out: each frame covers the same share of
 * what is left, plus a floor so it ends). Returns true while still moving.
 */
export function stepToward(
  current: Float32Array,
  target: Float32Array,
  dtMs: number,
  durationMs: number,
): boolean {
  if (durationMs <= 0) {
    current.set(target)
    return false
  }
  // Time constant: 99% of the way in durationMs.
  const f = 1 - Math.exp((-4.6 * Math.min(dtMs, 100)) / durationMs)
  let moving = false
  for (let i = 0; i < current.length; i++) {
    const c = current[i]!
    const t = target[i]!
    const d = t - c
    if (Math.abs(d) < 1e-3) {
      current[i] = t
      continue
    }
    current[i] = c + d * f
    moving = true
  }
  return moving
}

/**
 * The drawn targets for one instant of the gait cycle (issue 13): the frame drawn as it is, except that the
 * teaching exaggeration scales only the foot-posture chain's part, i.e. the frame's departure from the same
 * instant on neutral feet (the normal motion is drawn as measured). `neutral` is scratch of DRAWN_SIZE.
 */
export function drawnGaitTarget(
  frame: ChainPose,
  input: ChainInput,
  neutralFrame: ChainPose,
  neutralInput: ChainInput,
  exaggerate: number,
  out: Float32Array,
  neutral: Float32Array,
): Float32Array {
  drawnTarget(frame, input, 1, out)
  if (exaggerate === 1) return out
  drawnTarget(neutralFrame, neutralInput, 1, neutral)
  for (let i = 0; i < out.length; i++) out[i] = neutral[i]! + (out[i]! - neutral[i]!) * exaggerate
  for (const base of [SIDE_BASE.l, SIDE_BASE.r]) {
    out[base + LIMB.eversionDeg] = clamp(out[base + LIMB.eversionDeg]!, DRAWN_EVERSION_DEG)
    out[base + LIMB.navicularHeightMm] = clamp(out[base + LIMB.navicularHeightMm]!, DRAWN_ARCH_MM)
    out[base + LIMB.shorteningMm] = clamp(out[base + LIMB.shorteningMm]!, DRAWN_SHORTENING_MM)
  }
  out[PELVIS_OBLIQUITY] = drawnObliquityDeg(
    out,
    HEEL_ANKLE_RISE * out[SIDE_BASE.l + LIMB.heelMm]!,
    HEEL_ANKLE_RISE * out[SIDE_BASE.r + LIMB.heelMm]!,
  )
  return out
}
