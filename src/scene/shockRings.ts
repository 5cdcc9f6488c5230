// The footstrike pulse's rings (issue 14), as plain three objects so they can be tested in Node on the stand-in
// rig: one thin ring per level and side, turned to face the camera (a ring around the bone at that level reads
// from every view; one lying across the bone is seen edge-on from the front), named `shock_<level>_<l|r>` (the probe reads them), placed on this
// frame's pose and as bright as the pulse there (shockAt, src/kinematics/shockPulse.ts). ShockPulse.tsx mounts
// them and calls placeShockRings after each posing. Allocation-free per frame (module-scope scratch).
import { DoubleSide, Group, Mesh, MeshBasicMaterial, Quaternion, RingGeometry, Vector3 } from 'three'
import type { Object3D } from 'three'
import { facetNode, sided, type Side } from '../anatomy/names'
import { SHOCK_LEVELS, shockSlot, type ShockLevel } from '../kinematics/shockPulse'
import type { Rig } from './posing'

/** A warm orange that reads on bone and on the light stage; the ring's opacity carries the strength. */
export const SHOCK_GLOW = '#ea580c'
/** Ring radius per level (m): around the heel, the shin, the thigh, the hemipelvis, the facet joint. */
const RADIUS_M: Record<ShockLevel, number> = {
  foot: 0.04,
  tibia: 0.035,
  femur: 0.045,
  pelvis: 0.06,
  lumbar: 0.025,
}
/** The ring's line width (m). */
const LINE_M = 0.005
/** Below this the ring is hidden (nothing to see; keeps the probe's answer clear). */
const SHOWN_FROM = 0.005

/** Where each level's ring sits: halfway along a bone (from → to) or at one node. */
interface Anchor {
  from: string
  to?: string
}
const anchorOf = (level: ShockLevel, s: Side): Anchor => {
  switch (level) {
    case 'foot':
      return { from: sided('calcaneus', s) }
    case 'tibia':
      return { from: sided('talus', s), to: sided('tibia', s) }
    case 'femur':
      return { from: sided('tibia', s), to: sided('femur', s) }
    case 'pelvis':
      return { from: sided('ilium', s) }
    case 'lumbar':
      return { from: facetNode('L5-S1', s) }
  }
}

interface Ring {
  mesh: Mesh
  material: MeshBasicMaterial
  /** Index into shockAt's output. */
  slot: number
  from: Object3D
  to?: Object3D
}

export interface ShockRings {
  group: Group
  rings: Ring[]
  dispose(): void
}

export const shockRingName = (level: ShockLevel, s: Side): string => `shock_${level}_${s}`

/** Builds the rings for a rig (levels whose nodes the model lacks are left out), all hidden. */
export function buildShockRings(rig: Rig): ShockRings {
  const group = new Group()
  group.name = 'shock_pulse'
  const geometries: RingGeometry[] = []
  const rings: Ring[] = []
  SHOCK_LEVELS.forEach((level, k) => {
    const geometry = new RingGeometry(RADIUS_M[level] - LINE_M / 2, RADIUS_M[level] + LINE_M / 2, 48)
    geometries.push(geometry)
    for (const s of ['l', 'r'] as const) {
      const anchor = anchorOf(level, s)
      const from = rig.nodes.get(anchor.from)
      const to = anchor.to ? rig.nodes.get(anchor.to) : undefined
      if (!from) continue
      const material = new MeshBasicMaterial({
        color: SHOCK_GLOW,
        transparent: true,
        opacity: 0,
        depthWrite: false,
        // Drawn over the bones: the pelvis's and the facet's rings sit behind bone from the front, and an
        // outline hides nothing.
        depthTest: false,
        side: DoubleSide,
        toneMapped: false,
      })
      const mesh = new Mesh(geometry, material)
      mesh.name = shockRingName(level, s)
      mesh.visible = false
      mesh.renderOrder = 10
      rings.push({ mesh, material, slot: shockSlot(s === 'r' ? 'right' : 'left', k), from, to })
      group.add(mesh)
    }
  })
  return {
    group,
    rings,
    dispose() {
      for (const g of geometries) g.dispose()
      for (const r of rings) r.material.dispose()
    },
  }
}

const _a = new Vector3()
const _b = new Vector3()
const _q = new Quaternion()

/**
 * Puts each lit ring on its level of the current pose, facing the camera (`facing`: the camera's world
 * quaternion), as bright as the pulse there (`brightness` from shockAt), and hides the rest. Opacity
 * √brightness: the order of strengths is kept while the faint top of the chain stays visible; a stronger pulse
 * also makes a slightly wider ring.
 */
export function placeShockRings(
  { group, rings }: ShockRings,
  brightness: Float32Array,
  facing: Quaternion,
): void {
  group.updateWorldMatrix(true, false)
  // The ring's world rotation is the camera's: local = parent⁻¹ · camera.
  group.getWorldQuaternion(_q).invert().multiply(facing)
  for (const r of rings) {
    const v = brightness[r.slot]!
    r.mesh.visible = v > SHOWN_FROM
    if (!r.mesh.visible) continue
    r.material.opacity = Math.min(1, Math.sqrt(v))
    r.from.getWorldPosition(_a)
    if (r.to) _a.add(r.to.getWorldPosition(_b)).multiplyScalar(0.5)
    group.worldToLocal(r.mesh.position.copy(_a))
    r.mesh.quaternion.copy(_q)
    r.mesh.scale.setScalar(0.8 + 0.4 * v)
  }
}
