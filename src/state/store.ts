// One store of inputs and view options per mounted explorer (zustand vanilla store, so several explorers
// can live on one page). The pose is derived from the inputs by the core, never stored.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { parseLocaleTag } from '../i18n/lang'
import { clampToLimit, solveChain } from '../kinematics'
import type { ChainInput, ChainPose, FootStrike, Limit } from '../kinematics/types'
import { defaultInputs, matchesPreset, presetInput, type ExplorerInputs } from './defaults'
import { createGaitClock, type GaitClock, type TimeScale } from './gaitClock'
import {
  INPUTS,
  cleanLayers,
  fieldName,
  footOf,
  readField,
  sameFoot,
  show,
  withFoot,
  type CameraView,
  type CompareMode,
  type InputPatch,
  type PresetId,
} from './schema'

export { defaultInputs, matchesPreset, type ExplorerInputs }

export interface ExplorerActions {
  /** Applies a patch; invalid fields are ignored (or clamped) and named in the returned warnings. */
  apply(patch: InputPatch): string[]
  setLinkFeet(linked: boolean): void
  requestView(view: CameraView): void
}

export type ExplorerStoreState = ExplorerInputs &
  ExplorerActions & {
    /** Where the gait cycle is and whether it plays (mutable, outside the inputs: gaitClock.ts). */
    clock: GaitClock
  }
export type ExplorerStore = StoreApi<ExplorerStoreState>

/** The core's clamp; a value it rejects (not a number) is left out of the patch, with its message. */
function checkNumber(field: string, raw: unknown, limit: Limit, warnings: string[]): number | undefined {
  try {
    return clampToLimit(field, raw, limit, warnings)
  } catch (e) {
    warnings.push(`${(e as Error).message}; ignored`)
    return undefined
  }
}

const isOneOf = <T extends string>(options: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (options as readonly string[]).includes(v)

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
  let {
    preset,
    exaggerate,
    view,
    viewRequest,
    layers,
    autoplay,
    timeScale,
    compare,
    tourRequest,
    tourStop,
    lang,
  } = state
  const presetAsked = patch.preset !== undefined
  for (const d of INPUTS) {
    const raw = readField(patch, d)
    if (raw === undefined) continue
    const name = fieldName(d)
    switch (d.kind) {
      case 'foot': {
        const v = checkNumber(name, raw, d.spec.limit, warnings)
        const foot = footOf(input, d.side)
        if (v !== undefined && v !== foot[d.spec.field])
          input = withFoot(input, d.side, { ...foot, [d.spec.field]: v })
        break
      }
      case 'number': {
        const v = checkNumber(name, raw, d.limit, warnings)
        if (v !== undefined) exaggerate = v
        break
      }
      case 'choice':
        if (!isOneOf(d.options, raw)) {
          warnings.push(`${name}: ignored unknown ${name} ${show(raw)}`)
        } else if (d.key === 'preset') {
          // Listed first in INPUTS, so the other fields of the patch go on top of it.
          input = presetInput(raw as PresetId)
          preset = raw as PresetId
        } else if (d.key === 'activity') {
          if (raw !== input.activity) input = { ...input, activity: raw as ChainInput['activity'] }
        } else if (d.key === 'footStrike') {
          if (raw !== input.footStrike) input = { ...input, footStrike: raw as FootStrike }
        } else if (d.key === 'timeScale') {
          timeScale = raw as TimeScale
        } else if (d.key === 'compare') {
          compare = raw as CompareMode
        } else if (d.key === 'tour') {
          if (raw === 'chain') tourRequest++
          else tourStop++
        } else {
          view = raw as CameraView
          viewRequest++
        }
        break
      case 'flag':
        if (typeof raw === 'boolean') autoplay = raw
        else warnings.push(`${name}: ignored ${show(raw)} (expected true or false)`)
        break
      case 'layers': {
        const clean = cleanLayers(raw, warnings)
        if (clean) layers = { ...layers, ...clean }
        break
      }
      case 'lang': {
        const tag = typeof raw === 'string' ? parseLocaleTag(raw) : undefined
        if (tag) lang = tag
        else
          warnings.push(
            `lang: ignored ${show(raw)} (expected ${d.options.join(' or ')}, optionally with a region: es-MX)`,
          )
        break
      }
    }
  }
  if (preset && !matchesPreset(input, preset)) preset = null
  // A preset decides whether the feet move together (same posture both sides); otherwise the user does.
  const linkFeet =
    presetAsked && preset ? sameFoot(footOf(input, 'left'), footOf(input, 'right')) : state.linkFeet
  return {
    next: {
      ...state,
      input,
      preset,
      exaggerate,
      view,
      viewRequest,
      layers,
      linkFeet,
      autoplay,
      timeScale,
      compare,
      tourRequest,
      tourStop,
      lang,
    },
    warnings,
  }
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
  start = { ...start, linkFeet: sameFoot(footOf(start.input, 'left'), footOf(start.input, 'right')) }
  const store = createStore<ExplorerStoreState>()((set, get) => ({
    ...start,
    clock: createGaitClock(),
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
