// The back of the distal tibia read back from public/models/skeleton.glb (issue 16): the posterior margin of the
// ankle roof, where the tibia is cut around the talus swept through its drawn range, is an even rounded lip, not
// a ragged line across the bone that reads as a fracture.
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { SIDES, sided } from '../../src/anatomy/names'
import { loadGlb, meshVerticesMm, modelMm } from './loadGlb'

/** Width (mm) of the mediolateral bins along the lip. */
const BIN_MM = 2
/** Largest change (mm) of the lip's height from one bin to the next. */
const STEP_MM = 1

let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})

/** The lowest point of the tibia's back (more than 10 mm behind the ankle centre, up to 40 mm above it) in 2 mm
 * bins across the joint, from the medial malleolus' base (10 mm medial) to the fibular notch (14 mm lateral). */
export function lipHeightsMm(g: GLTF, side: 'l' | 'r'): number[] {
  const a = modelMm(g.scene.getObjectByName(sided('talus', side))!, side)
  const t = meshVerticesMm(g.scene.getObjectByName(sided('tibia', side))!, side)
  const out: number[] = []
  for (let z = a[2] - 10; z < a[2] + 14; z += BIN_MM) {
    const ys = t
      .filter((v) => v[2] >= z && v[2] < z + BIN_MM && v[0] < a[0] - 10 && v[1] > a[1] && v[1] < a[1] + 40)
      .map((v) => v[1] - a[1])
    if (ys.length) out.push(Math.min(...ys))
  }
  return out
}

describe.each(SIDES)('posterior lip of the distal tibia, side %s (issue 16)', (side) => {
  it(`its height above the ankle changes by at most ${STEP_MM} mm per ${BIN_MM} mm across the joint`, () => {
    const h = lipHeightsMm(gltf, side)
    expect(h.length).toBeGreaterThanOrEqual(10)
    const steps = h.slice(1).map((v, i) => Math.abs(v - h[i]!))
    expect(Math.max(...steps), `lip heights ${h.map((v) => v.toFixed(1)).join(' ')}`).toBeLessThanOrEqual(
      STEP_MM,
    )
  })
})
