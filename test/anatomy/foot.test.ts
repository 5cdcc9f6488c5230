// src/anatomy/foot.ts against docs/domain.md Anatomy §6 (recommended build values) and §2.8 (S31 metatarsal parabola, docs/sources.md#s31).
import { describe, expect, it } from 'vitest'
import {
  CALCANEUS_ANTERIOR_INFERIOR_MM,
  CALCANEUS_LOWEST_MM,
  MT1_DECLINATION_DEG,
  NAVICULAR_TUBEROSITY_MM,
  RAYS,
  TALAR_DECLINATION_DEG,
  mtTipMm,
  phalanges,
} from '../../src/anatomy/foot'

describe('foot layout', () => {
  it("Meary's angle 0° (S24 R normal): talar declination equals MT1 declination", () =>
    expect(TALAR_DECLINATION_DEG - MT1_DECLINATION_DEG).toBe(0))
  it('calcaneal pitch 23° (S23/S25 R normal 20-30°)', () => {
    const d = CALCANEUS_ANTERIOR_INFERIOR_MM
    const l = CALCANEUS_LOWEST_MM
    expect((Math.atan2(d[1] - l[1], d[0] - l[0]) * 180) / Math.PI).toBeCloseTo(23, 6)
  })
  it('navicular tuberosity 45 mm above the floor (§6; S27 R normal 36-55)', () =>
    expect(NAVICULAR_TUBEROSITY_MM[1]).toBe(45))
  it('metatarsal heads on the S31 parabola within 2 SD (relative to MT2: +0.94 ± 2.71, -4.44 ± 1.63, -11.17 ± 2.21, -20.21 ± 3.77 mm)', () => {
    const x2 = mtTipMm(RAYS[1]!)[0]
    const want = [
      [0.94, 2.71],
      [-4.44, 1.63],
      [-11.17, 2.21],
      [-20.21, 3.77],
    ]
    ;[0, 2, 3, 4].forEach((i, k) => {
      const rel = mtTipMm(RAYS[i]!)[0] - x2
      expect(Math.abs(rel - want[k]![0]!), RAYS[i]!.name).toBeLessThanOrEqual(2 * want[k]![1]!)
    })
  })
  it('metatarsal length order 2 > 3 > 5 > 4 > 1 (§6 recommended; S43: 2 > 3 > 4 > 5 > 1 by head reach)', () => {
    const L = RAYS.map((r) => r.lengthMm)
    expect(L[1]).toBeGreaterThan(L[2]!)
    expect(Math.min(...L)).toBe(L[0])
  })
  it('hallux proximal phalanx 30 mm (§6: 28-32; S30 R 28.0 ± 2.4) and fifth distal 6.0 mm (S30 R 5.2 ± 1.33)', () => {
    expect(phalanges(0)[0]!.lengthMm).toBeCloseTo(30, 6)
    expect(Math.abs(phalanges(4)[2]!.lengthMm - 5.2)).toBeLessThanOrEqual(1.33)
  })
})
