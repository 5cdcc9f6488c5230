// Every coefficient of the kinematic core, in one table of named couplers (style.md §3: OpenSim's
// CoordinateCouplerConstraint, urdf mimic joints). Nothing else in src/kinematics holds a magic number.
// Figures and provenance: shared/domain/biomechanics.md; cite the primary study, not that file.
//
// Confidence: 'high'   a figure read in the primary source and used as published;
//             'medium' read, but transferred to a different task or population (e.g. in vitro → standing);
//             'low'    fitted through a stated assumption, or the size is a placeholder with only the
//                      direction supported by the literature.

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
}

type CouplerSpec = Omit<Coupler, 'id'>

// Assumed calibration input, shared by several fits below: Pinto 2008 did not report (in the abstract) how
// many degrees of calcaneal eversion its 10° wedge added. biomechanics.md §7 proposes 4°.
const WEDGE_EVERSION_ASSUMPTION =
  'A 10° wedge adds 4° of calcaneal eversion (Pinto 2008 reports a significant increase but its size was not readable; 4° is the biomechanics.md §7 working figure).'

const spec = {
  // ── Foot → tibia ────────────────────────────────────────────────────────────────────────────────
  eversionToTibialRotation: {
    from: 'calcanealEversionDeg (change from neutral)',
    to: 'tibialInternalRotationDeg',
    gain: 0.6,
    unit: '° tibial IR per ° eversion',
    source:
      'Fischer et al. 2018 (J Anat), 8 foot-leg specimens with bone pins: slope 0.68 ± 0.15 in vitro; Sinclair 2017 in running: tibial-IR range ÷ peak eversion 0.44–0.60 (derived). 0.6 sits between.',
    confidence: 'medium',
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
      'Size is a placeholder (biomechanics.md §7): ×0.8 at a low arch (31 mm, mid of 27–35) and ×1.2 at a high arch (60 mm, mid of 56–64), linear between: 0.4 over 29 mm.',
  },

  // ── Tibia → femur ───────────────────────────────────────────────────────────────────────────────
  tibialToFemoralRotation: {
    from: 'tibialInternalRotationDeg',
    to: 'femoralInternalRotationDeg',
    gain: 0.8,
    unit: '° femoral IR per ° tibial IR',
    source:
      'Khamis & Yizhar 2007 (Gait Posture, 35 subjects, 10/15/20° wedges): shank and hip IR rise together, consecutive segments correlate r = 0.61–0.99.',
    confidence: 'low',
    assumption:
      'The per-wedge degrees (Khamis Table 2) were not available; 0.8 is the biomechanics.md §7 working ratio (the knee passes on most, not all, of the shank rotation).',
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
  },
  pelvicDriveOtherSideShare: {
    from: 'the smaller of the two sides’ pelvic drives',
    to: 'pelvis.anteriorTiltDeg',
    gain: 1.57 / 1.41 - 1,
    unit: 'share of the weaker side’s drive added to the dominant side’s',
    source:
      'Fitted to Pinto et al. 2008: bilateral wedges tilt the pelvis 1.57°, a unilateral wedge 1.41° (90% of it). The pelvis is a near-rigid ring: it follows the side that drives it most, plus 11% of the other.',
    confidence: 'low',
    assumption:
      'A linear sum of the two sides cannot give 1.41 vs 1.57 (it would give half); the rigid-ring reading "dominant drive + share of the other" is our model choice.',
  },
  dominantDriveSmoothing: {
    from: 'sum of the two pelvic drives',
    to: 'which side dominates',
    gain: 0.1,
    unit: '° (width of the smooth switch)',
    source:
      'Numerical, not physiological: a tanh switch of this width keeps the tilt smooth and mirror-symmetric where the two drives have opposite signs.',
    confidence: 'high',
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

  // ── Functional shortening → obliquity ───────────────────────────────────────────────────────────
  eversionToShortening: {
    from: 'calcanealEversionDeg (change from neutral)',
    to: 'functionalShorteningMm',
    gain: (Math.tan((1.46 * Math.PI) / 180) * 167) / 4,
    unit: 'mm per ° eversion',
    source:
      'Fitted to Pinto et al. 2008: a unilateral 10° wedge tilts the pelvis laterally by 1.46°, i.e. the wedged side ends 167 × tan 1.46° = 4.26 mm lower (hip centres 167 mm apart in gait2392, Delp 1990).',
    confidence: 'low',
    assumption: WEDGE_EVERSION_ASSUMPTION,
  },
  archDropToShortening: {
    from: 'navicular drop (neutral minus navicularHeightMm)',
    to: 'functionalShorteningMm',
    gain: (108.8 - 74.8) / (108.8 - 41.6),
    unit: 'mm limb shortening per mm of navicular drop',
    source:
      'Geometry of the gait2392 foot (Delp 1990): the ankle centre lies 34.0 mm and the navicular tuberosity 67.2 mm in front of the heel contact; calcaneal pitch falls in flat feet (pacs.de; <18° pes planus).',
    confidence: 'low',
    assumption:
      'The arch lowers by the rearfoot pitching down about the heel contact, so the ankle drops 34.0 / 67.2 = 0.51 of the navicular drop.',
  },
  hipCentreSpacing: {
    from: 'difference in functional shortening (mm)',
    to: 'pelvis.obliquityDeg',
    gain: 167,
    unit: 'mm between hip centres (obliquity = atan(Δ / spacing))',
    source: 'gait2392 hip joint centres at z = ±83.5 mm (Delp et al. 1990; shared/domain/anatomy.md §2.2).',
    confidence: 'high',
  },

  // ── Pelvis → lumbar spine ───────────────────────────────────────────────────────────────────────
  anteriorTiltToLordosis: {
    from: 'pelvis.anteriorTiltDeg (> 0)',
    to: 'lumbar extension, L1–S1 total',
    gain: 10.8 / 11.4,
    unit: '° lordosis per ° anterior tilt',
    source:
      'Levine & Whittle 1996 (JOSPT): maximal voluntary anterior tilt +11.4° raised lordosis +10.8° in standing.',
    confidence: 'medium',
    assumption:
      'Voluntary maximal tilts; Duval et al. 2010 and Delisle et al. 1997 found that wedge-sized tilts may not reach the lumbar spine at all.',
  },
  posteriorTiltToLordosis: {
    from: 'pelvis.anteriorTiltDeg (< 0)',
    to: 'lumbar extension, L1–S1 total',
    gain: 9.0 / 8.7,
    unit: '° lordosis per ° posterior tilt',
    source: 'Levine & Whittle 1996: maximal posterior tilt −8.7° flattened lordosis by −9.0°.',
    confidence: 'medium',
  },
  lordosisShareL1L2: {
    from: 'lumbar extension, L1–S1 total',
    to: 'L1-L2 extension',
    gain: 0.023,
    unit: 'share',
    source: 'Sci Rep 2022 (n = 324): standing segmental lordosis L1–L2 1.2° of 50.5° (2.3%).',
    confidence: 'medium',
    assumption:
      'Changes are shared as the standing lordosis is. Alternatives: the Christophy 2012 motion rhythm gives the upper levels more (25.5/23.1/20.4/18.5/12.5%); biomechanics.md §7 proposes a blend (11/16/19/23/31%).',
  },
  lordosisShareL2L3: {
    from: 'lumbar extension, L1–S1 total',
    to: 'L2-L3 extension',
    gain: 0.117,
    unit: 'share',
    source: 'Sci Rep 2022 (n = 324): L2–L3 5.9° (11.7%).',
    confidence: 'medium',
  },
  lordosisShareL3L4: {
    from: 'lumbar extension, L1–S1 total',
    to: 'L3-L4 extension',
    gain: 0.181,
    unit: 'share',
    source: 'Sci Rep 2022 (n = 324): L3–L4 9.1° (18.1%).',
    confidence: 'medium',
  },
  lordosisShareL4L5: {
    from: 'lumbar extension, L1–S1 total',
    to: 'L4-L5 extension',
    gain: 0.252,
    unit: 'share',
    source: 'Sci Rep 2022 (n = 324): L4–L5 12.7° (25.2%).',
    confidence: 'medium',
  },
  lordosisShareL5S1: {
    from: 'lumbar extension, L1–S1 total',
    to: 'L5-S1 extension',
    gain: 0.427,
    unit: 'share',
    source:
      'Sci Rep 2022 (n = 324): L5–S1 21.6° (42.7%). L4–S1 together 67.9%, matching 70.8% in 627 volunteers (PMC6680033) and "two-thirds" (Barrey).',
    confidence: 'medium',
  },
  iliumToSameSideExtension: {
    from: 'iliumAnteriorRotationDeg of one side',
    to: 'that side’s share of lumbar extension',
    gain: 1,
    unit: 'ratio to the pelvic-tilt rule',
    source:
      'Direction from the clinical account (kinetic-chain.md §6): the side whose ilium is rotated further forward is held in more extension.',
    confidence: 'low',
    assumption:
      'Each side of the lumbar spine follows its own hemipelvis with the Levine & Whittle ratio, so the mean of the two sides equals the whole-pelvis rule.',
  },

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
    to: 'piriformisLengthChangeMm',
    gain: 0.46,
    unit: 'mm per ° hip IR (standing, hip extended)',
    source:
      'Computed on the Rajagopal et al. 2016 / MyoLegs piriformis path at 0° hip flexion (moment arm ≈ 26 mm, external rotator); Delp et al. 1999: 29 mm moment arm in extension → 0.51 mm/°.',
    confidence: 'medium',
  },
  piriformisTensionReference: {
    from: 'piriformisLengthChangeMm',
    to: 'piriformis tension term of sciaticIrritation (reaches 1)',
    gain: 2.6,
    unit: 'mm (10% of the 26 mm optimal fibre length)',
    source: 'gait2392 / Rajagopal piriformis optimal fibre length 26 mm (Delp 1990).',
    confidence: 'low',
    assumption:
      'No study gives sciatic strain per degree of hip IR; Breig & Troup 1979 show medial hip rotation raises sacral-plexus tension. A 10% fibre stretch is taken as full tension.',
  },
  sciaticRootWeight: {
    from: 'mean facet stress at L4-L5 and L5-S1 on that side',
    to: 'sciaticIrritation',
    gain: 0.5,
    unit: 'weight',
    source:
      'Roots L4–S3 (Poutoglidou et al. 2020); extension loads the facets and narrows the foramina (Adams et al. 1994).',
    confidence: 'low',
    assumption: 'Root irritation and piriformis tension are weighted equally.',
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
    to: 'load.peakBodyWeights',
    gain: 1.0,
    unit: 'body weights',
    source: 'Quiet standing: the floor carries one body weight.',
    confidence: 'high',
  },
  walkingLoad: {
    from: "activity 'walking'",
    to: 'load.peakBodyWeights',
    gain: 1.2,
    unit: 'body weights',
    source: 'Keller et al. 1996 (Clin Biomech, 23 subjects): vertical force maximum 1.2 BW in walking.',
    confidence: 'high',
  },
  runningLoad: {
    from: "activity 'running'",
    to: 'load.peakBodyWeights',
    gain: 2.75,
    unit: 'body weights',
    source:
      'Keller et al. 1996: about 2.5 BW at 6 m/s; Cavanagh & Lafortune 1980 (J Biomech): about 3 BW at 4.5 m/s. Midpoint of 2.5–3.',
    confidence: 'medium',
  },
  downhillImpactFactor: {
    from: "activity 'downhill-running'",
    to: 'load.peakBodyWeights (× running)',
    gain: 1.54,
    unit: 'factor',
    source: 'Gottschall & Kram 2005 (J Biomech): at −9° the normal impact peak rises 54%.',
    confidence: 'medium',
    assumption: 'The +54% applies to the impact peak; applying it to the running peak is an upper bound.',
  },
  shockEversionSpan: {
    from: '|calcanealEversionDeg − neutral|',
    to: 'foot-posture deviation (reaches 1)',
    gain: 10,
    unit: '° from neutral',
    source: 'Neutral 2–6° everted; ≥ 8–10° pronated (Sobel et al. 1999, via podiapaedia).',
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
      'Direction: over-pronation and rigid high arches both pass more shock upward (kinetic-chain.md §9; Williams et al. 2001: high-arched runners load faster).',
    confidence: 'low',
    assumption: 'No study gives a size: a fully deviated foot raises the index by half.',
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
