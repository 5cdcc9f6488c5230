// Turns the drawn pose (drawnPose.ts) into bone rotations on the loaded model, by node name. Pure three
// math on an Object3D tree: testable in Node without a renderer, allocation-free per call.
//
// Frames (public/models/README.md): metres, Y up, floor y = 0, the subject faces +Z, the subject's right
// is at −X; each bone's origin is the joint centre it turns about, with identity rotation at rest.
// Signs: internal rotation of the right leg turns its front toward +X (medial): +angle about +Y; the left
// mirrors. Right heel eversion tips the calcaneus' top medially (+X): −angle about +Z; the left mirrors.
// Anterior pelvic tilt moves the top of the pelvis forward: +angle about +X. Obliquity "right side lower":
// +angle about +Z (−X goes down). Lumbar extension tips the upper vertebra back: −angle about +X; more
// extension on one side closes that side: lateral flexion toward it.
import { Quaternion, Vector3, type Object3D } from 'three'
import { LUMBAR_LEVELS, sided, type Side } from '../anatomy/names'
import { LIMB, PELVIS_OBLIQUITY, PELVIS_TILT, SIDE_BASE, lumbarSlot } from './drawnPose'

const DEG = Math.PI / 180
const X = new Vector3(1, 0, 0)
const Y = new Vector3(0, 1, 0)
const Z = new Vector3(0, 0, 1)

/** The upper vertebra of each lumbar level is the bone that turns: L1-L2 → L1, …, L5-S1 → L5. */
export const LEVEL_BONE = LUMBAR_LEVELS.map((l) => l.split('-')[0]!)

/** Nodes the posing needs; a model without one of them cannot be posed. */
export const REQUIRED_NODES: readonly string[] = [
  'pelvis',
  'ilium_l',
  'ilium_r',
  ...LEVEL_BONE,
  ...(['l', 'r'] as const).flatMap((s) => ['femur', 'tibia', 'talus', 'calcaneus'].map((b) => sided(b, s))),
]

interface Rest {
  position: Vector3
  quaternion: Quaternion
  /** World rotation at rest (identity for this model, kept general). */
  worldQuaternion: Quaternion
  worldPosition: Vector3
}

export interface Rig {
  root: Object3D
  nodes: Map<string, Object3D>
  rest: Map<string, Rest>
  /** Optional: lowers or raises the arch by writing local rotations/positions of the arch bones. */
  arch?: ArchPoser
}

/** Poses one foot's arch for a drawn navicular height (mm); runs after the talus is placed. */
export type ArchPoser = (rig: Rig, side: Side, navicularHeightMm: number) => void

export function buildRig(root: Object3D): Rig {
  root.updateMatrixWorld(true)
  const nodes = new Map<string, Object3D>()
  const rest = new Map<string, Rest>()
  root.traverse((o) => {
    if (!o.name || nodes.has(o.name)) return
    nodes.set(o.name, o)
    rest.set(o.name, {
      position: o.position.clone(),
      quaternion: o.quaternion.clone(),
      worldQuaternion: o.getWorldQuaternion(new Quaternion()),
      worldPosition: o.getWorldPosition(new Vector3()),
    })
  })
  const missing = REQUIRED_NODES.filter((n) => !nodes.has(n))
  if (missing.length) throw new Error(`The skeleton model lacks the nodes ${missing.join(', ')}`)
  return { root, nodes, rest }
}

// Module-scope scratch: applyPose runs in the frame loop.
const _q = new Quaternion()
const _q2 = new Quaternion()
const _parent = new Quaternion()
const _v = new Vector3()
const _target = new Vector3()
const _errL = new Vector3()
const _errR = new Vector3()

function node(rig: Rig, name: string): Object3D {
  return rig.nodes.get(name)!
}

/** Local rotation = rest local rotation followed by `delta` about the bone's own (rest) axes. */
function setLocalDelta(rig: Rig, name: string, delta: Quaternion) {
  const o = node(rig, name)
  o.quaternion.copy(rig.rest.get(name)!.quaternion).multiply(delta)
}

/** Sets a bone's rotation so that its world rotation is `worldDelta` applied to its rest world rotation. */
function setWorldDelta(rig: Rig, name: string, worldDelta: Quaternion) {
  const o = node(rig, name)
  const parent = o.parent
  if (parent) {
    parent.updateWorldMatrix(true, false)
    parent.getWorldQuaternion(_parent).invert()
  } else _parent.identity()
  o.quaternion.copy(_parent).multiply(_q2.copy(worldDelta).multiply(rig.rest.get(name)!.worldQuaternion))
}

