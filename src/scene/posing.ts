// Turns the drawn pose (drawnPose.ts) into bone rotations on the loaded model, by node name. Pure three
// math on an Object3D tree: testable in Node without a renderer, allocation-free per call.
//
// Frames (public/models/README.md): metres, Y up, floor y = 0, the subject faces +Z, the subject's right
// is at −X; each bone's origin is the joint centre it turns about, with identity rotation at rest.
// The feet stay planted (public/models/README.md, "Lowering or raising the arch"): the arch recipe
// (src/anatomy/arch.ts) moves the talus and the medial column so the navicular tuberosity reaches the drawn
// height with the heel and the metatarsal heads where they were; the talus turns with the tibia, the calcaneus
// everts relative to it about the subtalar axis (src/anatomy/foot.ts SUBTALAR_AXIS), and the two are carried so
// the heel stays on its floor contact (subtalarJoint); the lateral column (cuboid, metatarsals 4–5) stays where
// it stood. The ankle (talus origin) then sits lower by the drawn functional shortening less the rise that
// gives, the knee takes the rest, and the legs and pelvis follow.
// Signs: internal rotation of the right leg turns its front toward +X (medial): +angle about +Y; the left
// mirrors. Right heel eversion tips the calcaneus' top medially (+X): −angle about +Z; the left mirrors.
// Anterior pelvic tilt moves the top of the pelvis forward: +angle about +X. Obliquity "right side lower":
// +angle about +Z (−X goes down). Lumbar extension tips the upper vertebra back: −angle about +X; more
// extension on one side closes that side: lateral flexion toward it. A side-bend toward the right is
// +angle about +Z.
import { Mesh, Quaternion, Vector3, type Object3D } from 'three'
import { archPose, type LocalTransform } from '../anatomy/arch'
import { SUBTALAR_AXIS, SUBTALAR_AXIS_POINT_MM, SUBTALAR_MM, TALAR_NECK_DIR } from '../anatomy/foot'
import { toThree } from '../anatomy/frame'
import { LUMBAR_LEVELS, sided, type Side } from '../anatomy/names'
import { LIMB, PELVIS_OBLIQUITY, PELVIS_TILT, SIDE_BASE, drawnObliquityDeg, lumbarSlot } from './drawnPose'
import { lumbarSideBendDeg, trunkCounterBendDeg } from '../kinematics'

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

/** What planting one foot needs, found once on the rest model. */
interface FootRig {
  /** Vertices of the calcaneus near its sole, in the calcaneus' local frame (candidates for its lowest point). */
  heelSole: Vector3[]
  /**
   * Rest world position of the heel's rolling contact (heelContact over heelSole, ROLLING_BAND_M): the height of
   * the calcaneus' lowest point, across and along the floor the blend of its lowest vertices.
   */
  heelRest: Vector3
  /** Vertices of the calcaneus' lower part (local frame): whichever is lowest when a shoe's heel tips it. */
  heelBack: Vector3[]
}

export interface Rig {
  root: Object3D
  nodes: Map<string, Object3D>
  rest: Map<string, Rest>
  /** Per side, where the model has the foot bones the arch recipe needs (the GLB does; stand-ins may not). */
  feet: Partial<Record<Side, FootRig>>
  /** Optional: lowers or raises the arch by writing local rotations/positions of the arch bones. */
  arch?: ArchPoser
  /** Per side: the hip socket and the hemipelvis' pivot, found once on the rest model (hipRig). */
  hips: Record<Side, HipRig>
}

/**
 * The hip joint held together (issue 15). The femur hangs from the pelvis root (public/models/README.md), so
 * when a hemipelvis turns on its own (pelvic torsion) the femur's origin is put where that hemipelvis now
 * carries the socket centre. Each hemipelvis turns about a transverse axis through the pubic symphysis (the
 * two pubes stay face to face; the glide is taken at the sacroiliac joint, where it happens).
 */
interface HipRig {
  /** The socket centre (the femur's rest origin) in the hemipelvis' frame. */
  socket: Vector3
  /** The symphyseal face's centre in the pelvis root's frame; the hemipelvis' origin when it has no mesh. */
  pivot: Vector3
}

/** Symphyseal face: the hemipelvis' vertices within this distance of its medial-most point. */
const SYMPHYSIS_BAND_M = 0.002

