// The explorer's vocabulary, declared once: views, layers, presets, controls modes, the input patch, and one
// descriptor table of every input a person or a host page can set. The store, the URL reader and writer, the
// element's attributes and properties, the postMessage validation, the leva controls and the generated
// documentation (README attribute table, the element's .d.ts) all walk these tables. Numbers and their
// limits belong to the kinematic core (INPUT_LIMITS); the one clamp is the core's (clampToLimit).
// To add a per-foot number: one entry in FOOT_FIELDS (and its use in the core). See docs/architecture.md.
// The limits and bands, not the core's barrel: the element reads this table before its 3D loads, and the
// barrel would bring the coupler table (and its sources' text) into that first, small script.
import { BAREFOOT, INPUT_LIMITS, archBand, pronationBand } from '../kinematics/limits'
import { TIME_SCALES, type TimeScale } from './gaitClock'
import { LANGS } from '../i18n/lang'
import {
  ACTIVITIES,
  FOOT_STRIKES,
  type Activity,
  type ChainInput,
  type FootPosture,
  type FootStrike,
  type Footwear,
  type Limit,
} from '../kinematics/types'

export const SIDES = ['left', 'right'] as const
export type Side = (typeof SIDES)[number]

export const CAMERA_VIEWS = ['front', 'back', 'side', 'feet', 'lumbar'] as const
export type CameraView = (typeof CAMERA_VIEWS)[number]
export const VIEW_LABELS: Readonly<Record<CameraView, string>> = {
  front: 'Front',
  back: 'Back',
  side: 'Side',
  feet: 'Feet',
  lumbar: 'Lower back',
}
/** From behind: how a clinician looks at heel eversion, and where the facets and the sciatic nerve are. */
export const DEFAULT_VIEW: CameraView = 'back'

export const LAYER_IDS = ['bones', 'stress', 'nerve', 'muscle', 'labels'] as const
export type LayerId = (typeof LAYER_IDS)[number]
export type Layers = Record<LayerId, boolean>
export const LAYER_LABELS: Readonly<Record<LayerId, string>> = {
  bones: 'Bones',
  stress: 'Joint stress',
  nerve: 'Sciatic nerve',
  muscle: 'Muscles',
  labels: 'Labels',
}
export const DEFAULT_LAYERS: Readonly<Layers> = {
  bones: true,
  stress: true,
  nerve: true,
  muscle: true,
  labels: true,
}

export const PRESET_IDS = [
  'neutral',
  'flat-feet',
  'flat-feet-orthotics',
  'high-arches',
  'right-overpronated',
  'left-overpronated',
  'high-heels',
  'downhill-running',
] as const
export type PresetId = (typeof PRESET_IDS)[number]

/** The ghost skeleton's reference posture: none, neutral feet, or the same feet out of their shoes and orthotics. */
export const COMPARE_MODES = ['off', 'neutral', 'barefoot'] as const
export type CompareMode = (typeof COMPARE_MODES)[number]
/** `tour="chain"` plays the chain (a link at a time) once the explorer is ready; `off` stops it. */
export const TOUR_MODES = ['chain', 'off'] as const
export type TourMode = (typeof TOUR_MODES)[number]

export const CONTROLS_MODES = ['full', 'minimal', 'none'] as const
export type ControlsMode = (typeof CONTROLS_MODES)[number]

export const ACTIVITY_LABELS: Readonly<Record<Activity, string>> = {
  standing: 'Standing',
  walking: 'Walking',
  running: 'Running',
  'downhill-running': 'Running downhill',
}

export const FOOT_STRIKE_LABELS: Readonly<Record<FootStrike, string>> = {
  rearfoot: 'Heel first',
  forefoot: 'Forefoot first',
}

/** What a person sets for one foot, flat (the core groups them as posture and footwear). */
export type FootInputs = FootPosture & Footwear
export type FootField = keyof FootInputs

/** One foot's inputs, read out of the core's input (footwear left out = barefoot). */
export const footOf = (input: ChainInput, side: Side): FootInputs => ({
  ...input[side],
  ...BAREFOOT,
  ...input.footwear?.[side],
})

