import { afterEach, describe, expect, it, vi } from 'vitest'
import { allowedOrigins, startBridge, type BridgeTarget, type BridgeWindow } from '../../src/embed/bridge'
import type { ExplorerSnapshot, InputPatch } from '../../src/embed/kinetic-chain-explorer'

const CLINIC = 'https://clinic.example'
const EVIL = 'https://evil.example'

describe('allowedOrigins', () => {
  it('reads repeated and comma-separated allow-origin values as exact origins', () => {
    const warn = vi.fn()
    const p = new URLSearchParams(
      'allow-origin=https://clinic.example/path&allow-origin=http://localhost:5173,%20https://b.example',
    )
    expect([...allowedOrigins(p, 'https://kce.example', null, warn)]).toEqual([
      CLINIC,
      'http://localhost:5173',
      'https://b.example',
    ])
    expect(warn).not.toHaveBeenCalled()
  })

  it('refuses "*", non-http schemes and garbage, naming each', () => {
    const warn = vi.fn()
    const p = new URLSearchParams('allow-origin=*,javascript:alert(1),not a url')
    expect(allowedOrigins(p, 'https://kce.example', null, warn).size).toBe(0)
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      expect.stringContaining('"*"'),
      expect.stringContaining('"javascript:alert(1)"'),
      expect.stringContaining('"not"'),
      expect.stringContaining('"a"'),
      expect.stringContaining('"url"'),
    ])
  })

  it('allows the parent only when it is our own origin', () => {
    const none = new URLSearchParams()
    expect([...allowedOrigins(none, 'https://kce.example', 'https://kce.example', vi.fn())]).toEqual([
      'https://kce.example',
    ])
    expect(allowedOrigins(none, 'https://kce.example', CLINIC, vi.fn()).size).toBe(0)
  })
})

function harness(opts: { parentOrigin?: string | null } = {}) {
  const listeners: Record<string, Array<(e: CustomEvent) => void>> = {}
  const state = { inputs: { activity: 'walking' } } as unknown as ExplorerSnapshot
  const target: BridgeTarget & { emit(type: string, detail?: unknown): void } = {
    setInputs: vi.fn((patch: InputPatch) => (patch.view === ('top' as never) ? ['view: ignored "top"'] : [])),
    getState: vi.fn(() => state),
    play: vi.fn(),
    pause: vi.fn(),
    playChain: vi.fn(() => Promise.resolve({ completed: true })),
    pauseChain: vi.fn(),
    stepChain: vi.fn(),
    addEventListener: (type: string, l: (e: never) => void) =>
      void (listeners[type] ??= []).push(l as (e: CustomEvent) => void),
    emit: (type, detail) => listeners[type]?.forEach((l) => l(new CustomEvent(type, { detail }))),
  }
  const parent = { postMessage: vi.fn() }
  let onMessage: (e: MessageEvent) => void = () => {}
  const win: BridgeWindow = {
    parent: parent as unknown as Window,
    addEventListener: (_t, l) => (onMessage = l),
    removeEventListener: vi.fn(),
  }
  const warn = vi.fn()
  startBridge({ target, win, allowed: new Set([CLINIC]), parentOrigin: opts.parentOrigin ?? null, warn })
  const send = (origin: string, data: unknown, source: unknown = parent) =>
    onMessage({ origin, data, source } as unknown as MessageEvent)
  return { target, parent, warn, send, state }
}

afterEach(() => vi.restoreAllMocks())