function hipRig(nodes: Map<string, Object3D>, s: Side): HipRig {
  const ilium = nodes.get(sided('ilium', s))!
  const femur = nodes.get(sided('femur', s))!
  const parent = ilium.parent ?? ilium
  const socket = ilium.worldToLocal(femur.getWorldPosition(new Vector3()))
  const pivot = ilium.position.clone()
  const pos = ilium instanceof Mesh ? ilium.geometry.getAttribute('position') : undefined
  if (pos && pos.count > 100) {
    // The symphysis is the hemipelvis' medial-most part (the midline is x = 0 at rest).
    const world: Vector3[] = []
    let inner = Infinity
    for (let i = 0; i < pos.count; i++) {
      const w = ilium.localToWorld(new Vector3().fromBufferAttribute(pos, i))
      world.push(w)
      inner = Math.min(inner, Math.abs(w.x))
    }
    const sum = new Vector3()
    let n = 0
    for (const w of world)
      if (Math.abs(w.x) <= inner + SYMPHYSIS_BAND_M) {
        sum.add(w)
        n++
      }
    pivot.copy(parent.worldToLocal(sum.divideScalar(n)))
  }
  return { socket, pivot }
}

/** Poses one foot's arch for a drawn navicular height (mm); runs after the talus is placed. */
export type ArchPoser = (rig: Rig, side: Side, navicularHeightMm: number) => void

const ARCH_NODES = [
  'talus',
  'calcaneus',
  'navicular',
  'cuboid',
  'metatarsal_1',
  'metatarsal_2',
  'metatarsal_3',
  'phalanx_proximal_1',
  'phalanx_proximal_2',
  'phalanx_proximal_3',
]
const TOES = {
  l: [1, 2, 3].map((n) => `phalanx_proximal_${n}_l`),
  r: [1, 2, 3].map((n) => `phalanx_proximal_${n}_r`),
}
/**
 * The subtalar axis in each foot's three.js frame (public/models/README.md: the subject's right at −X), a unit
 * vector from posterior-lateral-plantar to anterior-medial-dorsal (src/anatomy/foot.ts SUBTALAR_AXIS).
 */
export const SUBTALAR_AXIS_THREE: Record<Side, Vector3> = {
  r: new Vector3(...toThree(SUBTALAR_AXIS, 'r')).normalize(),
  l: new Vector3(...toThree(SUBTALAR_AXIS, 'l')).normalize(),
}
/** The talar neck's axis (talar head forward, src/anatomy/foot.ts TALAR_NECK_DIR), per side, three.js frame. */
const TALAR_AXIS_THREE: Record<Side, Vector3> = {
  r: new Vector3(...toThree(TALAR_NECK_DIR, 'r')).normalize(),
  l: new Vector3(...toThree(TALAR_NECK_DIR, 'l')).normalize(),
}
/**
 * A point of the subtalar axis in the calcaneus' own frame (m, per side): the axis does not pass through the
 * calcaneus' origin (the subtalar centre, public/models/README.md) but below the posterior facet.
 */
const SUBTALAR_PIVOT: Record<Side, Vector3> = {
  r: new Vector3(...toThree(SUBTALAR_AXIS_POINT_MM, 'r')).sub(new Vector3(...toThree(SUBTALAR_MM, 'r'))),
  l: new Vector3(...toThree(SUBTALAR_AXIS_POINT_MM, 'l')).sub(new Vector3(...toThree(SUBTALAR_MM, 'l'))),
}
/**
 * The turn about the subtalar axis (rad, right-handed about SUBTALAR_AXIS_THREE[s]) that tips the heel by the
 * drawn eversion: its component about the foot's long axis is the eversion. Right eversion tips the top
 * medially (+X): −angle about +Z; the left mirrors (its axis mirrored, so the angle's sign flips).
 */
export const subtalarAngleRad = (s: Side, eversionDeg: number): number =>
  ((s === 'r' ? -1 : 1) * eversionDeg * DEG) / SUBTALAR_AXIS_THREE[s].z
/** Sole candidates: calcaneus vertices within this height of its lowest point at rest. */
const SOLE_BAND_M = 0.012
/** Candidates for the heel's lowest point on a shoe's heel (the foot turned down by up to ~40°). */
const HEEL_BAND_M = 0.035