/** Which of a foot's inputs the core files under footwear (the rest are its posture). */
const FOOTWEAR_FIELDS = Object.keys(BAREFOOT) as (keyof Footwear)[]

/** One foot's inputs split the way the core takes them. */
function splitFoot(foot: FootInputs): { posture: FootPosture; wear: Footwear } {
  const posture: Record<string, number> = {}
  const wear: Record<string, number> = {}
  for (const [k, v] of Object.entries(foot))
    ((FOOTWEAR_FIELDS as string[]).includes(k) ? wear : posture)[k] = v
  return { posture: posture as unknown as FootPosture, wear: wear as unknown as Footwear }
}

/** The core's input with one foot's inputs replaced (the store keeps footwear and foot strike explicit). */
export function withFoot(input: ChainInput, side: Side, foot: FootInputs): ChainInput {
  const other: Side = side === 'left' ? 'right' : 'left'
  const mine = splitFoot(foot)
  const theirs = splitFoot(footOf(input, other))
  return {
    ...input,
    [side]: mine.posture,
    footwear: { [side]: mine.wear, [other]: theirs.wear } as Record<Side, Footwear>,
    footStrike: input.footStrike ?? 'rearfoot',
  }
}

export const sameFoot = (a: FootInputs, b: FootInputs): boolean =>
  FOOT_FIELDS.every((f) => a[f.field] === b[f.field])

/** A partial update of the inputs and view options; every field optional. */
export interface InputPatch {
  left?: Partial<FootInputs>
  right?: Partial<FootInputs>
  activity?: Activity
  /** Applied first; the other fields of the same patch go on top of it. */
  preset?: PresetId
  /** Running only: which part of the foot lands first. */
  footStrike?: FootStrike
  /** Drawn exaggeration for teaching, 1..5; never applied to numbers shown. */
  exaggerate?: number
  view?: CameraView
  layers?: Partial<Layers>
  /** Walking and running: play the cycle by itself once loaded (never under reduced motion). */
  autoplay?: boolean
  /** Playback speed of the cycle. */
  timeScale?: TimeScale
  /** The ghost skeleton's reference posture ('off' = none). */
  compare?: CompareMode
  /** 'chain' plays the chain from its first link; 'off' stops the tour. */
  tour?: TourMode
  /** The language of the words: a BCP 47 tag of a language the explorer has (`en`, `es`, `es-MX`). */
  lang?: string
}

/** A per-foot number, declared once and expanded for each side (`left-arch-mm`, `rightArchMm`, ...). */
export interface FootFieldSpec {
  field: FootField
  /** URL parameter and attribute after the side: `arch-mm` → `left-arch-mm`. */
  param: string
  /** Element property after the side: `ArchMm` → `leftArchMm`. */
  property: string
  /** The core's valid range; a value outside it is clamped (by the core's clampToLimit) with a warning. */
  limit: Limit
  step: number
  /** Short row label: it must read in full in the panel's label column on a 768 px tablet. */
  label: string
  /** What is measured, in clinical units (tooltip and documentation). */
  hint: string
  /** The clinical band of a value, in plain words. */
  band: (value: number) => string
  /**
   * The value when a host leaves it out (footwear: barefoot). Optional inputs are written into a shared link
   * only where they differ from it; the posture numbers are always written, so a link reads on its own.
   */
  optionalDefault?: number
}

