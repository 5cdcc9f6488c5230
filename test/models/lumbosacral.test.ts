// The lumbosacral junction from behind, read back from public/models/skeleton.glb (issue 16): the S1 laminae
// roof the canal under L5's, so that from behind the L5-S1 disc shows only through a small interlaminar gap (it
// showed as a strip 31 mm wide between S1's superior articular processes), and those processes stand short
// and stout on a sacral base that rises under them (they stood as 26 mm pillars on an arch 13 mm below the S1
// plate). docs/domain.md anatomy §2.6 (iii): the L5-S1 facets; adult estimates (E).
import * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { discNode } from '../../src/anatomy/names'
import { SPINE } from '../../src/anatomy/spine'
import { loadGlb, meshTrianglesMm } from './loadGlb'

let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})
const top = SPINE.s1PlateMm

/** Triangles of a mesh node in model mm, only those within the junction's box (behind and above the S1 plate). */
function triangles(name: string): THREE.Triangle[] {
  return meshTrianglesMm(gltf.scene.getObjectByName(name)!).filter((t) => {
    const ys = [t.a.y, t.b.y, t.c.y]
    return !(Math.max(...ys) < top[1] - 5 || Math.min(...ys) > top[1] + 50)
  })
}
/** Nearest hit of a ray on a set of triangles (Infinity when none). */
function nearest(ray: THREE.Ray, tris: THREE.Triangle[]): number {
  const q = new THREE.Vector3()
  let best = Infinity
  for (const t of tris)
    if (ray.intersectTriangle(t.a, t.b, t.c, false, q)) best = Math.min(best, q.distanceTo(ray.origin))
  return best
}

describe('the lumbosacral junction from behind (issue 16)', () => {
  it('the L5-S1 disc is hidden behind the laminae of L5 and S1 but for a small interlaminar gap', () => {
    const disc = triangles(discNode('L5-S1'))
    const bone = [...triangles('L5'), ...triangles('sacrum')]
    // Horizontal rays from behind, forward (+x), on a 1 mm grid over the junction.
    let area = 0
    for (let y = top[1]; y <= top[1] + 40; y += 1)
      for (let z = -30; z <= 30; z += 1) {
        const ray = new THREE.Ray(new THREE.Vector3(top[0] - 120, y, z), new THREE.Vector3(1, 0, 0))
        const d = nearest(ray, disc)
        if (d < Infinity && d < nearest(ray, bone)) area++
      }
    expect(area, 'L5-S1 disc seen from behind (mm²)').toBeLessThan(40)
  })

  it("S1's superior articular processes rise from a broad base: its section 20 mm above the plate is broad", () => {
    // Horizontal section of the right S1 process and its root (x 10-55 mm behind the plate's centre, z 8-44),
    // 20 mm above the S1 plate: the bone there is a base, not a 12 x 16 mm pillar.
    const sac = triangles('sacrum')
    let area = 0
    for (let x = top[0] - 55; x < top[0] - 10; x += 1)
      for (let z = 8; z < 44; z += 1) {
        // Inside when a vertical ray up from the point crosses the surface an odd number of times.
        const ray = new THREE.Ray(new THREE.Vector3(x, top[1] + 20, z), new THREE.Vector3(0, 1, 0))
        const q = new THREE.Vector3()
        let n = 0
        for (const t of sac) if (ray.intersectTriangle(t.a, t.b, t.c, false, q)) n++
        if (n % 2 === 1) area++
      }
    expect(area, 'section of the S1 process 20 mm above the plate (mm²)').toBeGreaterThan(270)
  })
})
