import { BONES } from '../../src/anatomy/skeleton'
import { BUILDS } from './bones'
import { writeGlb, type MeshTable } from './gltf'
import { initMeshing, meshShape } from './mesh'

/** Mesh every bone (right side / axial; the left is mirrored in the writer) and write the GLB. */
export async function buildSkeletonGlb(
  progress?: (name: string, ms: number) => void,
  only?: readonly string[],
): Promise<{ glb: Uint8Array; triangles: number; meshes: MeshTable }> {
  await initMeshing()
  const meshes: MeshTable = new Map()
  for (const name of Object.keys(BUILDS).sort()) {
    if (only && !only.includes(name)) continue
    const t = performance.now()
    const b = BUILDS[name]!
    meshes.set(name, meshShape(b.shape(), b.opts))
    progress?.(name, performance.now() - t)
  }
  if (only) return { glb: new Uint8Array(), triangles: 0, meshes }
  const glb = await writeGlb(meshes)
  let triangles = 0
  for (const [name, m] of meshes)
    triangles += (m.indices.length / 3) * (BONES.find((b) => b.name === name)?.sided ? 2 : 1)
  return { glb, triangles, meshes }
}