describe('startBridge', () => {
  it('applies set-inputs from an allowed origin and replies to that origin only, with the id', () => {
    const h = harness()
    h.send(CLINIC, { type: 'kce:set-inputs', id: 7, inputs: { preset: 'flat-feet' } })
    expect(h.target.setInputs).toHaveBeenCalledWith({ preset: 'flat-feet' })
    expect(h.parent.postMessage).toHaveBeenCalledExactlyOnceWith(
      { type: 'kce:state', id: 7, state: h.state, warnings: [] },
      CLINIC,
    )
  })

  it('set-view goes through the same validation, and its warnings come back in the reply', () => {
    const h = harness()
    h.send(CLINIC, { type: 'kce:set-view', view: 'top' })
    expect(h.target.setInputs).toHaveBeenCalledWith({ view: 'top' })
    expect(h.parent.postMessage.mock.calls[0]?.[0]).toMatchObject({
      type: 'kce:state',
      warnings: ['view: ignored "top"'],
    })
  })

  it('kce:play and kce:pause play and pause the gait cycle (issue 13), and reply with the state', () => {
    const h = harness()
    h.send(CLINIC, { type: 'kce:play', id: 1 })
    expect(h.target.play).toHaveBeenCalledOnce()
    h.send(CLINIC, { type: 'kce:pause' })
    expect(h.target.pause).toHaveBeenCalledOnce()
    expect(h.parent.postMessage.mock.calls[0]?.[0]).toMatchObject({ type: 'kce:state', id: 1 })
    h.send(EVIL, { type: 'kce:play' })
    expect(h.target.play).toHaveBeenCalledOnce()
  })

  it('passes the element’s play and pause events on as kce:played and kce:paused, to the allowed parent only', () => {
    const h = harness({ parentOrigin: CLINIC })
    h.target.emit('play', { cycle: 0.25 })
    expect(h.parent.postMessage).toHaveBeenLastCalledWith({ type: 'kce:played', cycle: 0.25 }, CLINIC)
    h.target.emit('pause', { cycle: 0.5 })
    expect(h.parent.postMessage).toHaveBeenLastCalledWith({ type: 'kce:paused', cycle: 0.5 }, CLINIC)
    const denied = harness({ parentOrigin: EVIL })
    denied.target.emit('play', { cycle: 0 })
    expect(denied.parent.postMessage).not.toHaveBeenCalled()
  })

  it('plays, pauses and steps the chain for an allowed origin, and passes chainstep on as kce:chainstep', () => {
    const h = harness({ parentOrigin: CLINIC })
    h.send(CLINIC, { type: 'kce:play-chain', id: 1 })
    h.send(CLINIC, { type: 'kce:pause-chain' })
    h.send(CLINIC, { type: 'kce:step-chain', index: 2 })
    h.send(CLINIC, { type: 'kce:step-chain', index: 'two' })
    expect(h.target.playChain).toHaveBeenCalledOnce()
    expect(h.target.pauseChain).toHaveBeenCalledOnce()
    expect(h.target.stepChain).toHaveBeenCalledExactlyOnceWith(2)
    expect(h.parent.postMessage.mock.calls[3]?.[0]).toMatchObject({
      warnings: [expect.stringContaining('"two"')],
    })
    const step = { index: 1, link: 'tibia', total: 7, caption: 'Right heel everts 6.0° …' }
    h.target.emit('chainstep', step)
    expect(h.parent.postMessage).toHaveBeenLastCalledWith({ type: 'kce:chainstep', step }, CLINIC)
    h.send(EVIL, { type: 'kce:play-chain' })
    expect(h.target.playChain).toHaveBeenCalledOnce()
  })

  it('drops every message from an origin not allowed, warning once per origin, and never replies', () => {
    const h = harness()
    h.send(EVIL, { type: 'kce:set-inputs', inputs: { preset: 'flat-feet' } })
    h.send(EVIL, { type: 'kce:get-state' })
    expect(h.target.setInputs).not.toHaveBeenCalled()
    expect(h.target.getState).not.toHaveBeenCalled()
    expect(h.parent.postMessage).not.toHaveBeenCalled()
    expect(h.warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(EVIL))
  })

  it.each([['hello'], [{ type: 'kce:launch' }], [{ kind: 'kce:get-state' }], [null]])(
    'warns about a malformed message %j and does nothing',
    (data) => {
      const h = harness()
      h.send(CLINIC, data)
      expect(h.warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(JSON.stringify(data)))
      expect(h.target.setInputs).not.toHaveBeenCalled()
      expect(h.parent.postMessage).not.toHaveBeenCalled()
    },
  )

  it('posts events to the parent only at an allowed origin, never "*"', () => {
    const h = harness({ parentOrigin: CLINIC })
    h.target.emit('ready')
    h.target.emit('change', h.state)
    h.target.emit('error', { message: 'no WebGL' })
    expect(h.parent.postMessage.mock.calls).toEqual([
      [{ type: 'kce:ready' }, CLINIC],
      [{ type: 'kce:change', state: h.state }, CLINIC],
      [{ type: 'kce:error', message: 'no WebGL' }, CLINIC],
    ])
  })

  it('posts no events when the parent is a page that is not allowed', () => {
    const h = harness({ parentOrigin: EVIL })
    h.target.emit('change', h.state)
    expect(h.parent.postMessage).not.toHaveBeenCalled()
  })
})
