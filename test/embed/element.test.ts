import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ExplorerHandle, ExplorerOptions, ExplorerState } from '../../src/app/types'
import { footOf, type InputPatch } from '../../src/state/schema'
import { solveChain } from '../../src/kinematics'
import type { KineticChainExplorerElement } from '../../src/embed/kinetic-chain-explorer'

// The explorer is the real one in the browser tests; here a recording double stands in for it, so the
// element's own behaviour (attributes, laziness, events) is tested in isolation.
const mounts: Array<{
  container: HTMLElement
  options: ExplorerOptions
  handle: ExplorerHandle & { patches: InputPatch[] }
}> = []
vi.mock('../../src/app/mountExplorer', () => ({
  mountExplorer: (container: HTMLElement, options: ExplorerOptions = {}) => {
    const patches: InputPatch[] = []
    const input = {
      left: { navicularHeightMm: 45, calcanealEversionDeg: 4 },
      right: { navicularHeightMm: 45, calcanealEversionDeg: 4 },
      activity: 'standing' as const,
    }
    const state: ExplorerState = {
      input,
      exaggerate: 1,
      view: 'back',
      layers: { bones: true, stress: true, nerve: true, muscle: true, labels: true },
      compare: 'off',
      pose: solveChain(input),
    }
    const handle = {
      patches,
      setInputs: vi.fn((p: InputPatch) => (patches.push(p), [])),
      setView: vi.fn(),
      playChain: vi.fn(() => Promise.resolve({ completed: true })),
      pauseChain: vi.fn(),
      stepChain: vi.fn(),
      getState: () => state,
      play: vi.fn(),
      pause: vi.fn(),
      playback: () => ({ playing: false, cycle: 0 }),
      seek: vi.fn(),
      capture: () => null,
      handoutUrl: () => 'handout.html',
      destroy: vi.fn(),
    }
    mounts.push({ container, options, handle })
    return handle
  },
}))

let observed: Array<{ cb: IntersectionObserverCallback; target?: Element; disconnected: boolean }> = []
class FakeIO {
  rec: (typeof observed)[number]
  constructor(cb: IntersectionObserverCallback) {
    this.rec = { cb, disconnected: false }
    observed.push(this.rec)
  }
  observe(t: Element) {
    this.rec.target = t
  }
  disconnect() {
    this.rec.disconnected = true
  }
}
const scrollIntoView = (el: Element) =>
  observed
    .filter((o) => o.target === el && !o.disconnected)
    .forEach((o) =>
      o.cb([{ isIntersecting: true, target: el } as IntersectionObserverEntry], {} as IntersectionObserver),
    )
const settle = () => new Promise((r) => setTimeout(r, 0))

beforeAll(async () => {
  vi.stubGlobal('IntersectionObserver', FakeIO)
  await import('../../src/embed/element')
})
let warn: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  mounts.length = 0
  observed = []
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

const make = (html: string) => {
  document.body.innerHTML = html
  return document.body.firstElementChild as KineticChainExplorerElement
}

