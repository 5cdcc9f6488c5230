// Landmarks and joint centres of the pelvis and lower limb, right side, model mm (frame.ts).
// Values are the gait2392 default-pose world coordinates of docs/domain.md, anatomy §2.2 / §4 (lifted by
// BODY_LIFT_MM), or placements derived from them; each carries its source id and evidence tag.
import { lift, type Cited, type Mm3 } from './frame'

const c = (p: Mm3, src: string): Cited<Mm3> => ({ value: lift(p), src })
/** Local point of a gait2392 body frame, placed in the world through that body's default-pose origin. */
const inFrame = (origin: Mm3, local: Mm3, src: string): Cited<Mm3> =>
  c([origin[0] + local[0], origin[1] + local[1], origin[2] + local[2]], src)

/** gait2392 default-pose origins of the bodies (anatomy §2.1-2.2, unlifted). */
export const GAIT2392_ORIGIN = {
  pelvis: [0, 950, 0] as Mm3, // S1 R
  femur: [-70.7, 883.9, 83.5] as Mm3, // hip centre, D
  tibia: [-74.8, 488.0, 83.5] as Mm3, // knee centre, D
} as const

export const PELVIS = {
  asis: c([0, 950, 118.7], 'S4 M §2.2'),
  iliacCrestTop: c([-86.8, 1043.8, 76.3], 'S4 M §2.2'),
  iliacTubercle: c([-18.1, 969.5, 132.9], 'S4 M §2.2'),
  pubicTubercle: c([-21.9, 874.5, 23.9], 'S4 M §2.2'),
  pubicSymphysis: c([-55.7, 852.2, 0], 'S4 M §2.2'),
  ischialTuberosity: c([-123.8, 846.7, 67.1], 'S1 R -> D §2.2 (hamstring origins)'),
  /** Lowest bone of the hemipelvis: pelvis mesh y min -120.9 in the pelvis frame (S4 M §2.3). */
  ischialTuberosityLow: c([-118, 950 - 120.9, 68], 'S4 M §2.3 / E'),
  sacroiliac: c([-125, 995, 47], 'S4 M §2.2; §3 Sacroiliac'),
  /** PSIS bone point: skin marker (S2 R) moved 10 mm inward through the skin (E). */
  psis: c([-145, 985, 42], 'S2 R -> E'),
  hip: c(GAIT2392_ORIGIN.femur, 'S1 R -> D §2.1'),
  /** Ischial spine: gemelli origin (S1 R §4.1). */
  ischialSpine: inFrame(GAIT2392_ORIGIN.pelvis, [-113.3, -82.0, 71.4], 'S1 R §4.1 (gem_r origin)'),
} as const

export const LEG = {
  knee: c(GAIT2392_ORIGIN.tibia, 'S1 R -> D §2.1'),
  ankle: c([-74.8, 58.0, 83.5], 'S1 R -> D §2.1'),
  greaterTrochanterTip: c([-94.3, 885.2, 120.4], 'S4 M §2.2'),
  greaterTrochanterLateral: c([-84.4, 865.6, 145.5], 'S4 M §2.2'),
  /** Lesser trochanter, psoas insertion (anatomy §4.3 SN4 basis, femur (-19, -60, 10)). */
  lesserTrochanter: inFrame(GAIT2392_ORIGIN.femur, [-19, -60, 10], 'S1 R §4.3'),
  fibularHeadTop: c([-84.2, 431.4, 115.3], 'S4 M §2.2'),
  lateralEpicondyle: c([-70.7, 479.9, 133.5], 'S2 R (skin marker)'),
  medialEpicondyle: c([-70.7, 479.9, 33.5], 'S2 R (skin marker)'),
} as const

/** Long-bone dimensions (anatomy §2.3, §5.1). */
export const LONG_BONE = {
  femoralHeadRadiusMm: { value: 24, src: '§5.1 recommended (D)' },
  neckShaftAngleDeg: { value: 128, src: '§5.1 recommended (D from S8-S12)' },
  anteversionDeg: { value: 12, src: '§5.1 recommended (D from S8-S12)' },
  anatomicalMechanicalAngleDeg: { value: 5.5, src: '§5.1 recommended (S12 R 5°, S4 M 5.5°)' },
  /** Femur max length, head top to condyle bottom (S4 M §2.3: 452.6). */
  femurLengthMm: { value: 452.6, src: 'S4 M §2.3' },
  /** Tibia length, plateau to medial-malleolus tip (S4 M §2.3: 386.8). */
  tibiaLengthMm: { value: 386.8, src: 'S4 M §2.3' },
  /** Fibula length, head top to lateral-malleolus tip (S4 M §2.3: 375.2). */
  fibulaLengthMm: { value: 375.2, src: 'S4 M §2.3' },
  patellaHeightMm: { value: 52.9, src: 'S4 M §2.3' },
  patellaWidthMm: { value: 51.4, src: 'S4 M §2.3' },
  tibialTorsionDeg: { value: 25, src: '§5.2 recommended (D from S12 R 28.5°, S42 R 23°)' },
  /**
   * Medial-malleolus tip below the ankle roof (the tibial plafond), E: 10–15 mm in adults (issue 16's review).
   * The OpenSim tibia's tip (§2.3) is level with its talar dome, so this tibia is longer than its 386.8 mm.
   */
  medialMalleolusBelowPlafondMm: { value: 12, src: 'E (issue 16: 10–15 mm; S4 M §2.3 low-poly: 0)' },
  /** Lateral-malleolus tip below the medial one (S4 M §2.3: 16.5; textbooks about 10, C). */
  lateralMalleolusBelowMedialMm: { value: 10, src: 'S4 M §2.3 (16.5) / C (≈10) -> E' },
  /** Talar dome above the ankle centre (S4 M §2.3: 13.9; this build 15, E). */
  talarDomeAboveAnkleMm: { value: 15, src: 'S4 M §2.3 (13.9) -> E' },
} as const

