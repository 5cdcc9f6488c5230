// The inputs as URL parameters (and, in the embed, as element attributes: same names, same parser), walked
// from the descriptor table in schema.ts. Invalid values are ignored with a warning naming them; range
// clamping is left to the store, which reports it too.
import { parseLocaleTag } from '../i18n/lang'
import { defaultInputs, type ExplorerInputs } from './defaults'
import {
  INPUTS,
  LAYER_IDS,
  footOf,
  writeField,
  type InputDescriptor,
  type InputPatch,
  type LayerId,
} from './schema'

/** Numbers as people type them: "8", "8.5", " 8 ", "1e-7"; not "8deg", "", "0x10". */
function parseNumber(raw: string): number | undefined {
  const t = raw.trim()
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined
  return Number(t)
}

/**
 * One parameter's text as the value a patch holds (`value`), and why it is not all right (`why`, naming the
 * part that is wrong in `shown`). A layer list with a typo keeps its known layers: both are set.
 */
export interface ParsedParam {
  value?: unknown
  why?: string
  shown?: string
}
export function parseParam(d: InputDescriptor, raw: string): ParsedParam {
  switch (d.kind) {
    case 'foot':
    case 'number': {
      const v = parseNumber(raw)
      return v === undefined ? { why: 'not a number' } : { value: v }
    }
    case 'choice':
      return d.options.includes(raw) ? { value: raw } : { why: `expected one of ${d.options.join(', ')}` }
    case 'flag':
      // A boolean attribute: present (empty) or "true" is on, "false" is off.
      return raw === '' || raw === 'true'
        ? { value: true }
        : raw === 'false'
          ? { value: false }
          : { why: 'expected true, false or no value' }
    case 'lang': {
      const tag = parseLocaleTag(raw)
      return tag
        ? { value: tag }
        : { why: `expected ${d.options.join(' or ')}, optionally with a region (es-MX)` }
    }
    case 'layers': {
      const listed = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      const unknown = listed.filter((l) => !(LAYER_IDS as readonly string[]).includes(l))
      const value = Object.fromEntries(LAYER_IDS.map((id) => [id, listed.includes(id)])) as Record<
        LayerId,
        boolean
      >
      return unknown.length
        ? { why: `expected some of ${LAYER_IDS.join(', ')}`, value, shown: unknown.join(',') }
        : { value }
    }
  }
}

/**
 * Reads parameters through a getter (URLSearchParams.get, Element.getAttribute). Unknown or malformed
 * values are left out of the patch and reported.
 */
export function parseParams(get: (name: string) => string | null): {
  patch: InputPatch
  warnings: string[]
} {
  const patch: InputPatch = {}
  const warnings: string[] = []
  for (const d of INPUTS) {
    const raw = get(d.param)
    if (raw === null) continue
    const r = parseParam(d, raw)
    if (r.why) warnings.push(`${d.param}: ignored "${r.shown ?? raw}" (${r.why})`)
    if (r.value !== undefined) writeField(patch, d, r.value)
  }
  return { patch, warnings }
}

/** One input's current value as parameter text; null where a link need not name it. */
function paramText(d: InputDescriptor, s: ExplorerInputs, base: ExplorerInputs): string | null {
  switch (d.kind) {
    case 'choice':
      if (d.key === 'preset') return s.preset
      if (d.key === 'view') return s.view !== base.view ? s.view : null
      if (d.key === 'timeScale') return s.timeScale !== base.timeScale ? s.timeScale : null
      if (d.key === 'compare') return s.compare !== base.compare ? s.compare : null
      // A link opens the explorer still: the tour is started by whoever shows it.
      if (d.key === 'tour') return null
      // The activity and foot strike: named by the preset where there is one.
      if (s.preset) return null
      if (d.key === 'activity') return s.input.activity !== base.input.activity ? s.input.activity : null
      return s.input.footStrike !== base.input.footStrike ? (s.input.footStrike ?? null) : null
    case 'foot': {
      if (s.preset) return null
      const v = footOf(s.input, d.side)[d.spec.field]
      return d.spec.optionalDefault !== undefined && v === d.spec.optionalDefault ? null : String(v)
    }
    case 'number':
      return s.exaggerate !== base.exaggerate ? String(s.exaggerate) : null
    case 'flag':
      return s.autoplay !== base.autoplay ? String(s.autoplay) : null
    case 'lang':
      return s.lang
    case 'layers':
      return LAYER_IDS.some((id) => s.layers[id] !== base.layers[id])
        ? LAYER_IDS.filter((id) => s.layers[id]).join(',')
        : null
  }
}

/**
 * The inputs as parameters, shortest first: a preset that still matches is written by name; otherwise the
 * foot numbers and the activity. View options are written only where they differ from the defaults.
 */
export function serialiseParams(s: ExplorerInputs): URLSearchParams {
  const base = defaultInputs()
  const p = new URLSearchParams()
  for (const d of INPUTS) {
    const text = paramText(d, s, base)
    if (text !== null) p.set(d.param, text)
  }
  return p
}
