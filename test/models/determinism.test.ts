// `npm run build:models` reproduces the committed file byte for byte (issue 3: deterministic output).
// One full generation, meshed on one thread per core: its own Vitest project ('models', vitest.config.ts),
// run last and alone, after the browser tests. How long it takes is a budget, printed by `npm run bench`
// (scripts/bench/models.ts), not asserted here.
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildSkeletonGlb } from '../../scripts/models/build'
import { GLB_PATH } from './loadGlb'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('skeleton.glb is reproducible', () => {
  it('a fresh build equals the committed file (same inputs, same bytes)', async () => {
    const { glb } = await buildSkeletonGlb()
    expect(glb.byteLength).toBe(readFileSync(GLB_PATH).byteLength)
    expect(sha(glb)).toBe(sha(readFileSync(GLB_PATH)))
  })
})