describe('<kinetic-chain-explorer>', () => {
  it('mirrors attributes as properties, both ways', () => {
    const el = make(
      '<kinetic-chain-explorer left-arch-mm="28" activity="running" controls="none"></kinetic-chain-explorer>',
    )
    expect(el.leftArchMm).toBe(28)
    expect(el.activity).toBe('running')
    expect(el.controls).toBe('none')
    expect(el.rightArchMm).toBeNull()
    el.rightEversionDeg = 9.5
    el.view = 'lumbar'
    expect(el.getAttribute('right-eversion-deg')).toBe('9.5')
    expect(el.getAttribute('view')).toBe('lumbar')
    el.view = null
    expect(el.hasAttribute('view')).toBe(false)
  })

  it('shows a poster in an open shadow root and loads nothing until it scrolls into view', async () => {
    const el = make('<kinetic-chain-explorer preset="flat-feet"></kinetic-chain-explorer>')
    expect(el.shadowRoot?.querySelector('button.poster img')).not.toBeNull()
    await settle()
    expect(mounts).toHaveLength(0)
    scrollIntoView(el)
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    const { container, options } = mounts[0]!
    expect(container.getRootNode()).toBe(el.shadowRoot)
    expect(options).toMatchObject({ initial: { preset: 'flat-feet' }, controls: 'minimal', syncUrl: false })
  })

  it('a click on the poster loads the 3D, and ready, change and error become events', async () => {
    const el = make('<kinetic-chain-explorer></kinetic-chain-explorer>')
    const events: string[] = []
    for (const t of ['ready', 'change', 'error']) el.addEventListener(t, () => events.push(t))
    el.shadowRoot?.querySelector<HTMLButtonElement>('button.poster')?.click()
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    expect(el.ready).toBe(false)
    expect(el.getState()).toBeNull()
    const { options, handle } = mounts[0]!
    options.onReady?.()
    options.onChange?.(handle.getState())
    expect(el.ready).toBe(true)
    expect(el.getState()?.pose.pelvis).toEqual(handle.getState().pose.pelvis)
    expect(el.shadowRoot?.querySelector<HTMLElement>('.poster')?.hidden).toBe(true)
    options.onError?.(new Error('WebGL context could not be created'))
    expect(events).toEqual(['ready', 'change', 'error'])
    expect(el.shadowRoot?.querySelector('.error')?.textContent).toContain(
      'WebGL context could not be created',
    )
  })

  it('the gait cycle starting and stopping become play and pause events with its moment (model-viewer’s convention)', async () => {
    const el = make('<kinetic-chain-explorer activity="walking"></kinetic-chain-explorer>')
    const events: Array<[string, number]> = []
    for (const t of ['play', 'pause'] as const)
      el.addEventListener(t, (e) => events.push([t, e.detail.cycle]))
    void el.activate()
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    const { options } = mounts[0]!
    options.onPlayback?.({ playing: true, cycle: 0.25 })
    options.onPlayback?.({ playing: false, cycle: 0.5 })
    expect(events).toEqual([
      ['play', 0.25],
      ['pause', 0.5],
    ])
  })

  it('applies attribute changes after loading as patches; a malformed one is warned about and not applied', async () => {
    const el = make('<kinetic-chain-explorer loading="eager"></kinetic-chain-explorer>')
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    const { handle } = mounts[0]!
    el.setAttribute('right-arch-mm', '27')
    el.exaggerate = 3
    expect(handle.patches).toEqual([{ right: { navicularHeightMm: 27 } }, { exaggerate: 3 }])
    el.setAttribute('left-eversion-deg', 'lots')
    // The malformed value never reaches the explorer, and the warning names it.
    expect(handle.patches).toHaveLength(2)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/left-eversion-deg.*"lots"/))
  })

  it('ignores invalid attributes with a warning naming the value, and uses the valid ones', async () => {
    const el = make(
      '<kinetic-chain-explorer left-arch-mm="tall" view="top" controls="huge" right-arch-mm="30" loading="eager"></kinetic-chain-explorer>',
    )
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    const messages = warn.mock.calls.map((c: unknown[]) => String(c[0]))
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"tall"'),
        expect.stringContaining('"top"'),
        expect.stringContaining('"huge"'),
      ]),
    )
    expect(mounts[0]!.options.initial).toEqual({ right: { navicularHeightMm: 30 } })
    expect(mounts[0]!.options.controls).toBe('minimal')
    expect(el.controls).toBe('minimal')
  })

  it('setInputs before loading is validated, returned, and applied on top of the attributes when it mounts', async () => {
    const el = make('<kinetic-chain-explorer preset="flat-feet" left-arch-mm="33"></kinetic-chain-explorer>')
    expect(el.setInputs({ left: { calcanealEversionDeg: 12 }, view: 'sideways' as never })).toEqual([
      expect.stringContaining('"sideways"'),
    ])
    void el.activate()
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    expect(mounts[0]!.options.initial).toEqual({
      preset: 'flat-feet',
      left: { navicularHeightMm: 33, calcanealEversionDeg: 12 },
    })
  })

  it('changing controls remounts with the current inputs; removal destroys the explorer', async () => {
    const el = make('<kinetic-chain-explorer loading="eager" controls="none"></kinetic-chain-explorer>')
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    el.controls = 'full'
    await vi.waitFor(() => expect(mounts).toHaveLength(2))
    expect(mounts[0]!.handle.destroy).toHaveBeenCalled()
    expect(mounts[1]!.options.controls).toBe('full')
    expect(mounts[1]!.options.initial?.left).toEqual(footOf(mounts[0]!.handle.getState().input, 'left'))
    el.remove()
    await settle()
    expect(mounts[1]!.handle.destroy).toHaveBeenCalled()
  })

  it('after a lost WebGL context: redraws when it is restored, or mounts afresh when it does not come back', async () => {
    const el = make('<kinetic-chain-explorer loading="eager"></kinetic-chain-explorer>')
    await vi.waitFor(() => expect(mounts).toHaveLength(1))
    const first = mounts[0]!
    const canvas = document.createElement('canvas')
    first.container.appendChild(canvas)
    first.options.onReady?.()
    const status = el.shadowRoot?.querySelector<HTMLElement>('.status')
    canvas.dispatchEvent(new Event('webglcontextlost'))
    expect(status?.hidden).toBe(false)
    canvas.dispatchEvent(new Event('webglcontextrestored'))
    expect(status?.hidden).toBe(true)
    // The explorer's own canvas redraws on restore (browser test: embed.test.ts); the element leaves the
    // inputs and the view alone.
    expect(first.handle.setView).not.toHaveBeenCalled()
    expect(first.handle.setInputs).not.toHaveBeenCalled()

    vi.useFakeTimers()
    try {
      canvas.dispatchEvent(new Event('webglcontextlost'))
      await vi.advanceTimersByTimeAsync(5000)
    } finally {
      vi.useRealTimers()
    }
    await vi.waitFor(() => expect(mounts).toHaveLength(2))
    expect(first.handle.destroy).toHaveBeenCalled()
    expect(mounts[1]!.options.initial).toMatchObject({
      left: first.handle.getState().input.left,
      view: 'back',
    })
  })

  it('two elements on a page mount two independent explorers', async () => {
    document.body.innerHTML =
      '<kinetic-chain-explorer loading="eager" preset="flat-feet"></kinetic-chain-explorer><kinetic-chain-explorer loading="eager" preset="high-arches"></kinetic-chain-explorer>'
    await vi.waitFor(() => expect(mounts).toHaveLength(2))
    expect(mounts.map((m) => m.options.initial?.preset).sort()).toEqual(['flat-feet', 'high-arches'])
    expect(mounts[0]!.container).not.toBe(mounts[1]!.container)
  })
})
