// The node table of public/models/skeleton.glb: every bone with its parent, the joint centre it rotates about
// (its origin) and its material, and every landmark empty with its parent bone. The generator writes exactly
// this and the tests read the GLB back against it. Positions are model mm (frame.ts), right side or axial.
import { add, toThree, sub, type M3, type Mm3 } from './frame'
import {
  CALCANEOCUBOID_MM,
  CUNEIFORM,
  RAYS,
  SUBTALAR_MM,
  TALONAVICULAR_MM,
  NAVICULAR_TUBEROSITY_MM,
  phalanges,
  ANKLE_MM,
} from './foot'
import { LEG, PELVIS, PIRIFORMIS_POINTS, SCIATIC_POINTS } from './landmarks'
import { facetCentreMm, vertebraGeom } from './spine'
import { LUMBAR_LEVELS, NAVICULAR_TUBEROSITY, discNode, sided, type LumbarLevel, type Side } from './names'

export type MaterialName = 'bone' | 'disc' | 'context'

export interface NodeSpec {
  /** Base name; sided nodes get `_l` / `_r`. */
  readonly name: string
  readonly parent: string | null
  readonly originMm: Mm3
  readonly sided: boolean
  /** Mesh material, or null for an empty (landmark or pelvis root). */
  readonly material: MaterialName | null
  readonly src: string
}

const hip = PELVIS.hip.value
const si = PELVIS.sacroiliac.value
const bone = (
  name: string,
  parent: string | null,
  originMm: Mm3,
  src: string,
  material: MaterialName = 'bone',
  isSided = true,
): NodeSpec => ({
  name,
  parent,
  originMm,
  sided: isSided,
  material,
  src,
})
const axial = (
  name: string,
  parent: string | null,
  originMm: Mm3,
  src: string,
  material: MaterialName | null = 'bone',
): NodeSpec => ({
  name,
  parent,
  originMm,
  sided: false,
  material,
  src,
})

const LUMBAR_UP = ['L5', 'L4', 'L3', 'L2', 'L1'] as const
const levelBelow = (v: string): LumbarLevel =>
  (({ L5: 'L5-S1', L4: 'L4-L5', L3: 'L3-L4', L2: 'L2-L3', L1: 'L1-L2' }) as Record<string, LumbarLevel>)[v]!

export const BONES: readonly NodeSpec[] = [
  axial('pelvis', null, [hip[0], hip[1], 0], 'midway between the hip centres (S1 R -> D)', null),
  axial('sacrum', 'pelvis', [si[0], si[1], 0], 'midway between the SI joint centres (S4 M §3)'),
  bone('ilium', 'pelvis', si, 'SI joint centre (S4 M §3 Sacroiliac)'),
  bone('femur', 'pelvis', hip, 'hip centre (S1 R §2.1)'),
  ...LUMBAR_UP.flatMap((v, i) => {
    const g = vertebraGeom(v)
    const parent = i === 0 ? 'sacrum' : LUMBAR_UP[i - 1]!
    return [
      axial(
        discNode(levelBelow(v)),
        parent,
        g.jointCentreMm,
        `disc centre, spine.ts (S6 R + S20 R + §5.4 D)`,
        'disc',
      ),
      axial(v, parent, g.jointCentreMm, `centre of the disc below (S6 R L5-S1 + S7/S20 R sizes + §5.4 D)`),
    ]
  }),
  axial('T12', 'L1', vertebraGeom('T12').jointCentreMm, 'T12/L1 disc centre (spine.ts, C sizes)', 'context'),
  axial(
    'T11',
    'T12',
    vertebraGeom('T11').jointCentreMm,
    'T11/T12 disc centre (spine.ts, C sizes)',
    'context',
  ),
  axial(
    'ribs_lower',
    'T12',
    vertebraGeom('T12').jointCentreMm,
    'moves with T12 (§2.6 iv M shapes)',
    'context',
  ),
  bone(
    'patella',
    'femur',
    [-30, LEG.knee.value[1] - 9.2, 83.5],
    'apex: Rajagopal patella frame at 0° (S3 R) on the gait2392 knee (D/E)',
  ),
  bone('tibia', 'femur', LEG.knee.value, 'knee centre (S1 R §2.1)'),
  bone(
    'fibula',
    'tibia',
    add(LEG.fibularHeadTop.value, [2, -10, -6]),
    'proximal tibiofibular joint, 10 mm below the head top (S4 M -> E)',
  ),
  bone('talus', 'tibia', ANKLE_MM, 'ankle centre (S1 R §2.1)'),
  bone('calcaneus', 'talus', SUBTALAR_MM, 'subtalar joint on the OpenSim axis (S1 R -> D)'),
  bone('navicular', 'talus', TALONAVICULAR_MM, 'talonavicular joint = talar head centre (§6 E)'),
  ...Object.entries(CUNEIFORM).map(([n, c]) =>
    bone(n, 'navicular', c.jointMm, 'naviculocuneiform facet (§6 E)'),
  ),
  bone('cuboid', 'calcaneus', CALCANEOCUBOID_MM, 'calcaneocuboid joint (§6 E)'),
  ...RAYS.map((r, i) =>
    bone(
      r.name,
      i === 0
        ? 'cuneiform_medial'
        : i === 1
          ? 'cuneiform_intermediate'
          : i === 2
            ? 'cuneiform_lateral'
            : 'cuboid',
      r.baseMm,
      'tarsometatarsal joint (§6 E)',
    ),
  ),
  ...RAYS.flatMap((r, i) =>
    phalanges(i).map((p, j, all) =>
      bone(
        p.name,
        j === 0 ? r.name : all[j - 1]!.name,
        p.jointMm,
        j === 0 ? 'MTP joint = metatarsal head centre (§6 E)' : 'interphalangeal joint (§2.5 M scaled)',
      ),
    ),
  ),
]

