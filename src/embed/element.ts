// <kinetic-chain-explorer>: the explorer as one script tag and one element on a clinic's page.
// This module is all that loads before the widget is scrolled into view or clicked, so it imports no
// react, three or leva: the element, attribute parsing, the poster, and a dynamic import() of the explorer.
import type { ExplorerHandle, ExplorerState, MountExplorer } from '../app/types'
import {
  CONTROLS_MODES,
  INPUTS,
  PRESET_IDS,
  footOf,
  type ControlsMode,
  type InputPatch,
} from '../state/schema'
import { defaultInputs, matchesPreset } from '../state/store'
import { serialiseParams } from '../state/url'
import type {
  ExplorerSnapshot,
  KineticChainExplorerElement as PublicElement,
  KineticChainExplorerInputs,
  InputPatch as PublicPatch,
} from './kinetic-chain-explorer'
import { INPUT_ATTRIBUTES, mergePatch, normalizePatch, parseAttributes, warn } from './params'
import { adoptStyles, ELEMENT_CSS } from './styles'
import { snapshot } from './summary'
import type { briefText as BriefTextFn } from './brief'
import { resolveLocale } from '../i18n/lang'
import { WIDGET_WORDS, type WidgetWords } from '../i18n/widget'

export const TAG = 'kinetic-chain-explorer'
const CONTROLS: readonly ControlsMode[] = CONTROLS_MODES
const LOADING = ['lazy', 'eager'] as const
/** Start loading a little before the widget scrolls into view, so it is usually ready when seen. */
const ROOT_MARGIN = '200px 0px'
/** How long a lost WebGL context may take to come back before the explorer is mounted afresh. */
const CONTEXT_RESTORE_MS = 4000
// Resolved against this script's URL, so dist/ can live under any path of the clinic's site.
const POSTER_URL = new URL('./poster.webp', import.meta.url).href
/**
 * The model beside this script (dist/models/), not beside the host page. A variable, so that vite leaves
 * it alone (it is a public/ file, not a module asset); the dev server serves it from its root.
 */
const MODEL_PATH = 'models/skeleton.glb'
const MODEL_URL = import.meta.env.DEV ? `/${MODEL_PATH}` : new URL(MODEL_PATH, import.meta.url).href
/** The full explorer beside this script (dist/index.html), linked from a narrow widget when it is there. */
const EXPLORER_PATH = 'index.html'
const DEFAULT_EXPLORER_URL = import.meta.env.DEV
  ? `/${EXPLORER_PATH}`
  : new URL(EXPLORER_PATH, import.meta.url).href
/** The take-home handout beside this script (dist/handout.html). */
const HANDOUT_PATH = 'handout.html'
const HANDOUT_URL = import.meta.env.DEV ? `/${HANDOUT_PATH}` : new URL(HANDOUT_PATH, import.meta.url).href
/** Whether the default explorer page exists: asked once per page, on first need (one small request, same folder). */
let defaultExplorer: Promise<boolean> | null = null
const defaultExplorerExists = (): Promise<boolean> => {
  defaultExplorer ??= fetch(DEFAULT_EXPLORER_URL).then(
    (r) => r.ok,
    () => false,
  )
  return defaultExplorer
}

/** Properties mirrored to attributes, from the descriptor table: property → [attribute, is a number]. */
const INPUT_PROPS = INPUTS.map((d) => [d.property, d.param, d.kind] as const)
const MIRRORED = [
  ...INPUT_PROPS.map(([prop]) => prop),
  'controls',
  'loading',
  'explorerUrl',
  'shareUrl',
  'clinic',
]

/** The summary line's words: fetched with the explorer (after activation), not before. */
type BriefText = typeof BriefTextFn
let briefModule: Promise<BriefText> | null = null
const loadBriefText = (): Promise<BriefText> => {
  briefModule ??= import('./brief').then(
    (m) => m.briefText,
    (e: unknown) => {
      briefModule = null
      throw e
    },
  )
  return briefModule
}

/** The explorer itself (react, three, leva, the model): a separate chunk, fetched on activation only. */
let explorerModule: Promise<MountExplorer> | null = null
const loadExplorer = (): Promise<MountExplorer> => {
  // One import for every widget on the page; a failed one (network blip) may be retried by a later click.
  explorerModule ??= import('../app/mountExplorer').then(
    (m) => m.mountExplorer,
    (e: unknown) => {
      explorerModule = null
      throw e
    },
  )
  return explorerModule
}

