// One store of inputs and view options per mounted explorer (zustand vanilla store, so several explorers
// can live on one page). The pose is derived from the inputs by the core, never stored.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { solveChain } from '../kinematics'
import { ACTIVITIES, type ChainInput, type ChainPose, type FootPosture } from '../kinematics/types'
import {
  CAMERA_VIEWS,
  type CameraView,
  type InputPatch,
  type LayerId,
  type Layers,
  type PresetId,
} from '../app/types'
import { EVERSION_DEG, EXAGGERATE, NAVICULAR_HEIGHT_MM } from './limits'
import { PRESETS } from './presets'

export const LAYER_IDS: readonly LayerId[] = ['bones', 'stress', 'nerve', 'muscle', 'labels']
export const DEFAULT_LAYERS: Readonly<Layers> = {
  bones: true,
  stress: true,
  nerve: true,
  muscle: true,
  labels: true,
}
/** From behind: how a clinician looks at heel eversion, and where the facets and the sciatic nerve are. */
export const DEFAULT_VIEW: CameraView = 'back'

export interface ExplorerInputs {
  input: ChainInput
  /** Drawn exaggeration for teaching, 1..5; never applied to numbers shown. */
  exaggerate: number
  view: CameraView
  /** Bumped on every view request, so choosing the same view again returns the camera to it. */
  viewRequest: number
  layers: Layers
  /** The preset the inputs were last set from, while they still match it. */
  preset: PresetId | null
  /** Controls move both feet together. A view option, not an input. */
  linkFeet: boolean
}

export interface ExplorerActions {
  /** Applies a patch; invalid fields are ignored (or clamped) and named in the returned warnings. */
  apply(patch: InputPatch): string[]
  setLinkFeet(linked: boolean): void
  requestView(view: CameraView): void
}

export type ExplorerStoreState = ExplorerInputs & ExplorerActions
export type ExplorerStore = StoreApi<ExplorerStoreState>

export function defaultInputs(): ExplorerInputs {
  const p = PRESETS.neutral
  return {
    input: { left: { ...p.left }, right: { ...p.right }, activity: p.activity },
    exaggerate: 1,
    view: DEFAULT_VIEW,
    viewRequest: 0,
    layers: { ...DEFAULT_LAYERS },
    preset: 'neutral',
    linkFeet: true,
  }
}

const sameFoot = (a: FootPosture, b: FootPosture) =>
  a.navicularHeightMm === b.navicularHeightMm && a.calcanealEversionDeg === b.calcanealEversionDeg

export function matchesPreset(input: ChainInput, id: PresetId): boolean {
  const p = PRESETS[id]
  return sameFoot(input.left, p.left) && sameFoot(input.right, p.right) && input.activity === p.activity
}

function clampNumber(
  value: unknown,
  range: { min: number; max: number },
  field: string,
  unit: string,
  warnings: string[],
): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    warnings.push(`${field}: ignored "${String(value)}" (not a number)`)
    return undefined
  }
  if (value < range.min || value > range.max) {
    const clamped = Math.min(range.max, Math.max(range.min, value))
    warnings.push(
      `${field}: ${value}${unit} is outside ${range.min}..${range.max}${unit}, using ${clamped}${unit}`,
    )
    return clamped
  }
  return value
}

function patchFoot(
  foot: FootPosture,
  patch: Partial<FootPosture> | undefined,
  side: string,
  warnings: string[],
): FootPosture {
  if (!patch) return foot
  const next = { ...foot }
  if ('navicularHeightMm' in patch) {
    const v = clampNumber(
      patch.navicularHeightMm,
      NAVICULAR_HEIGHT_MM,
      `${side}.navicularHeightMm`,
      ' mm',
      warnings,
    )
    if (v !== undefined) next.navicularHeightMm = v
  }
  if ('calcanealEversionDeg' in patch) {
    const v = clampNumber(
      patch.calcanealEversionDeg,
      EVERSION_DEG,
      `${side}.calcanealEversionDeg`,
      '°',
      warnings,
    )
    if (v !== undefined) next.calcanealEversionDeg = v
  }
  return next
}

