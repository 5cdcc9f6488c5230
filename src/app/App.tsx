// The explorer's layout: a toolbar (views, the exaggeration notice, the colour key) over the 3D stage (or a
// clear message where it cannot be drawn), beside the chain walked in plain words and the controls. Nothing
// but the labels and an opened key or notice lies over the 3D. The chain panel works with or without the 3D.
import { Suspense, lazy, useCallback, useEffect, useId, useState } from 'react'
import { createPortal } from 'react-dom'
import { useStore } from 'zustand'
import { EN } from '../i18n'
import { I18nContext, useI18n, useI18nFor } from '../i18n/context'
import { ExplorerCanvas } from '../scene/ExplorerCanvas'
import { LabelOverlay } from '../scene/Labels'
import type { ProbeSink } from '../scene/probe'
import { ExplorerStoreContext } from '../state/context'
import type { ExplorerStore } from '../state/store'
import { TourStoreContext, type TourStore } from '../state/tourStore'
import { ChainPanel } from '../ui/ChainPanel'
import { ExaggerationDetails, ExaggerationNotice } from '../ui/ExaggerationBadge'
import { FootPostureSummary } from '../ui/FootPostureSummary'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { Legend, LegendToggle } from '../ui/Legend'
import { PresetButtons } from '../ui/PresetButtons'
import { SceneDescription } from '../ui/SceneDescription'
import { ShareButtons, type ShareActions } from '../ui/ShareButtons'
import { SymptomsPanel } from '../ui/SymptomsPanel'
import { ViewButtons } from '../ui/ViewButtons'
import { CycleChartCard } from '../ui/gait/CycleChartCard'
import { CycleChartToggle } from '../ui/gait/CycleChartToggle'
import { GaitControls } from '../ui/gait/GaitControls'
import { ComparePanel } from '../ui/tour/ComparePanel'
import { PlayChainButton } from '../ui/tour/PlayChainButton'
import { TourBar } from '../ui/tour/TourBar'
import { TourInvitation } from '../ui/tour/TourInvitation'
import { useElementSize, type Size } from '../ui/useElementSize'
import type { ControlsMode } from '../state/schema'

/**
 * The control panel (leva and its dependencies, a third of the explorer's JS) is a chunk of its own, loaded
 * only where it is shown (controls="full"): a minimal or bare widget never downloads it.
 */
const ControlsPanel = lazy(() => import('../ui/ControlsPanel').then((m) => ({ default: m.ControlsPanel })))

export interface AppProps {
  store: ExplorerStore
  tour: TourStore
  controls: ControlsMode
  modelUrl: string
  panelContainer?: HTMLElement
  probe: ProbeSink
  onReady: () => void
  onError: (error: Error) => void
  /** Where the stage's picture-taker is handed (the handle's capture(), the handout, Save picture). */
  onCapture?: (capture: () => string) => void
  /** The share actions (handout, picture, link); absent where the host offers none. */
  share?: ShareActions
}

export function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas')
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'))
  } catch {
    return false
  }
}

/** What keeps the 3D from showing: its words are the dictionary's (`app.noWebgl`); the error event's are English. */
type Problem = 'noWebgl' | 'modelFailed'
const NO_WEBGL = EN.t.app.noWebgl

/**
 * How the toolbar fits: `compact` (views as one list, short notice and key) in a short widget not wide enough
 * for the view buttons and the tools in one row, or anywhere narrower than the five buttons; `long` (the
 * notice's whole sentence, "Colour key") where it fits beside the view buttons; `short` elsewhere (the tools
 * beside the buttons, or on a row of their own on a phone).
 */
type ToolbarFit = 'compact' | 'short' | 'long'
function toolbarFit(main: Size | null, host: Size | null): ToolbarFit {
  if (!main) return 'long'
  if ((main.width < 640 && (host?.height ?? Infinity) < 480) || main.width < 340) return 'compact'
  return main.width >= 780 ? 'long' : 'short'
}