type Phase = 'poster' | 'loading' | 'ready' | 'error'

// The input properties (leftArchMm, activity, ...) are defined on the prototype from the descriptor table
// (reflect(), below); their types come from the published declarations, generated from the same table.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface KineticChainExplorerElement extends KineticChainExplorerInputs {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class KineticChainExplorerElement extends HTMLElement implements PublicElement {
  static readonly observedAttributes: string[] = [
    ...INPUT_ATTRIBUTES,
    'controls',
    'loading',
    'explorer-url',
    'share-url',
    'clinic',
  ]

  private readonly shadow: ShadowRoot
  private readonly stage: HTMLDivElement
  private readonly brief: HTMLDivElement
  private readonly briefText: HTMLParagraphElement
  private readonly openLink: HTMLAnchorElement
  /** The explorer's last state, for the narrow widget's summary line and its link. */
  private shown: ExplorerState | null = null
  /** Where the link to the full explorer points (without the state), or null for no link. */
  private explorerBase: string | null = null
  private readonly poster: HTMLButtonElement
  private readonly status: HTMLDivElement
  private readonly bar: HTMLSpanElement
  private readonly label: HTMLSpanElement
  private readonly errorBox: HTMLDivElement
  private readonly widget: HTMLDivElement
  private readonly posterImg: HTMLImageElement
  private readonly cta: HTMLSpanElement
  private readonly disclaimer: HTMLSpanElement
  /** The locale the explorer reports (after the user's switch), else the attribute's, else the browser's. */
  private locale: string | null = null
  private phase: Phase = 'poster'
  private handle: ExplorerHandle | null = null
  private activation: Promise<void> | null = null
  private observer: IntersectionObserver | null = null
  /** Inputs set by code before the 3D loaded; applied on top of the attributes when it mounts. */
  private pending: InputPatch = {}
  /** play() and `cycle` asked for before the 3D loaded: applied when it mounts. */
  private pendingPlay = false
  private pendingCycle = 0
  private restoreTimer: ReturnType<typeof setTimeout> | undefined
  private settle: { resolve: () => void; reject: (e: Error) => void } | null = null

  constructor() {
    super()
    this.shadow = this.attachShadow({ mode: 'open' })
    adoptStyles(this.shadow, ELEMENT_CSS)
    const slot = (name: string, parent?: Node) => {
      const s = document.createElement('slot')
      s.name = name
      parent?.appendChild(s)
      return s
    }
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent: Node = this.shadow) => {
      const e = document.createElement(tag)
      e.className = cls
      e.setAttribute('part', cls)
      parent.appendChild(e)
      return e
    }
    // The widget: the explorer's stage, and under it where the widget is narrow (no side panel) a summary line,
    // the disclaimer and a link to the full explorer in the same state.
    const widget = el('div', 'widget')
    this.widget = widget
    // A landmark on the host's page, named, so its content is never "outside any region".
    widget.setAttribute('role', 'region')
    this.stage = el('div', 'stage', widget)
    this.brief = el('div', 'brief', widget)
    this.brief.hidden = true
    this.briefText = el('p', 'brief-line', this.brief)
    const foot = el('p', 'brief-foot', this.brief)
    this.disclaimer = el('span', 'brief-note', foot)
    this.openLink = el('a', 'brief-open', foot)
    this.openLink.target = '_blank'
    this.openLink.rel = 'noopener'
    this.openLink.hidden = true
    this.poster = el('button', 'poster')
    this.poster.type = 'button'
    // Slots a clinic can fill (as model-viewer's): its own poster picture, its logo on the poster, and its own
    // progress bar. What is inside each slot element is the default.
    const posterSlot = slot('poster', this.poster)
    const img = el('img', 'poster-image', posterSlot)
    this.posterImg = img
    img.decoding = 'async'
    img.src = POSTER_URL
    el('span', 'logo', this.poster).append(slot('logo'))
    this.cta = el('span', 'cta', this.poster)
    this.status = el('div', 'status')
    this.status.hidden = true
    this.status.setAttribute('role', 'progressbar')
    this.status.setAttribute('aria-valuemin', '0')
    this.status.setAttribute('aria-valuemax', '100')
    this.bar = el('span', 'bar-fill', el('div', 'bar', slot('progress-bar', this.status)))
    this.label = el('span', 'label', this.status)
    this.errorBox = el('div', 'error')
    this.errorBox.hidden = true
    this.errorBox.setAttribute('role', 'alert')
    this.showWords()
    this.poster.addEventListener('click', () => void this.activate().catch(() => {}))
    // WebGL context events do not bubble: listen in the capture phase for the explorer's canvas.
    this.stage.addEventListener('webglcontextlost', () => this.onContextLost(), true)
    this.stage.addEventListener('webglcontextrestored', () => this.onContextRestored(), true)
  }

  get controls(): ControlsMode {
    const v = this.getAttribute('controls')
    return CONTROLS.includes(v as ControlsMode) ? (v as ControlsMode) : 'minimal'
  }
  set controls(v: ControlsMode) {
    this.setAttribute('controls', String(v))
  }
  get loading(): 'lazy' | 'eager' {
    return this.getAttribute('loading') === 'eager' ? 'eager' : 'lazy'
  }
  set loading(v: 'lazy' | 'eager') {
    this.setAttribute('loading', String(v))
  }
  /** `explorer-url`: the full explorer a narrow widget links to; default index.html beside this script. */
  get explorerUrl(): string | null {
    return this.getAttribute('explorer-url')
  }
  set explorerUrl(v: string | null) {
    if (v === null || v === undefined) this.removeAttribute('explorer-url')
    else this.setAttribute('explorer-url', String(v))
  }
  /** The widget's own words in its language. */
  private words(): WidgetWords {
    return WIDGET_WORDS[resolveLocale(this.locale ?? this.getAttribute('lang')).lang]
  }

  /** Writes the poster's, the footer's and the region's words (again after a change of language). */
  private showWords(): void {
    const w = this.words()
    this.widget.setAttribute('aria-label', w.region)
    this.disclaimer.textContent = w.disclaimer
    this.openLink.textContent = w.openFull
    this.poster.setAttribute('aria-label', w.load)
    this.posterImg.alt = w.posterAlt
    this.cta.textContent = w.cta
  }

  /** `share-url`: where Copy link and the handout's QR code point; default the full explorer beside this script. */
  get shareUrl(): string | null {
    return this.getAttribute('share-url')
  }
  set shareUrl(v: string | null) {
    if (v === null || v === undefined) this.removeAttribute('share-url')
    else this.setAttribute('share-url', String(v))
  }
  /** `clinic`: a clinic name and contact line for the handout (text only). */
  get clinic(): string | null {
    return this.getAttribute('clinic')
  }
  set clinic(v: string | null) {
    if (v === null || v === undefined) this.removeAttribute('clinic')
    else this.setAttribute('clinic', String(v))
  }
  get ready(): boolean {
    return this.phase === 'ready'
  }

  connectedCallback(): void {
    // A property set before this script defined the element sits on the instance, hiding the accessor.
    for (const prop of MIRRORED) {
      if (!Object.prototype.hasOwnProperty.call(this, prop)) continue
      const value = (this as Record<string, unknown>)[prop]
      delete (this as Record<string, unknown>)[prop]
      ;(this as Record<string, unknown>)[prop] = value
    }
    if (this.phase !== 'poster') return
    if (this.loading === 'eager') void this.activate().catch(() => {})
    else this.observe()
  }

  disconnectedCallback(): void {
    // A move within the page disconnects and reconnects in one task: only tear down when really gone.
    queueMicrotask(() => {
      if (!this.isConnected) this.teardown()
    })
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return
    if (name === 'controls') {
      if (value !== null && !CONTROLS.includes(value as ControlsMode))
        warn(`ignored controls="${value}": expected one of ${CONTROLS.join(', ')}`)
      else if (this.handle) this.remount()
      return
    }
    // Read when a handout or a link is made, never cached.
    if (name === 'share-url' || name === 'clinic') return
    if (name === 'explorer-url') {
      if (this.handle) void this.findExplorer()
      return
    }
    if (name === 'loading') {
      if (value !== null && !(LOADING as readonly string[]).includes(value))
        warn(`ignored loading="${value}": expected lazy or eager`)
      else if (value === 'eager' && this.isConnected && this.phase === 'poster')
        void this.activate().catch(() => {})
      return
    }
    // A boolean attribute: removing it turns it off.
    if (name === 'autoplay' && value === null) {
      this.handle?.setInputs({ autoplay: false })
      return
    }
    if (name === 'lang') {
      this.locale = null
      this.showWords()
    }
    if (value === null) return // removing an input attribute keeps the current value
    const { patch, warnings } = parseAttributes((n) => (n === name ? value : null))
    // A malformed value never reaches the explorer; the explorer reports what it clamps itself.
    warnings.forEach(warn)
    if (this.handle && Object.keys(patch).length > 0) this.handle.setInputs(patch)
  }

  activate(): Promise<void> {
    if (!this.activation) {
      this.activation = new Promise<void>((resolve, reject) => {
        this.settle = { resolve, reject }
      })
      this.activation.catch(() => {}) // reported through the `error` event; callers may also catch
      void this.load()
    }
    return this.activation
  }

  setInputs(patch: PublicPatch): string[] {
    const { patch: clean, warnings } = normalizePatch(patch)
    warnings.forEach(warn)
    if (this.handle) return [...warnings, ...this.handle.setInputs(clean)] // the explorer logs its own
    this.pending = mergePatch(this.pending, clean)
    return warnings
  }

  getState(): ExplorerSnapshot | null {
    return this.handle && this.phase === 'ready' ? snapshot(this.handle.getState()) : null
  }

  // The gait cycle, after model-viewer's animation API: play(), pause(), paused, cycle (0..1).
  play(): void {
    if (this.handle) this.handle.play()
    else this.pendingPlay = true
  }

  pause(): void {
    this.pendingPlay = false
    this.handle?.pause()
  }

  get paused(): boolean {
    return !(this.handle ? this.handle.playback().playing : this.pendingPlay)
  }

  get cycle(): number {
    return this.handle ? this.handle.playback().cycle : this.pendingCycle
  }

  set cycle(value: number) {
    const v = Number(value)
    if (!Number.isFinite(v)) {
      warn(`ignored cycle = ${String(value)} (expected a number, 0..1)`)
      return
    }
    this.pendingCycle = v - Math.floor(v)
    this.handle?.seek(v)
  }

  /**
   * Plays the chain a link at a time, once the 3D is ready (loading it if need be). Resolves with
   * `{ completed: true }` after the last link's hold (under reduced motion: when the person reaches the last
   * link), or `{ completed: false }` when the tour is stopped or played again.
   */
  playChain(): Promise<{ completed: boolean }> {
    return this.activate().then(
      () => this.handle?.playChain() ?? { completed: false },
      () => ({ completed: false }),
    )
  }

  /** Pauses the tour where it is; a pending playChain() stays pending until it plays on. */
  pauseChain(): void {
    this.handle?.pauseChain()
  }

  /** Shows one link of the chain (0-based: foot, tibia, femur, pelvis, lumbar, nerve, muscles). */
  stepChain(index: number): void {
    void this.activate().then(
      () => this.handle?.stepChain(index),
      () => {},
    )
  }

  /**
   * The handout for the state on screen (before the 3D loads: the attributes, which are the same parameters),
   * opened in a new tab beside this script. Its QR reopens `share-url`, else the full explorer beside this script.
   */
  openHandout(): void {
    const params = new URLSearchParams()
    const s = this.handle?.getState()
    if (s) {
      const preset = PRESET_IDS.find((id) => matchesPreset(s.input, id)) ?? null
      serialiseParams({ ...defaultInputs(), ...s, preset }).forEach((v, k) => params.set(k, v))
    } else
      for (const name of INPUT_ATTRIBUTES)
        if (this.hasAttribute(name)) params.set(name, this.getAttribute(name)!)
    params.set('lang', s?.lang ?? resolveLocale(this.getAttribute('lang')).locale)
    params.set('share', this.shareLink())
    const clinic = this.getAttribute('clinic')?.trim()
    if (clinic) params.set('clinic', clinic)
    const url = new URL(HANDOUT_URL, document.baseURI)
    url.search = params.toString()
    window.open(url.href, '_blank', 'noopener')
  }

  /** Where a link and the handout's QR code point: `share-url`, else the full explorer beside this script. */
  private shareLink(): string {
    const asked = this.getAttribute('share-url')?.trim()
    if (asked)
      try {
        return new URL(asked, document.baseURI).href
      } catch {
        warn(`ignored share-url="${asked}": not a URL`)
      }
    return new URL(DEFAULT_EXPLORER_URL, document.baseURI).href
  }

  private observe(): void {
    if (typeof IntersectionObserver !== 'function') {
      void this.activate().catch(() => {})
      return
    }
    this.observer?.disconnect()
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.activate().catch(() => {})
      },
      { rootMargin: ROOT_MARGIN },
    )
    this.observer.observe(this)
  }

  private progress(percent: number, text: string): void {
    this.status.hidden = false
    this.status.setAttribute('aria-valuenow', String(percent))
    this.status.setAttribute('aria-valuetext', text)
    this.bar.style.width = `${percent}%`
    this.label.textContent = text
  }

  private async load(): Promise<void> {
    this.observer?.disconnect()
    this.observer = null
    this.phase = 'loading'
    this.progress(10, this.words().loadingExplorer)
    let mount: MountExplorer
    try {
      mount = await loadExplorer()
    } catch (e) {
      this.fail(e)
      return
    }
    if (this.phase !== 'loading') return // torn down while the code was loading
    this.progress(60, this.words().loadingSkeleton)
    this.mount(mount)
  }

  private mount(mount: MountExplorer): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this
    const initial = mergePatch(parseAttributes((n) => this.getAttribute(n)).patch, this.pending)
    this.pending = {}
    try {
      this.handle = mount(this.stage, {
        initial,
        controls: this.controls,
        syncUrl: false,
        modelUrl: MODEL_URL,
        // Getters: the attributes are read when the handout or the link is made.
        share: {
          handoutUrl: new URL(HANDOUT_URL, document.baseURI).href,
          get shareUrl() {
            return self.shareLink()
          },
          get clinic() {
            return self.getAttribute('clinic')
          },
        },
        onReady: () => this.onReady(),
        onChange: (state) => {
          this.showBrief(state)
          this.emit('change', snapshot(state))
        },
        onError: (e) => this.fail(e),
        onChainStep: (step) => this.emit('chainstep', step),
        // model-viewer's play and pause events: the gait cycle began or stopped playing, whoever asked.
        onPlayback: ({ playing, cycle }) => this.emit(playing ? 'play' : 'pause', { cycle }),
      })
      this.showBrief(this.handle.getState())
      if (this.pendingCycle) this.handle.seek(this.pendingCycle)
      if (this.pendingPlay) this.handle.play()
      this.pendingPlay = false
      void this.findExplorer()
    } catch (e) {
      this.fail(e)
    }
  }

  /** The link's target: the `explorer-url` attribute (empty: no link), else index.html beside this script if it is there. */
  private async findExplorer(): Promise<void> {
    const attr = this.getAttribute('explorer-url')
    let base: string | null = null
    if (attr !== null) {
      const t = attr.trim()
      if (t) {
        try {
          base = new URL(t, document.baseURI).href
        } catch {
          warn(`ignored explorer-url="${attr}": not a URL`)
        }
      }
    } else if (await defaultExplorerExists()) base = new URL(DEFAULT_EXPLORER_URL, document.baseURI).href
    if (attr !== this.getAttribute('explorer-url')) return // changed while asking: the later call decides
    this.explorerBase = base
    if (this.shown) this.showBrief(this.shown)
  }

  /** The summary line and the link, for the state on screen. */
  private showBrief(state: ExplorerState): void {
    this.shown = state
    if (state.lang && state.lang !== this.locale) {
      this.locale = state.lang
      this.showWords()
    }
    loadBriefText()
      .then((f) => f(state))
      .then(
        (line) => {
          if (this.shown !== state) return // a later state wrote its own line
          this.briefText.textContent = line
          this.briefText.title = line // the whole line, where the widget cuts it short
        },
        () => {}, // the line stays empty; the disclaimer and the link still show
      )
    const base = this.explorerBase
    this.openLink.hidden = base === null
    if (base === null) {
      this.openLink.removeAttribute('href')
      return
    }
    const preset = PRESET_IDS.find((id) => matchesPreset(state.input, id)) ?? null
    const params = serialiseParams({ ...defaultInputs(), ...state, preset }).toString()
    const url = new URL(base, document.baseURI)
    url.search = params
    this.openLink.href = url.href
  }

  /** A fresh explorer with the current inputs: for a new `controls` (no setter) or a lost GPU context. */
  private remount(): void {
    const handle = this.handle
    if (!handle || !this.activation) return
    const s = handle.getState()
    handle.destroy()
    this.handle = null
    this.pending = {
      left: footOf(s.input, 'left'),
      right: footOf(s.input, 'right'),
      activity: s.input.activity,
      footStrike: s.input.footStrike,
      exaggerate: s.exaggerate,
      view: s.view,
      layers: { ...s.layers },
      compare: s.compare,
      ...(s.lang ? { lang: s.lang } : {}),
    }
    this.progress(60, this.words().loadingSkeleton)
    loadExplorer().then(
      (mount) => this.mount(mount),
      (e: unknown) => this.fail(e),
    )
  }

  /**
   * The browser may take the GPU away (background tabs, driver resets, too many contexts on one page).
   * three.js rebuilds its state when the context comes back, but an on-demand renderer draws only when
   * asked: ask for a frame then. If the context does not come back, mount a fresh explorer.
   */
  private onContextLost(): void {
    if (this.phase !== 'ready') return
    this.progress(50, this.words().restoring)
    clearTimeout(this.restoreTimer)
    this.restoreTimer = setTimeout(() => this.remount(), CONTEXT_RESTORE_MS)
  }

  private onContextRestored(): void {
    clearTimeout(this.restoreTimer)
    // The explorer's canvas redraws itself on restore (ExplorerCanvas); only the notice goes.
    this.status.hidden = true
  }

  private onReady(): void {
    const first = this.phase !== 'ready'
    this.phase = 'ready'
    this.poster.hidden = true
    this.status.hidden = true
    this.brief.hidden = false
    this.settle?.resolve()
    this.settle = null
    if (first) this.emit('ready', undefined)
  }

  private fail(e: unknown): void {
    const message = e instanceof Error ? e.message : String(e)
    this.phase = 'error'
    this.status.hidden = true
    this.errorBox.hidden = false
    this.errorBox.textContent = this.words().failed(message)
    console.error(`[${TAG}] ${message}`)
    this.settle?.reject(e instanceof Error ? e : new Error(message))
    this.settle = null
    this.emit('error', { message })
  }

  private teardown(): void {
    clearTimeout(this.restoreTimer)
    this.observer?.disconnect()
    this.observer = null
    this.handle?.destroy()
    this.handle = null
    this.activation = null
    this.settle = null
    this.phase = 'poster'
    this.poster.hidden = false
    this.brief.hidden = true
    this.shown = null
    this.status.hidden = true
    this.errorBox.hidden = true
  }

  private emit<T>(type: 'ready' | 'change' | 'error' | 'chainstep' | 'play' | 'pause', detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail }))
  }
}

