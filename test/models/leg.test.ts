// The shank read back from public/models/skeleton.glb (issue 16): tibial torsion, the medial malleolus below
// the ankle roof, the fibula behind and lateral to the tibia and clear of it.
import type * as THREE from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { LONG_BONE } from '../../src/anatomy/landmarks'
import { SIDES, sided } from '../../src/anatomy/names'
import { penetrationMm } from '../scene/jointGaps'
import { loadGlb, meshVerticesMm, modelMm } from './loadGlb'

type P3 = [number, number, number]
let gltf: GLTF
beforeAll(async () => {
  gltf = await loadGlb()
})
const get = (name: string) => gltf.scene.getObjectByName(name)!
const verts = (bone: string, side: 'l' | 'r') => meshVerticesMm(get(sided(bone, side)), side)
/** Middle of the x-z bounding box of some vertices (a slice's centre in the transverse plane). */
const mid = (vs: P3[]): [number, number] => {
  const xs = vs.map((v) => v[0]),
    zs = vs.map((v) => v[2])
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...zs) + Math.max(...zs)) / 2]
}
const lowest = (vs: P3[]) => Math.min(...vs.map((v) => v[1]))
/** Angle (°) by which the line from a to b (medial to lateral, x anterior, z lateral) is turned externally. */
const externalDeg = (a: readonly number[], b: readonly number[]) =>
  (Math.atan2(-(b[0]! - a[0]!), b[1]! - a[1]!) * 180) / Math.PI

describe.each(SIDES)('shank, side %s (issue 16)', (side) => {
  const ankle = () => modelMm(get(sided('talus', side)), side)
  const knee = () => modelMm(get(sided('tibia', side)), side)
  /** Transmalleolar axis: centres of the distal 8 mm of the medial malleolus and of the fibula. */
  const malleoli = () => {
    const t = verts('tibia', side)
    const tip = lowest(t)
    const med = mid(t.filter((v) => v[1] < tip + 8 && v[2] < ankle()[2] - 12))
    const f = verts('fibula', side)
    const ftip = lowest(f)
    return { tip, ftip, med, lat: mid(f.filter((v) => v[1] < ftip + 8)) }
  }
  /** Posterior condylar line: the most posterior point of each tibial condyle in the plateau's top 15 mm. */
  const condylarLine = () => {
    const t = verts('tibia', side)
    const top = Math.max(...t.map((v) => v[1]))
    const prox = t.filter((v) => v[1] > top - 15)
    const back = (vs: P3[]) => vs.reduce((a, b) => (b[0] < a[0] ? b : a))
    const k = knee()[2]
    return [back(prox.filter((v) => v[2] < k - 10)), back(prox.filter((v) => v[2] > k + 10))] as const
  }

  it(`tibial torsion ${LONG_BONE.tibialTorsionDeg.value}° external (§5.2) within 3°: transmalleolar axis against the posterior condylar line`, () => {
    const { med, lat } = malleoli()
    const [pm, pl] = condylarLine()
    const torsion = externalDeg(med, lat) - externalDeg([pm[0], pm[2]], [pl[0], pl[2]])
    expect(
      Math.abs(torsion - LONG_BONE.tibialTorsionDeg.value),
      `torsion ${torsion.toFixed(1)}°`,
    ).toBeLessThan(3)
  })

  it('medial malleolus reaches 10–15 mm below the ankle roof (the plafond over the talar dome)', () => {
    const t = verts('tibia', side)
    const a = ankle()
    const roof = lowest(t.filter((v) => Math.hypot(v[0] - a[0], v[2] - a[2]) < 4 && v[1] < a[1] + 40))
    const depth = roof - lowest(t)
    expect(depth, `depth ${depth.toFixed(1)} mm`).toBeGreaterThanOrEqual(10)
    expect(depth).toBeLessThanOrEqual(15)
  })

  it('lateral malleolus lower than the medial (§2.3: 16.5 mm in the OpenSim mesh; about 10 in textbooks)', () => {
    const { tip, ftip } = malleoli()
    expect(tip - ftip).toBeGreaterThanOrEqual(5)
    expect(tip - ftip).toBeLessThanOrEqual(17)
  })

  it('fibula posterolateral to the tibia at its head, mid-shaft and malleolus, and clear of it', () => {
    const t = verts('tibia', side)
    const f = verts('fibula', side)
    const k = knee()
    for (const y of [k[1] - 60, (k[1] + ankle()[1]) / 2, ankle()[1] + 10]) {
      const band = (vs: P3[]) => vs.filter((v) => Math.abs(v[1] - y) < 4)
      const tc = mid(band(t))
      const fc = mid(band(f))
      expect(fc[0], `fibula behind the tibia's centre at y ${y.toFixed(0)}`).toBeLessThan(tc[0])
      expect(fc[1] - tc[1], `fibula lateral at y ${y.toFixed(0)}`).toBeGreaterThan(15)
    }
    const fib = get(sided('fibula', side)) as THREE.Mesh
    const tib = get(sided('tibia', side)) as THREE.Mesh
    expect(Math.max(penetrationMm(fib, tib), penetrationMm(tib, fib)), 'fibula into tibia (mm)').toBeLessThan(
      0.3,
    )
  })
})