/**
 * The toolbar's play button, only where it fits beside the views and the tools on one row (it must not push
 * the stage down): the full words where the toolbar is long, the sign alone in a widget at least 400 px wide.
 * Elsewhere the side panel's button plays the chain (and a host can, by attribute, method or message).
 */
function chainInToolbar(fit: ToolbarFit, main: Size | null): boolean {
  const width = main?.width ?? 0
  return fit === 'long' || (fit === 'compact' && width >= 400)
}

/**
 * The colour key starts open only where it covers little of the stage (about 7% of this area or less);
 * elsewhere it starts folded into its toolbar button.
 */
const KEY_OPEN_MIN_AREA = 420_000

/** The 3D view's own event (src/scene/CameraRig.tsx): the camera left a named view, or came back to one. */
interface CameraEventDetail {
  free: boolean
}

function SceneMessage({ problem }: { problem: Problem }) {
  const { t } = useI18n()
  return (
    <div className="kce-message" role="alert" data-testid="scene-message">
      <div>
        <p>
          <strong>{t.app[problem]}</strong>
        </p>
        <p>{t.app.stillWorks}</p>
      </div>
    </div>
  )
}

/** Keys that drive the tour: P plays or pauses, [ and ] step back and on. Not while typing in a field. */
function useTourKeys(tour: TourStore, root: HTMLElement | null) {
  useEffect(() => {
    if (!root) return
    const doc = root.ownerDocument
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return
      const path = e.composedPath()
      const target = path[0] as HTMLElement | undefined
      // This explorer's keys: from inside it, or from the page itself when nothing else has the focus.
      if (!path.includes(root) && target !== doc.body && target !== doc.documentElement) return
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return
      const t = tour.getState()
      if (e.key === 'p' || e.key === 'P') {
        if (!t.clock.active || t.clock.completed) void t.play()
        else t.dispatch({ type: t.clock.playing ? 'pause' : 'play' })
      } else if (e.key === ']' && t.clock.active) t.dispatch({ type: 'next' })
      else if (e.key === '[' && t.clock.active) t.dispatch({ type: 'previous' })
      else return
      e.preventDefault()
    }
    doc.addEventListener('keydown', onKey)
    return () => doc.removeEventListener('keydown', onKey)
  }, [tour, root])
}