/** Piriformis path, gait2392 `peri_r` (anatomy §4.1, S1 R); P3 is in the femur frame. */
export const PIRIFORMIS_POINTS = {
  origin: inFrame(GAIT2392_ORIGIN.pelvis, [-139.6, 0.3, 23.5], 'S1 R §4.1 P1'),
  via: inFrame(GAIT2392_ORIGIN.pelvis, [-119.3, -27.6, 65.7], 'S1 R §4.1 P2'),
  insertion: inFrame(GAIT2392_ORIGIN.femur, [-14.8, -3.6, 43.7], 'S1 R §4.1 P3'),
} as const

/** Sciatic nerve course SN0..SN6, tibial TN1..TN4, common fibular CF1..CF2 (anatomy §4.3, E ±10 mm). */
export const SCIATIC_POINTS = {
  sciatic: [
    // SN0, SN1 placed clear of the drawn piriformis (8 mm belly) and of the ilium and sacrum (issue 15).
    inFrame(GAIT2392_ORIGIN.pelvis, [-115, -30, 30], 'E §4.3 SN0'),
    inFrame(GAIT2392_ORIGIN.pelvis, [-142, -50, 57], 'E §4.3 SN1 (infrapiriform exit)'),
    inFrame(GAIT2392_ORIGIN.pelvis, [-128, -80, 95], 'E §4.3 SN2'),
    inFrame(GAIT2392_ORIGIN.pelvis, [-124, -100, 104], 'E §4.3 SN3 (half-way IT-GT, S36)'),
    inFrame(GAIT2392_ORIGIN.femur, [-50, -75, 22], 'E §4.3 SN4'),
    inFrame(GAIT2392_ORIGIN.femur, [-32, -200, 18], 'E §4.3 SN5'),
    inFrame(GAIT2392_ORIGIN.femur, [-35, -350, 5], 'E §4.3 SN6 (bifurcation, S32)'),
  ],
  tibial: [
    inFrame(GAIT2392_ORIGIN.femur, [-40, -406, -5], 'E §4.3 TN1'),
    inFrame(GAIT2392_ORIGIN.tibia, [-35, -80, -5], 'E §4.3 TN2'),
    inFrame(GAIT2392_ORIGIN.tibia, [-30, -220, -5], 'E §4.3 TN3'),
    inFrame(GAIT2392_ORIGIN.tibia, [-18, -395, -32], 'E §4.3 TN4 (tarsal tunnel)'),
  ],
  fibular: [
    inFrame(GAIT2392_ORIGIN.femur, [-20, -410, 45], 'E §4.3 CF1'),
    inFrame(GAIT2392_ORIGIN.tibia, [-8, -80, 45], 'E §4.3 CF2 (fibular neck)'),
  ],
} as const

/**
 * Rib cage context (anatomy §2.6 iv, S4 M: gait2392 `hat_ribs` / `hat_spine` measured in the torso frame,
 * whose origin is the pelvis frame's (−100.7, 81.5, 0); docs/domain.md). Torso-frame mm, right side. The OpenSim
 * torso is undersized (§7: ≈0.75–0.8× adult), so these give placement and proportion; the generator scales
 * them about T12 to the model's own T11–T12 pitch.
 */
export const THORAX = {
  /** Thoracic vertebra centroids T1..T12 (x, y). */
  vertebraXY: {
    value: [
      [-36.4, 397.9],
      [-42.5, 379.3],
      [-49.2, 359.2],
      [-55.3, 337.9],
      [-59.0, 315.6],
      [-62.6, 292.1],
      [-61.7, 268.1],
      [-59.6, 244.3],
      [-56.4, 223.0],
      [-49.9, 194.8],
      [-42.1, 167.4],
      [-32.6, 140.7],
    ] as readonly (readonly [number, number])[],
    src: 'S4 M §2.6 iv',
  },
  /** Right ribs 1..12: y range (min, max) and most lateral z. */
  ribs: {
    value: [
      [363, 418, 69],
      [329, 402, 100],
      [304, 383, 116],
      [276, 359, 127],
      [253, 333, 132],
      [222, 316, 138],
      [189, 296, 137],
      [160, 269, 137],
      [130, 247, 134],
      [109, 223, 124],
      [110, 195, 110],
      [124, 172, 74],
    ] as readonly (readonly [number, number, number])[],
    src: 'S4 M §2.6 iv',
  },
  /** Cage extent: x (posterior, anterior); sternum and costal cartilage block x 9.5…104.9, y 108…378.5. */
  cageX: { value: [-87.8, 104.9] as const, src: 'S4 M §2.6 iv' },
  sternumTopY: { value: 378.5, src: 'S4 M §2.6 iv (top of the sternum + cartilage block)' },
} as const
