// The iframe page's postMessage API. It talks only to origins the embedder lists in `allow-origin`
// (and to its parent when that is the same origin): requests from anyone else are dropped, and state is
// never posted with targetOrigin '*'.
import type {
  ChainStepDetail,
  PlaybackEventDetail,
  EmbedEvent,
  ExplorerSnapshot,
  InputPatch,
  KineticChainExplorerEventMap,
} from './kinetic-chain-explorer'

/** The part of <kinetic-chain-explorer> the bridge drives. */
export interface BridgeTarget {
  setInputs(patch: InputPatch): string[]
  getState(): ExplorerSnapshot | null
  /** The gait cycle (kce:play, kce:pause). */
  play(): void
  pause(): void
  playChain(): Promise<{ completed: boolean }>
  pauseChain(): void
  stepChain(index: number): void
  addEventListener<K extends 'ready' | 'change' | 'error' | 'chainstep' | 'play' | 'pause'>(
    type: K,
    listener: (ev: KineticChainExplorerEventMap[K]) => void,
  ): void
}

export interface BridgeWindow {
  readonly parent: BridgeWindow | Window
  addEventListener(type: 'message', listener: (ev: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (ev: MessageEvent) => void): void
}

type Warn = (message: string) => void

/** The exact origin of a URL-ish string, or null: "https://clinic.example/" → "https://clinic.example". */
function originOf(value: string): string | null {
  try {
    const u = new URL(value)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
    return u.origin
  } catch {
    return null
  }
}

/**
 * Origins allowed to drive the widget: every `allow-origin` value (repeatable, or comma/space separated),
 * plus our own origin when the parent page shares it. "*" is refused: state is for named origins only.
 */
export function allowedOrigins(
  params: URLSearchParams,
  selfOrigin: string,
  parentOrigin: string | null,
  warn: Warn,
): Set<string> {
  const allowed = new Set<string>()
  for (const value of params.getAll('allow-origin'))
    for (const item of value.split(/[\s,]+/).filter(Boolean)) {
      const origin = originOf(item)
      if (origin && origin !== 'null') allowed.add(origin)
      else warn(`allow-origin: ignored "${item}" (expected an origin such as https://clinic.example)`)
    }
  if (parentOrigin !== null && parentOrigin === selfOrigin) allowed.add(selfOrigin)
  return allowed
}

/** The parent page's origin where the browser tells it (ancestorOrigins, same-origin access, referrer). */
export function parentOriginOf(win: Window): string | null {
  if (win.parent === win) return null
  const ancestors = win.location.ancestorOrigins
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null
  try {
    return win.parent.location.origin // readable only when same-origin
  } catch {
    return win.document.referrer ? originOf(win.document.referrer) : null
  }
}

const REQUESTS = [
  'kce:set-inputs',
  'kce:set-view',
  'kce:get-state',
  'kce:play',
  'kce:pause',
  'kce:play-chain',
  'kce:pause-chain',
  'kce:step-chain',
] as const

function describe(v: unknown): string {
  try {
    const s = JSON.stringify(v)
    return s === undefined ? String(v) : s.length > 200 ? `${s.slice(0, 200)}…` : s
  } catch {
    return String(v)
  }
}

/**
 * What the bridge has done so far, for the browser tests (embed.html exposes it as `window.kceBridge`): a
 * test that checks a frame sent nothing first sees that the frame did receive the messages.
 */
export interface BridgeCounts {
  /** Messages handled, from anyone but the page itself (dropped ones included). */
  received: number
  /** Replies posted to requests. */
  replies: number
  /** Events posted to the parent (ready, change, error, chainstep, played, paused, resize). */
  events: number
}

export function startBridge(opts: {
  target: BridgeTarget
  win: BridgeWindow
  allowed: ReadonlySet<string>
  /** The parent's origin if known: events go only there (when allowed), else to each allowed origin. */
  parentOrigin: string | null
  warn: Warn
  /** Counted into, when given. */
  counts?: BridgeCounts
  /**
   * The height the page's content needs at its current width: called with a notifier that posts
   * `kce:resize` to the parent (only when the height changes), so a host can size the iframe.
   */
  resize?: (notify: (heightPx: number) => void) => void
}): () => void {
  const { target, win, allowed, warn } = opts
  const counts = opts.counts ?? { received: 0, replies: 0, events: 0 }
  const parent = win.parent === win ? null : win.parent
  const warnedOrigins = new Set<string>()
  let parentOrigin = opts.parentOrigin

  const post = (to: MessageEventSource | BridgeWindow | Window, origin: string, msg: EmbedEvent) =>
    (to as Window).postMessage(msg, origin)
  const broadcast = (msg: EmbedEvent) => {
    if (!parent) return
    if (parentOrigin !== null) {
      if (allowed.has(parentOrigin)) {
        post(parent, parentOrigin, msg)
        counts.events++
      }
      return
    }
    for (const origin of allowed) {
      post(parent, origin, msg)
      counts.events++
    }
  }

  const onMessage = (ev: MessageEvent) => {
    if (ev.source === (win as unknown)) return // our own page's scripts (and dev tools) talking to themselves
    counts.received++
    if (!allowed.has(ev.origin)) {
      if (!warnedOrigins.has(ev.origin)) {
        warnedOrigins.add(ev.origin)
        warn(`ignored a message from ${ev.origin}: not listed in allow-origin`)
      }
      return
    }
    const data: unknown = ev.data
    const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined
    if (typeof type !== 'string' || !(REQUESTS as readonly string[]).includes(type)) {
      warn(
        `ignored message ${describe(data)}: expected { type: ${REQUESTS.map((t) => `'${t}'`).join(' | ')} }`,
      )
      return
    }
    const msg = data as Record<string, unknown>
    let id = msg.id as string | number | undefined
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      warn(`${type}: ignored id ${describe(id)} (expected a string or number)`)
      id = undefined
    }
    let warnings: string[] = []
    if (type === 'kce:set-inputs') warnings = target.setInputs(msg.inputs as InputPatch)
    else if (type === 'kce:set-view') warnings = target.setInputs({ view: msg.view } as InputPatch)
    else if (type === 'kce:play') target.play()
    else if (type === 'kce:pause') target.pause()
    else if (type === 'kce:play-chain') void target.playChain()
    else if (type === 'kce:pause-chain') target.pauseChain()
    else if (type === 'kce:step-chain') {
      if (typeof msg.index === 'number' && Number.isInteger(msg.index)) target.stepChain(msg.index)
      else warnings = [`kce:step-chain: ignored index ${describe(msg.index)} (expected a whole number)`]
    }
    if (ev.source && ev.source === parent && parentOrigin === null) parentOrigin = ev.origin
    const reply: EmbedEvent = { type: 'kce:state', state: target.getState(), warnings }
    if (id !== undefined) reply.id = id
    if (ev.source) {
      post(ev.source, ev.origin, reply)
      counts.replies++
    }
  }