function footRig(nodes: Map<string, Object3D>, side: Side): FootRig | undefined {
  if (!ARCH_NODES.every((n) => nodes.has(sided(n, side)))) return undefined
  const calcaneus = nodes.get(sided('calcaneus', side))!
  const mesh = calcaneus instanceof Mesh ? calcaneus : undefined
  const pos = mesh?.geometry.getAttribute('position')
  const heelSole: Vector3[] = []
  const heelBack: Vector3[] = []
  const heelRest = new Vector3()
  if (pos) {
    const v = new Vector3()
    let minY = Infinity
    const world: Vector3[] = []
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i)
      const w = calcaneus.localToWorld(v.clone())
      world.push(w)
      minY = Math.min(minY, w.y)
    }
    for (let i = 0; i < pos.count; i++) {
      if (world[i]!.y <= minY + HEEL_BAND_M) heelBack.push(new Vector3().fromBufferAttribute(pos, i))
      if (world[i]!.y <= minY + SOLE_BAND_M) heelSole.push(new Vector3().fromBufferAttribute(pos, i))
    }
  }
  if (heelSole.length)
    heelContact(
      heelSole,
      calcaneus.getWorldQuaternion(new Quaternion()),
      calcaneus.getWorldPosition(new Vector3()),
      heelRest,
      ROLLING_BAND_M,
    )
  else heelRest.copy(calcaneus.getWorldPosition(new Vector3()))
  return { heelSole, heelRest, heelBack }
}

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
  const feet: Rig['feet'] = {}
  for (const s of ['l', 'r'] as const) {
    const f = footRig(nodes, s)
    if (f) feet[s] = f
  }
  return { root, nodes, rest, feet, hips: { l: hipRig(nodes, 'l'), r: hipRig(nodes, 'r') } }
}

// Module-scope scratch: applyPose runs in the frame loop.
const _q = new Quaternion()
const _q2 = new Quaternion()
const _parent = new Quaternion()
const _v = new Vector3()
const _w = new Vector3()
const _target = new Vector3()
const _errL = new Vector3()
const _errR = new Vector3()
const _ankle = { l: new Vector3(), r: new Vector3() }
const _bend = [0, 0, 0, 0, 0]
const _extL = [0, 0, 0, 0, 0]
const _extR = [0, 0, 0, 0, 0]

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

// The recipe solves by bisection; the drawn height eases through many values, so keep each one solved.
const archCache = new Map<string, Record<string, LocalTransform>>()
function archFor(side: Side, navicularHeightMm: number): Record<string, LocalTransform> {
  const key = `${side}${navicularHeightMm.toFixed(1)}`
  let pose = archCache.get(key)
  if (!pose) {
    if (archCache.size > 2000) archCache.clear()
    pose = archPose(side, Math.round(navicularHeightMm * 10) / 10)
    archCache.set(key, pose)
  }
  return pose
}

/**
 * Plants one foot (after the arch recipe): the heel everted about the subtalar axis on its own floor contact,
 * the talus turned with the tibia on top of it, the lateral column where it stood.
 * Writes the ankle's world target into `ankle`.
 */
