import { describe, expect, it } from 'vitest'
import { solveChain } from '../../src/kinematics'
import type { ChainInput } from '../../src/kinematics/types'
import { presetInput } from '../../src/state/defaults'
import { CHAIN_LINKS, restInput, tourFacts } from '../../src/state/tour'
import { tourCaption, cite } from '../../src/ui/tour/caption'
import { createI18n, type I18n } from '../../src/i18n'
import { en } from '../../src/i18n/en'
import { es } from '../../src/i18n/es'

const solved = (input: ChainInput) => ({ input, pose: solveChain(input) })
const captions = (input: ChainInput, i18n?: I18n) => {
  const full = solved(input)
  const rest = solved(restInput(input))
  return CHAIN_LINKS.map((l) => tourCaption(tourFacts(l, full, rest), i18n))
}

describe('tour captions', () => {
  it('cite the coupler’s first study and its confidence (Fischer 2018, medium)', () => {
    expect(cite('eversionToTibialRotation')).toBe(`Fischer 2018, ${en.tour.confidence.medium}`)
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
  it('in Spanish: the same numbers in Spanish words, the citation as published, the confidence translated', () => {
    const input = presetInput('right-overpronated')
    const pose = solveChain(input)
    const c = captions(input, createI18n('es-ES', es))
    const tib = pose.right.tibialInternalRotationDeg.toFixed(1).replace('.', ',')
    expect(c[1]).toContain(`la tibia derecha gira hacia dentro ${tib}°`)
    expect(c[1]).toContain(`(Fischer 2018, ${es.tour.confidence.medium})`)
    for (const caption of c) expect(caption).not.toMatch(/\b(the|heel|shin|thigh|turns|confidence)\b/i)
  })
})