  win.addEventListener('message', onMessage)
  let lastHeight = -1
  opts.resize?.((heightPx) => {
    const height = Math.round(heightPx)
    if (height === lastHeight) return
    lastHeight = height
    broadcast({ type: 'kce:resize', height })
  })
  target.addEventListener('ready', () => broadcast({ type: 'kce:ready' }))
  target.addEventListener('change', (e) => broadcast({ type: 'kce:change', state: e.detail }))
  target.addEventListener('error', (e) => broadcast({ type: 'kce:error', message: e.detail.message }))
  target.addEventListener('chainstep', (e) =>
    broadcast({ type: 'kce:chainstep', step: (e as CustomEvent<ChainStepDetail>).detail }),
  )
  // The gait cycle began or stopped playing. Past tense, unlike the kce:play and kce:pause requests: a host
  // that reads every message cannot mistake the news for a command.
  target.addEventListener('play', (e) =>
    broadcast({ type: 'kce:played', cycle: (e as CustomEvent<PlaybackEventDetail>).detail.cycle }),
  )
  target.addEventListener('pause', (e) =>
    broadcast({ type: 'kce:paused', cycle: (e as CustomEvent<PlaybackEventDetail>).detail.cycle }),
  )
  return () => win.removeEventListener('message', onMessage)
}