function plantFoot(rig: Rig, s: Side, d: Float32Array, ankle: Vector3): number {
  const b = SIDE_BASE[s]
  const medial = s === 'r' ? 1 : -1
  const talus = node(rig, sided('talus', s))
  const foot = rig.feet[s]
  const shorteningM = d[b + LIMB.shorteningMm]! / 1000
  const restAnkle = rig.rest.get(sided('talus', s))!.worldPosition
  if (!foot) {
    // Stand-in rigs: the ankle lowered by the shortening, the foot not turning with the leg.
    ankle.copy(restAnkle).setY(restAnkle.y - shorteningM)
    setWorldDelta(rig, sided('talus', s), _q.identity())
    placeAtWorld(talus, ankle)
    const calcaneus = node(rig, sided('calcaneus', s))
    placeAtWorld(calcaneus, rig.rest.get(sided('calcaneus', s))!.worldPosition)
    setWorldDelta(
      rig,
      sided('calcaneus', s),
      _q.setFromAxisAngle(Z, -medial * d[b + LIMB.eversionDeg]! * DEG),
    )
    rig.arch?.(rig, s, d[b + LIMB.navicularHeightMm]!)
    return 0
  }
  // 1. The arch recipe, relative to the rest tibia (a world-aligned frame: rest rotations are identity).
  const arch = archFor(s, d[b + LIMB.navicularHeightMm]!)
  const tibiaRest = rig.rest.get(sided('tibia', s))!.worldPosition
  for (const [name, t] of Object.entries(arch)) {
    const o = rig.nodes.get(name)
    if (!o || name.startsWith('talus') || name.startsWith('calcaneus')) continue
    o.quaternion.set(...t.rotation)
    o.position.set(...t.translation)
  }
  // 2. The talus and the calcaneus at the subtalar joint (subtalarJoint): the talus in the recipe's world pose
  //    turned with the tibia about the vertical (in the mortise it follows the tibia, issue 15), the calcaneus
  //    turned relative to it about the subtalar axis, both carried so the heel stands where it stood. Whatever
  //    of the drawn shortening that leaves over is taken by the pelvis and knee (archShortfallM, applyPose), not by
  //    sinking the talus into the calcaneus. The navicular, and the medial column with it, keeps the recipe's
  //    world pose (the talar head turns in its socket).
  const t = arch[sided('talus', s)]!
  ankle.set(...t.translation).add(tibiaRest)
  setWorldDelta(rig, sided('talus', s), _q.set(...t.rotation))
  placeAtWorld(talus, ankle)
  const navicular = node(rig, sided('navicular', s))
  navicular.updateWorldMatrix(true, false)
  navicular.getWorldPosition(_navP)
  navicular.getWorldQuaternion(_navQ)
  subtalarJoint(rig, s, d, arch, ankle, _talusQ, _calcQ, _calcP, _shift)
  ankle.add(_shift)
  _acrossM[s].set(_shift.x, 0, _shift.z)
  const parent = talus.parent!
  parent.updateWorldMatrix(true, false)
  talus.quaternion.copy(parent.getWorldQuaternion(_parent).invert()).multiply(_talusQ)
  placeAtWorld(talus, ankle)
  talus.updateWorldMatrix(false, false)
  const calcaneus = node(rig, sided('calcaneus', s))
  calcaneus.position.copy(_calcP)
  calcaneus.quaternion.copy(_calcQ)
  // Where the subtalar shift drives the talar head forward into the navicular's socket, the navicular is pushed
  // ahead of it by as much along the talar neck, over the floor (its height is the arch's; the medial column
  // must not go down); sideways and up the head slides in its socket.
  _v.copy(TALAR_AXIS_THREE[s]).applyQuaternion(_talusQ)
  const pushM = _shift.dot(_v)
  _w.copy(_v).setY(0).normalize()
  if (pushM > 0) _navP.addScaledVector(_w, pushM / Math.max(0.5, _w.dot(_v)))
  placeAtWorld(navicular, _navP)
  navicular.quaternion.copy(talus.getWorldQuaternion(_q0).invert()).multiply(_navQ)
  // 4. The lateral column stands where it stood; the toes of rays 1–3 lie flat on their heads (the heads keep
  //    their height, the metatarsals above them turn).
  const cuboid = sided('cuboid', s)
  setWorldDelta(rig, cuboid, _q.identity())
  placeAtWorld(node(rig, cuboid), rig.rest.get(cuboid)!.worldPosition)
  for (const toe of TOES[s]) setWorldDelta(rig, toe, _q.identity())
  // 5. A shoe's heel: the whole foot turns down about the first metatarsal head until the heel's lowest point
  //    stands at the heel's height, and slides back so the ankle rises straight up (the shank stays upright).
  //    The toes stay flat. Returns the ankle's rise (m); applyPose carries the legs there.
  const heelM = d[b + LIMB.heelMm]! / 1000
  return heelM > 0 ? raiseHeel(rig, s, foot, heelM, ankle) : 0
}

/**
 * The subtalar joint of one planted foot (issue 15), without touching the nodes. The talus takes the arch
 * recipe's world pose turned with the tibia about the vertical (`talusQ`, world); the calcaneus, as the recipe
 * leaves it under the talus, turns about the subtalar axis through its origin (the subtalar centre) by
 * subtalarAngleRad (`calcQ`, local to the talus), so its rotation relative to the talus is about that axis;
 * `shift` (world, m) is what then carries the two together, the talus on its ankle `ankle`, so the heel's rolling
 * contact stands where it stood at rest: the ankle rises as the heel everts under it, and moves a little across.
 * The contact (heelContact over ROLLING_BAND_M, plantedHeelPoint) has the height of the heel's lowest vertex, so
 * no bone goes below the floor, and across and along the floor the blend of the vertices near that height. The
 * single lowest vertex switched from one vertex to another as the heel everted, and the whole foot jumped with
 * it: up to 10 mm in one 0.25° step of the heel slider standing (heelSlider.test.ts), 7–10 mm in 1/200 of a
 * walking cycle (issue 13: walking's 0.5% and 5.5%). The blend rolls the foot on its heel instead.
 */
