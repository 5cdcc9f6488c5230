// `npm run build:models` reproduces the committed file byte for byte (issue 3: deterministic output).
// One full generation (~45 s on a 2-core machine); kept in its own file so it runs in parallel with the rest.
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildSkeletonGlb } from '../../scripts/models/build'
import { GLB_PATH } from './loadGlb'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('skeleton.glb is reproducible', () => {
  it('a fresh build equals the committed file (same inputs, same bytes) within the 2-minute budget', async () => {
    const t0 = performance.now()
    const { glb } = await buildSkeletonGlb()
    const seconds = (performance.now() - t0) / 1000
    expect(sha(glb)).toBe(sha(readFileSync(GLB_PATH)))
    expect(seconds).toBeLessThan(120)
  }, 240_000)
})
