// npm run build:models: generate public/models/skeleton.glb from src/anatomy (issue 3).
// Deterministic: same inputs, same bytes (no timestamps; each bone meshed on its own, on one of the worker
// threads, and written in a fixed order: the thread count changes nothing).
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildSkeletonGlb } from './models/build'

const out = resolve(process.argv[2] ?? 'public/models/skeleton.glb')
const t0 = performance.now()
const { glb, triangles } = await buildSkeletonGlb((name, ms) =>
  process.stdout.write(`  ${name.padEnd(24)} ${ms.toFixed(0)} ms\n`),
)
writeFileSync(out, glb)
console.log(
  `${out}: ${glb.byteLength} bytes, ${triangles} triangles, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)