function subtalarJoint(
  rig: Rig,
  s: Side,
  d: Float32Array,
  arch: Record<string, LocalTransform>,
  ankle: Vector3,
  talusQ: Quaternion,
  calcQ: Quaternion,
  calcP: Vector3,
  shift: Vector3,
): void {
  const b = SIDE_BASE[s]
  const medial = s === 'r' ? 1 : -1
  const t = arch[sided('talus', s)]!
  const c = arch[sided('calcaneus', s)]!
  talusQ
    .setFromAxisAngle(Y, medial * d[b + LIMB.tibiaInternalDeg]! * DEG)
    .multiply(_q2.set(...t.rotation))
    .multiply(rig.rest.get(sided('talus', s))!.worldQuaternion)
  // Local to the talus: the recipe's pose, then the turn about the axis through SUBTALAR_PIVOT (calcaneus frame):
  // v -> A_q (R (v - P) + P) + A_t, so the origin sits at A_t + A_q (P - R P).
  _q2.setFromAxisAngle(SUBTALAR_AXIS_THREE[s], subtalarAngleRad(s, d[b + LIMB.eversionDeg]!))
  const pivot = SUBTALAR_PIVOT[s]
  calcP
    .copy(pivot)
    .applyQuaternion(_q2)
    .negate()
    .add(pivot)
    .applyQuaternion(_q0.set(...c.rotation))
    .add(_w.set(...c.translation))
  calcQ.copy(_q0).multiply(_q2)
  const foot = rig.feet[s]!
  shift.set(0, 0, 0)
  if (!foot.heelSole.length) return
  // The calcaneus' world rotation and origin; its sole's rolling contact.
  _stQ.copy(talusQ).multiply(calcQ)
  _stP.copy(calcP).applyQuaternion(talusQ).add(ankle)
  shift.subVectors(foot.heelRest, heelContact(foot.heelSole, _stQ, _stP, shift, ROLLING_BAND_M))
}

/** Width (m) of the height band over which the heel's contact blends its lowest vertices (heelContact). */
const HEEL_CONTACT_BAND_M = 0.0001
/**
 * Width (m) of the band over which the planted heel rolls (subtalarJoint). Wide enough that the ankle's step
 * against the heel changes by under 1.5 mm from one 1/200 of a walking cycle to the next where the lowest vertex
 * switches (walker.test.ts; the single vertex, 4.9 mm) and that standing, each foot bone moves by under 0.5 mm
 * per 0.25° of the heel slider (heelSlider.test.ts: 0.15 mm at 0.5 mm, 0.25 mm at 0.2 mm; the single vertex,
 * 10 mm). Narrow enough that the held point stays near the heel's lowest: wider, it moves forward of it at
 * large eversion and the talar head sinks into the navicular (flat feet at 5×: 0.84 mm at 0.5 mm, 1.18 mm at
 * 1 mm, 1.53 mm at 2 mm; joints.test.ts allows 1 mm).
 */
const ROLLING_BAND_M = 0.0005
/**
 * The heel's contact with the floor for the calcaneus at world rotation `q` and origin `p` (world, m, into
 * `out`): the height of its lowest vertex, and across and along the foot the mean of the vertices weighted by
 * how close they come to that height (exp(−Δy / 0.1 mm)). The lowest vertex alone jumps from one vertex to
 * another as the heel turns: 6 mm along the foot in one frame at walking's 9% of the cycle, which the walker
 * read as a change of the leg's geometry and answered with a 5 mm jolt of the pelvis.
 */
function heelContact(
  sole: readonly Vector3[],
  q: Quaternion,
  p: Vector3,
  out: Vector3,
  bandM = HEEL_CONTACT_BAND_M,
): Vector3 {
  let lowest = Infinity
  for (const v of sole) lowest = Math.min(lowest, _w.copy(v).applyQuaternion(q).add(p).y)
  let sum = 0
  let x = 0
  let z = 0
  for (const v of sole) {
    _w.copy(v).applyQuaternion(q).add(p)
    const k = Math.exp(-(_w.y - lowest) / bandM)
    sum += k
    x += k * _w.x
    z += k * _w.z
  }
  return out.set(x / sum, lowest, z / sum)
}
const _talusQ = new Quaternion()
const _calcQ = new Quaternion()
const _calcP = new Vector3()
const _shift = new Vector3()
/** Per side, the horizontal part of the subtalar shift of the ankle as last planted (m). */
const _acrossM = { l: new Vector3(), r: new Vector3() }
const _ankleS = new Vector3()

/**
 * How much of the drawn leg shortening (m) the foot leaves over: the recipe's ankle, with the talus risen on the
 * everted calcaneus (subtalarJoint), stands higher than the drawn ankle by this much. The pelvis stands higher by
 * what both feet leave over and the knee bends just enough to take the rest (applyPose), so the talus stays on the
 * calcaneus and the navicular.
 */
