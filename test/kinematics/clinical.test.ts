import { describe, expect, test } from 'vitest'
import {
  ARCH_BANDS,
  BAREFOOT,
  FOOT_STRIKES,
  INPUT_LIMITS,
  NEUTRAL_FOOT,
  PRONATION_BANDS,
  archBand,
  pronationBand,
  stressBand,
  stressChangeFromStanding,
  solveChain,
} from '../../src/kinematics'

describe('clinical bands', () => {
  test('Nilsson 2012 navicular-height bands: <27 very low, 27–35 low, 36–55 normal, 56–64 high, >64 very high', () => {
    expect([20, 26.9, 27, 35.9, 36, 55, 55.9, 56, 64, 65, 75].map((h) => archBand(h).id)).toEqual([
      'very-low',
      'very-low',
      'low',
      'low',
      'normal',
      'normal',
      'normal',
      'high',
      'high',
      'very-high',
      'very-high',
    ])
  })

  test('RCSP bands (Sobel 1999; neutral 2–6°, pronated from 8–10°): 4° neutral, 8° pronated, 12° highly pronated, −2° supinated', () => {
    expect(pronationBand(4).id).toBe('neutral')
    expect(pronationBand(8).id).toBe('pronated')
    expect(pronationBand(12).id).toBe('highly-pronated')
    expect(pronationBand(-2).id).toBe('supinated')
    expect(pronationBand(-10).id).toBe('highly-supinated')
    expect(pronationBand(8).fpi).toBe('FPI +6 to +9')
  })

  test('the neutral foot sits in the normal arch and neutral pronation bands', () => {
    expect(archBand(NEUTRAL_FOOT.navicularHeightMm).id).toBe('normal')
    expect(pronationBand(NEUTRAL_FOOT.calcanealEversionDeg).id).toBe('neutral')
  })

  test('bands tile the line without gaps or overlaps', () => {
    for (const bands of [ARCH_BANDS, PRONATION_BANDS]) {
      expect(bands[0]!.from).toBeUndefined()
      expect(bands.at(-1)!.to).toBeUndefined()
      for (let i = 1; i < bands.length; i++) expect(bands[i]!.from).toBe(bands[i - 1]!.to)
    }
  })

  test('facet stress words, by the change from the 0.16 standing baseline (Adams & Hutton 1980): 0.16 as in standing, 0.19 (+19%) raised, 0.44 (running) high, 0.14 lower', () => {
    expect(stressBand(0.16).id).toBe('baseline')
    expect(stressBand(0.19).id).toBe('raised')
    expect(stressBand(0.44).id).toBe('high')
    expect(stressBand(0.14).id).toBe('lower')
    expect(stressChangeFromStanding(0.2)).toBeCloseTo(0.25, 10)
  })

  test('the right-over-pronated case reads as raised on the left (the concave side of the spine’s side-bend) and lowered on the right at L5–S1, though the right is held in more extension', () => {
    const pose = solveChain({
      left: NEUTRAL_FOOT,
      right: { navicularHeightMm: 30, calcanealEversionDeg: 10 },
      activity: 'standing',
    })
    const l5 = pose.lumbar.find((l) => l.level === 'L5-S1')!
    expect(stressBand(l5.stress.left).id).toBe('raised')
    expect(stressChangeFromStanding(l5.stress.left)).toBeGreaterThan(
      stressChangeFromStanding(l5.stress.right),
    )
    expect(l5.extensionDeg.right).toBeGreaterThan(l5.extensionDeg.left)
  })

  test('valid ranges keep the { min, max, unit } shape, with the footwear fields: heel 0..100 mm, medial post 0..10°', () => {
    expect(INPUT_LIMITS).toEqual({
      navicularHeightMm: { min: 15, max: 75, unit: 'mm' },
      calcanealEversionDeg: { min: -15, max: 20, unit: '°' },
      heelHeightMm: { min: 0, max: 100, unit: 'mm' },
      medialPostDeg: { min: 0, max: 10, unit: '°' },
    })
    expect(Object.isFrozen(INPUT_LIMITS)).toBe(true)
  })

  test('BAREFOOT is all zeros (frozen); FOOT_STRIKES are rearfoot and forefoot', () => {
    expect(BAREFOOT).toEqual({ heelHeightMm: 0, medialPostDeg: 0 })
    expect(Object.isFrozen(BAREFOOT)).toBe(true)
    expect(FOOT_STRIKES).toEqual(['rearfoot', 'forefoot'])
  })

  test('NaN has no band and says so', () => {
    expect(() => archBand(Number.NaN)).toThrow(/No band/)
  })
})
