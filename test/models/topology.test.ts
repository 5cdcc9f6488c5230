// Every bone of public/models/skeleton.glb is one closed surface with the through-holes its anatomy has
// (issue 15): no crack (an edge of one triangle), no internal wall (an edge of three or more), no pinch, no
// loose piece, after welding equal positions as the file stores them (int16, 0.03 mm).
import type * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { topology } from '../../scripts/models/topology'
import { loadGlb } from './loadGlb'

/** Through-holes as modelled: the vertebral foramen, the obturator foramen, the sacrum's four pairs of
 * foramina (each from the pelvic to the dorsal surface) and its canal (from S1 to the hiatus); every other
 * bone is a solid without a tunnel. */
const HOLES: Record<string, number> = {
  ilium: 1,
  sacrum: 9,
  T11: 1,
  T12: 1,
  L1: 1,
  L2: 1,
  L3: 1,
  L4: 1,
  L5: 1,
}
/** Meshes of several separate parts: the context rib cage (12 rib pairs with their cartilages, the sternum,
 * T1-T10), 35 parts. */
const PIECES: Record<string, number> = { ribs_lower: 35 }

let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})

describe('bone meshes are closed, in one piece, with their anatomical holes (issue 15)', () => {
  it('every mesh node', () => {
    const meshes: THREE.Mesh[] = []
    gltf.scene.traverse((o) => {
      if ((o as THREE.Mesh).isMesh) meshes.push(o as THREE.Mesh)
    })
    expect(meshes.length).toBeGreaterThan(60)
    for (const m of meshes) {
      const base = m.name.replace(/_[lr]$/, '')
      const p = m.geometry.getAttribute('position')
      const pos = new Float32Array(p.count * 3)
      for (let i = 0; i < p.count; i++) pos.set([p.getX(i), p.getY(i), p.getZ(i)], i * 3)
      const t = topology(pos, m.geometry.index!.array)
      expect({ ...t }, m.name).toEqual({
        openEdges: 0,
        wallEdges: 0,
        degenerate: 0,
        pinched: 0,
        pieces: PIECES[base] ?? 1,
        holes: base.startsWith('disc_') ? 0 : (HOLES[base] ?? 0),
      })
    }
  })
})

describe('topology() itself', () => {
  it('counts a wall, a crack and a hole', () => {
    // A closed tetrahedron: no fault, no hole.
    const tet = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]
    const tetI = [0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2]
    expect(topology(tet, tetI)).toEqual({
      openEdges: 0,
      wallEdges: 0,
      pieces: 1,
      holes: 0,
      degenerate: 0,
      pinched: 0,
    })
    // One face removed: three open edges.
    expect(topology(tet, tetI.slice(3)).openEdges).toBe(3)
    // A fin on edge 0-1: a third triangle on it.
    const fin = [...tet, 0.5, -1, 0.5]
    expect(topology(fin, [...tetI, 0, 1, 4]).wallEdges).toBe(1)
  })
})