export function App({
  store,
  tour,
  controls,
  modelUrl,
  panelContainer,
  probe,
  onReady,
  onError,
  onCapture,
  share,
}: AppProps) {
  const [problem, setProblem] = useState<Problem | null>(() => (hasWebGL() ? null : 'noWebgl'))
  const i18n = useI18nFor(useStore(store, (s) => s.lang))
  const [labels, setLabels] = useState<HTMLDivElement | null>(null)
  const [main, setMain] = useState<HTMLDivElement | null>(null)
  const [stage, setStage] = useState<HTMLDivElement | null>(null)
  const [reducedMotion] = useState(
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  )
  const [orbited, setOrbited] = useState(false)
  const [keyChoice, setKeyChoice] = useState<boolean | null>(null)
  const [noticeOpen, setNoticeOpen] = useState(false)
  const [chartOpen, setChartOpen] = useState(false)
  const ids = useId()
  const legendId = `${ids}-key`
  const noticeId = `${ids}-notice`
  const describedId = `${ids}-description`
  const chartId = `${ids}-cycle-chart`

  const mainSize = useElementSize(main)
  const stageSize = useElementSize(stage)
  // The room the explorer has: the box it was mounted in (the page's root, or the widget's stage).
  const hostSize = useElementSize(main?.parentElement?.parentElement ?? null)
  const fit = toolbarFit(mainSize, hostSize)
  const keyOpen = keyChoice ?? (stageSize ? stageSize.width * stageSize.height >= KEY_OPEN_MIN_AREA : false)
  useTourKeys(tour, main?.parentElement ?? null)

  useEffect(() => {
    if (problem === 'noWebgl') onError(new Error(NO_WEBGL))
  }, [problem, onError])

  // The camera rig says when the person turns the model away from a named view, and when a view is chosen.
  useEffect(() => {
    if (!stage) return
    const on = (e: Event) => setOrbited((e as CustomEvent<CameraEventDetail>).detail.free)
    stage.addEventListener('kce-camera', on)
    return () => stage.removeEventListener('kce-camera', on)
  }, [stage])

  const fail = (e: Error) => {
    console.error('Kinetic Chain Explorer: the 3D model could not be shown:', e)
    setProblem('modelFailed')
    onError(e)
  }
  const toggleKey = useCallback(() => setKeyChoice(!keyOpen), [keyOpen])
  // The explorer's box says its language: screen readers read it in that voice, the rest of the page keeps its own.
  useEffect(() => {
    main?.parentElement?.setAttribute('lang', i18n.locale)
  }, [main, i18n.locale])

  const panel =
    controls === 'full' ? (
      <Suspense fallback={<p className="kce-note">{i18n.t.app.loadingControls}</p>}>
        <ControlsPanel />
      </Suspense>
    ) : null
  return (
    <ExplorerStoreContext.Provider value={store}>
      <TourStoreContext.Provider value={tour}>
        <I18nContext.Provider value={i18n}>
          <div className="kce-main" ref={setMain} data-toolbar={fit}>
            <div className="kce-toolbar" part="toolbar" data-testid="toolbar">
              {!problem && <ViewButtons compact={fit === 'compact'} orbited={orbited} />}
              <div className="kce-tools">
                <ExaggerationNotice
                  short={fit !== 'long'}
                  open={noticeOpen}
                  detailsId={noticeId}
                  onToggle={() => setNoticeOpen(!noticeOpen)}
                />
                {!problem && (
                  <LegendToggle
                    short={fit !== 'long'}
                    open={keyOpen}
                    legendId={legendId}
                    onToggle={toggleKey}
                  />
                )}
                <CycleChartToggle
                  open={chartOpen}
                  chartId={chartId}
                  onToggle={() => setChartOpen(!chartOpen)}
                />
                {!problem && chainInToolbar(fit, mainSize) && <PlayChainButton fit={fit} />}
              </div>
            </div>
            {!problem && <TourBar />}
            <div className="kce-stage" ref={setStage} data-testid="stage">
              {problem ? (
                <SceneMessage problem={problem} />
              ) : (
                <ExplorerCanvas
                  modelUrl={modelUrl}
                  reducedMotion={reducedMotion}
                  labelsOverlay={labels}
                  probe={probe}
                  onFirstFrame={onReady}
                  onError={fail}
                  onCapture={onCapture}
                />
              )}
              {/* The labels' words are in the description below: screen readers skip the overlay. */}
              <div className="kce-labels" ref={setLabels} aria-hidden="true">
                {!problem && <LabelOverlay />}
              </div>
              {!problem && <Legend id={legendId} open={keyOpen} />}
              <ExaggerationDetails id={noticeId} open={noticeOpen} onClose={() => setNoticeOpen(false)} />
              {!problem && <SceneDescription id={describedId} orbited={orbited} />}
            </div>
            {!problem && <GaitControls />}
          </div>
          <div className="kce-side" part="panel">
            {/* The language switch sits over the presets' heading (styles.ts: .kce-lang + .kce-presets), so the two
                come first; the gait card under them, where the switch cannot cover its heading. */}
            {controls !== 'none' && <LanguageSwitch />}
            {controls !== 'none' && <PresetButtons />}
            <CycleChartCard
              id={chartId}
              open={chartOpen}
              reducedMotion={reducedMotion}
              onClose={() => setChartOpen(false)}
            />
            {/* Beside the 3D, not above it: the stage keeps its size (and its coverage) on the first visit. */}
            {!problem && controls !== 'none' && <TourInvitation />}
            <ChainPanel />
            {!problem && <ComparePanel choose={controls !== 'none'} />}
            {panel && (panelContainer ? createPortal(panel, panelContainer) : panel)}
            {controls !== 'none' && <FootPostureSummary />}
            {share && controls !== 'none' && <ShareButtons actions={share} pictureOk={!problem} />}
            <SymptomsPanel />
          </div>
        </I18nContext.Provider>
      </TourStoreContext.Provider>
    </ExplorerStoreContext.Provider>
  )
}
