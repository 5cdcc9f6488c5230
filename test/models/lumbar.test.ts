// The lumbar vertebrae read back from public/models/skeleton.glb (issue 16): a joint space at every facet joint
// at rest (the articular processes overlapped 3.5–4.8 mm), no neighbours touching anywhere (L4's and L5's
// spinous processes overlapped), the transverse processes' span per level and the bodies' waist, against
// docs/domain.md anatomy §2.6 (iii).
import * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { facetNode, type LumbarLevel } from '../../src/anatomy/names'
import { tiltAnterior, tiltNormal, vertebraGeom } from '../../src/anatomy/spine'
import { sinkMm } from '../scene/jointGaps'
import { loadGlb, meshTrianglesMm, meshVerticesMm, modelMm } from './loadGlb'

type P3 = [number, number, number]
let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})
const get = (name: string) => gltf.scene.getObjectByName(name)!
const v3 = (p: readonly number[]) => new THREE.Vector3(p[0], p[1], p[2])

/** Triangles of a mesh node in model mm. */
const triangles = (name: string): THREE.Triangle[] => meshTrianglesMm(get(name))

/** Nearest distance (mm) from `a`'s vertices to `b`'s surface, both within `r` of the point `f`. */
function gapNear(a: string, b: string, f: THREE.Vector3, r: number): number {
  const pa = meshVerticesMm(get(a))
    .map(v3)
    .filter((p) => p.distanceTo(f) < r)
  const tb = triangles(b).filter((t) => t.getMidpoint(new THREE.Vector3()).distanceTo(f) < r + 3)
  expect(pa.length, `${a} near the joint`).toBeGreaterThan(20)
  expect(tb.length, `${b} near the joint`).toBeGreaterThan(20)
  const q = new THREE.Vector3()
  let d = Infinity
  for (const p of pa) for (const t of tb) d = Math.min(d, t.closestPointToPoint(p, q).distanceTo(p))
  return d
}

const PAIRS: [string, string, LumbarLevel][] = [
  ['L1', 'L2', 'L1-L2'],
  ['L2', 'L3', 'L2-L3'],
  ['L3', 'L4', 'L3-L4'],
  ['L4', 'L5', 'L4-L5'],
]

