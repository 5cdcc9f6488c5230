// Load public/models/skeleton.glb in Node the way the app does: three's GLTFLoader + the self-hosted MeshoptDecoder.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as THREE from 'three'
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

export const GLB_PATH = resolve(__dirname, '../../public/models/skeleton.glb')

export async function loadGlb(bytes: Uint8Array = readFileSync(GLB_PATH)): Promise<GLTF> {
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  const gltf = await new Promise<GLTF>((ok, fail) => loader.parse(ab, '', ok, fail))
  gltf.scene.updateMatrixWorld(true)
  return gltf
}

/** World position of a node in millimetres, back in the model frame (x anterior, y up, z right). */
export function modelMm(o: THREE.Object3D, side: 'l' | 'r' = 'r'): [number, number, number] {
  const p = o.getWorldPosition(new THREE.Vector3())
  const z = -p.x * 1000
  return [p.z * 1000, p.y * 1000, side === 'l' ? -z : z]
}

/** Vertices of a mesh node in model mm (right-side frame; the left is mirrored back). */
export function meshVerticesMm(o: THREE.Object3D, side: 'l' | 'r' = 'r'): [number, number, number][] {
  const out: [number, number, number][] = []
  // The node's own mesh only, not its child bones.
  for (const m of [o]) {
    const mesh = m as THREE.Mesh
    if (!mesh.isMesh) continue
    const pos = mesh.geometry.getAttribute('position')
    const v = new THREE.Vector3()
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld)
      const z = -v.x * 1000
      out.push([v.z * 1000, v.y * 1000, side === 'l' ? -z : z])
    }
  }
  return out
}

/** Triangles of a bone's own mesh in model mm (as meshVerticesMm), in the mesh's index order. */
export function meshTrianglesMm(o: THREE.Object3D): THREE.Triangle[] {
  const mesh = o as THREE.Mesh
  const pts = meshVerticesMm(mesh).map((p) => new THREE.Vector3(p[0], p[1], p[2]))
  const idx = mesh.geometry.index!.array
  const out: THREE.Triangle[] = []
  for (let i = 0; i < idx.length; i += 3)
    out.push(new THREE.Triangle(pts[idx[i]!], pts[idx[i + 1]!], pts[idx[i + 2]!]))
  return out
}
