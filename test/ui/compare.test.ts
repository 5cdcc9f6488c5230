import { describe, expect, it } from 'vitest'
import { solveChain } from '../../src/kinematics'
import { presetInput } from '../../src/state/defaults'
import { referenceInput } from '../../src/state/compare'
import { compareRows } from '../../src/ui/tour/ComparePanel'

const rowsFor = (preset: Parameters<typeof presetInput>[0], mode: 'neutral' | 'barefoot') => {
  const input = presetInput(preset)
  return compareRows(solveChain(input), solveChain(referenceInput(input, mode)))
}

describe('Compare: both sets of numbers for the links that changed', () => {
  it('right over-pronated against neutral feet: the right chain differs, the left shin does not', () => {
    const rows = rowsFor('right-overpronated', 'neutral')
    const keys = rows.map((r) => r.key)
    expect(keys).toEqual(
      expect.arrayContaining(['right-eversion', 'right-tibia', 'right-femur', 'tilt', 'obliquity']),
    )
    expect(keys).not.toContain('left-tibia')
    const tibia = rows.find((r) => r.key === 'right-tibia')!
    expect(tibia.ref).toBe(0)
    expect(tibia.now).toBeCloseTo(
      solveChain(presetInput('right-overpronated')).right.tibialInternalRotationDeg,
      9,
    )
  })
  it('neutral against neutral, and barefoot feet against barefoot: no row', () => {
    expect(rowsFor('neutral', 'neutral')).toEqual([])
    expect(rowsFor('flat-feet', 'barefoot')).toEqual([])
  })
  it('Sinclair 2017 orthotics against the same feet barefoot: the post shows as less eversion', () => {
    const rows = rowsFor('flat-feet-orthotics', 'barefoot')
    const heel = rows.find((r) => r.key === 'right-eversion')!
    expect(heel.now).toBeLessThan(heel.ref)
    expect(referenceInput(presetInput('flat-feet-orthotics'), 'barefoot').footwear).toBeUndefined()
  })
})
