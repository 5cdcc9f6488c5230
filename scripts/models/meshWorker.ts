// One meshing thread of scripts/models/build.ts: meshes the bones it is sent, one at a time, and posts each
// mesh back (buffers transferred). Every bone is a pure function of its shape and budget, so which thread
// meshes it does not change a byte of the output.
import { parentPort } from 'node:worker_threads'
import { BUILDS } from './bones'
import { bakeAo } from './ao'
import { initMeshing, meshShape, type BoneMesh } from './mesh'

export type MeshRequest = { name: string }
export type MeshReply = { name: string; mesh: BoneMesh; ms: number } | { name: string; error: string }

const port = parentPort
if (!port) throw new Error('scripts/models/meshWorker.ts runs as a worker thread of scripts/models/build.ts')
await initMeshing()
port.on('message', ({ name }: MeshRequest) => {
  try {
    const t = performance.now()
    const b = BUILDS[name]
    if (!b) throw new Error(`no build for ${name}`)
    const mesh = meshShape(b.shape(), b.opts)
    // Ambient occlusion from the bone's own field and its neighbours' (each a pure function of the shapes).
    mesh.ao = bakeAo(name, mesh)
    const reply: MeshReply = { name, mesh, ms: performance.now() - t }
    port.postMessage(
      reply,
      [mesh.positions, mesh.normals, mesh.indices, mesh.ao].map((a) => a.buffer as ArrayBuffer),
    )
  } catch (e) {
    const reply: MeshReply = { name, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }
    port.postMessage(reply)
  }
})
port.postMessage({ ready: true })
