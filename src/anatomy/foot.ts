// Foot layout, right side, model mm (frame.ts): joint centres of the tarsals, metatarsals and phalanges.
// The gait2392 foot cannot be copied (its talus is not anatomically oriented, its forefoot parabola is ~2x too
// steep: docs/domain.md, anatomy §2.8 and §6), so the foot is built from the §6 recommended build values:
// calcaneal pitch 23°, talar declination = MT1 declination = 22° (Meary 0°), navicular tuberosity 45 mm above
// the floor, heel pad 20 mm, forefoot pad 12 mm, MT lengths 63/76/71/69/70 mm with heads on the S31 parabola.
// Placements are E. (`§n` = Anatomy section n of docs/domain.md; `Sn` and the tags: docs/sources.md.)
import { add, deg2rad, dirDeclTrans, lift, scale, type M3, type Mm3 } from './frame'

/** Ankle (talocrural) centre: gait2392 tibia (0, -430, 0) from the knee (S1 R -> D §2.2). */
export const ANKLE_MM: Mm3 = lift([-74.8, 58.0, 83.5])
/** OpenSim ankle axis, tibia frame (S1 R §3): lateral end 10° low, 6° posterior. */
export const ANKLE_AXIS: Mm3 = [-0.10501, -0.17402, 0.97913]
/** OpenSim subtalar axis, talus frame (S1 R §3): rises 37° anteriorly, 8.7° medial. */
export const OPENSIM_SUBTALAR_AXIS: Mm3 = [0.78718, 0.60475, -0.12095]
/**
 * Subtalar joint centre: the gait2392 calcn origin (-123.6, 16.0, 91.4) (S1 R -> D) moved 50 mm up the
 * OpenSim axis, so the point lies in the posterior talocalcaneal facet instead of behind the heel (D).
 */
export const SUBTALAR_MM: M3 = add(lift([-123.6, 16.0, 91.4]), scale(OPENSIM_SUBTALAR_AXIS, 50))
/**
 * The subtalar axis the posed heel turns about (issue 15), through SUBTALAR_MM: from posterior-lateral-plantar
 * to anterior-medial-dorsal, 40° up from the floor and 19° medial to the foot's long axis (anatomy §6
 * recommended build values: 40° up, 15–23° medial; Inman's means 42° and 23° [C], OpenSim's 37° and 8.7° [R]).
 */
export const SUBTALAR_AXIS_UP_DEG = 40
export const SUBTALAR_AXIS_MEDIAL_DEG = 19
/**
 * A point of the subtalar axis: where it leaves the dorsomedial talar neck (E, on this model's talar neck). From
 * there it runs back and down through the calcaneus below the posterior facet and leaves it postero-laterally
 * near the plantar heel (at the heel's back, about 20 mm above the floor and 6 mm lateral of its middle).
 */
export const SUBTALAR_AXIS_POINT_MM: Mm3 = [-60.5, 73, 71.5]
/** The heel eversion the model is drawn with (the core's valid range, drawn at every exaggeration), degrees. */
export const HEEL_EVERSION_RANGE_DEG = { min: -15, max: 20 } as const
/** Unit vector of the subtalar axis, model frame (x anterior, y up, z right/lateral), right side. */
export const SUBTALAR_AXIS: Mm3 = [
  Math.cos(SUBTALAR_AXIS_UP_DEG * deg2rad) * Math.cos(SUBTALAR_AXIS_MEDIAL_DEG * deg2rad),
  Math.sin(SUBTALAR_AXIS_UP_DEG * deg2rad),
  -Math.cos(SUBTALAR_AXIS_UP_DEG * deg2rad) * Math.sin(SUBTALAR_AXIS_MEDIAL_DEG * deg2rad),
]

export const CALCANEAL_PITCH_DEG = 23 // §6 recommended (S23/S25 R normal 20-30°)
export const TALAR_DECLINATION_DEG = 22 // §6 recommended
export const MT1_DECLINATION_DEG = 22 // §6 recommended: Meary 0° (S24 R)
export const NAVICULAR_HEIGHT_MM = 45 // §6 recommended (S27 R normal 36-55 mm)

