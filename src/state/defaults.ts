// The explorer's starting inputs and the presets as inputs: what a link is written against (url.ts) and where a
// store starts (store.ts). Light on purpose: no store library, no solver, so the element can write a link to
// the full explorer before its 3D (and the core's coupler table) loads.
import { BAREFOOT } from '../kinematics/limits'
import type { ChainInput } from '../kinematics/types'
import type { TimeScale } from './gaitClock'
import { PRESETS } from './presets'
import {
  DEFAULT_LAYERS,
  DEFAULT_VIEW,
  SIDES,
  footOf,
  sameFoot,
  type CameraView,
  type CompareMode,
  type Layers,
  type PresetId,
} from './schema'

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
  /** Walking and running play by themselves once loaded (the element's `autoplay`); never under reduced motion. */
  autoplay: boolean
  /** Playback speed of the gait cycle. */
  timeScale: TimeScale
  /** The ghost skeleton's reference posture. */
  compare: CompareMode
  /** Bumped each time `tour: 'chain'` is asked for (the tour controller plays from the first link). */
  tourRequest: number
  /** Bumped each time `tour: 'off'` is asked for. */
  tourStop: number
  /** The language asked for (`es-MX`), or null for the browser's (src/i18n/lang.ts resolves it). */
  lang: string | null
}

/** A preset's inputs, with footwear and foot strike explicit (the store never leaves them out). */
export const presetInput = (id: PresetId): ChainInput => {
  const p = PRESETS[id]
  return {
    left: { ...p.left },
    right: { ...p.right },
    activity: p.activity,
    footwear: {
      left: { ...BAREFOOT, ...p.footwear?.left },
      right: { ...BAREFOOT, ...p.footwear?.right },
    },
    footStrike: p.footStrike ?? 'rearfoot',
  }
}

export function defaultInputs(): ExplorerInputs {
  return {
    input: presetInput('neutral'),
    exaggerate: 1,
    view: DEFAULT_VIEW,
    viewRequest: 0,
    layers: { ...DEFAULT_LAYERS },
    preset: 'neutral',
    linkFeet: true,
    autoplay: false,
    timeScale: '1',
    compare: 'off',
    tourRequest: 0,
    tourStop: 0,
    lang: null,
  }
}

export function matchesPreset(input: ChainInput, id: PresetId): boolean {
  const p = presetInput(id)
  return (
    SIDES.every((side) => sameFoot(footOf(input, side), footOf(p, side))) &&
    input.activity === p.activity &&
    (input.footStrike ?? 'rearfoot') === p.footStrike
  )
}
