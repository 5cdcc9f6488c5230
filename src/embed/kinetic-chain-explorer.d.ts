// Types of <kinetic-chain-explorer>, shipped as dist/kinetic-chain-explorer.d.ts next to the script.
// Self-contained on purpose: a clinic's project has none of our sources. test/embed/types.test.ts
// checks that these match the app's own types, so the two cannot drift apart.

export type Activity = 'standing' | 'walking' | 'running' | 'downhill-running'
export type CameraView = 'front' | 'back' | 'side' | 'feet' | 'lumbar'
export type PresetId =
  'neutral' | 'flat-feet' | 'high-arches' | 'right-overpronated' | 'left-overpronated' | 'downhill-running'
export type ControlsMode = 'full' | 'minimal' | 'none'
export type LayerId = 'bones' | 'stress' | 'nerve' | 'muscle' | 'labels'
export type Layers = Record<LayerId, boolean>

export interface FootPosture {
  /** Arch height, standing (navicular height). Valid 15..75 mm, normal 36..55 mm. */
  navicularHeightMm: number
  /** Resting calcaneal stance position; negative = inverted (supinated). Valid -15..20°. */
  calcanealEversionDeg: number
}

export interface ChainInput {
  left: FootPosture
  right: FootPosture
  activity: Activity
}

/** A partial update of the inputs and view options; every field optional. */
export interface InputPatch {
  left?: Partial<FootPosture>
  right?: Partial<FootPosture>
  activity?: Activity
  preset?: PresetId
  /** Drawn exaggeration for teaching, 1..5; never applied to numbers shown. */
  exaggerate?: number
  view?: CameraView
  layers?: Partial<Layers>
}

export interface SideSummary {
  tibialInternalRotationDeg: number
  femoralInternalRotationDeg: number
  iliumAnteriorRotationDeg: number
  functionalShorteningMm: number
  sciaticIrritation: number
}

/** What the chain does with the inputs, in the units clinicians use; angles are changes from neutral stance. */
export interface PoseSummary {
  left: SideSummary
  right: SideSummary
  pelvis: { anteriorTiltDeg: number; obliquityDeg: number; torsionDeg: number }
  /** The lumbar facet under most stress. */
  lumbarPeak: { level: string; side: 'left' | 'right'; extensionDeg: number; stress: number }
  load: { peakBodyWeights: number; spineShockIndex: number }
  /** One per clamped input, naming the field. */
  warnings: string[]
}

/** `detail` of the `change` event, and what getState() returns once the 3D is ready. */
export interface ExplorerSnapshot {
  inputs: ChainInput
  exaggerate: number
  view: CameraView
  layers: Layers
  pose: PoseSummary
}

export interface KineticChainExplorerEventMap extends HTMLElementEventMap {
  /** The first frame of the 3D explorer is on screen. */
  ready: CustomEvent<void>
  /** Inputs or view changed, by the user or by code. */
  change: CustomEvent<ExplorerSnapshot>
  /** The 3D explorer could not load or run; the element shows a message instead. */
  error: CustomEvent<{ message: string }>
}

export declare class KineticChainExplorerElement extends HTMLElement {
  static readonly observedAttributes: string[]
  /** `left-arch-mm`: navicular height of the left foot, mm. */
  leftArchMm: number | null
  /** `left-eversion-deg`: resting calcaneal eversion of the left heel, degrees. */
  leftEversionDeg: number | null
  /** `right-arch-mm` */
  rightArchMm: number | null
  /** `right-eversion-deg` */
  rightEversionDeg: number | null
  /** `activity` */
  activity: Activity | null
  /** `preset`: applied first, then the other input attributes. */
  preset: PresetId | null
  /** `exaggerate`: drawn exaggeration for teaching, 1..5. */
  exaggerate: number | null
  /** `view` */
  view: CameraView | null
  /** `layers`: comma-separated layers to show, e.g. "bones,stress,nerve". */
  layers: string | null
  /** `controls`: "full", "minimal" (default) or "none". */
  controls: ControlsMode
  /** `loading`: "lazy" (default: a poster until scrolled into view or clicked) or "eager". */
  loading: 'lazy' | 'eager'
  /** True once the first 3D frame is on screen. */
  readonly ready: boolean
  /** Loads the 3D now, as a click on the poster does. Resolves when it is ready. */
  activate(): Promise<void>
  /** Applies inputs; invalid fields are ignored and returned as warnings (also logged). */
  setInputs(patch: InputPatch): string[]
  /** Current inputs and pose; null until ready. */
  getState(): ExplorerSnapshot | null
  addEventListener<K extends keyof KineticChainExplorerEventMap>(
    type: K,
    listener: (this: KineticChainExplorerElement, ev: KineticChainExplorerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void
  removeEventListener<K extends keyof KineticChainExplorerEventMap>(
    type: K,
    listener: (this: KineticChainExplorerElement, ev: KineticChainExplorerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void
}

/** Messages the iframe page (embed.html) accepts from an allowed origin. */
export type EmbedRequest =
  | { type: 'kce:set-inputs'; id?: string | number; inputs: InputPatch }
  | { type: 'kce:set-view'; id?: string | number; view: CameraView }
  | { type: 'kce:get-state'; id?: string | number }

/** Messages the iframe page posts to the allowed origins. */
export type EmbedEvent =
  | { type: 'kce:ready' }
  | { type: 'kce:change'; state: ExplorerSnapshot }
  | { type: 'kce:error'; message: string }
  | { type: 'kce:state'; id?: string | number; state: ExplorerSnapshot | null; warnings: string[] }

declare global {
  interface HTMLElementTagNameMap {
    'kinetic-chain-explorer': KineticChainExplorerElement
  }
}
