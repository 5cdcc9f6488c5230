// The bad-input rules (docs/architecture.md#the-kinematic-cores-public-contract): clamp with a warning
// naming the field; throw an Error naming the field for anything missing, non-finite, of the wrong type or
// unknown.
import { describe, expect, test } from 'vitest'
import { INPUT_LIMITS, clampToLimit, solveChain, validateInput, type ChainInput } from '../../src/kinematics'
import { input } from './helpers'

const withFoot = (side: 'left' | 'right', patch: Record<string, unknown>): unknown => {
  const base = input() as unknown as Record<string, Record<string, unknown>>
  return { ...base, [side]: { ...base[side], ...patch } }
}

describe('clamping', () => {
  test('an arch of 90 mm is clamped to 75 with a warning naming right.navicularHeightMm', () => {
    const { input: v, warnings } = validateInput(withFoot('right', { navicularHeightMm: 90 }))
    expect(v.right.navicularHeightMm).toBe(INPUT_LIMITS.navicularHeightMm.max)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^right\.navicularHeightMm: 90 mm .* clamped to 75$/)
  })

  test('eversion of −40° is clamped to −15 and solveChain reports the warning in ChainPose.warnings', () => {
    const pose = solveChain(withFoot('left', { calcanealEversionDeg: -40 }) as ChainInput)
    expect(pose.warnings).toEqual([
      expect.stringMatching(/^left\.calcanealEversionDeg: -40 ° .* clamped to -15$/),
    ])
    expect(pose.left.calcanealEversionDeg).toBe(-15 - 4)
  })

  test('two out-of-range fields give two warnings; the clamped pose equals the pose at the limits', () => {
    const bad = solveChain({ ...input(), left: { navicularHeightMm: 5, calcanealEversionDeg: 99 } })
    const atLimits = solveChain({ ...input(), left: { navicularHeightMm: 15, calcanealEversionDeg: 20 } })
    expect(bad.warnings).toHaveLength(2)
    expect({ ...bad, warnings: [] }).toEqual(atLimits)
  })

  test('values exactly at the limits are valid and not reported', () => {
    expect(
      validateInput(withFoot('left', { navicularHeightMm: 15, calcanealEversionDeg: 20 })).warnings,
    ).toEqual([])
  })
})

describe('rejection names the field', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'NaN',
      withFoot('right', { navicularHeightMm: Number.NaN }),
      /^right\.navicularHeightMm: not a finite number/,
    ],
    [
      'Infinity',
      withFoot('left', { calcanealEversionDeg: Infinity }),
      /^left\.calcanealEversionDeg: not a finite/,
    ],
    ['a string', withFoot('left', { navicularHeightMm: '40' }), /^left\.navicularHeightMm: not a number/],
    [
      'missing field',
      withFoot('right', { calcanealEversionDeg: undefined }),
      /^right\.calcanealEversionDeg: missing/,
    ],
    ['unknown field', withFoot('left', { archMm: 40 }), /^left\.archMm: unknown field/],
    ['missing foot', { right: input().right, activity: 'standing' }, /^left: missing/],
    ['unknown activity', { ...input(), activity: 'jogging' }, /^activity: unknown value "jogging"/],
    ['missing activity', { left: input().left, right: input().right }, /^activity: unknown value undefined/],
    ['unknown top-level field', { ...input(), speed: 3 }, /^speed: unknown field/],
    ['not an object', null, /^input: missing/],
    ['an array', [], /^input: missing/],
  ]
  test.each(cases)('%s throws an Error naming the field', (_name, value, message) => {
    expect(() => solveChain(value as ChainInput)).toThrow(message)
    expect(() => validateInput(value)).toThrow(Error)
  })
})

