// One descriptor table drives every way in (src/state/schema.ts): a value given through any of them — URL
// parameter, element attribute, postMessage/setInputs object — reaches the store as the same input, and a
// shared link written from the store reads back to the same state.
import { describe, expect, it } from 'vitest'
import { INPUT_LIMITS } from '../../src/kinematics'
import { normalizePatch } from '../../src/embed/params'
import {
  FOOT_FIELDS,
  INPUTS,
  INPUT_PARAMS,
  fieldName,
  footOf,
  readField,
  type InputDescriptor,
} from '../../src/state/schema'
import { applyPatch, defaultInputs } from '../../src/state/store'
import { parseParams, serialiseParams } from '../../src/state/url'

/** A valid value other than the default for each input, as text and as a patch value. */
function sample(d: InputDescriptor): { text: string; value: unknown } {
  switch (d.kind) {
    case 'foot': {
      const { min, max } = d.spec.limit
      const v = Math.round(min + (max - min) * 0.3)
      return { text: String(v), value: v }
    }
    case 'number':
      return { text: '2.5', value: 2.5 }
    case 'choice': {
      const v = d.options[d.options.length - 1]!
      return { text: v, value: v }
    }
    case 'flag':
      return { text: 'true', value: true }
    case 'layers':
      return {
        text: 'bones,nerve',
        value: { bones: true, stress: false, nerve: true, muscle: false, labels: false },
      }
    case 'lang':
      return { text: 'es-MX', value: 'es-MX' }
  }
}

describe('the input descriptor table', () => {
  it('names each parameter, property and field once', () => {
    for (const key of ['param', 'property'] as const)
      expect(new Set(INPUTS.map((d) => d[key])).size).toBe(INPUTS.length)
    expect(new Set(INPUTS.map(fieldName)).size).toBe(INPUTS.length)
    expect(INPUT_PARAMS[0]).toBe('preset') // read first, so the other inputs go on top of it
  })

  it('takes every foot limit from the core (one clamp, one set of limits)', () => {
    for (const spec of FOOT_FIELDS) expect(spec.limit).toBe(INPUT_LIMITS[spec.field])
  })

  it.each(INPUTS.map((d) => [d.param, d] as const))(
    '%s: the URL, an attribute and a postMessage object give the store the same input',
    (param, d) => {
      const { text, value } = sample(d)
      const fromUrl = parseParams((n) => (n === param ? text : null))
      expect(fromUrl.warnings).toEqual([])
      expect(readField(fromUrl.patch, d)).toEqual(value)
      const fromObject = normalizePatch(fromUrl.patch)
      expect(fromObject).toEqual({ patch: fromUrl.patch, warnings: [] })
      const { next, warnings } = applyPatch(defaultInputs(), fromObject.patch)
      expect(warnings).toEqual([])
      // Written as a link and read back, the state is the same; requests (a view asked again, the tour asked
      // to play or stop) are events, and a link never starts the tour by itself.
      const back = applyPatch(defaultInputs(), parseParams((n) => serialiseParams(next).get(n)).patch).next
      const settled = { viewRequest: 0, tourRequest: 0, tourStop: 0 }
      expect({ ...back, ...settled }).toEqual({ ...next, ...settled })
    },
  )

  it.each(FOOT_FIELDS.map((f) => [f.field, f] as const))(
    '%s: out of range is clamped by the core with a warning naming the field; nonsense is refused by name',
    (field, spec) => {
      const { next, warnings } = applyPatch(defaultInputs(), {
        right: { [field]: spec.limit.max + 100 },
        left: { [field]: Number.NaN },
      })
      expect(footOf(next.input, 'right')[field]).toBe(spec.limit.max)
      expect(footOf(next.input, 'left')[field]).toBe(footOf(defaultInputs().input, 'left')[field])
      expect(warnings).toEqual([
        expect.stringMatching(new RegExp(`^left\\.${field}: not a finite number`)),
        expect.stringMatching(new RegExp(`^right\\.${field}: .* clamped to ${spec.limit.max}`)),
      ])
    },
  )

  it('a BigInt in a patch is refused with its field named, not a TypeError', () => {
    const { warnings } = applyPatch(defaultInputs(), {
      right: { navicularHeightMm: BigInt(30) as unknown as number },
    })
    expect(warnings).toEqual([expect.stringMatching(/^right\.navicularHeightMm: not a number \(30n\)/)])
  })
})
