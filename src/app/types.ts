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
  onReady?: () => void
  onChange?: (state: ExplorerState) => void
  onError?: (error: Error) => void
  /** A step of the chain tour began (or began again with new numbers). */
  onChainStep?: (step: ChainStepDetail) => void
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
  destroy(): void
}

/** Implemented in src/app/mountExplorer.tsx. */
export type MountExplorer = (container: HTMLElement, options?: ExplorerOptions) => ExplorerHandle