export const FOOT_FIELDS: readonly FootFieldSpec[] = [
  {
    field: 'navicularHeightMm',
    param: 'arch-mm',
    property: 'ArchMm',
    limit: INPUT_LIMITS.navicularHeightMm,
    step: 1,
    label: 'Arch (mm)',
    hint: 'Arch height: navicular height standing, mm (normal 36–55)',
    band: (v) => archBand(v).label,
  },
  {
    field: 'calcanealEversionDeg',
    param: 'eversion-deg',
    property: 'EversionDeg',
    limit: INPUT_LIMITS.calcanealEversionDeg,
    step: 0.5,
    label: 'Heel eversion (°)',
    hint: 'Heel eversion: resting calcaneal stance position, degrees (neutral 2–6; pronated from 8–10; negative = inverted)',
    band: (v) => {
      const p = pronationBand(v)
      return `${p.label} (${p.fpi})`
    },
  },
  {
    field: 'heelHeightMm',
    param: 'heel-mm',
    property: 'HeelMm',
    limit: INPUT_LIMITS.heelHeightMm,
    step: 5,
    label: 'Shoe heel (mm)',
    hint: 'Shoe heel height: heel above the ball of the foot, mm (0 = barefoot or flat shoes)',
    band: (v) => (v === 0 ? 'flat' : v < 40 ? 'low heel' : v < 70 ? 'mid heel' : 'high heel'),
    optionalDefault: BAREFOOT.heelHeightMm,
  },
  {
    field: 'medialPostDeg',
    param: 'post-deg',
    property: 'PostDeg',
    limit: INPUT_LIMITS.medialPostDeg,
    step: 1,
    label: 'Orthotic post (°)',
    hint: 'Orthotic: medial (anti-pronation) rearfoot post, degrees (0 = none; its effect grows up to 5°)',
    band: (v) => (v === 0 ? 'no orthotic' : `orthotic, ${v}° medial post`),
    optionalDefault: BAREFOOT.medialPostDeg,
  },
]

/** Drawn exaggeration for teaching (a view option, not a core input): 1×–5×. */
export const EXAGGERATE_LIMIT: Limit = { min: 1, max: 5, unit: '×' }

interface Described {
  /** URL parameter and element attribute (the same name and parser for both). */
  param: string
  /** Element property mirroring the attribute. */
  property: string
  /** One line for the documentation. */
  doc: string
}
/** One input a host can set, as it appears in a patch, a URL, an attribute and a property. */
export type InputDescriptor =
  | (Described & {
      kind: 'foot'
      side: Side
      spec: FootFieldSpec
    })
  | (Described & { kind: 'number'; key: 'exaggerate'; limit: Limit; step: number; label: string })
  | (Described & {
      kind: 'choice'
      key: 'preset' | 'activity' | 'footStrike' | 'view' | 'timeScale' | 'compare' | 'tour'
      options: readonly string[]
    })
  /** A boolean attribute (model-viewer's convention): present or "true" = on, "false" = off. */
  | (Described & { kind: 'flag'; key: 'autoplay' })
  | (Described & { kind: 'layers'; key: 'layers'; options: readonly LayerId[] })
  | (Described & { kind: 'lang'; key: 'lang'; options: readonly string[] })

const footDescriptors = (side: Side): InputDescriptor[] =>
  FOOT_FIELDS.map((spec) => ({
    kind: 'foot',
    side,
    spec,
    param: `${side}-${spec.param}`,
    property: `${side}${spec.property}`,
    doc: `${side} foot: ${spec.hint[0]!.toLowerCase()}${spec.hint.slice(1)}; valid ${spec.limit.min}..${spec.limit.max} ${spec.limit.unit}`,
  }))

/** Drawn exaggeration for teaching (a view option, not a core input). */
export const EXAGGERATE_INPUT = {
  kind: 'number',
  key: 'exaggerate',
  param: 'exaggerate',
  property: 'exaggerate',
  limit: EXAGGERATE_LIMIT,
  step: 0.5,
  label: 'Exaggerate ×',
  doc: `drawn exaggeration for teaching, ${EXAGGERATE_LIMIT.min}..${EXAGGERATE_LIMIT.max} (numbers shown are never exaggerated)`,
} as const satisfies InputDescriptor

/**
 * Every input, in the order a link or an attribute list is read: the preset first (the rest go on top of
 * it), then each foot, then the activity and the view options.
 */