/** The talar neck's axis, toward the head: 22° down (talar declination), 15° medial (E). */
export const TALAR_NECK_DIR: M3 = dirDeclTrans(TALAR_DECLINATION_DEG, -15)
/** Talar head centre = talonavicular joint centre: 27 mm from the ankle centre along the talar axis (22° down, 15° medial), E. */
export const TALONAVICULAR_MM: M3 = add(ANKLE_MM, scale(TALAR_NECK_DIR, 27))
export const TALAR_HEAD_RADIUS_MM = 13
const navDir = dirDeclTrans(TALAR_DECLINATION_DEG, -15)
/** Navicular body centre: 17 mm further along the talar axis (E). */
export const NAVICULAR_CENTRE_MM: M3 = add(TALONAVICULAR_MM, scale(navDir, 17))
/** Navicular tuberosity (medial-plantar); its height above the floor is the navicular height (E, §6: 45 mm). */
export const NAVICULAR_TUBEROSITY_MM: M3 = [
  NAVICULAR_CENTRE_MM[0] - 2,
  NAVICULAR_HEIGHT_MM,
  NAVICULAR_CENTRE_MM[2] - 17,
]

/** Naviculocuneiform facets: the origin of each cuneiform (E). */
export const CUNEIFORM = {
  cuneiform_medial: { jointMm: [-26, 46, 62] as M3, frontMm: [3, 44, 61] as M3 },
  cuneiform_intermediate: { jointMm: [-27, 54, 74] as M3, frontMm: [-8, 48, 76] as M3 },
  cuneiform_lateral: { jointMm: [-28, 51, 86] as M3, frontMm: [-6, 46, 88] as M3 },
} as const

/** Calcaneocuboid joint centre = cuboid origin (E; calcaneus length 80 mm, §6). */
export const CALCANEOCUBOID_MM: M3 = [-54, 47, 104]
/** Calcaneus extremes used by the generator and the tests (E): posterior-most and lowest bone points. */
export const CALCANEUS_POSTERIOR_MM: M3 = [-134, 40, 86]
export const CALCANEUS_LOWEST_MM: M3 = [-110, 20, 82]
/** Anterior-inferior calcaneus: the calcaneal-pitch line runs from the lowest point to here (23°). */
export const CALCANEUS_ANTERIOR_INFERIOR_MM: M3 = [
  -60,
  20 + 50 * Math.tan((CALCANEAL_PITCH_DEG * Math.PI) / 180),
  100,
]
export const CALCANEUS_LENGTH_MM = 80 // §6 recommended
export const TALUS_LENGTH_MM = 57 // §6 recommended

export interface Ray {
  readonly name: string
  /** Tarsometatarsal joint centre = metatarsal origin. */
  readonly baseMm: M3
  readonly declinationDeg: number
  readonly transverseDeg: number
  /** Base to head tip (§6 recommended: 63/76/71/69/70). */
  readonly lengthMm: number
  readonly headRadiusMm: number
  /** The base process behind the joint (MT5 tuberosity), included in lengthMm. */
  readonly baseBehindMm: number
  /** Phalanx lengths proximal -> distal: gait2392 §2.5 scaled by 30/42 so the hallux proximal phalanx is 30 mm (§6: 28-32, S30 R 28.0 ± 2.4). */
  readonly phalanxLengthsMm: readonly number[]
  readonly phalanxRadiusMm: number
}

