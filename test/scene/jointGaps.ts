// Measurements of how the posed model's joints hold together (issue 15): the hip centre against its socket,
// how deep one bone's surface sinks into its neighbour's, the step at the pubic symphysis, the ankle gap.
// Plain three math over the loaded GLB, millimetres out.
import { Matrix4, Ray, Triangle, Vector3, type Mesh, type Object3D } from 'three'
import type { Rig } from '../../src/scene/posing'

/** Where a point fixed to `o` at rest (world, m) is now (world, m). */
export function carriedBy(rig: Rig, o: Object3D, restWorld: Vector3): Vector3 {
  const r = rig.rest.get(o.name)!
  const restM = new Matrix4().compose(r.worldPosition, r.worldQuaternion, new Vector3(1, 1, 1))
  o.updateWorldMatrix(true, false)
  return restWorld.clone().applyMatrix4(restM.invert()).applyMatrix4(o.matrixWorld)
}

/** Hip: the femur's origin (the head's centre) against the socket centre carried by its hemipelvis (mm). */
export function hipGapMm(rig: Rig, s: 'l' | 'r'): number {
  const femur = rig.nodes.get(`femur_${s}`)!
  const socket = rig.nodes.get(`acetabulum_${s}`)
  const head = rig.nodes.get(`femoral_head_${s}`) ?? femur
  const p = socket
    ? socket.getWorldPosition(new Vector3())
    : carriedBy(rig, rig.nodes.get(`ilium_${s}`)!, rig.rest.get(femur.name)!.worldPosition)
  return p.distanceTo(head.getWorldPosition(new Vector3())) * 1000
}

/** Ankle: where the tibia carries the talus' rest origin against where the talus is (mm). */
export function ankleGapMm(rig: Rig, s: 'l' | 'r'): number {
  const tibia = rig.nodes.get(`tibia_${s}`)!
  const carried = tibia.localToWorld(rig.rest.get(`talus_${s}`)!.position.clone())
  return carried.distanceTo(rig.nodes.get(`talus_${s}`)!.getWorldPosition(new Vector3())) * 1000
}

interface Tris {
  readonly local: Float32Array
  readonly index: ArrayLike<number>
  readonly box: [Vector3, Vector3]
}
const cache = new WeakMap<Mesh, Tris>()
function tris(m: Mesh): Tris {
  let t = cache.get(m)
  if (!t) {
    const p = m.geometry.getAttribute('position')
    const local = new Float32Array(p.count * 3)
    const lo = new Vector3(Infinity, Infinity, Infinity),
      hi = new Vector3(-Infinity, -Infinity, -Infinity)
    for (let i = 0; i < p.count; i++) {
      local.set([p.getX(i), p.getY(i), p.getZ(i)], i * 3)
      lo.min(new Vector3(p.getX(i), p.getY(i), p.getZ(i)))
      hi.max(new Vector3(p.getX(i), p.getY(i), p.getZ(i)))
    }
    t = { local, index: m.geometry.index!.array, box: [lo, hi] }
    cache.set(m, t)
  }
  return t
}

const _a = new Vector3(),
  _b = new Vector3(),
  _c = new Vector3(),
  _q = new Vector3()
const tri = new Triangle()
const ray = new Ray()

/**
 * How deep (mm) the vertices of `a` lie inside the closed mesh `b`, as posed now: the largest distance from
 * a vertex of `a` inside `b` to `b`'s surface (0 when none is inside). Inside: odd crossings of a ray.
 */
export function penetrationMm(a: Mesh, b: Mesh): number {
  a.updateWorldMatrix(true, false)
  b.updateWorldMatrix(true, false)
  const ta = tris(a),
    tb = tris(b)
  const toB = b.matrixWorld.clone().invert().multiply(a.matrixWorld)
  const scale = b.matrixWorld.getMaxScaleOnAxis()
  const [lo, hi] = tb.box
  let worst = 0
  const p = new Vector3()
  const dir = new Vector3(0.5773, 0.5774, 0.5773).normalize()
  for (let i = 0; i < ta.local.length; i += 3) {
    p.set(ta.local[i]!, ta.local[i + 1]!, ta.local[i + 2]!).applyMatrix4(toB)
    if (p.x < lo.x || p.y < lo.y || p.z < lo.z || p.x > hi.x || p.y > hi.y || p.z > hi.z) continue
    ray.set(p, dir)
    let crossings = 0
    for (let k = 0; k < tb.index.length; k += 3) {
      const ia = tb.index[k]! * 3,
        ib = tb.index[k + 1]! * 3,
        ic = tb.index[k + 2]! * 3
      _a.set(tb.local[ia]!, tb.local[ia + 1]!, tb.local[ia + 2]!)
      _b.set(tb.local[ib]!, tb.local[ib + 1]!, tb.local[ib + 2]!)
      _c.set(tb.local[ic]!, tb.local[ic + 1]!, tb.local[ic + 2]!)
      if (ray.intersectTriangle(_a, _b, _c, false, _q)) crossings++
    }
    if (crossings % 2 === 0) continue
    let d = Infinity
    for (let k = 0; k < tb.index.length; k += 3) {
      const ia = tb.index[k]! * 3,
        ib = tb.index[k + 1]! * 3,
        ic = tb.index[k + 2]! * 3
      tri.set(
        _a.set(tb.local[ia]!, tb.local[ia + 1]!, tb.local[ia + 2]!),
        _b.set(tb.local[ib]!, tb.local[ib + 1]!, tb.local[ib + 2]!),
        _c.set(tb.local[ic]!, tb.local[ic + 1]!, tb.local[ic + 2]!),
      )
      tri.closestPointToPoint(p, _q)
      d = Math.min(d, _q.distanceTo(p))
    }
    worst = Math.max(worst, d * scale)
  }
  return worst * 1000
}

/** The larger of the two ways one bone sinks into the other (mm). */
export const sinkMm = (a: Mesh, b: Mesh): number => Math.max(penetrationMm(a, b), penetrationMm(b, a))

/** Model mm (x anterior, y up, z right) to a world offset (m): the subject faces +Z, its right at −X. */
const toWorld = (v: readonly number[]) => new Vector3(-v[2]! / 1000, v[1]! / 1000, v[0]! / 1000)

/**
 * The pubic symphysis step (mm): how far the two pubic faces' points, carried by their hemipelves, have moved
 * apart from each other since rest (`sym` and `hip`: the right side's model points).
 */
export function symphysisStepMm(rig: Rig, sym: readonly number[], hip: readonly number[]): number {
  const at = (s: 'l' | 'r') => {
    const off = toWorld([sym[0]! - hip[0]!, sym[1]! - hip[1]!, sym[2]! - hip[2]!])
    if (s === 'l') off.x = -off.x
    return rig.rest.get(`femur_${s}`)!.worldPosition.clone().add(off)
  }
  const l0 = at('l'),
    r0 = at('r')
  const l = carriedBy(rig, rig.nodes.get('ilium_l')!, l0)
  const r = carriedBy(rig, rig.nodes.get('ilium_r')!, r0)
  return r.sub(l).sub(r0.sub(l0)).length() * 1000
}