export const INPUTS: readonly InputDescriptor[] = [
  {
    kind: 'choice',
    key: 'preset',
    param: 'preset',
    property: 'preset',
    options: PRESET_IDS,
    doc: 'a starting point, applied first, then the other inputs',
  },
  ...footDescriptors('left'),
  ...footDescriptors('right'),
  {
    kind: 'choice',
    key: 'activity',
    param: 'activity',
    property: 'activity',
    options: ACTIVITIES,
    doc: 'sets the peak load and the facet stress',
  },
  {
    kind: 'choice',
    key: 'footStrike',
    param: 'foot-strike',
    property: 'footStrike',
    options: FOOT_STRIKES,
    doc: 'running only: which part of the foot lands first (default rearfoot); ignored for standing and walking',
  },
  EXAGGERATE_INPUT,
  {
    kind: 'choice',
    key: 'view',
    param: 'view',
    property: 'view',
    options: CAMERA_VIEWS,
    doc: 'the camera view',
  },
  {
    kind: 'layers',
    key: 'layers',
    param: 'layers',
    property: 'layers',
    options: LAYER_IDS,
    doc: 'comma list of the layers shown',
  },
  {
    kind: 'flag',
    key: 'autoplay',
    param: 'autoplay',
    property: 'autoplay',
    doc: 'walking and running: play the gait cycle by itself once loaded (never under prefers-reduced-motion); a boolean attribute',
  },
  {
    kind: 'choice',
    key: 'timeScale',
    param: 'time-scale',
    property: 'timeScale',
    options: TIME_SCALES,
    doc: 'playback speed of the gait cycle (default 1)',
  },
  {
    kind: 'choice',
    key: 'compare',
    param: 'compare',
    property: 'compare',
    options: COMPARE_MODES,
    doc: 'a see-through skeleton in a reference posture, drawn in the same place: neutral feet, or the same feet barefoot (no shoes, no orthotic); default off',
  },
  {
    kind: 'choice',
    key: 'tour',
    param: 'tour',
    property: 'tour',
    options: TOUR_MODES,
    doc: "`chain` plays the chain, a link at a time, once the widget is ready (setInputs({ tour: 'chain' }) plays it again); `off` stops it. Never written into a shared link",
  },
  {
    kind: 'lang',
    key: 'lang',
    param: 'lang',
    property: 'lang',
    options: LANGS,
    doc: 'the language of the words, with an optional region for numbers (`es-MX`); default the browser’s language',
  },
]

/** URL parameters and element attributes, in reading order. */
export const INPUT_PARAMS: readonly string[] = INPUTS.map((d) => d.param)

/** Where an input lives in a patch: `right.navicularHeightMm`, `exaggerate`. Also the name in warnings. */
export const fieldName = (d: InputDescriptor): string =>
  d.kind === 'foot' ? `${d.side}.${d.spec.field}` : d.key

/** The value of one input in a patch-shaped object (untrusted input welcome); undefined where absent. */
export function readField(patch: unknown, d: InputDescriptor): unknown {
  if (typeof patch !== 'object' || patch === null) return undefined
  const p = patch as Record<string, unknown>
  if (d.kind !== 'foot') return p[d.key]
  const foot = p[d.side]
  return typeof foot === 'object' && foot !== null
    ? (foot as Record<string, unknown>)[d.spec.field]
    : undefined
}

/** Writes one (already checked) value into a patch. */
export function writeField(patch: InputPatch, d: InputDescriptor, value: unknown): void {
  if (d.kind === 'foot') patch[d.side] = { ...patch[d.side], [d.spec.field]: value as number }
  else (patch as Record<string, unknown>)[d.key] = value
}

/** The top-level keys a patch may hold. */
export const PATCH_KEYS: readonly string[] = [
  ...SIDES,
  ...INPUTS.filter((d) => d.kind !== 'foot').map((d) => (d as { key: string }).key),
]

/** A safe display of any value for a warning (BigInt, cycles and symbols included). */
export function show(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`
  if (typeof v === 'bigint') return `${v}n`
  try {
    return JSON.stringify(v) ?? String(v)
  } catch {
    return Object.prototype.toString.call(v)
  }
}

/** The well-formed entries of a layers object; the rest are named in `warnings`. */
export function cleanLayers(raw: unknown, warnings: string[]): Partial<Layers> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push(`layers: ignored ${show(raw)} (expected an object of true/false)`)
    return undefined
  }
  const layers: Partial<Layers> = {}
  for (const [id, on] of Object.entries(raw)) {
    if (!(LAYER_IDS as readonly string[]).includes(id)) warnings.push(`layers: ignored unknown layer "${id}"`)
    else if (typeof on !== 'boolean') warnings.push(`layers.${id}: ignored ${show(on)} (not true or false)`)
    else layers[id as LayerId] = on
  }
  return layers
}
