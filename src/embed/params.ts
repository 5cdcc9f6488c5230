// Inputs from outside the app (element attributes, the iframe's URL, postMessage, setInputs) all go through
// the explorer's descriptor table (src/state/schema.ts) and its parameter parser (src/state/url.ts), so the
// ways in accept exactly the same values. Range clamping stays with the store (the core's clamp).
import { parseParam, parseParams } from '../state/url'
import {
  FOOT_FIELDS,
  INPUTS,
  INPUT_PARAMS,
  PATCH_KEYS,
  SIDES,
  cleanLayers,
  fieldName,
  readField,
  show,
  writeField,
  type InputPatch,
} from '../state/schema'

export { parseParams as parseAttributes }
export const INPUT_ATTRIBUTES: readonly string[] = INPUT_PARAMS

export function warn(message: string): void {
  console.warn(`<kinetic-chain-explorer>: ${message}`)
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const FOOT_KEYS: readonly string[] = FOOT_FIELDS.map((f) => f.field)

/**
 * Turns an untrusted object (a postMessage payload, a caller's setInputs) into a well-typed InputPatch.
 * Numbers stay numbers (1e-7 is a number); text is read as an attribute would be; anything of the wrong
 * shape is left out and named in the warnings by its field.
 */
export function normalizePatch(raw: unknown): { patch: InputPatch; warnings: string[] } {
  if (!isObject(raw)) return { patch: {}, warnings: [`ignored inputs ${show(raw)} (expected an object)`] }
  const warnings: string[] = []
  for (const key of Object.keys(raw))
    if (!PATCH_KEYS.includes(key)) warnings.push(`ignored unknown input "${key}"`)
  for (const side of SIDES) {
    const foot = raw[side]
    if (foot === undefined) continue
    if (!isObject(foot)) warnings.push(`${side}: ignored ${show(foot)} (expected an object)`)
    else
      for (const k of Object.keys(foot))
        if (!FOOT_KEYS.includes(k)) warnings.push(`${side}: ignored unknown field "${k}"`)
  }
  const patch: InputPatch = {}
  for (const d of INPUTS) {
    const v = readField(raw, d)
    if (v === undefined) continue
    const name = fieldName(d)
    if (d.kind === 'layers') {
      const layers = cleanLayers(v, warnings)
      if (layers) patch.layers = layers
      continue
    }
    if (d.kind === 'flag' && typeof v === 'boolean') {
      writeField(patch, d, v)
      continue
    }
    const numeric = d.kind === 'foot' || d.kind === 'number'
    if (numeric && typeof v === 'number') {
      writeField(patch, d, v) // NaN and ±Infinity are the core clamp's to reject, by name
      continue
    }
    if (typeof v !== 'string') {
      warnings.push(`${name}: ignored ${show(v)} (expected a ${numeric ? 'number' : 'name'})`)
      continue
    }
    const r = parseParam(d, v)
    if (r.why) warnings.push(`${name}: ignored ${show(r.shown ?? v)} (${r.why})`)
    if (r.value !== undefined) writeField(patch, d, r.value)
  }
  return { patch, warnings }
}

/** `b` on top of `a`, feet and layers merged field by field; a preset in `b` resets the feet and activity. */
export function mergePatch(a: InputPatch, b: InputPatch): InputPatch {
  const out: InputPatch = { ...a, ...b }
  if (b.preset !== undefined) {
    // Only b's own explicit values stay on top of its preset (the order the store applies them in).
    for (const k of ['left', 'right', 'activity'] as const) if (b[k] === undefined) delete out[k]
  } else {
    if (a.left || b.left) out.left = { ...a.left, ...b.left }
    if (a.right || b.right) out.right = { ...a.right, ...b.right }
  }
  if (a.layers || b.layers) out.layers = { ...a.layers, ...b.layers }
  return out
}
