// Inputs from outside the app (element attributes, the iframe's URL, postMessage) all go through the
// explorer's own parameter parser (src/state/url.ts), so the three ways in accept exactly the same values.
import type { InputPatch } from '../app/types'
import { PARAM_NAMES, parseParams, type ParamName } from '../state/url'
import { LAYER_IDS } from '../state/store'

export { parseParams as parseAttributes }
export const INPUT_ATTRIBUTES: readonly ParamName[] = PARAM_NAMES

export function warn(message: string): void {
  console.warn(`<kinetic-chain-explorer>: ${message}`)
}

/** Where each scalar of an InputPatch lives as a parameter. */
const FIELD_PARAMS: ReadonlyArray<
  readonly [path: string, param: ParamName, read: (p: Record<string, unknown>) => unknown]
> = [
  ['left.navicularHeightMm', 'left-arch-mm', (p) => sub(p.left)?.navicularHeightMm],
  ['left.calcanealEversionDeg', 'left-eversion-deg', (p) => sub(p.left)?.calcanealEversionDeg],
  ['right.navicularHeightMm', 'right-arch-mm', (p) => sub(p.right)?.navicularHeightMm],
  ['right.calcanealEversionDeg', 'right-eversion-deg', (p) => sub(p.right)?.calcanealEversionDeg],
  ['activity', 'activity', (p) => p.activity],
  ['preset', 'preset', (p) => p.preset],
  ['exaggerate', 'exaggerate', (p) => p.exaggerate],
  ['view', 'view', (p) => p.view],
]
const FOOT_KEYS = ['navicularHeightMm', 'calcanealEversionDeg']
const PATCH_KEYS = ['left', 'right', 'activity', 'preset', 'exaggerate', 'view', 'layers']

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const sub = (v: unknown) => (isObject(v) ? v : undefined)
const show = (v: unknown) => {
  try {
    return typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v))
  } catch {
    return String(v)
  }
}

/**
 * Turns an untrusted object (a postMessage payload, a caller's setInputs) into a well-typed InputPatch.
 * Each scalar goes through the parameter parser; anything of the wrong shape is left out and named in
 * the warnings. Range clamping stays with the store, which reports it.
 */
export function normalizePatch(raw: unknown): { patch: InputPatch; warnings: string[] } {
  if (!isObject(raw)) return { patch: {}, warnings: [`ignored inputs ${show(raw)} (expected an object)`] }
  const warnings: string[] = []
  for (const key of Object.keys(raw))
    if (!PATCH_KEYS.includes(key)) warnings.push(`ignored unknown input "${key}"`)
  for (const side of ['left', 'right'] as const) {
    const foot = raw[side]
    if (foot === undefined) continue
    if (!isObject(foot)) warnings.push(`${side}: ignored ${show(foot)} (expected an object)`)
    else
      for (const k of Object.keys(foot))
        if (!FOOT_KEYS.includes(k)) warnings.push(`${side}: ignored unknown field "${k}"`)
  }
  const params = new Map<string, string>()
  const pathOf = new Map<string, string>()
  for (const [path, param, read] of FIELD_PARAMS) {
    const v = read(raw)
    if (v === undefined) continue
    if (typeof v !== 'string' && typeof v !== 'number') {
      warnings.push(
        `${path}: ignored ${show(v)} (expected a ${path.includes('.') || param === 'exaggerate' ? 'number' : 'name'})`,
      )
      continue
    }
    params.set(param, String(v))
    pathOf.set(param, path)
  }
  const parsed = parseParams((name) => params.get(name) ?? null)
  // The parser names parameters; a caller of setInputs or postMessage knows the patch's field names.
  for (const w of parsed.warnings) {
    const param = w.slice(0, w.indexOf(':'))
    warnings.push(pathOf.has(param) ? `${pathOf.get(param)}${w.slice(param.length)}` : w)
  }
  const patch = parsed.patch
  if (raw.layers !== undefined) {
    if (!isObject(raw.layers))
      warnings.push(`layers: ignored ${show(raw.layers)} (expected an object of true/false)`)
    else {
      const layers: NonNullable<InputPatch['layers']> = {}
      for (const [id, on] of Object.entries(raw.layers)) {
        if (!(LAYER_IDS as readonly string[]).includes(id))
          warnings.push(`layers: ignored unknown layer "${id}"`)
        else if (typeof on !== 'boolean')
          warnings.push(`layers.${id}: ignored ${show(on)} (not true or false)`)
        else layers[id as keyof typeof layers] = on
      }
      patch.layers = layers
    }
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
