import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { BONES } from '../../src/anatomy/skeleton'
import { BUILDS } from './bones'
import { writeGlb, type MeshTable } from './gltf'
import type { BoneMesh } from './mesh'
import type { MeshReply } from './meshWorker'

export interface BuildOptions {
  /** Meshing threads (default: one per core). The output does not depend on it. */
  threads?: number
}

/**
 * Mesh every bone (right side / axial; the left is mirrored in the writer) and write the GLB. The bones are
 * meshed on worker threads, one per core (meshing is CPU-bound JavaScript and WebAssembly, one bone at a
 * time per thread); the table is then filled in name order, so the bytes are the same for any thread count.
 */
export async function buildSkeletonGlb(
  progress?: (name: string, ms: number) => void,
  only?: readonly string[],
  options: BuildOptions = {},
): Promise<{ glb: Uint8Array; triangles: number; meshes: MeshTable }> {
  const names = Object.keys(BUILDS)
    .sort()
    .filter((n) => !only || only.includes(n))
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), names.length))
  const meshed = await meshOnThreads(names, threads, progress)
  const meshes: MeshTable = new Map()
  for (const name of names) meshes.set(name, meshed.get(name)!)
  if (only) return { glb: new Uint8Array(), triangles: 0, meshes }
  const glb = await writeGlb(meshes)
  let triangles = 0
  for (const [name, m] of meshes)
    triangles += (m.indices.length / 3) * (BONES.find((b) => b.name === name)?.sided ? 2 : 1)
  return { glb, triangles, meshes }
}

/** Grid cells the level set samples for a bone: its cost, near enough to start the slowest bones first. */
function cells(name: string): number {
  const b = BUILDS[name]!
  const shapes = b.shape()
  const pad = 4 * b.opts.edgeMm
  return (Array.isArray(shapes) ? shapes : [shapes]).reduce(
    (n, s) =>
      n +
      ((s.box[3] - s.box[0] + pad) * (s.box[4] - s.box[1] + pad) * (s.box[5] - s.box[2] + pad)) /
        b.opts.edgeMm ** 3,
    0,
  )
}

async function meshOnThreads(
  names: string[],
  threads: number,
  progress?: (name: string, ms: number) => void,
): Promise<Map<string, BoneMesh>> {
  const costs = new Map(names.map((n) => [n, cells(n)]))
  const queue = [...names].sort((a, b) => costs.get(b)! - costs.get(a)! || (a < b ? -1 : 1))
  const out = new Map<string, BoneMesh>()
  const workers: Worker[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = names.length
      if (pending === 0) return resolve()
      for (let i = 0; i < threads; i++) {
        const w = new Worker(new URL('./meshThread.mjs', import.meta.url))
        workers.push(w)
        const next = () => {
          const name = queue.shift()
          if (name) w.postMessage({ name })
        }
        w.on('message', (m: MeshReply | { ready: true }) => {
          if ('ready' in m) return next()
          if ('error' in m) return reject(new Error(`meshing ${m.name}: ${m.error}`))
          out.set(m.name, m.mesh)
          progress?.(m.name, m.ms)
          if (--pending === 0) resolve()
          else next()
        })
        w.on('error', reject)
        w.on('exit', (code) => {
          if (pending > 0) reject(new Error(`meshing thread exited with code ${code}`))
        })
      }
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return out
}
