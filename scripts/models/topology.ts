// Topology of a triangle mesh, after welding equal positions: edges used by other than two triangles
// (cracks: one; internal walls: three or more), connected pieces, and through-holes (genus), so a test can
// say that every bone is one closed surface with the holes its anatomy has.
export interface Topology {
  /** Edges used by exactly one triangle (open cracks, holes in the surface). */
  readonly openEdges: number
  /** Edges used by three or more triangles (internal walls, pinched seams). */
  readonly wallEdges: number
  /** Connected pieces (by shared welded vertices). */
  readonly pieces: number
  /** Through-holes: the genus, sum over pieces of (2 - V + E - F) / 2 (meaningful when closed). */
  readonly holes: number
  /** Triangles with two equal corners after welding. */
  readonly degenerate: number
  /** Vertices where two or more fans of triangles meet at one point (pinches). */
  readonly pinched: number
}

export function topology(positions: ArrayLike<number>, indices: ArrayLike<number>): Topology {
  const nv = positions.length / 3
  const key = new Map<string, number>()
  const weld = new Int32Array(nv)
  for (let i = 0; i < nv; i++) {
    const k = `${positions[i * 3]},${positions[i * 3 + 1]},${positions[i * 3 + 2]}`
    let w = key.get(k)
    if (w === undefined) key.set(k, (w = key.size))
    weld[i] = w
  }
  const n = key.size
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!
    return x
  }
  const edges = new Map<number, number>()
  let degenerate = 0
  const tris: [number, number, number][] = []
  for (let t = 0; t < indices.length; t += 3) {
    const a = weld[indices[t]!]!,
      b = weld[indices[t + 1]!]!,
      c = weld[indices[t + 2]!]!
    if (a === b || b === c || a === c) {
      degenerate++
      continue
    }
    tris.push([a, b, c])
    for (const [p, q] of [
      [a, b],
      [b, c],
      [c, a],
    ] as const) {
      const e = Math.min(p, q) * n + Math.max(p, q)
      edges.set(e, (edges.get(e) ?? 0) + 1)
      parent[find(p)] = find(q)
    }
  }
  let openEdges = 0,
    wallEdges = 0
  for (const c of edges.values()) {
    if (c === 1) openEdges++
    else if (c > 2) wallEdges++
  }
  const used = new Set<number>()
  for (const t of tris) for (const v of t) used.add(v)
  const roots = new Map<number, { v: number; e: number; f: number }>()
  for (const v of used) {
    const r = find(v)
    const s = roots.get(r) ?? { v: 0, e: 0, f: 0 }
    s.v++
    roots.set(r, s)
  }
  for (const e of edges.keys()) roots.get(find(Math.floor(e / n)))!.e++
  for (const t of tris) roots.get(find(t[0]))!.f++
  let holes = 0
  for (const s of roots.values()) holes += (2 - s.v + s.e - s.f) / 2
  // Fans around each vertex: the triangles' opposite edges, joined where they share a corner.
  const link = new Map<number, [number, number][]>()
  for (const [a, b, c] of tris)
    for (const [v, p, q] of [
      [a, b, c],
      [b, c, a],
      [c, a, b],
    ] as const) {
      const l = link.get(v)
      if (l) l.push([p, q])
      else link.set(v, [[p, q]])
    }
  let pinched = 0
  for (const l of link.values()) {
    const up = new Map<number, number>()
    const f = (x: number): number => {
      let r = x
      while (up.has(r) && up.get(r) !== r) r = up.get(r)!
      return r
    }
    for (const [p, q] of l) {
      if (!up.has(p)) up.set(p, p)
      if (!up.has(q)) up.set(q, q)
      up.set(f(p), f(q))
    }
    const fans = new Set([...up.keys()].map(f)).size
    if (fans > 1) pinched++
  }
  return { openEdges, wallEdges, pieces: roots.size, holes, degenerate, pinched }
}
