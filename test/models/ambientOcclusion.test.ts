// Baked ambient occlusion (issue 16, "Depth"): every bone mesh of public/models/skeleton.glb carries COLOR_0, a
// grey in 0..1 that the app's bone materials multiply by (scripts/models/ao.ts); open surfaces keep 1, and a
// crevice is darker than a convex point.
import type * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { ALL_BONE_NODES } from '../../src/anatomy/names'
import { PELVIS } from '../../src/anatomy/landmarks'
import { ACETABULAR_AXIS, CUP_RADIUS_MM } from '../../scripts/models/pelvis'
import { AO_FLOOR } from '../../scripts/models/ao'
import { loadGlb, meshVerticesMm } from './loadGlb'

let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})
const mesh = (name: string) => gltf.scene.getObjectByName(name) as THREE.Mesh

describe('baked ambient occlusion in COLOR_0 (issue 16)', () => {
  it('every bone mesh has a grey COLOR_0 within [AO_FLOOR, 1], mostly open', () => {
    let open = 0
    let all = 0
    for (const n of ALL_BONE_NODES.filter((b) => b !== 'pelvis')) {
      const col = mesh(n).geometry.getAttribute('color')
      expect(col, n).toBeDefined()
      expect(col.count, n).toBe(mesh(n).geometry.getAttribute('position').count)
      for (let i = 0; i < col.count; i++) {
        const r = col.getX(i)
        expect(col.getY(i)).toBe(r)
        expect(col.getZ(i)).toBe(r)
        // Quantized to 1/64 steps (ao.ts), so the floor may round down by half a step.
        expect(r, n).toBeGreaterThanOrEqual(AO_FLOOR - 1 / 128)
        expect(r, n).toBeLessThanOrEqual(1)
        all++
        if (r === 1) open++
      }
    }
    // Subtle: most of the surface is left as it was.
    expect(open / all).toBeGreaterThan(0.6)
  })

  it('the acetabular floor is darker than the top of the iliac crest, on both sides', () => {
    const h = PELVIS.hip.value
    // The deepest point of the cup: from the hip centre against the opening, one cup radius.
    const floor = h.map((c, k) => c - ACETABULAR_AXIS[k]! * CUP_RADIUS_MM)
    const crest = PELVIS.iliacCrestTop.value
    for (const side of ['r', 'l'] as const) {
      // The left is stored mirrored; meshVerticesMm mirrors it back, so the same points apply.
      const m = mesh(`ilium_${side}`)
      const verts = meshVerticesMm(m, side)
      const col = m.geometry.getAttribute('color')
      const near = (p: readonly number[]) => {
        let best = 0
        let bestD = Infinity
        verts.forEach((v, i) => {
          const d = Math.hypot(v[0] - p[0]!, v[1] - p[1]!, v[2] - p[2]!)
          if (d < bestD) [best, bestD] = [i, d]
        })
        expect(bestD).toBeLessThan(6)
        return col.getX(best)
      }
      const cup = near(floor)
      const top = near(crest)
      expect(top, `crest ${side}`).toBe(1)
      expect(cup, `cup ${side}`).toBeLessThan(0.6)
    }
  })

  it('both sides carry the same occlusion (the bake is symmetric, stored once)', () => {
    for (const b of ['femur', 'ilium', 'talus', 'metatarsal_1']) {
      const r = mesh(`${b}_r`).geometry.getAttribute('color')
      const l = mesh(`${b}_l`).geometry.getAttribute('color')
      expect(Array.from(l.array as Uint8Array), b).toEqual(Array.from(r.array as Uint8Array))
    }
  })
})