describe('lumbar vertebrae (issue 16)', () => {
  it.each(PAIRS)(
    '%s on %s: a facet joint space of 0.5–3 mm on both sides at rest, and no overlap anywhere',
    (upper, lower, level) => {
      for (const side of ['r', 'l'] as const) {
        const f = v3(modelMm(get(facetNode(level, side)), 'r'))
        const gap = Math.min(gapNear(upper, lower, f, 14), gapNear(lower, upper, f, 14))
        expect(gap, `${level} ${side} facet gap (mm)`).toBeGreaterThan(0.5)
        expect(gap, `${level} ${side} facet gap (mm)`).toBeLessThan(3)
      }
      // Anywhere: facets, laminae, spinous processes (L4's and L5's overlapped).
      expect(sinkMm(get(upper) as THREE.Mesh, get(lower) as THREE.Mesh), `${upper} in ${lower} (mm)`).toBe(0)
    },
  )

  // The junction of the two rebuilds: the sacrum's S1 superior processes were placed the old way (facing the
  // other way round), so L5 sank 5.3–5.9 mm into them. Now both sides use facetJoint('L5-S1').
  it('L5 on the sacrum: a facet joint space of 0.5–3 mm on both sides, and L5 sinks no deeper than 0.3 mm', () => {
    for (const side of ['r', 'l'] as const) {
      const f = v3(modelMm(get(facetNode('L5-S1', side)), 'r'))
      const gap = Math.min(gapNear('L5', 'sacrum', f, 14), gapNear('sacrum', 'L5', f, 14))
      expect(gap, `L5-S1 ${side} facet gap (mm)`).toBeGreaterThan(0.5)
      expect(gap, `L5-S1 ${side} facet gap (mm)`).toBeLessThan(3)
    }
    expect(
      sinkMm(get('L5') as THREE.Mesh, get('sacrum') as THREE.Mesh),
      'L5 in the sacrum (mm)',
    ).toBeLessThanOrEqual(0.3)
  })

  it('T12 on L1: no overlap', () => {
    expect(sinkMm(get('T12') as THREE.Mesh, get('L1') as THREE.Mesh)).toBe(0)
  })

  it('L4 and L5 spinous processes: a real gap between them (behind the laminae, near the midline)', () => {
    const behind = (name: string) => {
      const g = vertebraGeom(name)
      const a = tiltAnterior(g.bodyTiltDeg)
      const c = g.bodyCentreMm
      // Further back than 45 mm behind the body's centre, within 6 mm of the midline.
      return meshVerticesMm(get(name)).filter(
        (p) => (p[0] - c[0]) * a[0] + (p[1] - c[1]) * a[1] < -45 && Math.abs(p[2]) < 6,
      )
    }
    const l4 = behind('L4').map(v3),
      l5 = behind('L5').map(v3)
    expect(l4.length).toBeGreaterThan(50)
    expect(l5.length).toBeGreaterThan(50)
    let d = Infinity
    for (const p of l4) for (const q of l5) d = Math.min(d, p.distanceTo(q))
    expect(d, 'L4-L5 interspinous gap (mm)').toBeGreaterThan(4)
  })

  // §2.6 iii: tip to tip ≈ 70 (L1) → 90–95 (L3, the widest) → 85–90 (L5).
  const SPAN_MM: Record<string, [number, number]> = {
    L1: [66, 74],
    L2: [74, 86],
    L3: [88, 96],
    L4: [84, 94],
    L5: [84, 92],
  }
  it.each(Object.entries(SPAN_MM))('%s transverse-process span in %j mm, widest at L3', (name, [lo, hi]) => {
    const vs = meshVerticesMm(get(name))
    const span = Math.max(...vs.map((p) => p[2])) - Math.min(...vs.map((p) => p[2]))
    expect(span).toBeGreaterThan(lo)
    expect(span).toBeLessThan(hi)
    const l3 = meshVerticesMm(get('L3')).map((p) => Math.abs(p[2]))
    expect(Math.max(...l3)).toBeGreaterThanOrEqual(Math.max(...vs.map((p) => Math.abs(p[2]))))
  })

  it.each(['L1', 'L2', 'L3', 'L4', 'L5'])(
    '%s body is waisted: at mid-height at least 7% narrower than at its endplate rims',
    (name) => {
      const g = vertebraGeom(name)
      const a = tiltAnterior(g.bodyTiltDeg),
        n = tiltNormal(g.bodyTiltDeg)
      const c = g.bodyCentreMm
      const half = g.bodyHeightMm / 2
      // The body's front half (clear of the pedicles and processes), in its own frame: [anterior, up, lateral].
      const local: P3[] = meshVerticesMm(get(name))
        .map((p): P3 => {
          const dx = p[0] - c[0],
            dy = p[1] - c[1]
          return [dx * a[0] + dy * a[1], dx * n[0] + dy * n[1], p[2]]
        })
        .filter((p) => p[0] > 0)
      const width = (lo: number, hi: number) => {
        const zs = local.filter((p) => Math.abs(p[1]) >= lo && Math.abs(p[1]) <= hi).map((p) => p[2])
        return Math.max(...zs) - Math.min(...zs)
      }
      const mid = width(0, 2)
      const rim = width(half - 3, half)
      expect(mid / rim, `${name}: mid ${mid.toFixed(1)} / rim ${rim.toFixed(1)} mm`).toBeLessThan(0.93)
      // Panjabi endplate width (§2.6 iii), within 3 mm.
      expect(Math.abs(rim - g.bodyWidthMm)).toBeLessThan(3)
    },
  )
})
