import { describe, expect, test } from 'vitest'
import {
  ARCH_BANDS,
  NEUTRAL_FOOT,
  PRONATION_BANDS,
  archBand,
  pronationBand,
  stressBand,
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

  test('facet stress words: 0.16 (Adams & Hutton standing baseline) is normal, 0.25 raised, 0.44 (running) high', () => {
    expect(stressBand(0.16).id).toBe('baseline')
    expect(stressBand(0.25).id).toBe('raised')
    expect(stressBand(0.44).id).toBe('high')
  })

  test('NaN has no band and says so', () => {
    expect(() => archBand(Number.NaN)).toThrow(/No band/)
  })
})
