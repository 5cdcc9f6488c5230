// The sacrum as built (issue 16: it read as a spearhead with drill holes, no canal, no crests): measured on
// public/models/skeleton.glb along its own curved frame (scripts/models/shapes.ts sacralFrame; s runs down the
// pelvic surface, v goes back through the bone). Rays along v at a level and a distance from the midline give
// the bone's intervals there: the canal is a gap between the bodies and the dorsal wall, a foramen is a ray
// that meets no bone, the crests are where the dorsal surface stands furthest back. Sizes: docs/domain.md
// anatomy §2.6 (lumbar canal 26.7 x 16.7 mm, which the sacral canal continues) and adult estimates (E).
import * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { SACRUM, sacralFrame } from '../../scripts/models/shapes'
import { loadGlb, meshVerticesMm } from './loadGlb'
import { penetrationMm } from '../scene/jointGaps'

let gltf: GLTF
let tris: THREE.Triangle[]
let verts: [number, number, number][]
const frame = sacralFrame()
beforeAll(async () => {
  gltf = await loadGlb()
  const o = gltf.scene.getObjectByName('sacrum') as THREE.Mesh
  verts = meshVerticesMm(o)
  const p = verts.map((v) => new THREE.Vector3(...v))
  const idx = o.geometry.index!.array
  tris = []
  for (let i = 0; i < idx.length; i += 3)
    tris.push(new THREE.Triangle(p[idx[i]!], p[idx[i + 1]!], p[idx[i + 2]!]))
})

/**
 * Bone intervals [from, to] in v (mm behind the pelvic surface) on the ray at arc length s and side offset z
 * (the midline ray 0.25 mm off the plane of symmetry, where the mesh has a seam of vertices).
 */
function intervals(s: number, z: number): [number, number][] {
  const zz = z === 0 ? 0.25 : z
  const from = frame.point(s, -40, zz)
  const to = frame.point(s, 100, zz)
  const o = new THREE.Vector3(...from)
  const dir = new THREE.Vector3(...to).sub(o).normalize()
  const ray = new THREE.Ray(o, dir)
  const q = new THREE.Vector3()
  const hits: number[] = []
  for (const t of tris) if (ray.intersectTriangle(t.a, t.b, t.c, false, q)) hits.push(q.distanceTo(o) - 40)
  hits.sort((a, b) => a - b)
  // A ray through an edge meets both its triangles: count that crossing once.
  for (let i = hits.length - 1; i > 0; i--) if (hits[i]! - hits[i - 1]! < 1e-3) hits.splice(i, 1)
  const out: [number, number][] = []
  for (let i = 0; i + 1 < hits.length; i += 2) out.push([hits[i]!, hits[i + 1]!])
  return out
}

describe('the sacrum reads as a sacrum (issue 16)', () => {
  it('the sacral canal runs from S1 to S3 between the bodies and the dorsal wall, roofed below the laminae of S1', () => {
    // Above s 14 it opens upward behind the S1 body, between the laminae (the interlaminar space under L5).
    for (let s = 16; s <= 64; s += 6) {
      const iv = intervals(s, 0)
      expect(iv.length, `s ${s}: bone, canal, bone`).toBeGreaterThanOrEqual(2)
      const canal = iv[1]![0] - iv[0]![1]
      expect(canal, `s ${s}: canal depth (mm)`).toBeGreaterThanOrEqual(s < 30 ? 9 : 6)
      // Wide as well as deep: beside the midline the canal is still there.
      expect(intervals(s, s < 30 ? 8 : 5).length, `s ${s}: canal 2x${s < 30 ? 8 : 5} mm wide`).toBe(2)
    }
  })

  it('opens dorsally at the sacral hiatus: below its top the canal has no roof', () => {
    const s = SACRUM.hiatusS + 5
    expect(intervals(s, 0).length, `s ${s}, midline`).toBe(1)
    expect(intervals(SACRUM.hiatusS - 15, 0).length, 'above the hiatus').toBe(2)
  })

  it('four pairs of sacral foramina pass through from the pelvic to the dorsal surface, in bone', () => {
    SACRUM.levelsS.forEach((s, k) => {
      const u = SACRUM.foramenU[k]!
      for (const z of [u, -u]) {
        expect(intervals(s, z), `foramen ${k + 1} at z ${z}: no bone on its axis`).toEqual([])
        // Bone all round: medial and lateral of it, above and below.
        for (const [ds, dz] of [
          [0, 8],
          [0, -8],
          [8, 0],
          [-8, 0],
        ] as const)
          expect(intervals(s + ds, z + Math.sign(z) * dz).length, `beside foramen ${k + 1}`).toBeGreaterThan(
            0,
          )
      }
    })
  })

  it('the median crest stands behind the line of the posterior foramina (at least 5 mm)', () => {
    // At the S2-S4 spinous tubercles, between two levels of foramina.
    for (const [s, k] of [
      [35, 1],
      [55, 2],
      [71, 3],
    ] as const) {
      const back = (z: number) => Math.max(...intervals(s, z).map((i) => i[1]))
      const uLine = SACRUM.foramenU[k]
      expect(back(0) - Math.max(back(uLine), back(-uLine)), `s ${s}`).toBeGreaterThanOrEqual(5)
    }
  })

  it('about 100-110 mm wide across the alae and about 100-110 mm long down the curve to the apex', () => {
    const z = verts.map((v) => v[2])
    const width = Math.max(...z) - Math.min(...z)
    expect(width).toBeGreaterThanOrEqual(98)
    expect(width).toBeLessThanOrEqual(112)
    // The bone reaches its apex, 100-110 mm down the pelvic surface (the coccyx continues below it).
    expect(intervals(SACRUM.apexS - 3, 0).length, 'bone at the apex').toBeGreaterThan(0)
    expect(SACRUM.apexS).toBeGreaterThanOrEqual(100)
    expect(SACRUM.apexS).toBeLessThanOrEqual(110)
  })

  it('the auricular surfaces stay clear of the ilia (no bone sinks into the other)', () => {
    const get = (n: string) => gltf.scene.getObjectByName(n) as THREE.Mesh
    for (const side of ['ilium_r', 'ilium_l']) {
      expect(penetrationMm(get('sacrum'), get(side)), side).toBeLessThanOrEqual(0.3)
      expect(penetrationMm(get(side), get('sacrum')), side).toBeLessThanOrEqual(0.3)
    }
  })
})
