import { describe, expect, it } from 'vitest'
import { mergePatch, normalizePatch, parseAttributes } from '../../src/embed/params'

describe('normalizePatch (postMessage and setInputs payloads)', () => {
  it('keeps a well-formed patch as it is', () => {
    const raw = {
      left: { navicularHeightMm: 30, calcanealEversionDeg: 10 },
      right: { navicularHeightMm: 45 },
      activity: 'running',
      preset: 'flat-feet',
      exaggerate: 2,
      view: 'side',
      layers: { nerve: false },
    }
    expect(normalizePatch(raw)).toEqual({ patch: raw, warnings: [] })
  })

  it('drops each malformed field and names its value, keeping the rest', () => {
    const { patch, warnings } = normalizePatch({
      left: { navicularHeightMm: 'tall', calcanealEversionDeg: 4, toes: 5 },
      right: 'flat',
      activity: 'swimming',
      view: { x: 1 },
      layers: { bones: 'yes', wings: true, stress: false },
      colour: 'red',
    })
    expect(patch).toEqual({ left: { calcanealEversionDeg: 4 }, layers: { stress: false } })
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"tall"'),
        expect.stringContaining('left.navicularHeightMm'),
        expect.stringContaining('"toes"'),
        expect.stringContaining('"flat"'),
        expect.stringContaining('"swimming"'),
        expect.stringContaining('{"x":1}'),
        expect.stringContaining('"yes"'),
        expect.stringContaining('"wings"'),
        expect.stringContaining('"colour"'),
      ]),
    )
    expect(warnings).toHaveLength(8) // tall, toes, flat, swimming, {x:1}, yes, wings, colour
  })

  it.each([null, 42, 'preset=flat-feet', [1, 2]])('refuses a payload that is not an object: %j', (raw) => {
    const { patch, warnings } = normalizePatch(raw)
    expect(patch).toEqual({})
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('expected an object')
  })

  it('keeps a tiny number a number (1e-7 used to be turned into text and refused as "not a number")', () => {
    expect(normalizePatch({ right: { calcanealEversionDeg: 1e-7 } })).toEqual({
      patch: { right: { calcanealEversionDeg: 1e-7 } },
      warnings: [],
    })
  })

  it('names the field of a BigInt, a symbol or a function instead of throwing a TypeError', () => {
    const { patch, warnings } = normalizePatch({
      right: { navicularHeightMm: BigInt(30) },
      exaggerate: Symbol('x'),
      view: () => 'side',
    })
    expect(patch).toEqual({})
    expect(warnings).toEqual([
      'right.navicularHeightMm: ignored 30n (expected a number)',
      expect.stringMatching(/^exaggerate: ignored .* \(expected a number\)$/),
      expect.stringMatching(/^view: ignored .* \(expected a name\)$/),
    ])
  })

  it('reads text as an attribute would: "28" is 28, and a bad text is named by its field', () => {
    expect(normalizePatch({ left: { navicularHeightMm: '28' }, exaggerate: '2x' })).toEqual({
      patch: { left: { navicularHeightMm: 28 } },
      warnings: ['exaggerate: ignored "2x" (not a number)'],
    })
  })

  it('leaves range clamping to the store: an out-of-range number passes through', () => {
    expect(normalizePatch({ left: { navicularHeightMm: 200 } }).patch).toEqual({
      left: { navicularHeightMm: 200 },
    })
  })
})

describe('parseAttributes is the explorer URL parser', () => {
  it('reads attribute strings and names a bad one', () => {
    const attrs: Record<string, string> = {
      'left-arch-mm': '28',
      'right-eversion-deg': '12deg',
      view: 'lumbar',
    }
    const { patch, warnings } = parseAttributes((n) => attrs[n] ?? null)
    expect(patch).toEqual({ left: { navicularHeightMm: 28 }, view: 'lumbar' })
    expect(warnings).toEqual([expect.stringMatching(/right-eversion-deg.*"12deg"/)])
  })
})

describe('mergePatch', () => {
  it('merges feet and layers field by field', () => {
    expect(
      mergePatch(
        { left: { navicularHeightMm: 30 }, layers: { bones: false } },
        { left: { calcanealEversionDeg: 8 }, layers: { nerve: false }, view: 'side' },
      ),
    ).toEqual({
      left: { navicularHeightMm: 30, calcanealEversionDeg: 8 },
      layers: { bones: false, nerve: false },
      view: 'side',
    })
  })

  it('a later preset replaces earlier feet and activity, keeping its own explicit values and the view options', () => {
    expect(
      mergePatch(
        { left: { navicularHeightMm: 30 }, activity: 'running', exaggerate: 3 },
        { preset: 'high-arches', right: { calcanealEversionDeg: 2 } },
      ),
    ).toEqual({ preset: 'high-arches', right: { calcanealEversionDeg: 2 }, exaggerate: 3 })
  })
})
