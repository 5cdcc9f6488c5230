// The sciatic nerve leaves the pelvis below the piriformis, clear of bone (issue 15): on the model as
// shipped, the drawn trunk (softTissue.ts trunkRadius) from SN0 to SN3 keeps out of the drawn piriformis
// (its belly radius on P1–P3, src/anatomy/muscles.ts) and out of the hemipelvis and the sacrum.
import * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MUSCLE_PATHS } from '../../src/anatomy/muscles'
import { SCIATIC_TRUNK, TIBIAL_NERVE } from '../../src/anatomy/names'
import { trunkRadius } from '../../src/scene/softTissue'
import { loadGlb, meshTrianglesMm, modelMm } from './loadGlb'

let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})
const node = (n: string) => gltf.scene.getObjectByName(n)!
const v = (p: readonly number[]) => new THREE.Vector3(p[0], p[1], p[2])

const triangles = (name: string): THREE.Triangle[] => meshTrianglesMm(node(name))
/** Signed distance (mm) from a point to a closed mesh: negative inside (odd crossings of a ray). */
function signedDistance(p: THREE.Vector3, tris: THREE.Triangle[]): number {
  const ray = new THREE.Ray(p, new THREE.Vector3(0.31, 0.77, 0.55).normalize())
  const q = new THREE.Vector3()
  let crossings = 0
  let d = Infinity
  for (const t of tris) {
    if (ray.intersectTriangle(t.a, t.b, t.c, false, q)) crossings++
    d = Math.min(d, t.closestPointToPoint(p, q).distanceTo(p))
  }
  return crossings % 2 ? -d : d
}

describe('the sciatic nerve leaves the pelvis below the piriformis, clear of bone (issue 15)', () => {
  it('SN0–SN3 (right side): clear of the piriformis belly, the hemipelvis and the sacrum', () => {
    const nerve = SCIATIC_TRUNK.slice(0, 4).map((n) => v(modelMm(node(`${n}_r`))))
    const pir = MUSCLE_PATHS.find((p) => p.id === 'piriformis')!
    const axis = ['piriformis_origin_r', 'piriformis_via_r', 'piriformis_insertion_r'].map((n) =>
      v(modelMm(node(n))),
    )
    const bones = { ilium: triangles('ilium_r'), sacrum: triangles('sacrum') }
    const segments = SCIATIC_TRUNK.length - 1 + TIBIAL_NERVE.length
    for (let i = 0; i + 1 < nerve.length; i++)
      for (let k = 0; k <= 8; k++) {
        const p = nerve[i]!.clone().lerp(nerve[i + 1]!, k / 8)
        const r = trunkRadius((i + k / 8) / segments) * 1000
        const toPir = Math.min(
          ...[0, 1].map((j) =>
            new THREE.Line3(axis[j], axis[j + 1])
              .closestPointToPoint(p, true, new THREE.Vector3())
              .distanceTo(p),
          ),
        )
        const at = `SN${i}+${k}/8`
        expect(toPir - r - pir.bellyRadiusMm, `${at}: gap to the piriformis (mm)`).toBeGreaterThan(0)
        for (const [name, tris] of Object.entries(bones))
          expect(signedDistance(p, tris) - r, `${at}: gap to the ${name} (mm)`).toBeGreaterThan(0)
      }
  })
})
