// The composition root: mounts one explorer (its own store, its own leva store, its own styles in the
// container's root node) into a container. The main page and the embed both go through here.
import { createRoot } from 'react-dom/client'
import { EN, createI18n, loadMessages, messagesNow, resolveLocale } from '../i18n'
import { createProbe, type SceneProbe } from '../scene/probe'
import { createExplorerStore, poseOf, type ExplorerStoreState } from '../state/store'
import { isGait } from '../state/gaitClock'
import { parseParams, serialiseParams } from '../state/url'
import { CHAIN_LINKS } from '../state/tour'
import { createTourStore } from '../state/tourStore'
import { captionFor } from '../ui/tour/useTour'
import { App } from './App'
import { EXPLORER_CSS, insertStyles, mirrorLevaStyles } from './styles'
import type { ExplorerHandle, ExplorerOptions, ExplorerState, MountExplorer } from './types'

/** Test and diagnostic API on the container: read-only scene probe plus the handle. Not for products. */
export interface ExplorerDiagnostics {
  handle: ExplorerHandle
  probe: SceneProbe
}
export type DiagnosableElement = HTMLElement & { kceDiagnostics?: ExplorerDiagnostics }

const URL_DEBOUNCE_MS = 250

/** The model's default address: public/models/skeleton.glb beside the page (the build's base is './'). */
export const DEFAULT_MODEL_URL = 'models/skeleton.glb'

const toState = (s: ExplorerStoreState): ExplorerState => ({
  input: s.input,
  exaggerate: s.exaggerate,
  view: s.view,
  layers: s.layers,
  compare: s.compare,
  lang: resolveLocale(s.lang).locale,
  pose: poseOf(s.input),
})

/** The words of a language whose dictionary is here (English until Spanish has arrived). */
function i18nNow(requested: string | null) {
  const { lang, locale } = resolveLocale(requested)
  const t = messagesNow(lang)
  return t ? createI18n(locale, t) : EN
}