describe('clampToLimit (the one clamp the state layer also calls)', () => {
  const limit = { min: 15, max: 75, unit: 'mm' }
  test('returns a value in range unchanged and warns nothing; tiny numbers like 1e-7 are valid', () => {
    const warnings: string[] = []
    expect(clampToLimit('right.navicularHeightMm', 40, limit, warnings)).toBe(40)
    expect(clampToLimit('x', 1e-7, { min: -1, max: 1, unit: '°' }, warnings)).toBe(1e-7)
    expect(warnings).toEqual([])
  })
  test('clamps and pushes the warning in the documented wording', () => {
    const warnings: string[] = []
    expect(clampToLimit('right.navicularHeightMm', 90, limit, warnings)).toBe(75)
    expect(clampToLimit('left.navicularHeightMm', -3, limit, warnings)).toBe(15)
    expect(warnings).toEqual([
      'right.navicularHeightMm: 90 mm is outside the valid range 15..75 mm; clamped to 75',
      'left.navicularHeightMm: -3 mm is outside the valid range 15..75 mm; clamped to 15',
    ])
  })
  const bad: [string, unknown, string][] = [
    ['undefined', undefined, 'f: missing'],
    ['a string', '40', 'f: not a number ("40")'],
    ['a BigInt', 40n, 'f: not a number (40n)'],
    ['an object holding a BigInt', { v: 1n }, 'f: not a number ([object])'],
    ['null', null, 'f: not a number (null)'],
    ['an object', { v: 1 }, 'f: not a number ({"v":1})'],
    ['a symbol', Symbol('s'), 'f: not a number (Symbol(s))'],
    ['NaN', Number.NaN, 'f: not a finite number (NaN)'],
    ['Infinity', Infinity, 'f: not a finite number (Infinity)'],
    ['-Infinity', -Infinity, 'f: not a finite number (-Infinity)'],
  ]
  test.each(bad)('%s throws an Error naming the field', (_name, raw, message) => {
    expect(() => clampToLimit('f', raw, limit, [])).toThrow(new Error(message))
  })
  test('a BigInt in a foot field throws an Error naming the field, not a TypeError from JSON.stringify', () => {
    expect(() => validateInput(withFoot('left', { navicularHeightMm: 40n }))).toThrow(
      new Error('left.navicularHeightMm: not a number (40n)'),
    )
    expect(() => validateInput({ ...input(), activity: 3n })).toThrow(/^activity: unknown value 3n/)
  })
})

describe('footwear and foot strike (named by their path: footwear.<side>.<field>, footStrike)', () => {
  const base = input()
  test('a heel of 150 mm and a post of 12° are clamped to 100 mm and 10° with warnings naming footwear.right.*', () => {
    const { input: v, warnings } = validateInput({
      ...base,
      footwear: { right: { heelHeightMm: 150, medialPostDeg: 12 } },
    })
    expect(v.footwear?.right).toEqual({ heelHeightMm: 100, medialPostDeg: 10 })
    expect(warnings).toEqual([
      'footwear.right.heelHeightMm: 150 mm is outside the valid range 0..100 mm; clamped to 100',
      'footwear.right.medialPostDeg: 12 ° is outside the valid range 0..10 °; clamped to 10',
    ])
  })

  test('a negative heel is clamped to 0 and reported in ChainPose.warnings; the pose equals barefoot', () => {
    const pose = solveChain({ ...base, footwear: { left: { heelHeightMm: -5 } } })
    expect(pose.warnings).toEqual([
      expect.stringMatching(/^footwear\.left\.heelHeightMm: -5 mm .* clamped to 0$/),
    ])
    expect({ ...pose, warnings: [] }).toEqual(solveChain(base))
  })

  test('every field is optional: missing footwear, sides or fields are barefoot, a missing foot strike is rearfoot', () => {
    const full = {
      left: { heelHeightMm: 0, medialPostDeg: 0 },
      right: { heelHeightMm: 0, medialPostDeg: 0 },
    }
    for (const footwear of [undefined, {}, { left: {} }, { right: { heelHeightMm: undefined } }]) {
      const { input: v, warnings } = validateInput({ ...base, footwear })
      expect(v.footwear).toEqual(full)
      expect(v.footStrike).toBe('rearfoot')
      expect(warnings).toEqual([])
    }
  })

  const cases: [string, unknown, RegExp][] = [
    [
      'a string heel',
      { ...base, footwear: { left: { heelHeightMm: '40' } } },
      /^footwear\.left\.heelHeightMm: not a number \("40"\)/,
    ],
    [
      'a BigInt post',
      { ...base, footwear: { right: { medialPostDeg: 5n } } },
      /^footwear\.right\.medialPostDeg: not a number \(5n\)/,
    ],
    [
      'a NaN heel',
      { ...base, footwear: { right: { heelHeightMm: Number.NaN } } },
      /^footwear\.right\.heelHeightMm: not a finite number \(NaN\)/,
    ],
    [
      'an unknown footwear field',
      { ...base, footwear: { left: { archSupport: 1 } } },
      /^footwear\.left\.archSupport: unknown field/,
    ],
    ['an unknown footwear side', { ...base, footwear: { middle: {} } }, /^footwear\.middle: unknown field/],
    ['footwear that is not an object', { ...base, footwear: 3 }, /^footwear: not an object \(3\)/],
    ['footwear null', { ...base, footwear: null }, /^footwear: not an object \(null\)/],
    ['a side that is not an object', { ...base, footwear: { left: [] } }, /^footwear\.left: not an object/],
    [
      'an unknown foot strike',
      { ...base, footStrike: 'midfoot' },
      /^footStrike: unknown value "midfoot" \(expected one of rearfoot, forefoot\)/,
    ],
    ['a foot strike of null', { ...base, footStrike: null }, /^footStrike: unknown value null/],
  ]
  test.each(cases)('%s throws an Error naming the field', (_name, value, message) => {
    expect(() => solveChain(value as ChainInput)).toThrow(message)
  })
})
