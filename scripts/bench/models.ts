// Model generation (issue 3): wall time of `npm run build:models` (meshing on one thread per core), against
// the 2-minute budget the determinism test once asserted. Baseline in the same run: the meshing time of
// every bone added up (about what one thread would take), so the figure also shows how much the threads gain.
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildSkeletonGlb } from '../models/build'

const BUDGET_S = 120

export async function run(): Promise<void> {
  let meshing = 0
  const t0 = performance.now()
  const { glb } = await buildSkeletonGlb((_name, ms) => (meshing += ms))
  const wall = (performance.now() - t0) / 1000
  const same = Buffer.compare(Buffer.from(glb), readFileSync(resolve('public/models/skeleton.glb'))) === 0
  console.log(`meshing, bones added up (baseline): ${(meshing / 1000).toFixed(1)} s of thread time`)
  console.log(
    `build:models, ${availableParallelism()} threads: ${wall.toFixed(1)} s wall (${(meshing / 1000 / wall).toFixed(2)}× the baseline's speed); budget ${BUDGET_S} s: ${wall <= BUDGET_S ? 'within' : 'OVER'}`,
  )
  console.log(`same bytes as public/models/skeleton.glb: ${same ? 'yes' : 'NO'}`)
}