export function archShortfallM(rig: Rig, s: Side, d: Float32Array): number {
  if (!rig.feet[s]) return 0
  const b = SIDE_BASE[s]
  const arch = archFor(s, d[b + LIMB.navicularHeightMm]!)
  const t = arch[sided('talus', s)]!
  _ankleS.set(...t.translation).add(rig.rest.get(sided('tibia', s))!.worldPosition)
  subtalarJoint(rig, s, d, arch, _ankleS, _talusQ, _calcQ, _calcP, _shift)
  const drawnY = rig.rest.get(sided('talus', s))!.worldPosition.y - d[b + LIMB.shorteningMm]! / 1000
  return Math.max(0, _ankleS.y + _shift.y - drawnY)
}

/**
 * Thigh and shank tilts (rad, into `out`) that shorten a leg of thigh `a` and shank `b` (m) by `drop` (m)
 * with the ankle still under the hip: a·sin(thigh) = b·sin(shank). Bisection, allocation-free.
 */
function flexionFor(drop: number, a: number, b: number, out: [number, number]): [number, number] {
  out[0] = out[1] = 0
  if (drop <= 0) return out
  let lo = 0,
    hi = Math.PI / 3
  for (let i = 0; i < 30; i++) {
    const t = (lo + hi) / 2
    const u = Math.asin(Math.min(1, (a * Math.sin(t)) / b))
    if (a * (1 - Math.cos(t)) + b * (1 - Math.cos(u)) < drop) lo = t
    else hi = t
  }
  out[0] = lo
  out[1] = Math.asin(Math.min(1, (a * Math.sin(lo)) / b))
  return out
}
const _flex: [number, number] = [0, 0]
/** Per side, the drawn shortening the foot leaves over (m; archShortfallM), as last posed. */
const _shortfallM = { l: 0, r: 0 }

const _q0 = new Quaternion()
const _stP = new Vector3()
const _stQ = new Quaternion()
const _navQ = new Quaternion()
const _navP = new Vector3()
const _a0 = new Vector3()
const _pivot = new Vector3()
/** The lowest point of the heel bone as the calcaneus now stands (world, m): into `out`, or its height. */
export function heelLowPoint(rig: Rig, s: Side, out: Vector3): Vector3 | null {
  const foot = rig.feet[s]
  if (!foot?.heelBack.length) return null
  const calcaneus = node(rig, sided('calcaneus', s))
  out.set(0, Infinity, 0)
  for (const v of foot.heelBack) {
    _w.copy(v).applyMatrix4(calcaneus.matrixWorld)
    if (_w.y < out.y) out.copy(_w)
  }
  return out
}
/**
 * The heel's floor contact as the calcaneus now stands (world, m, into `out`), or null: heelLowPoint's height,
 * and across and along the foot the blend of its lowest vertices (heelContact), so it moves smoothly as the
 * heel turns (the walker's heel contact, gaitPosing.ts).
 */
export function heelContactPoint(rig: Rig, s: Side, out: Vector3): Vector3 | null {
  const foot = rig.feet[s]
  if (!foot?.heelBack.length) return null
  const calcaneus = node(rig, sided('calcaneus', s))
  calcaneus.updateWorldMatrix(true, false)
  return heelContact(foot.heelBack, calcaneus.getWorldQuaternion(_q0c), calcaneus.getWorldPosition(_p0c), out)
}
const _q0c = new Quaternion()
const _p0c = new Vector3()
/**
 * The contact the posing holds the planted heel on (subtalarJoint), as the calcaneus now stands (world, m, into
 * `out`), or null where the rig has no heel mesh: the tests measure the feet's planting on it.
 */
export function plantedHeelPoint(rig: Rig, s: Side, out: Vector3): Vector3 | null {
  const foot = rig.feet[s]
  if (!foot?.heelSole.length) return null
  const calcaneus = node(rig, sided('calcaneus', s))
  calcaneus.updateWorldMatrix(true, false)
  return heelContact(
    foot.heelSole,
    calcaneus.getWorldQuaternion(_q0c),
    calcaneus.getWorldPosition(_p0c),
    out,
    ROLLING_BAND_M,
  )
}
const _low = new Vector3()
const heelLowY = (rig: Rig, s: Side): number => heelLowPoint(rig, s, _low)?.y ?? 0