/** Moves a bone (in its parent's frame) so its origin lands on world point `p`. */
function placeAtWorld(o: Object3D, p: Vector3) {
  const parent = o.parent
  _v.copy(p)
  if (parent) {
    parent.updateWorldMatrix(true, false)
    parent.worldToLocal(_v)
  }
  o.position.copy(_v)
}

function resetToRest(rig: Rig) {
  for (const [name, r] of rig.rest) {
    const o = rig.nodes.get(name)!
    o.position.copy(r.position)
    o.quaternion.copy(r.quaternion)
  }
}

/**
 * Poses the model for a drawn vector. The feet stay planted: each talus (the ankle) is put back where the
 * foot's functional shortening puts it, after the pelvis has been shifted by the mean of the two ankles'
 * drift (so neither leg is stretched), and the heel keeps its contact point on the floor.
 */
export function applyPose(rig: Rig, d: Float32Array): void {
  resetToRest(rig)
  const tilt = d[PELVIS_TILT]! * DEG
  const obliquity = d[PELVIS_OBLIQUITY]! * DEG

  // Pelvis (the body's root): tilt, then obliquity, about the midpoint of the hip centres.
  _q.setFromAxisAngle(Z, obliquity).multiply(_q2.setFromAxisAngle(X, tilt))
  setWorldDelta(rig, 'pelvis', _q)

  // Each hemipelvis relative to the whole: the torsion share (ilium = tilt ± torsion / 2 in the core).
  for (const s of ['l', 'r'] as const) {
    const ilium = d[SIDE_BASE[s] + LIMB.iliumAnteriorDeg]! * DEG
    setLocalDelta(rig, sided('ilium', s), _q.setFromAxisAngle(X, ilium - tilt))
  }

  // Lumbar levels, lower to upper.
  for (let i = LUMBAR_LEVELS.length - 1; i >= 0; i--) {
    const extL = d[lumbarSlot(i, 'extL')]! * DEG
    const extR = d[lumbarSlot(i, 'extR')]! * DEG
    _q.setFromAxisAngle(X, -(extL + extR) / 2).multiply(_q2.setFromAxisAngle(Z, (extR - extL) / 2))
    setLocalDelta(rig, LEVEL_BONE[i]!, _q)
  }

  // Legs: world rotations, so the leg turns in about the vertical whatever the pelvis does.
  for (const s of ['l', 'r'] as const) {
    const b = SIDE_BASE[s]
    const medial = s === 'r' ? 1 : -1
    setWorldDelta(rig, sided('femur', s), _q.setFromAxisAngle(Y, medial * d[b + LIMB.femurInternalDeg]! * DEG))
    setWorldDelta(rig, sided('tibia', s), _q.setFromAxisAngle(Y, medial * d[b + LIMB.tibiaInternalDeg]! * DEG))
    // The foot is planted: it does not turn with the leg.
    setWorldDelta(rig, sided('talus', s), _q.identity())
  }

  // Planting: shift the body by the mean drift of the two ankles, then put each ankle exactly in place.
  rig.root.updateMatrixWorld(true)
  const ankleTarget = (s: Side, out: Vector3) =>
    out.copy(rig.rest.get(sided('talus', s))!.worldPosition).setY(
      rig.rest.get(sided('talus', s))!.worldPosition.y - d[SIDE_BASE[s] + LIMB.shorteningMm]! / 1000,
    )
  node(rig, sided('talus', 'l')).getWorldPosition(_errL).sub(ankleTarget('l', _target))
  node(rig, sided('talus', 'r')).getWorldPosition(_errR).sub(ankleTarget('r', _target))
  _errL.add(_errR).multiplyScalar(0.5)
  const pelvis = node(rig, 'pelvis')
  pelvis.getWorldPosition(_target).sub(_errL)
  placeAtWorld(pelvis, _target)

  for (const s of ['l', 'r'] as const) {
    const talus = node(rig, sided('talus', s))
    placeAtWorld(talus, ankleTarget(s, _target))
    // The talus sinks into the pronating foot; the heel's contact stays where it was on the floor.
    const calcaneus = node(rig, sided('calcaneus', s))
    placeAtWorld(calcaneus, rig.rest.get(sided('calcaneus', s))!.worldPosition)
    const medial = s === 'r' ? 1 : -1
    setWorldDelta(rig, sided('calcaneus', s), _q.setFromAxisAngle(Z, -medial * d[SIDE_BASE[s] + LIMB.eversionDeg]! * DEG))
    rig.arch?.(rig, s, d[SIDE_BASE[s] + LIMB.navicularHeightMm]!)
  }
  rig.root.updateMatrixWorld(true)
}
