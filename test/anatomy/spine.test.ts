// src/anatomy/spine.ts against docs/domain.md Anatomy §2.6 and §5.3–5.4.
import { describe, expect, it } from 'vitest'
import { L5_S1_CENTRE_MM, SEGMENTS, SPINE, facetCentreMm, vertebraGeom } from '../../src/anatomy/spine'
import { PELVIS } from '../../src/anatomy/landmarks'
import { BODY_LIFT_MM } from '../../src/anatomy/frame'

describe('lumbar spine data', () => {
  it('L5-S1 centre is Christophy 2012 (-98, 71) in the pelvis frame (S6 R)', () => {
    expect(L5_S1_CENTRE_MM).toEqual([-98, 950 + 71 + BODY_LIFT_MM, 0])
    expect(vertebraGeom('L5').jointCentreMm.map((v) => Math.round(v * 1000) / 1000)).toEqual([
      -98,
      950 + 71 + BODY_LIFT_MM,
      0,
    ])
  })
  it('L1-S1 lordosis is 58° (§5.4 recommended 55-60°; S17 R standing 49.8 ± 11.2°): L1 upper endplate tilts 40 - 58 = -18°', () => {
    expect(SPINE.s1TiltDeg - vertebraGeom('L1').upperTiltDeg).toBeCloseTo(58, 6)
    // L4-S1 share 64% (S16 R: 67%, S17 R: 70.8%)
    expect(SEGMENTS.slice(0, 2).reduce((a, s) => a + s.lordosisDeg, 0) / 58).toBeCloseTo(0.64, 2)
  })
  it('pelvic incidence ≈ 52° (§5.3 recommended; S13 range 32-74°)', () => {
    const hip = PELVIS.hip.value
    const p = SPINE.s1PlateMm
    const pt = (Math.atan2(-(p[0] - hip[0]), p[1] - hip[1]) * 180) / Math.PI
    expect(pt).toBeGreaterThan(8) // PT 12 ± 6° (S14)
    expect(pt).toBeLessThan(19)
    expect(SPINE.s1TiltDeg + pt).toBeGreaterThan(48)
    expect(SPINE.s1TiltDeg + pt).toBeLessThan(58)
  })
  it('L1-S1 arc is about 190 mm for an adult (§2.6 iii, D), not the 0.75x OpenSim spine', () => {
    const arc = Math.hypot(
      vertebraGeom('L1').upperPlateMm[0] - SPINE.s1PlateMm[0],
      vertebraGeom('L1').upperPlateMm[1] - SPINE.s1PlateMm[1],
    )
    expect(arc).toBeGreaterThan(175)
    expect(arc).toBeLessThan(200)
  })
  it('facet joints sit behind the disc, wider apart at L5-S1 than at L1-L2, mirrored by side', () => {
    const hi = facetCentreMm('L1-L2')
    const lo = facetCentreMm('L5-S1')
    expect(lo[2]).toBeGreaterThan(hi[2])
    expect(facetCentreMm('L4-L5')[0]).toBeLessThan(vertebraGeom('L4').jointCentreMm[0] - 30)
  })
})