export const mountExplorer: MountExplorer = (container, options: ExplorerOptions = {}) => {
  const url = options.syncUrl
    ? parseParams((name) => new URLSearchParams(window.location.search).get(name))
    : null
  const { store, warnings } = createExplorerStore(options.initial, url?.patch)
  for (const w of [...(url?.warnings ?? []), ...warnings]) console.warn(`Kinetic Chain Explorer: ${w}`)

  const rootNode = container.getRootNode() as Document | ShadowRoot
  const removeStyles = insertStyles(rootNode, 'explorer', EXPLORER_CSS)
  const mountPoint = document.createElement('div')
  mountPoint.className = 'kce'
  container.append(mountPoint)
  container.removeAttribute('data-ready')
  const stopLevaStyles = mirrorLevaStyles(
    (options.panelContainer?.getRootNode() as Document | ShadowRoot | undefined) ?? rootNode,
    options.panelContainer ?? mountPoint,
  )

  let destroyed = false
  const probe = createProbe()
  // The chain tour: stills, advanced by the person, where the system asks for reduced motion.
  const stills = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  let ready = false
  const { tour, dispose: disposeTour } = createTourStore(store, stills, () => ready)
  const onReady = () => {
    if (destroyed || container.dataset.ready) return
    container.dataset.ready = 'true'
    ready = true
    options.onReady?.()
    // tour="chain" (attribute or URL) plays once the explorer is on screen.
    if (store.getState().tourRequest > 0) void tour.getState().play()
  }
  // Each step as it begins (again, with new numbers after a change of the inputs): the chainstep event.
  const stopStepEvents = tour.subscribe((t, prev) => {
    if (!t.clock.active || (t.stepRun === prev.stepRun && t.clock.step === prev.clock.step)) return
    const link = CHAIN_LINKS[t.clock.step]
    if (!link) return
    options.onChainStep?.({
      index: t.clock.step,
      link,
      total: t.total,
      caption: captionFor(link, store.getState().input, i18nNow(store.getState().lang)),
    })
  })
  const onError = (e: Error) => {
    if (destroyed) return
    container.dataset.ready = 'error'
    options.onError?.(e)
  }

  // The take-home actions: the state as parameters, with its language always written, so a handout's QR code
  // opens in the language it was printed in.
  let capture: (() => string) | null = null
  const params = () => {
    const p = serialiseParams(store.getState())
    p.set('lang', resolveLocale(store.getState().lang).locale)
    return p
  }
  const shareBase = (): string | null => {
    const asked = options.share?.shareUrl
    if (asked !== undefined) return asked
    return options.syncUrl ? `${window.location.origin}${window.location.pathname}` : null
  }
  const link = (): string | null => {
    const base = shareBase()
    if (base === null) return null
    const u = new URL(base, document.baseURI)
    u.search = params().toString()
    return u.href
  }
  const handoutUrl = (): string => {
    const u = new URL(options.share?.handoutUrl ?? 'handout.html', document.baseURI)
    const p = params()
    const base = shareBase()
    if (base !== null) p.set('share', new URL(base, document.baseURI).href)
    const clinic = options.share?.clinic?.trim()
    if (clinic) p.set('clinic', clinic)
    u.search = p.toString()
    return u.href
  }
  const share =
    options.share === null ? undefined : { handoutUrl, link, capture: () => (capture ? capture() : null) }

  const reactRoot = createRoot(mountPoint)
  const render = () => {
    if (destroyed) return
    reactRoot.render(
      <App
        store={store}
        tour={tour}
        controls={options.controls ?? 'full'}
        modelUrl={options.modelUrl ?? DEFAULT_MODEL_URL}
        panelContainer={options.panelContainer}
        probe={probe}
        onReady={onReady}
        onError={onError}
        onCapture={(c) => {
          capture = c
        }}
        share={share}
      />,
    )
  }
  // A page that starts in Spanish fetches its words first, so it never shows English (a failed fetch: English).
  const { lang } = resolveLocale(store.getState().lang)
  if (messagesNow(lang)) render()
  else loadMessages(lang).then(render, render)

  let urlTimer: ReturnType<typeof setTimeout> | undefined
  const writeUrl = () => {
    const params = serialiseParams(store.getState()).toString()
    const next = `${window.location.pathname}${params ? `?${params}` : ''}${window.location.hash}`
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, '', next)
  }
  if (options.syncUrl) writeUrl()
  const unsubscribe = store.subscribe((s) => {
    probe.noteChange()
    options.onChange?.(toState(s))
    if (options.syncUrl) {
      clearTimeout(urlTimer)
      urlTimer = setTimeout(writeUrl, URL_DEBOUNCE_MS)
    }
  })

  // The gait cycle (issue 13): choosing walking or running plays it, `autoplay` plays it once loaded; under
  // prefers-reduced-motion nothing plays by itself (the person scrubs or presses play). Standing stops it.
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  const { clock } = store.getState()
  const playable = () => isGait(store.getState().input.activity)
  // Every start and stop, whoever asked (the play events; subscribed before autoplay, which is one).
  let wasPlaying = clock.playing
  const stopPlayback = clock.subscribe(() => {
    if (clock.playing === wasPlaying) return
    wasPlaying = clock.playing
    options.onPlayback?.({ playing: clock.playing, cycle: clock.cycle })
  })
  if (!reducedMotion && store.getState().autoplay && playable()) clock.play()
  let lastActivity = store.getState().input.activity
  const stopGait = store.subscribe((s) => {
    if (s.input.activity === lastActivity) return
    const was = lastActivity
    lastActivity = s.input.activity
    if (!isGait(s.input.activity)) {
      clock.pause()
      clock.seek(0)
    } else if (!isGait(was) && !reducedMotion) clock.play()
  })

  const handle: ExplorerHandle = {
    setInputs: (patch) => store.getState().apply(patch),
    setView: (view) => {
      store.getState().requestView(view)
    },
    playChain: () => tour.getState().play(),
    pauseChain: () => tour.getState().dispatch({ type: 'pause' }),
    stepChain: (index) => {
      if (Number.isInteger(index)) tour.getState().dispatch({ type: 'step', index })
      else
        console.warn(`Kinetic Chain Explorer: stepChain: ignored ${String(index)} (expected a whole number)`)
    },
    getState: () => toState(store.getState()),
    play: () => {
      if (playable()) clock.play()
    },
    pause: () => clock.pause(),
    playback: () => ({ playing: clock.playing, cycle: clock.cycle }),
    seek: (cycle) => clock.seek(cycle),
    capture: () => (capture && !destroyed ? capture() : null),
    handoutUrl,
    destroy() {
      if (destroyed) return
      destroyed = true
      stopStepEvents()
      disposeTour()
      clearTimeout(urlTimer)
      if (options.syncUrl) writeUrl()
      unsubscribe()
      stopGait()
      stopPlayback()
      clock.pause()
      // Unmounting disposes what R3F created (renderer, geometries, materials passed as props); the
      // components dispose what they made themselves in their effect cleanups.
      reactRoot.unmount()
      stopLevaStyles()
      removeStyles()
      mountPoint.remove()
      container.removeAttribute('data-ready')
      delete (container as DiagnosableElement).kceDiagnostics
    },
  }
  ;(container as DiagnosableElement).kceDiagnostics = { handle, probe }
  return handle
}
