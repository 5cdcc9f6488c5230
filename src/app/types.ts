// The seam between the explorer (src/app) and everything that hosts it: the main page
// (src/main.tsx) and the embed layer (src/embed: custom element and iframe page). One mounted explorer
// owns one store of inputs, so several can live on one page. The vocabulary (views, layers,
// presets, the input patch) is the state layer's: src/state/schema.ts.
import type { ChainInput, ChainPose } from '../kinematics/types'
import type { ChainLink } from '../state/tour'
import type { CameraView, CompareMode, ControlsMode, InputPatch, Layers } from '../state/schema'

export interface ExplorerState {
  input: ChainInput
  exaggerate: number
  view: CameraView
  layers: Layers
  /** The ghost skeleton's reference posture. */
  compare: CompareMode
  /** The locale the words are in (`en`, `es-MX`): the one asked for, else the browser's (always set by the explorer). */
  lang?: string
  /** Derived from input by solveChain; never stored. */
  pose: ChainPose
}

export interface ExplorerOptions {
  /** Initial inputs and view (applied after a preset, if both are given). */
  initial?: InputPatch
  controls?: ControlsMode
  /** Main page: keep the URL in step with the inputs. Embeds: false. */
  syncUrl?: boolean
  /** Where leva's panel is rendered; the embed passes a node inside its shadow root. */
  panelContainer?: HTMLElement
  /** Address of the skeleton GLB; default `models/skeleton.glb` relative to the page. */
  modelUrl?: string
  /**
   * The take-home actions (handout, picture, link). `handoutUrl`: the handout page (default handout.html
   * beside the page); `shareUrl`: the full explorer a link and the handout's QR reopen (default: this page
   * where it keeps its URL, else none); `clinic`: a line of text for the handout. Null: no share buttons.
   */
  share?: { handoutUrl?: string; shareUrl?: string | null; clinic?: string | null } | null
  onReady?: () => void
  onChange?: (state: ExplorerState) => void
  onError?: (error: Error) => void
  /** A step of the chain tour began (or began again with new numbers). */
  onChainStep?: (step: ChainStepDetail) => void
  /**
   * The gait cycle began or stopped playing (by its button, play()/pause(), autoplay, choosing or leaving
   * walking or running, a single step), with the moment it is at: the element's `play` and `pause` events.
   */
  onPlayback?: (detail: PlaybackDetail) => void
}

/** Whether the gait cycle plays now, and its moment (0..1 from the right heel strike). */
export interface PlaybackDetail {
  playing: boolean
  cycle: number
}

export type ChainLinkName = ChainLink

/** `detail` of the `chainstep` event. */
export interface ChainStepDetail {
  /** 0-based. */
  index: number
  link: ChainLinkName
  /** How many links the tour has for this model. */
  total: number
  /** What the caption says (the live numbers, with their source and confidence). */
  caption: string
}

export interface ExplorerHandle {
  /** Applies a patch; invalid fields are ignored with a warning naming them (returned and logged). */
  setInputs(patch: InputPatch): string[]
  setView(view: CameraView): void
  /** Plays the chain from the foot; resolves after the last link's hold, or when the tour is stopped. */
  playChain(): Promise<{ completed: boolean }>
  /** Pauses the tour where it is (a pending playChain() stays pending until it plays on). */
  pauseChain(): void
  /** Shows one link (0-based), playing on from there if the tour was playing. */
  stepChain(index: number): void
  getState(): ExplorerState
  /** Walking and running: plays the gait cycle (no effect while standing). */
  play(): void
  pause(): void
  /** Whether the gait cycle plays, and where it is (0..1 from the right heel strike). */
  playback(): { playing: boolean; cycle: number }
  /** Moves the gait cycle to a share of the cycle (wraps). */
  seek(cycle: number): void
  /** The 3D view as a PNG data URL (rendered and read in one task, never blank); null before the 3D or without it. */
  capture(): string | null
  /** The handout page's address for the state on screen. */
  handoutUrl(): string
  destroy(): void
}

/** Implemented in src/app/mountExplorer.tsx. */
export type MountExplorer = (container: HTMLElement, options?: ExplorerOptions) => ExplorerHandle
