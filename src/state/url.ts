// The inputs as URL parameters (and, in the embed, as element attributes: same names, same parser).
// Names: left-arch-mm, left-eversion-deg, right-arch-mm, right-eversion-deg, activity, preset, exaggerate,
// view, layers (comma list of the visible layers). Invalid values are ignored with a warning naming them.
import { ACTIVITIES, type Activity } from '../kinematics/types'
import { CAMERA_VIEWS, type CameraView, type InputPatch, type LayerId, type PresetId } from '../app/types'
import { PRESET_IDS } from './presets'
import { DEFAULT_LAYERS, DEFAULT_VIEW, LAYER_IDS, type ExplorerInputs } from './store'

export const PARAM_NAMES = [
  'preset',
  'left-arch-mm',
  'left-eversion-deg',
  'right-arch-mm',
  'right-eversion-deg',
  'activity',
  'exaggerate',
  'view',
  'layers',
] as const
export type ParamName = (typeof PARAM_NAMES)[number]

const FOOT_PARAMS = [
  ['left-arch-mm', 'left', 'navicularHeightMm'],
  ['left-eversion-deg', 'left', 'calcanealEversionDeg'],
  ['right-arch-mm', 'right', 'navicularHeightMm'],
  ['right-eversion-deg', 'right', 'calcanealEversionDeg'],
] as const

/** Numbers as people type them: "8", "8.5", " 8 "; not "8deg", "", "0x10". */
function parseNumber(raw: string): number | undefined {
  const t = raw.trim()
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined
  return Number(t)
}

/**
 * Reads parameters through a getter (URLSearchParams.get, Element.getAttribute). Unknown or malformed
 * values are left out of the patch and reported; range clamping is left to the store, which reports it too.
 */
export function parseParams(get: (name: ParamName) => string | null): {
  patch: InputPatch
  warnings: string[]
} {
  const patch: InputPatch = {}
  const warnings: string[] = []
  const bad = (name: string, raw: string, why: string) => warnings.push(`${name}: ignored "${raw}" (${why})`)

  const preset = get('preset')
  if (preset !== null) {
    if ((PRESET_IDS as string[]).includes(preset)) patch.preset = preset as PresetId
    else bad('preset', preset, `expected one of ${PRESET_IDS.join(', ')}`)
  }
  for (const [name, side, field] of FOOT_PARAMS) {
    const raw = get(name)
    if (raw === null) continue
    const v = parseNumber(raw)
    if (v === undefined) bad(name, raw, 'not a number')
    else patch[side] = { ...patch[side], [field]: v }
  }
  const activity = get('activity')
  if (activity !== null) {
    if ((ACTIVITIES as readonly string[]).includes(activity)) patch.activity = activity as Activity
    else bad('activity', activity, `expected one of ${ACTIVITIES.join(', ')}`)
  }
  const exaggerate = get('exaggerate')
  if (exaggerate !== null) {
    const v = parseNumber(exaggerate)
    if (v === undefined) bad('exaggerate', exaggerate, 'not a number')
    else patch.exaggerate = v
  }
  const view = get('view')
  if (view !== null) {
    if ((CAMERA_VIEWS as readonly string[]).includes(view)) patch.view = view as CameraView
    else bad('view', view, `expected one of ${CAMERA_VIEWS.join(', ')}`)
  }
  const layers = get('layers')
  if (layers !== null) {
    const listed = layers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    const unknown = listed.filter((l) => !(LAYER_IDS as readonly string[]).includes(l))
    if (unknown.length) bad('layers', unknown.join(','), `expected some of ${LAYER_IDS.join(', ')}`)
    patch.layers = Object.fromEntries(LAYER_IDS.map((id) => [id, listed.includes(id)])) as Record<
      LayerId,
      boolean
    >
  }
  return { patch, warnings }
}

/**
 * The inputs as parameters, shortest first: a preset that still matches is written by name; otherwise the
 * four foot numbers and the activity. View options are written only where they differ from the defaults.
 */
export function serialiseParams(s: ExplorerInputs): URLSearchParams {
  const p = new URLSearchParams()
  if (s.preset) p.set('preset', s.preset)
  else {
    p.set('left-arch-mm', String(s.input.left.navicularHeightMm))
    p.set('left-eversion-deg', String(s.input.left.calcanealEversionDeg))
    p.set('right-arch-mm', String(s.input.right.navicularHeightMm))
    p.set('right-eversion-deg', String(s.input.right.calcanealEversionDeg))
    if (s.input.activity !== 'standing') p.set('activity', s.input.activity)
  }
  if (s.exaggerate !== 1) p.set('exaggerate', String(s.exaggerate))
  if (s.view !== DEFAULT_VIEW) p.set('view', s.view)
  if (LAYER_IDS.some((id) => s.layers[id] !== DEFAULT_LAYERS[id]))
    p.set('layers', LAYER_IDS.filter((id) => s.layers[id]).join(','))
  return p
}