/**
 * The one place inputs change. Order: a preset first, then explicit values on top of it, so a shared
 * link can say "this preset, but with the right arch at 28 mm". Pure: returns the next inputs.
 */
export function applyPatch(
  state: ExplorerInputs,
  patch: InputPatch,
): { next: ExplorerInputs; warnings: string[] } {
  const warnings: string[] = []
  let input = state.input
  let preset = state.preset
  if (patch.preset !== undefined) {
    const p = (PRESETS as Record<string, (typeof PRESETS)[PresetId] | undefined>)[patch.preset]
    if (p) {
      input = { left: { ...p.left }, right: { ...p.right }, activity: p.activity }
      preset = p.id
    } else warnings.push(`preset: ignored unknown preset "${String(patch.preset)}"`)
  }
  const left = patchFoot(input.left, patch.left, 'left', warnings)
  const right = patchFoot(input.right, patch.right, 'right', warnings)
  let activity = input.activity
  if (patch.activity !== undefined) {
    if (ACTIVITIES.includes(patch.activity)) activity = patch.activity
    else warnings.push(`activity: ignored unknown activity "${String(patch.activity)}"`)
  }
  if (left !== input.left || right !== input.right || activity !== input.activity)
    input = { left, right, activity }
  if (preset && !matchesPreset(input, preset)) preset = null

  let exaggerate = state.exaggerate
  if (patch.exaggerate !== undefined) {
    const v = clampNumber(patch.exaggerate, EXAGGERATE, 'exaggerate', '×', warnings)
    if (v !== undefined) exaggerate = v
  }
  let view = state.view
  let viewRequest = state.viewRequest
  if (patch.view !== undefined) {
    if (CAMERA_VIEWS.includes(patch.view)) {
      view = patch.view
      viewRequest++
    } else warnings.push(`view: ignored unknown view "${String(patch.view)}"`)
  }
  let layers = state.layers
  if (patch.layers) {
    layers = { ...layers }
    for (const [id, on] of Object.entries(patch.layers)) {
      if (!(LAYER_IDS as readonly string[]).includes(id))
        warnings.push(`layers: ignored unknown layer "${id}"`)
      else if (typeof on !== 'boolean')
        warnings.push(`layers.${id}: ignored "${String(on)}" (not true or false)`)
      else layers[id as LayerId] = on
    }
  }
  // A preset decides whether the feet move together (same posture both sides); otherwise the user does.
  const linkFeet = patch.preset !== undefined && preset ? sameFoot(input.left, input.right) : state.linkFeet
  return { next: { ...state, input, preset, exaggerate, view, viewRequest, layers, linkFeet }, warnings }
}

/** A store starting from the defaults with `patches` applied in order (e.g. the host's initial values, then the URL). */
export function createExplorerStore(...patches: (InputPatch | undefined)[]): {
  store: ExplorerStore
  warnings: string[]
} {
  const warnings: string[] = []
  let start = defaultInputs()
  for (const patch of patches) {
    if (!patch) continue
    const r = applyPatch(start, patch)
    start = r.next
    warnings.push(...r.warnings)
  }
  // Feet that start alike move together; feet that start apart are controlled one by one.
  start = { ...start, linkFeet: sameFoot(start.input.left, start.input.right) }
  const store = createStore<ExplorerStoreState>()((set, get) => ({
    ...start,
    apply(patch) {
      const { next, warnings: w } = applyPatch(get(), patch)
      set(next)
      for (const m of w) console.warn(`Kinetic Chain Explorer: ${m}`)
      return w
    },
    setLinkFeet(linked) {
      set({ linkFeet: linked })
    },
    requestView(view) {
      get().apply({ view })
    },
  }))
  return { store, warnings }
}

// The pose is derived: solved once per distinct input object (inputs are replaced, never mutated).
const poseCache = new WeakMap<ChainInput, ChainPose>()
export function poseOf(input: ChainInput): ChainPose {
  let pose = poseCache.get(input)
  if (!pose) {
    pose = solveChain(input)
    poseCache.set(input, pose)
  }
  return pose
}
export const selectPose = (s: ExplorerInputs): ChainPose => poseOf(s.input)
