import { describe, expect, it } from 'vitest'
import { BODY_LIFT_MM, lift, toThree } from '../../src/anatomy/frame'

describe('frames (docs/domain.md Anatomy §0.1)', () => {
  it('maps OpenSim mm to three.js metres: X = -z, Y = y, Z = x; the subject faces +Z, right at -X', () => {
    expect(toThree([100, 950, 83.5], 'r')).toEqual([-0.0835, 0.95, 0.1])
    expect(toThree([100, 950, 83.5], 'l')).toEqual([0.0835, 0.95, 0.1])
  })
  it('lifts gait2392 by heel pad 20 mm minus its 6.2 mm heel bone height (§1, §6)', () => {
    expect(BODY_LIFT_MM).toBeCloseTo(13.8, 9)
    expect(lift([0, 6.2, 0])[1]).toBeCloseTo(20, 9)
  })
})
