// Shape -> watertight triangle mesh (manifold-3d levelSet) -> simplified (meshoptimizer) -> smooth normals
// from the distance field's gradient. Everything in model mm; the GLB writer converts to metres.
import Module from 'manifold-3d'
import { MeshoptSimplifier, type SimplifierFlags } from 'meshoptimizer'
import type { Shape } from './sdf'
import { topology, type Topology } from './topology'

type Wasm = Awaited<ReturnType<typeof Module>>
let wasm: Wasm | null = null
export async function initMeshing(): Promise<void> {
  if (!wasm) {
    wasm = await Module()
    wasm.setup()
  }
  await MeshoptSimplifier.ready
}

export interface BoneMesh {
  /** Positions, model mm, xyz interleaved. */
  positions: Float32Array
  /** Unit normals, interleaved. */
  normals: Float32Array
  /** Counter-clockwise from outside. */
  indices: Uint32Array
  /** Baked ambient light per vertex, 0..255 (scripts/models/ao.ts); written as COLOR_0. */
  ao?: Uint8Array
}

export interface MeshOptions {
  /** Grid edge length (mm): detail vs time. */
  edgeMm: number
  /** Upper bound on triangles after simplification. */
  maxTriangles: number
  /** Geometric error allowed to the simplifier (mm). */
  errorMm: number
  /**
   * Extra simplifier flags. 'RegularizeLight' trades a little of the error budget for even triangles: the
   * plain simplifier leaves long thin slivers on gently curved bone, which read as facets (issue 16).
   */
  flags?: SimplifierFlags[]
}

/** Mesh one shape, or several disjoint parts (each budgeted separately) into one mesh. */
export function meshShape(shape: Shape | Shape[], o: MeshOptions): BoneMesh {
  if (!Array.isArray(shape)) return meshOne(shape, o)
  const parts = shape.map((s) => meshOne(s, o))
  const nv = parts.reduce((n, p) => n + p.positions.length, 0)
  const ni = parts.reduce((n, p) => n + p.indices.length, 0)
  const out: BoneMesh = {
    positions: new Float32Array(nv),
    normals: new Float32Array(nv),
    indices: new Uint32Array(ni),
  }
  let vo = 0
  let io = 0
  for (const p of parts) {
    out.positions.set(p.positions, vo)
    out.normals.set(p.normals, vo)
    for (let i = 0; i < p.indices.length; i++) out.indices[io + i] = p.indices[i]! + vo / 3
    vo += p.positions.length
    io += p.indices.length
  }
  return out
}

function meshOne(shape: Shape, o: MeshOptions): BoneMesh {
  if (!wasm) throw new Error('initMeshing() first')
  const pad = 2 * o.edgeMm
  const b = shape.box
  // A thin place (two surfaces a grid step apart) can come out of the level set as two sheets meeting at a
  // vertex or an edge: a pinch or an internal wall once equal positions are welded (issue 15). Such a
  // surface is meshed again 0.1 mm further out, where the two sides have fused.
  const clean = (t: Topology) =>
    t.openEdges + t.wallEdges + t.degenerate + t.pinched === 0 && Number.isInteger(t.holes)
  let pos = new Float32Array(0)
  let src = new Uint32Array(0)
  let want: Topology | null = null
  for (let k = 0; k < 4 && !(want && clean(want)); k++) {
    const m = wasm.Manifold.levelSet(
      (p) => -shape.d(p[0], p[1], p[2]),
      { min: [b[0] - pad, b[1] - pad, b[2] - pad], max: [b[3] + pad, b[4] + pad, b[5] + pad] },
      o.edgeMm,
      -0.1 * k,
    )
    const mesh = m.getMesh()
    m.delete()
    const np = mesh.numProp
    const n = mesh.vertProperties.length / np
    pos = new Float32Array(n * 3)
    for (let i = 0; i < n; i++) for (let j = 0; j < 3; j++) pos[i * 3 + j] = mesh.vertProperties[i * np + j]!
    src = new Uint32Array(mesh.triVerts)
    want = topology(pos, src)
  }
  const nv = pos.length / 3
  // The simplifier may collapse a thin place into an internal wall or a pinch (issue 15); the surface must
  // keep the level set's topology (closed, one piece per part, the same through-holes), so a result that
  // does not is redone with half the error and a larger budget, then left unsimplified. Deterministic: same
  // inputs, same tries.
  let simplified: Uint32Array = src
  for (let k = 0, err = o.errorMm; k < 4; k++, err /= 2) {
    const target = Math.min(src.length, o.maxTriangles * 3 * (k + 1))
    const [out] = MeshoptSimplifier.simplify(src, pos, 3, target, err, ['ErrorAbsolute', ...(o.flags ?? [])])
    const got = topology(pos, out)
    if (clean(got) && got.pieces === want!.pieces && got.holes === want!.holes) {
      simplified = out
      break
    }
  }
  // Compact: keep only referenced vertices, in first-use order (deterministic).
  const remap = new Int32Array(nv).fill(-1)
  const order: number[] = []
  const indices = new Uint32Array(simplified.length)
  for (let i = 0; i < simplified.length; i++) {
    const v = simplified[i]!
    if (remap[v] === -1) {
      remap[v] = order.length
      order.push(v)
    }
    indices[i] = remap[v]!
  }
  const positions = new Float32Array(order.length * 3)
  const normals = new Float32Array(order.length * 3)
  const h = 0.2
  order.forEach((v, i) => {
    const x = pos[v * 3]!,
      y = pos[v * 3 + 1]!,
      z = pos[v * 3 + 2]!
    positions[i * 3] = x
    positions[i * 3 + 1] = y
    positions[i * 3 + 2] = z
    const gx = shape.d(x + h, y, z) - shape.d(x - h, y, z)
    const gy = shape.d(x, y + h, z) - shape.d(x, y - h, z)
    const gz = shape.d(x, y, z + h) - shape.d(x, y, z - h)
    const l = Math.hypot(gx, gy, gz) || 1
    normals[i * 3] = gx / l
    normals[i * 3 + 1] = gy / l
    normals[i * 3 + 2] = gz / l
  })
  return { positions, normals, indices }
}
