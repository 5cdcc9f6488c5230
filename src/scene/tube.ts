// A tube through a handful of points whose vertices are rewritten in place as the points move: the nerve
// and the muscle follow the pose without allocating in the frame loop (TubeGeometry would rebuild).
import { BufferAttribute, BufferGeometry, Vector3 } from 'three'

export interface LiveTube {
  geometry: BufferGeometry
  /** Rewrites the tube through `points` (world or local, as the caller uses them); radius per sample t 0..1. */
  update(points: readonly Vector3[], radius: (t: number) => number): void
}

const _p = new Vector3()
const _tangent = new Vector3()
const _normal = new Vector3()
const _binormal = new Vector3()
const _prevNormal = new Vector3()
const _dir = new Vector3()

/** Centripetal-free uniform Catmull–Rom through points, sampled at global parameter u in 0..1. */
function sample(points: readonly Vector3[], u: number, out: Vector3): Vector3 {
  const n = points.length - 1
  const x = Math.min(n - 1e-6, Math.max(0, u * n))
  const i = Math.floor(x)
  const t = x - i
  const p0 = points[Math.max(0, i - 1)]!
  const p1 = points[i]!
  const p2 = points[i + 1]!
  const p3 = points[Math.min(n, i + 2)]!
  const t2 = t * t
  const t3 = t2 * t
  const a = -0.5 * t3 + t2 - 0.5 * t
  const b = 1.5 * t3 - 2.5 * t2 + 1
  const c = -1.5 * t3 + 2 * t2 + 0.5 * t
  const e = 0.5 * t3 - 0.5 * t2
  out.set(
    a * p0.x + b * p1.x + c * p2.x + e * p3.x,
    a * p0.y + b * p1.y + c * p2.y + e * p3.y,
    a * p0.z + b * p1.z + c * p2.z + e * p3.z,
  )
  return out
}

export function createLiveTube(segments: number, radialSegments: number): LiveTube {
  const rings = segments + 1
  const ringSize = radialSegments + 1
  // Two more vertices, the centres of the end caps: the tube is closed (issue 15: open ends showed its inside).
  const start = rings * ringSize
  const end = start + 1
  const positions = new Float32Array((rings * ringSize + 2) * 3)
  const normals = new Float32Array((rings * ringSize + 2) * 3)
  const indices: number[] = []
  for (let i = 0; i < segments; i++)
    for (let j = 0; j < radialSegments; j++) {
      const a = i * ringSize + j
      const b = (i + 1) * ringSize + j
      indices.push(a, b, a + 1, b, b + 1, a + 1)
    }
  const last = segments * ringSize
  for (let j = 0; j < radialSegments; j++) indices.push(start, j, j + 1, end, last + j + 1, last + j)
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setAttribute('normal', new BufferAttribute(normals, 3))
  geometry.setIndex(indices)

  const update: LiveTube['update'] = (points, radius) => {
    if (points.length < 2) return
    for (let i = 0; i < rings; i++) {
      const u = i / segments
      sample(points, u, _p)
      // Tangent by central difference along the curve.
      sample(points, Math.min(1, u + 0.01), _tangent)
      sample(points, Math.max(0, u - 0.01), _dir)
      _tangent.sub(_dir).normalize()
      // Parallel transport of the normal keeps the tube from twisting.
      if (i === 0) {
        _normal.set(0, 0, 1)
        if (Math.abs(_tangent.z) > 0.9) _normal.set(1, 0, 0)
      } else _normal.copy(_prevNormal)
      _normal.addScaledVector(_tangent, -_normal.dot(_tangent)).normalize()
      _prevNormal.copy(_normal)
      _binormal.crossVectors(_tangent, _normal)
      const r = radius(u)
      if (i === 0 || i === segments) {
        // The cap's centre on the curve's end, facing out along it.
        const k = (i === 0 ? start : end) * 3
        const out = i === 0 ? -1 : 1
        positions[k] = _p.x
        positions[k + 1] = _p.y
        positions[k + 2] = _p.z
        normals[k] = _tangent.x * out
        normals[k + 1] = _tangent.y * out
        normals[k + 2] = _tangent.z * out
      }
      for (let j = 0; j <= radialSegments; j++) {
        const a = (j / radialSegments) * Math.PI * 2
        const c = Math.cos(a)
        const s = Math.sin(a)
        _dir.set(0, 0, 0).addScaledVector(_normal, c).addScaledVector(_binormal, s)
        const k = (i * ringSize + j) * 3
        positions[k] = _p.x + _dir.x * r
        positions[k + 1] = _p.y + _dir.y * r
        positions[k + 2] = _p.z + _dir.z * r
        normals[k] = _dir.x
        normals[k + 1] = _dir.y
        normals[k + 2] = _dir.z
      }
    }
    geometry.attributes.position!.needsUpdate = true
    geometry.attributes.normal!.needsUpdate = true
    geometry.computeBoundingSphere()
  }
  return { geometry, update }
}