const mark = (name: string, parent: string, p: Mm3, src: string, isSided = true): NodeSpec => ({
  name,
  parent,
  originMm: p,
  sided: isSided,
  material: null,
  src,
})

export const LANDMARKS: readonly NodeSpec[] = [
  mark('piriformis_origin', 'sacrum', PIRIFORMIS_POINTS.origin.value, PIRIFORMIS_POINTS.origin.src),
  mark('piriformis_via', 'ilium', PIRIFORMIS_POINTS.via.value, PIRIFORMIS_POINTS.via.src),
  mark('piriformis_insertion', 'femur', PIRIFORMIS_POINTS.insertion.value, PIRIFORMIS_POINTS.insertion.src),
  mark('acetabulum', 'ilium', PELVIS.hip.value, 'hip joint centre, socket side (§2.1)'),
  mark('femoral_head', 'femur', PELVIS.hip.value, 'hip joint centre, head side (§2.1)'),
  ...SCIATIC_POINTS.sciatic.map((p, i) => mark(`sciatic_${i}`, i <= 3 ? 'ilium' : 'femur', p.value, p.src)),
  ...SCIATIC_POINTS.tibial.map((p, i) =>
    mark(`tibial_nerve_${i + 1}`, i === 0 ? 'femur' : 'tibia', p.value, p.src),
  ),
  ...SCIATIC_POINTS.fibular.map((p, i) =>
    mark(`fibular_nerve_${i + 1}`, i === 0 ? 'femur' : 'tibia', p.value, p.src),
  ),
  mark(
    NAVICULAR_TUBEROSITY,
    'navicular',
    NAVICULAR_TUBEROSITY_MM,
    'medial-plantar navicular, 45 mm above the floor (§6 recommended, S27 R)',
  ),
  ...LUMBAR_LEVELS.map((l) =>
    mark(
      `facet_${l.replace('-', '_')}`,
      l === 'L5-S1' ? 'sacrum' : l.split('-')[1]!,
      facetCentreMm(l),
      'spine.ts FACET_OFFSET_MM (E from S7 R)',
    ),
  ),
]

/** Concrete node name for a spec and side. */
export const nodeName = (spec: NodeSpec, side: Side): string =>
  spec.sided ? sided(spec.name, side) : spec.name
/** Parent node name: a sided child of an axial parent keeps the parent's bare name. */
export const parentName = (spec: NodeSpec, side: Side): string | null => {
  if (spec.parent === null) return null
  const parent = [...BONES].find((b) => b.name === spec.parent)
  if (!parent) throw new Error(`unknown parent ${spec.parent}`)
  return parent.sided ? sided(spec.parent, side) : spec.parent
}

export interface ConcreteNode {
  readonly name: string
  readonly parent: string | null
  /** Default-pose world position in three.js metres. */
  readonly worldM: M3
  /** Position relative to the parent's origin, three.js metres (the node's glTF translation). */
  readonly localM: M3
  readonly spec: NodeSpec
  readonly side: Side
}

/** Every node of the model with its concrete name, parent, world and local positions (rest pose). */
export function allNodes(): ConcreteNode[] {
  const out: ConcreteNode[] = []
  const worldOf = new Map<string, M3>()
  const emit = (spec: NodeSpec, side: Side) => {
    const name = nodeName(spec, side)
    if (worldOf.has(name)) return
    const worldM = toThree(spec.originMm, side)
    const parent = parentName(spec, side)
    const pw = parent ? worldOf.get(parent) : ([0, 0, 0] as M3)
    if (!pw) throw new Error(`parent ${parent} of ${name} not emitted first`)
    worldOf.set(name, worldM)
    out.push({ name, parent, worldM, localM: sub(worldM, pw), spec, side })
  }
  for (const side of ['r', 'l'] as const) for (const b of BONES) emit(b, side)
  for (const side of ['r', 'l'] as const) for (const m of LANDMARKS) emit(m, side)
  return out
}
