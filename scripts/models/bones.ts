// Which shape and meshing budget each mesh node gets. Keys are base node names (src/anatomy/names.ts).
import { CUNEIFORM, RAYS, phalanges } from '../../src/anatomy/foot'
import { discNode, type LumbarLevel } from '../../src/anatomy/names'
import { BONES } from '../../src/anatomy/skeleton'
import type { MeshOptions } from './mesh'
import type { Shape } from './sdf'
import * as S from './shapes'
import { hemipelvis } from './pelvis'

export interface BoneBuild {
  readonly shape: () => Shape | Shape[]
  readonly opts: MeshOptions
}
const o = (edgeMm: number, maxTriangles: number, errorMm: number): MeshOptions => ({
  edgeMm,
  maxTriangles,
  errorMm,
})
/**
 * Even triangles (issue 16: the plain simplifier's slivers read as facets): a regularized simplification
 * within a somewhat larger error, which then meets the triangle budget. The sacrum had simplified into an
 * internal wall at 5000 triangles and 0.2 mm, so the retries had kept 13.7k; at 0.4 mm regularized it is
 * clean at 5000 with 2% slivers (was 12%); a lumbar vertebra 1.3% (was 14%).
 */
const even = (edgeMm: number, maxTriangles: number, errorMm: number): MeshOptions => ({
  ...o(edgeMm, maxTriangles, errorMm),
  flags: ['RegularizeLight'],
})

const patellaApex = BONES.find((b) => b.name === 'patella')!.originMm
const LEVEL_OF: Record<string, LumbarLevel> = {
  L5: 'L5-S1',
  L4: 'L4-L5',
  L3: 'L3-L4',
  L2: 'L2-L3',
  L1: 'L1-L2',
}

export const BUILDS: Record<string, BoneBuild> = {
  ilium: { shape: hemipelvis, opts: even(1.4, 8000, 0.4) },
  sacrum: { shape: S.sacrum, opts: even(1.2, 5000, 0.4) },
  femur: { shape: S.femur, opts: o(1.5, 6500, 0.25) },
  patella: { shape: () => S.patella(patellaApex), opts: o(1, 900, 0.15) },
  tibia: { shape: S.tibia, opts: o(1.5, 6000, 0.25) },
  fibula: { shape: S.fibula, opts: o(1.1, 2000, 0.2) },
  ribs_lower: { shape: S.ribCage, opts: o(1.6, 220, 0.8) },
  T12: { shape: () => S.vertebra('T12'), opts: even(1, 2200, 0.3) },
  T11: { shape: () => S.vertebra('T11'), opts: even(1, 2200, 0.3) },
  talus: { shape: S.talus, opts: o(0.7, 1600, 0.1) },
  calcaneus: { shape: S.calcaneus, opts: o(0.8, 1800, 0.12) },
  navicular: { shape: S.navicular, opts: o(0.6, 800, 0.1) },
  cuboid: { shape: S.cuboid, opts: o(0.7, 800, 0.1) },
}
// Lumbar vertebrae: 4500 (was 4000; issue 16's laminae, pillars and hatchet spinous processes have more form).
for (const v of ['L1', 'L2', 'L3', 'L4', 'L5']) {
  BUILDS[v] = { shape: () => S.vertebra(v), opts: even(0.9, 4500, 0.3) }
  BUILDS[discNode(LEVEL_OF[v]!)] = { shape: () => S.disc(v), opts: o(1, 1400, 0.12) }
}
for (const c of Object.keys(CUNEIFORM) as (keyof typeof CUNEIFORM)[])
  BUILDS[c] = { shape: () => S.cuneiform(c), opts: o(0.6, 600, 0.08) }
RAYS.forEach((r, i) => {
  BUILDS[r.name] = { shape: () => S.metatarsal(i), opts: o(0.6, 900, 0.08) }
  phalanges(i).forEach((p, j) => (BUILDS[p.name] = { shape: () => S.phalanx(i, j), opts: o(0.4, 320, 0.06) }))
})
