// A stand-in skeleton with the model's node names, hierarchy and rough joint positions (metres, Y up,
// subject facing +Z, right at −X), for posing and scene tests that must not depend on the generated GLB.
import { BoxGeometry, Mesh, MeshStandardMaterial, Object3D } from 'three'
import { LUMBAR_LEVELS, discNode, facetNode, sided, type Side } from '../../src/anatomy/names'

function add(parent: Object3D, name: string, x: number, y: number, z: number, mesh = false): Object3D {
  const o = mesh ? new Mesh(new BoxGeometry(0.04, 0.02, 0.04), new MeshStandardMaterial()) : new Object3D()
  o.name = name
  o.position.set(x, y, z)
  parent.add(o)
  return o
}

export function makeRigFixture(): Object3D {
  const root = new Object3D()
  const pelvis = add(root, 'pelvis', 0, 0.95, 0)
  const sacrum = add(pelvis, 'sacrum', 0, 0.02, -0.1)
  let parent = sacrum
  const vertebrae = ['L5', 'L4', 'L3', 'L2', 'L1']
  vertebrae.forEach((v) => {
    parent = add(parent, v, 0, 0.035, 0)
  })
  // Discs and facets hang under the vertebra above each level's lower bone.
  LUMBAR_LEVELS.forEach((level) => {
    const upper = root.getObjectByName(level.split('-')[0]!)!
    add(upper, discNode(level), 0, -0.012, 0, true)
    for (const s of ['l', 'r'] as Side[])
      add(upper, facetNode(level, s), s === 'r' ? -0.015 : 0.015, -0.012, -0.03)
  })
  for (const s of ['l', 'r'] as Side[]) {
    const x = s === 'r' ? -0.09 : 0.09
    add(pelvis, sided('ilium', s), x * 0.8, 0.05, -0.08, true)
    const femur = add(pelvis, sided('femur', s), x, 0, 0, true)
    const tibia = add(femur, sided('tibia', s), 0, -0.42, 0, true)
    const talus = add(tibia, sided('talus', s), 0, -0.41, 0, true)
    add(talus, sided('calcaneus', s), 0, -0.05, -0.03, true)
    add(talus, sided('navicular', s), s === 'r' ? 0.02 : -0.02, -0.03, 0.04, true)
    add(pelvis, sided('piriformis_origin', s), x * 0.3, 0.02, -0.12)
    add(pelvis, sided('piriformis_via', s), x * 0.7, -0.02, -0.11)
    add(femur, sided('piriformis_insertion', s), 0, -0.01, -0.02)
    for (let i = 0; i < 7; i++)
      add(i < 4 ? pelvis : femur, sided(`sciatic_${i}`, s), x, i < 4 ? -0.02 * i : -0.1 * (i - 3), -0.12)
    for (let i = 1; i <= 4; i++) add(tibia, sided(`tibial_nerve_${i}`, s), 0, -0.1 * i, -0.04)
  }
  root.updateMatrixWorld(true)
  return root
}
