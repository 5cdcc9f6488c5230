// Names of every node in public/models/skeleton.glb (docs/architecture.md#the-model-file).
// The generator (scripts/) writes exactly these; the scene (src/scene/) looks nodes up by these names, never
// by index. A clinic's higher-fidelity model must use the same names (public/models/README.md).

/** Lumbar motion segments, L1-L2 first (the core's contract uses these). */
export type LumbarLevel = 'L1-L2' | 'L2-L3' | 'L3-L4' | 'L4-L5' | 'L5-S1'
export const LUMBAR_LEVELS: readonly LumbarLevel[] = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']

export type Side = 'l' | 'r'
export const SIDES: readonly Side[] = ['l', 'r']
export const sided = (name: string, side: Side): string => `${name}_${side}`

export const VERTEBRAE = ['L1', 'L2', 'L3', 'L4', 'L5'] as const
export type Vertebra = (typeof VERTEBRAE)[number]
/** Faint lower-thoracic context above L1. */
export const THORACIC_CONTEXT = ['T12', 'T11'] as const

/** Node name of the disc at a lumbar level: `disc_L4_L5`. */
export const discNode = (level: LumbarLevel): string => `disc_${level.replace('-', '_')}`
/** Landmark at the centre of a facet joint: `facet_L4_L5_r`. */
export const facetNode = (level: LumbarLevel, side: Side): string =>
  `facet_${level.replace('-', '_')}_${side}`

/** Bones of one lower limb, proximal to distal; each gets `_l` / `_r`. */
export const LIMB_BONES = [
  'femur',
  'patella',
  'tibia',
  'fibula',
  'talus',
  'calcaneus',
  'navicular',
  'cuboid',
  'cuneiform_medial',
  'cuneiform_intermediate',
  'cuneiform_lateral',
  'metatarsal_1',
  'metatarsal_2',
  'metatarsal_3',
  'metatarsal_4',
  'metatarsal_5',
  'phalanx_proximal_1',
  'phalanx_distal_1',
  'phalanx_proximal_2',
  'phalanx_middle_2',
  'phalanx_distal_2',
  'phalanx_proximal_3',
  'phalanx_middle_3',
  'phalanx_distal_3',
  'phalanx_proximal_4',
  'phalanx_middle_4',
  'phalanx_distal_4',
  'phalanx_proximal_5',
  'phalanx_middle_5',
  'phalanx_distal_5',
] as const
export type LimbBone = (typeof LIMB_BONES)[number]

/** The arch: bones the app rotates to lower or raise the medial longitudinal arch. */
export const ARCH_BONES = [
  'talus',
  'navicular',
  'cuneiform_medial',
  'cuneiform_intermediate',
  'cuneiform_lateral',
  'metatarsal_1',
  'metatarsal_2',
  'metatarsal_3',
] as const

/**
 * Axial and pelvic nodes. `pelvis` is the root of the body (origin midway between the hip centres); the
 * hemipelves `ilium_l`/`ilium_r` (ilium, ischium and pubis of that side) rotate about their sacroiliac
 * joint; `sacrum` carries the coccyx; `ribs_lower` is the faint rib cage (context).
 */
export const AXIAL_BONES = [
  'pelvis',
  'sacrum',
  'ilium_l',
  'ilium_r',
  ...VERTEBRAE,
  ...THORACIC_CONTEXT,
  'ribs_lower',
] as const

/**
 * Sciatic nerve course, proximal to distal (SN0..SN6 of docs/domain.md#anatomy-43-sciatic-course-as-landmarks),
 * then its two branches.
 */
export const SCIATIC_TRUNK = [0, 1, 2, 3, 4, 5, 6].map((i) => `sciatic_${i}`)
export const TIBIAL_NERVE = [1, 2, 3, 4].map((i) => `tibial_nerve_${i}`)
export const FIBULAR_NERVE = [1, 2].map((i) => `fibular_nerve_${i}`)
/**
 * Piriformis path (docs/domain.md#anatomy-41-piriformis-path-points): P1 origin on the sacrum, P2 at the greater
 * sciatic notch, P3 on the femur.
 */
export const PIRIFORMIS = ['piriformis_origin', 'piriformis_via', 'piriformis_insertion'] as const
/**
 * The hip joint's two centres (issue 15): `acetabulum` (the socket centre, under `ilium_x`) and
 * `femoral_head` (under `femur_x`); they coincide at rest and stay within 1 mm of each other when posed.
 */
export const HIP_CENTRES = ['acetabulum', 'femoral_head'] as const

export const ALL_BONE_NODES: readonly string[] = [
  ...AXIAL_BONES,
  ...LIMB_BONES.flatMap((b) => SIDES.map((s) => sided(b, s))),
]
export const ALL_LANDMARK_NODES: readonly string[] = SIDES.flatMap((s) => [
  ...PIRIFORMIS.map((n) => sided(n, s)),
  ...HIP_CENTRES.map((n) => sided(n, s)),
  ...SCIATIC_TRUNK.map((n) => sided(n, s)),
  ...TIBIAL_NERVE.map((n) => sided(n, s)),
  ...FIBULAR_NERVE.map((n) => sided(n, s)),
])

/** Navicular tuberosity landmark (under `navicular_x`): the app and tests measure navicular height on it. */
export const NAVICULAR_TUBEROSITY = 'navicular_tuberosity'
/** Disc nodes, L1-L2 first. */
export const DISC_NODES: readonly string[] = LUMBAR_LEVELS.map(discNode)
/** Facet-joint landmark nodes, every level and side. */
export const FACET_NODES: readonly string[] = LUMBAR_LEVELS.flatMap((l) => SIDES.map((s) => facetNode(l, s)))
/** Every node the model file must contain (bones, discs, landmarks). */
export const ALL_NODES: readonly string[] = [
  ...ALL_BONE_NODES,
  ...DISC_NODES,
  ...ALL_LANDMARK_NODES,
  ...FACET_NODES,
  ...SIDES.map((s) => sided(NAVICULAR_TUBEROSITY, s)),
]