const PH = 30 / 42
export const RAYS: readonly Ray[] = [
  {
    name: 'metatarsal_1',
    baseMm: [3, 44, 61],
    declinationDeg: MT1_DECLINATION_DEG,
    transverseDeg: -4,
    lengthMm: 63,
    headRadiusMm: 10,
    baseBehindMm: 0,
    phalanxLengthsMm: [42 * PH, 25.4 * PH],
    phalanxRadiusMm: 8,
  },
  {
    name: 'metatarsal_2',
    baseMm: [-8, 47, 76],
    declinationDeg: 23.4,
    transverseDeg: 5,
    lengthMm: 76,
    headRadiusMm: 8,
    baseBehindMm: 0,
    phalanxLengthsMm: [35.8 * PH, 17.9 * PH, 8.4 * PH],
    phalanxRadiusMm: 5,
  },
  {
    name: 'metatarsal_3',
    baseMm: [-6, 46, 88],
    declinationDeg: 24.7,
    transverseDeg: 6,
    lengthMm: 71,
    headRadiusMm: 7.5,
    baseBehindMm: 0,
    phalanxLengthsMm: [32.2 * PH, 14.5 * PH, 8.4 * PH],
    phalanxRadiusMm: 4.8,
  },
  {
    name: 'metatarsal_4',
    baseMm: [-14, 41, 100],
    declinationDeg: 20.8,
    transverseDeg: 10,
    lengthMm: 69,
    headRadiusMm: 7,
    baseBehindMm: 0,
    phalanxLengthsMm: [32.2 * PH, 11.8 * PH, 8.4 * PH],
    phalanxRadiusMm: 4.6,
  },
  {
    name: 'metatarsal_5',
    baseMm: [-20, 38, 110],
    declinationDeg: 20.2,
    transverseDeg: 10.4,
    lengthMm: 70,
    headRadiusMm: 7,
    baseBehindMm: 8,
    phalanxLengthsMm: [32.2 * PH, 9.6 * PH, 8.4 * PH],
    phalanxRadiusMm: 4.5,
  },
]

export const rayDir = (r: Ray): M3 => dirDeclTrans(r.declinationDeg, r.transverseDeg)
/** Metatarsal head centre = MTP joint centre. */
export const mtHeadMm = (r: Ray): M3 =>
  add(r.baseMm, scale(rayDir(r), r.lengthMm - r.baseBehindMm - r.headRadiusMm))
/** Head tip (most distal bone point along the ray). */
export const mtTipMm = (r: Ray): M3 => add(r.baseMm, scale(rayDir(r), r.lengthMm - r.baseBehindMm))

/** Toe directions: proximal phalanx 10° down (lesser) / 8° (hallux), lesser toes curl at the PIP (§2.5 M: ≈10° down, ≈10° lateral). */
const TOE_DECL = [
  [8, 2],
  [12, 28, 5],
  [12, 28, 5],
  [12, 28, 5],
  [12, 28, 5],
]
const TOE_TRANS = [8, 8, 10, 12, 14]

export interface PhalanxGeom {
  readonly name: string
  readonly jointMm: M3
  readonly startMm: M3
  readonly endMm: M3
  readonly radiusMm: number
  readonly lengthMm: number
}
const PH_NAMES = [
  ['phalanx_proximal_1', 'phalanx_distal_1'],
  ['phalanx_proximal_2', 'phalanx_middle_2', 'phalanx_distal_2'],
  ['phalanx_proximal_3', 'phalanx_middle_3', 'phalanx_distal_3'],
  ['phalanx_proximal_4', 'phalanx_middle_4', 'phalanx_distal_4'],
  ['phalanx_proximal_5', 'phalanx_middle_5', 'phalanx_distal_5'],
]

/** Phalanges of each ray: origin at the proximal joint centre; each starts 1 mm beyond the joint surface. */
export function phalanges(rayIndex: number): PhalanxGeom[] {
  const r = RAYS[rayIndex]!
  let joint: M3 = mtHeadMm(r)
  let prevRadius = r.headRadiusMm
  const out: PhalanxGeom[] = []
  r.phalanxLengthsMm.forEach((L, i) => {
    const d = dirDeclTrans(TOE_DECL[rayIndex]![i]!, TOE_TRANS[rayIndex]!)
    const radius = r.phalanxRadiusMm * Math.pow(0.82, i)
    const start = add(joint, scale(d, prevRadius * 0.8 + 0.8))
    const end = add(start, scale(d, L))
    out.push({
      name: PH_NAMES[rayIndex]![i]!,
      jointMm: joint,
      startMm: start,
      endMm: end,
      radiusMm: radius,
      lengthMm: L,
    })
    joint = add(end, scale(d, -radius * 0.75))
    prevRadius = radius * 0.75
  })
  return out
}