function raiseHeel(rig: Rig, s: Side, foot: FootRig, heelM: number, ankle: Vector3): number {
  const talus = node(rig, sided('talus', s))
  talus.updateMatrixWorld(true)
  node(rig, sided('phalanx_proximal_1', s)).getWorldPosition(_pivot)
  talus.getWorldQuaternion(_q0)
  _a0.copy(ankle)
  const lever = _pivot.z - foot.heelRest.z
  const restLow = foot.heelRest.y
  // A more posterior point of the heel becomes its lowest as the foot turns: correct the angle twice.
  let angle = Math.asin(Math.min(1, heelM / lever))
  for (let i = 0; i < 3; i++) {
    _q.setFromAxisAngle(X, angle)
    ankle.copy(_a0).sub(_pivot).applyQuaternion(_q).add(_pivot)
    ankle.set(_a0.x, ankle.y, _a0.z)
    setWorldDelta(rig, sided('talus', s), _q2.copy(_q).multiply(_q0))
    placeAtWorld(talus, ankle)
    talus.updateMatrixWorld(true)
    if (foot.heelBack.length === 0) break
    angle += (heelM - (heelLowY(rig, s) - restLow)) / lever
  }
  for (const toe of TOES[s]) setWorldDelta(rig, toe, _q.identity())
  return ankle.y - _a0.y
}

/**
 * Poses the model for a drawn vector. The feet stay planted (plantFoot); the pelvis is then shifted by the
 * mean of the two ankles' drift (so neither leg is stretched), and each talus is put on its ankle target.
 */
