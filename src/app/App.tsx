// The explorer's layout: the 3D stage (or a clear message where it cannot be drawn) beside the controls, the
// chain walked in plain words, and what may follow. The chain panel works with or without the 3D view.
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { ExplorerCanvas } from '../scene/ExplorerCanvas'
import { LabelOverlay } from '../scene/Labels'
import type { ProbeSink } from '../scene/probe'
import { ExplorerStoreContext } from '../state/context'
import type { ExplorerStore } from '../state/store'
import { ChainPanel } from '../ui/ChainPanel'
import { ControlsPanel } from '../ui/ControlsPanel'
import { ExaggerationBadge } from '../ui/ExaggerationBadge'
import { FootPostureSummary } from '../ui/FootPostureSummary'
import { Legend } from '../ui/Legend'
import { PresetButtons } from '../ui/PresetButtons'
import { SymptomsPanel } from '../ui/SymptomsPanel'
import { ViewButtons } from '../ui/ViewButtons'
import type { ControlsMode } from '../state/schema'

export interface AppProps {
  store: ExplorerStore
  controls: ControlsMode
  modelUrl: string
  panelContainer?: HTMLElement
  probe: ProbeSink
  onReady: () => void
  onError: (error: Error) => void
}

export function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas')
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'))
  } catch {
    return false
  }
}

const NO_WEBGL = 'This browser cannot draw the 3D model (WebGL is off or not supported).'

function SceneMessage({ text }: { text: string }) {
  return (
    <div className="kce-message" role="alert" data-testid="scene-message">
      <div>
        <p>
          <strong>{text}</strong>
        </p>
        <p>The step-by-step explanation beside it still works and shows the same numbers.</p>
      </div>
    </div>
  )
}

export function App({ store, controls, modelUrl, panelContainer, probe, onReady, onError }: AppProps) {
  const [problem, setProblem] = useState<string | null>(() => (hasWebGL() ? null : NO_WEBGL))
  const [labels, setLabels] = useState<HTMLDivElement | null>(null)
  const [reducedMotion] = useState(
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  )

  useEffect(() => {
    if (problem === NO_WEBGL) onError(new Error(NO_WEBGL))
  }, [problem, onError])

  const fail = (e: Error) => {
    console.error('Kinetic Chain Explorer: the 3D model could not be shown:', e)
    setProblem('The 3D model could not be loaded.')
    onError(e)
  }

  const panel = controls === 'full' ? <ControlsPanel /> : null
  return (
    <ExplorerStoreContext.Provider value={store}>
      <div className="kce-stage">
        {problem ? (
          <SceneMessage text={problem} />
        ) : (
          <ExplorerCanvas
            modelUrl={modelUrl}
            reducedMotion={reducedMotion}
            labelsOverlay={labels}
            probe={probe}
            onFirstFrame={onReady}
            onError={fail}
          />
        )}
        <div className="kce-labels" ref={setLabels}>
          {!problem && <LabelOverlay />}
        </div>
        {!problem && <ViewButtons />}
        <ExaggerationBadge />
        {!problem && <Legend />}
      </div>
      <div className="kce-side">
        {controls !== 'none' && <PresetButtons />}
        {panel && (panelContainer ? createPortal(panel, panelContainer) : panel)}
        {controls !== 'none' && <FootPostureSummary />}
        <ChainPanel />
        <SymptomsPanel />
      </div>
    </ExplorerStoreContext.Provider>
  )
}
