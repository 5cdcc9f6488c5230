import { describe, expect, it } from 'vitest'
import { solveChain } from '../../src/kinematics'
import type { ChainInput } from '../../src/kinematics/types'
import { presetInput } from '../../src/state/defaults'
import { CHAIN_LINKS, restInput, tourFacts } from '../../src/state/tour'
import { TOUR_TEXT, cite } from '../../src/ui/tour/tourText'

const solved = (input: ChainInput) => ({ input, pose: solveChain(input) })
const captions = (input: ChainInput) => {
  const full = solved(input)
  const rest = solved(restInput(input))
  return CHAIN_LINKS.map((l) => TOUR_TEXT.caption(tourFacts(l, full, rest)))
}

describe('tour captions', () => {
  it('cite the coupler’s first study and its confidence (Fischer 2018, medium)', () => {
    expect(cite('eversionToTibialRotation')).toBe('Fischer 2018, moderate confidence')
  })
  it('right over-pronated: the tibia caption says the live numbers, right side only', () => {
    const input = presetInput('right-overpronated')
    const pose = solveChain(input)
    const c = captions(input)
    const ev = pose.right.calcanealEversionDeg.toFixed(1)
    const tib = pose.right.tibialInternalRotationDeg.toFixed(1)
    expect(c[1]).toBe(
      `Right heel everts ${ev}° → right shin bone turns in ${tib}° (Fischer 2018, moderate confidence).`,
    )
    expect(c[0]).toMatch(/^Right heel everts .* right arch drops .*→ right leg is functionally shorter by/)
  })
  it('neutral feet: the captions say no change', () => {
    const c = captions(presetInput('neutral'))
    expect(c[0]).toMatch(/no change/)
    expect(c[1]).toMatch(/^No change at the shin/)
    expect(c[2]).toMatch(/^No change at the thigh/)
  })
  it('high arches (supinated): the shins turn out', () => {
    expect(captions(presetInput('high-arches'))[1]).toMatch(/both shin bones turn out/i)
  })
})