export function applyPose(rig: Rig, d: Float32Array): void {
  resetToRest(rig)
  const tilt = d[PELVIS_TILT]! * DEG
  // On shoes' heels, the pelvic drop uses the ankles' rises as the feet are really posed (the feet are placed
  // in world terms, independent of the legs, so they can be posed first and again at the end).
  let obliquity = d[PELVIS_OBLIQUITY]! * DEG
  if (d[SIDE_BASE.l + LIMB.heelMm]! > 0 || d[SIDE_BASE.r + LIMB.heelMm]! > 0) {
    rig.root.updateMatrixWorld(true)
    const riseL = plantFoot(rig, 'l', d, _ankle.l)
    const riseR = plantFoot(rig, 'r', d, _ankle.r)
    obliquity = drawnObliquityDeg(d, riseL * 1000, riseR * 1000) * DEG
    resetToRest(rig)
  }

  // Pelvis (the body's root): tilt, then obliquity, about the midpoint of the hip centres.
  _q.setFromAxisAngle(Z, obliquity).multiply(_q2.setFromAxisAngle(X, tilt))
  setWorldDelta(rig, 'pelvis', _q)

  // Each hemipelvis relative to the whole: the torsion share (ilium = tilt ± torsion / 2 in the core).
  // Each turns about the symphysis (HipRig), and its femur's origin follows its socket.
  for (const s of ['l', 'r'] as const) {
    const ilium = d[SIDE_BASE[s] + LIMB.iliumAnteriorDeg]! * DEG
    const name = sided('ilium', s)
    setLocalDelta(rig, name, _q.setFromAxisAngle(X, ilium - tilt))
    const o = node(rig, name)
    const { pivot, socket } = rig.hips[s]
    // In the parent's frame the turn is rest · delta · rest⁻¹; the origin swings about the pivot with it.
    _q2.copy(o.quaternion).multiply(_parent.copy(rig.rest.get(name)!.quaternion).invert())
    o.position.copy(rig.rest.get(name)!.position).sub(pivot).applyQuaternion(_q2).add(pivot)
    o.updateWorldMatrix(true, false)
    placeAtWorld(node(rig, sided('femur', s)), o.localToWorld(_w.copy(socket)))
  }

  // Lumbar levels, lower to upper: extension, and the side-bend that answers the pelvis's obliquity (toward
  // the high side, so T12 stands over the hips; the core's rule on the obliquity drawn), then the thoracic
  // spine turns back so the trunk stands upright (the core poses its muscle paths the same way).
  lumbarSideBendDeg(obliquity / DEG, _bend)
  for (let i = LUMBAR_LEVELS.length - 1; i >= 0; i--) {
    const extL = d[lumbarSlot(i, 'extL')]! * DEG
    const extR = d[lumbarSlot(i, 'extR')]! * DEG
    _extL[i] = extL / DEG
    _extR[i] = extR / DEG
    _q.setFromAxisAngle(X, -(extL + extR) / 2).multiply(
      _q2.setFromAxisAngle(Z, (extR - extL) / 2 + _bend[i]! * DEG),
    )
    setLocalDelta(rig, LEVEL_BONE[i]!, _q)
  }
  if (rig.nodes.has('T12'))
    setLocalDelta(
      rig,
      'T12',
      _q.setFromAxisAngle(Z, trunkCounterBendDeg(obliquity / DEG, _bend, _extL, _extR) * DEG),
    )

  // Legs: world rotations, so the leg turns in about the vertical whatever the pelvis does. Where the arch
  // gives less than the drawn shortening (archShortfallM), the part both feet leave over is left to the pelvis,
  // which stands that much higher (the planting below shifts it by the ankles' mean drift), and only what one
  // foot leaves over beyond the other's bends that leg's hip and knee (the knee forward, the shank back to an
  // ankle still under the hip) until it is that much shorter. A leg of fixed length shortens with the square of
  // its bend, so the bend grows with the square root of the shortfall: taken by the knees, the first 0.35 mm of
  // shortfall (both heels from 4.0° to 4.25°) threw each knee 12 mm forward (test/scene/legSlider.test.ts). The
  // pelvis's height is no number the core reports, and its drop (obliquity) is unchanged.
  _shortfallM.l = archShortfallM(rig, 'l', d)
  _shortfallM.r = archShortfallM(rig, 'r', d)
  const sharedM = Math.min(_shortfallM.l, _shortfallM.r)
  for (const s of ['l', 'r'] as const) {
    const b = SIDE_BASE[s]
    const medial = s === 'r' ? 1 : -1
    const hip = rig.rest.get(sided('femur', s))!.worldPosition
    const knee = rig.rest.get(sided('tibia', s))!.worldPosition
    const ankleRest = rig.rest.get(sided('talus', s))!.worldPosition
    const [thigh, shank] = flexionFor(
      _shortfallM[s] - sharedM,
      hip.distanceTo(knee),
      knee.distanceTo(ankleRest),
      _flex,
    )
    setWorldDelta(
      rig,
      sided('femur', s),
      _q
        .setFromAxisAngle(X, -thigh)
        .multiply(_q2.setFromAxisAngle(Y, medial * d[b + LIMB.femurInternalDeg]! * DEG)),
    )
    setWorldDelta(
      rig,
      sided('tibia', s),
      _q
        .setFromAxisAngle(X, shank)
        .multiply(_q2.setFromAxisAngle(Y, medial * d[b + LIMB.tibiaInternalDeg]! * DEG)),
    )
  }

  // Planting: where each ankle must be, then shift the body by the mean drift of the two ankles.
  rig.root.updateMatrixWorld(true)
  for (const s of ['l', 'r'] as const) plantFoot(rig, s, d, _ankle[s])
  rig.root.updateMatrixWorld(true)
  // Where the posed legs carry each ankle (the talus' rest offset under its tibia) against its target.
  const carried = (s: Side, out: Vector3) =>
    node(rig, sided('tibia', s)).localToWorld(out.copy(rig.rest.get(sided('talus', s))!.position))
  // The subtalar joint's sideways shift of each ankle (across and along the foot) is left to that leg's shank
  // (below), so a foot that does not evert moves nothing above it.
  carried('l', _errL).sub(_ankle.l).add(_acrossM.l)
  carried('r', _errR).sub(_ankle.r).add(_acrossM.r)
  _errL.add(_errR).multiplyScalar(0.5)
  const pelvis = node(rig, 'pelvis')
  pelvis.getWorldPosition(_target).sub(_errL)
  placeAtWorld(pelvis, _target)
  rig.root.updateMatrixWorld(true)
  // Each shank then swings about its knee by what the subtalar joint shifted its ankle across and along the
  // foot (subtalarJoint: the heel turning about the subtalar axis carries the ankle a few millimetres), so the
  // tibia carries the ankle onto the talus. Under a degree at the knee at the presets' 1×.
  for (const s of ['l', 'r'] as const) {
    if (_acrossM[s].lengthSq() === 0) continue
    // The rig's own key, not tibia.name: a ghost rig renames its nodes (ghost:tibia_r) after it is built.
    const key = sided('tibia', s)
    const tibia = node(rig, key)
    tibia.getWorldPosition(_w)
    carried(s, _v)
    _target.copy(_v).add(_acrossM[s]).sub(_w).normalize()
    _v.sub(_w).normalize()
    _q.setFromUnitVectors(_v, _target)
    _q.multiply(tibia.getWorldQuaternion(_q2)).multiply(_q0.copy(rig.rest.get(key)!.worldQuaternion).invert())
    setWorldDelta(rig, key, _q)
    tibia.updateMatrixWorld(true)
  }
  // The feet were placed in world terms under legs that have now moved: place them again.
  for (const s of ['l', 'r'] as const) plantFoot(rig, s, d, _ankle[s])
  rig.root.updateMatrixWorld(true)
}
