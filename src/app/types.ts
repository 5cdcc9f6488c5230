// The seam between the explorer (src/app) and everything that hosts it: the main page
// (src/main.tsx) and the embed layer (src/embed: custom element and iframe page). One mounted explorer
// owns one store of inputs, so several can live on one page. The vocabulary (views, layers,
// presets, the input patch) is the state layer's: src/state/schema.ts.
import type { ChainInput, ChainPose } from '../kinematics/types'
import type { CameraView, ControlsMode, InputPatch, Layers } from '../state/schema'

export interface ExplorerState {
  input: ChainInput
  exaggerate: number
  view: CameraView
  layers: Layers
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
  onReady?: () => void
  onChange?: (state: ExplorerState) => void
  onError?: (error: Error) => void
}

export interface ExplorerHandle {
  /** Applies a patch; invalid fields are ignored with a warning naming them (returned and logged). */
  setInputs(patch: InputPatch): string[]
  setView(view: CameraView): void
  getState(): ExplorerState
  destroy(): void
}

/** Implemented in src/app/mountExplorer.tsx. */
export type MountExplorer = (container: HTMLElement, options?: ExplorerOptions) => ExplorerHandle