/** Attribute ⇄ property mirroring, as model-viewer does: setting null removes the attribute. */
function reflect(name: string, attr: string, parse: (v: string) => unknown): void {
  Object.defineProperty(KineticChainExplorerElement.prototype, name, {
    configurable: true,
    enumerable: true,
    get(this: HTMLElement) {
      const v = this.getAttribute(attr)
      return v === null ? null : parse(v)
    },
    set(this: HTMLElement, v: unknown) {
      if (v === null || v === undefined) this.removeAttribute(attr)
      else this.setAttribute(attr, String(v))
    },
  })
}
/** A boolean attribute mirrored as a boolean property (model-viewer's `autoplay`): present = true. */
function reflectFlag(name: string, attr: string): void {
  Object.defineProperty(KineticChainExplorerElement.prototype, name, {
    configurable: true,
    enumerable: true,
    get(this: HTMLElement) {
      const v = this.getAttribute(attr)
      return v !== null && v !== 'false'
    },
    set(this: HTMLElement, v: unknown) {
      if (v === null || v === undefined || v === false || v === 'false') this.removeAttribute(attr)
      else this.setAttribute(attr, '')
    },
  })
}
const parseNumberProp = (v: string) => {
  const n = Number(v)
  return v.trim() !== '' && Number.isFinite(n) ? n : null
}
// `lang` is HTMLElement's own reflected property already.
for (const [prop, attr, kind] of INPUT_PROPS)
  if (kind === 'flag') reflectFlag(prop, attr)
  else if (prop !== 'lang')
    reflect(prop, attr, kind === 'foot' || kind === 'number' ? parseNumberProp : (v) => v)

// Two copies of the script on one page (two embeds pasted by hand) must not throw.
if (!customElements.get(TAG)) customElements.define(TAG, KineticChainExplorerElement)
