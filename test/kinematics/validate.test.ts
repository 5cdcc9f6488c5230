// The bad-input rules (architecture.md): clamp with a warning naming the field; throw an Error naming the
// field for anything missing, non-finite, of the wrong type or unknown.
import { describe, expect, test } from 'vitest'
import { INPUT_LIMITS, solveChain, validateInput, type ChainInput } from '../../src/kinematics'
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
