// The live tube (nerve, muscles) is a closed surface: capped at both ends (issue 15).
import { Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { topology } from '../../scripts/models/topology'
import { createLiveTube } from '../../src/scene/tube'

describe('createLiveTube', () => {
  it('is closed: every edge shared by two triangles, one piece, no hole through it', () => {
    const tube = createLiveTube(24, 10)
    tube.update(
      [new Vector3(0, 0, 0), new Vector3(0.02, -0.05, 0.01), new Vector3(0.03, -0.1, 0.04)],
      (u) => 0.004 + 0.002 * Math.sin(Math.PI * u),
    )
    const pos = tube.geometry.getAttribute('position').array
    const t = topology(pos, tube.geometry.index!.array)
    expect(t).toEqual({ openEdges: 0, wallEdges: 0, pieces: 1, holes: 0, degenerate: 0, pinched: 0 })
  })
})
