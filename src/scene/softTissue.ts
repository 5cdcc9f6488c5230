// Soft tissue as data: one table of every structure drawn as a tube through points on the posed skeleton
// (the sciatic nerve and its branches, piriformis and the other muscles of the chain). SoftTissue.tsx draws
// the whole table; nothing here knows React. A point is either a landmark node of the model (the nerve's
// course) or a point fixed to a bone, given in the rest pose (the muscles: src/anatomy/muscles.ts, the same
// points the core measures, so the tube drawn and the length shown agree).
import { Matrix4, Quaternion, Vector3, type Object3D } from 'three'
import { MUSCLE_PATHS, type MuscleId, type MuscleBody } from '../anatomy/muscles'
import { FIBULAR_NERVE, SCIATIC_TRUNK, TIBIAL_NERVE, sided, type Side } from '../anatomy/names'
import { toThree, type Mm3 } from '../anatomy/frame'
import type { LayerId } from '../state/schema'
import type { Rig } from './posing'

export type TissuePoint = { node: string } | { bone: string; restMm: Mm3 }

export type TissueColour = { kind: 'muscle'; muscle: MuscleId } | { kind: 'nerve' }

export interface TissueSpec {
  /** Mesh name (already sided). */
  name: string
  side: Side
  layer: LayerId
  points: TissuePoint[]
  /** Radius in metres along the tube (u 0..1). */
  radius: (u: number) => number
  segments: number
  radialSegments: number
  colour: TissueColour
  /** Nerve trunk only: a glowing halo mesh of this name, shown as irritation rises. */
  halo?: string
}

const SIDED_BONES: ReadonlySet<MuscleBody> = new Set(['ilium', 'femur', 'tibia'])
const boneNode = (body: MuscleBody, side: Side): string => (SIDED_BONES.has(body) ? sided(body, side) : body)
const snake = (id: string): string => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

// Nerve radii (docs/domain.md#anatomy-43-sciatic-course-as-landmarks, from docs/sources.md#s34): 8.5 mm at
// the exit, 5.5 mm by the gluteal fold, about 5 mm to the fork, tibial nerve about 4 mm, common fibular
// about 2.5–3 mm.
const TRUNK_SHARE = (SCIATIC_TRUNK.length - 1) / (SCIATIC_TRUNK.length - 1 + TIBIAL_NERVE.length)
export const trunkRadius = (u: number): number => {
  const t = u / TRUNK_SHARE
  if (t <= 1) return (8.5 - Math.min(1, t * 1.6) * 3.5) / 1000
  return (5 - Math.min(1, (u - TRUNK_SHARE) / (1 - TRUNK_SHARE)) * 1) / 1000
}
/** A muscle: a belly of its radius tapering to 2 mm tendons (thin lines of action, not volumes). */
const spindle = (bellyMm: number) => (u: number) =>
  (2 + (bellyMm - 2) * Math.sin(Math.PI * Math.min(1, u * 1.15))) / 1000

function nerves(side: Side): TissueSpec[] {
  return [
    {
      name: sided('sciatic_nerve_trunk', side),
      side,
      layer: 'nerve',
      points: [...SCIATIC_TRUNK, ...TIBIAL_NERVE].map((n) => ({ node: sided(n, side) })),
      radius: trunkRadius,
      segments: 64,
      radialSegments: 10,
      colour: { kind: 'nerve' },
      halo: sided('sciatic_nerve_glow', side),
    },
    {
      name: sided('common_fibular_nerve', side),
      side,
      layer: 'nerve',
      points: [SCIATIC_TRUNK[SCIATIC_TRUNK.length - 1]!, ...FIBULAR_NERVE].map((n) => ({
        node: sided(n, side),
      })),
      radius: () => 0.0028,
      segments: 16,
      radialSegments: 8,
      colour: { kind: 'nerve' },
    },
  ]
}

function muscles(side: Side): TissueSpec[] {
  return MUSCLE_PATHS.map((p) => ({
    name: sided(snake(p.id), side),
    side,
    layer: 'muscle',
    points: p.points.map((q) => ({ bone: boneNode(q.body, side), restMm: q.mm })),
    radius: spindle(p.bellyRadiusMm),
    segments: Math.max(16, 8 * p.points.length),
    radialSegments: 10,
    colour: { kind: 'muscle', muscle: p.muscle },
  }))
}

/** Every structure drawn, both sides. */
export const SOFT_TISSUE: readonly TissueSpec[] = (['l', 'r'] as const).flatMap((s) => [
  ...nerves(s),
  ...muscles(s),
])

/** A point resolved on a rig: the node it rides on and its offset in that node's frame (metres). */
export interface BoundPoint {
  node: Object3D
  local: Vector3
}

const _q = new Quaternion()
/** Binds a structure's points to a rig's nodes; points whose node is missing are left out. */
export function bindTissue(rig: Rig, spec: TissueSpec): BoundPoint[] {
  const out: BoundPoint[] = []
  for (const p of spec.points) {
    if ('node' in p) {
      const node = rig.nodes.get(p.node)
      if (node) out.push({ node, local: new Vector3() })
      continue
    }
    const node = rig.nodes.get(p.bone)
    const rest = rig.rest.get(p.bone)
    if (!node || !rest) continue
    // Rest world point into the bone's rest frame.
    const w = new Vector3(...toThree(p.restMm, spec.side))
    const local = w.sub(rest.worldPosition).applyQuaternion(_q.copy(rest.worldQuaternion).invert())
    out.push({ node, local })
  }
  return out
}

const _m = new Matrix4()
/** World positions of bound points on the posed rig (into `out`, allocation-free). */
export function tissuePoints(bound: readonly BoundPoint[], out: Vector3[]): Vector3[] {
  for (let i = 0; i < bound.length; i++) {
    const b = bound[i]!
    _m.copy(b.node.matrixWorld)
    out[i]!.copy(b.local).applyMatrix4(_m)
  }
  return out
}

/** Length of the polyline through points (metres). */
export function polylineLength(points: readonly Vector3[]): number {
  let len = 0
  for (let i = 1; i < points.length; i++) len += points[i]!.distanceTo(points[i - 1]!)
  return len
}
