// Writes the node table (src/anatomy/skeleton.ts) and the bone meshes into one GLB: metres, three.js frame,
// positions as normalized int16 (KHR_mesh_quantization; every bone's local extent is under 1 m, so the
// step is 0.03 mm and no node carries a dequantization transform), normals as int8, then
// EXT_meshopt_compression. Nothing time- or machine-dependent goes into the file.
import { Document, NodeIO, type Accessor, type Material, type Node } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptEncoder } from 'meshoptimizer'
import { allNodes, type MaterialName } from '../../src/anatomy/skeleton'
import { toThree } from '../../src/anatomy/frame'
import type { Side } from '../../src/anatomy/names'
import type { BoneMesh } from './mesh'

/** Bone-like, not metallic (issue 3); the explorer clones these to colour discs. */
const MATERIALS: Record<MaterialName, { color: [number, number, number, number]; roughness: number }> = {
  bone: { color: [0.86, 0.8, 0.68, 1], roughness: 0.62 },
  disc: { color: [0.56, 0.64, 0.74, 1], roughness: 0.45 },
  context: { color: [0.78, 0.76, 0.72, 1], roughness: 0.75 },
}

/** Meshes keyed by base bone name (right side / axial, model mm). */
export type MeshTable = Map<string, BoneMesh>

export async function writeGlb(meshes: MeshTable): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'kinetic-chain-explorer scripts/build-models.ts'
  const buffer = doc.createBuffer()
  const scene = doc.createScene('skeleton')
  const mats = new Map<MaterialName, Material>()
  for (const [name, m] of Object.entries(MATERIALS) as [MaterialName, (typeof MATERIALS)[MaterialName]][]) {
    mats.set(
      name,
      doc
        .createMaterial(name)
        .setBaseColorFactor(m.color)
        .setRoughnessFactor(m.roughness)
        .setMetallicFactor(0),
    )
  }
  // Each bone's vertices in meshopt's order for size (what gltf-transform's reorder() did per primitive), done
  // once per bone so that both sides keep the same vertex order and share one COLOR_0 accessor: the baked
  // occlusion is symmetric, and stored once it costs half (issue 16).
  const ordered = new Map<string, BoneMesh>()
  for (const [name, m] of meshes) ordered.set(name, reorderForSize(m))
  const colours = new Map<string, Accessor>()
  const byName = new Map<string, Node>()
  for (const n of allNodes()) {
    const node = doc
      .createNode(n.name)
      .setTranslation(n.localM.map((v) => Math.round(v * 1e6) / 1e6) as [number, number, number])
    byName.set(n.name, node)
    if (n.parent) byName.get(n.parent)!.addChild(node)
    else scene.addChild(node)
    if (!n.spec.material) continue
    const mesh = ordered.get(n.spec.name)
    if (!mesh) throw new Error(`no mesh for ${n.spec.name}`)
    const prim = toPrimitive(doc, buffer, mesh, n.spec.originMm, n.side, n.spec.sided)
    if (mesh.ao) {
      let col = colours.get(n.spec.name)
      if (!col) {
        // Baked ambient light as a grey vertex colour (linear, multiplies the base colour); uint8 normalized.
        const rgb = new Uint8Array(mesh.ao.length * 3)
        for (let i = 0; i < mesh.ao.length; i++) rgb[i * 3] = rgb[i * 3 + 1] = rgb[i * 3 + 2] = mesh.ao[i]!
        col = doc.createAccessor().setType('VEC3').setArray(rgb).setNormalized(true).setBuffer(buffer)
        colours.set(n.spec.name, col)
      }
      prim.setAttribute('COLOR_0', col)
    }
    prim.setMaterial(mats.get(n.spec.material)!)
    node.setMesh(doc.createMesh(n.name).addPrimitive(prim))
  }
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE })
  const io = new NodeIO()
    .registerExtensions([KHRMeshQuantization, EXTMeshoptCompression])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
  return io.writeBinary(doc)
}

function toPrimitive(
  doc: Document,
  buffer: ReturnType<Document['createBuffer']>,
  m: BoneMesh,
  originMm: readonly [number, number, number],
  side: Side,
  isSided: boolean,
) {
  const nv = m.positions.length / 3
  const pos = new Int16Array(nv * 3)
  const nor = new Int8Array(nv * 3)
  const o = toThree(originMm, isSided ? side : 'r')
  const mirror = isSided && side === 'l'
  for (let i = 0; i < nv; i++) {
    const p = toThree(
      [m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!],
      mirror ? 'l' : 'r',
    )
    for (let k = 0; k < 3; k++) {
      const v = p[k]! - o[k]!
      if (Math.abs(v) >= 1)
        throw new Error('bone extends beyond 1 m of its origin; int16 normalized positions would clip')
      pos[i * 3 + k] = Math.round(v * 32767)
    }
    // Normals map like directions: (nx, ny, nz)_model -> (-nz, ny, nx), mirrored for the left side.
    const nx = m.normals[i * 3]!,
      ny = m.normals[i * 3 + 1]!,
      nz = m.normals[i * 3 + 2]!
    const n3 = [mirror ? nz : -nz, ny, nx]
    for (let k = 0; k < 3; k++) nor[i * 3 + k] = Math.round(n3[k]! * 127)
  }
  const idx = new Uint32Array(m.indices.length)
  for (let t = 0; t < m.indices.length; t += 3) {
    // Mirroring flips handedness: swap two corners to keep counter-clockwise winding.
    idx[t] = m.indices[t]!
    idx[t + 1] = mirror ? m.indices[t + 2]! : m.indices[t + 1]!
    idx[t + 2] = mirror ? m.indices[t + 1]! : m.indices[t + 2]!
  }
  const useShort = nv < 65536
  const prim = doc
    .createPrimitive()
    .setAttribute(
      'POSITION',
      doc.createAccessor().setType('VEC3').setArray(pos).setNormalized(true).setBuffer(buffer),
    )
    .setAttribute(
      'NORMAL',
      doc.createAccessor().setType('VEC3').setArray(nor).setNormalized(true).setBuffer(buffer),
    )
    .setIndices(
      doc
        .createAccessor()
        .setType('SCALAR')
        .setArray(useShort ? new Uint16Array(idx) : idx)
        .setBuffer(buffer),
    )
  return prim
}

/** The mesh with its triangles and vertices in meshopt's order for size (deterministic). */
function reorderForSize(m: BoneMesh): BoneMesh {
  const indices = m.indices.slice()
  const [remap, unique] = MeshoptEncoder.reorderMesh(indices, true, true)
  const positions = new Float32Array(unique * 3)
  const normals = new Float32Array(unique * 3)
  const ao = m.ao ? new Uint8Array(unique) : undefined
  for (let i = 0; i < remap.length; i++) {
    const j = remap[i]!
    if (j === 0xffffffff) continue
    for (let k = 0; k < 3; k++) {
      positions[j * 3 + k] = m.positions[i * 3 + k]!
      normals[j * 3 + k] = m.normals[i * 3 + k]!
    }
    if (ao) ao[j] = m.ao![i]!
  }
  return { positions, normals, indices, ao }
}
