// The run-time arch recipe (src/anatomy/arch.ts) applied to the real GLB nodes, as the explorer applies it.
import * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { ARCH_RANGE_MM, archAngles, archPose } from '../../src/anatomy/arch'
import { loadGlb, modelMm } from './loadGlb'

let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})
const get = (n: string) => gltf.scene.getObjectByName(n)!
function pose(heightMm: number | null) {
  for (const side of ['l', 'r'] as const) {
    const p = archPose(side, heightMm ?? 45)
    for (const [name, t] of Object.entries(p)) {
      get(name).quaternion.set(...t.rotation)
      get(name).position.set(...t.translation)
    }
  }
  gltf.scene.updateMatrixWorld(true)
}
const snapshot = (side: 'l' | 'r') => ({
  tub: modelMm(get(`navicular_tuberosity_${side}`), side),
  heel: get(`calcaneus_${side}`).matrixWorld.clone(),
  mtp: [1, 2, 3].map((i) => modelMm(get(`phalanx_proximal_${i}_${side}`), side)),
})

describe('arch recipe: navicular tuberosity follows the input, heel and forefoot stay planted', () => {
  it('45 mm is the rest pose (identity rotations, rest translations)', () => {
    const g = archAngles(45)
    expect(
      Math.abs(g.talusDeg) + Math.abs(g.navicularDeg) + g.metatarsalDeg.reduce((a, b) => a + Math.abs(b), 0),
    ).toBeLessThan(1e-6)
  })
  for (const h of [28, 35, 40, 50, 55, 62]) {
    it(`navicular height ${h} mm (S27 low 27-35, normal 36-55, high 56-64)`, () => {
      pose(null)
      const rest = { l: snapshot('l'), r: snapshot('r') }
      pose(h)
      for (const side of ['l', 'r'] as const) {
        const now = snapshot(side)
        expect(now.tub[1]).toBeCloseTo(h, 1)
        // Heel: same world matrix (no rotation, no translation).
        const a = now.heel.elements,
          b = rest[side].heel.elements
        for (let i = 0; i < 16; i++) expect(a[i]!).toBeCloseTo(b[i]!, 6)
        // Metatarsal heads 1-3 (MTP centres) keep their height; the foot lengthens as the arch drops and shortens as it rises (up to ~23 mm at 62 mm).
        now.mtp.forEach((p, i) => {
          expect(p[1], `MTP ${i + 1}`).toBeCloseTo(rest[side].mtp[i]![1], 1)
          expect(Math.abs(p[0] - rest[side].mtp[i]![0]), `MTP ${i + 1} slides`).toBeLessThan(25)
        })
      }
      // Left and right are mirror images.
      const l = snapshot('l').tub,
        r = snapshot('r').tub
      expect(Math.hypot(l[0] - r[0], l[1] - r[1], l[2] - r[2])).toBeLessThan(1e-6 + 0.001)
      pose(null)
    })
  }
  it('clamps outside the reachable range and says so', () => {
    expect(archAngles(10)).toMatchObject({ navicularHeightMm: ARCH_RANGE_MM[0], clamped: true })
    expect(archAngles(90)).toMatchObject({ navicularHeightMm: ARCH_RANGE_MM[1], clamped: true })
    expect(() => archAngles(Number.NaN)).toThrow(/navicularHeightMm/)
  })
  it('lowering the arch plantarflexes the talus (talar declination rises, as in pes planus)', () => {
    expect(archAngles(30).talusDeg).toBeLessThan(-10)
    expect(archAngles(60).talusDeg).toBeGreaterThan(10)
    void THREE
  })
})
