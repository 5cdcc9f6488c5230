// The embed in a real Chromium, against the real explorer built by globalSetup: the example page with two
// widgets, attributes and events, postMessage from an allowed and a disallowed origin, a host page under a
// strict Content-Security-Policy, no off-origin request, touch scrolling on a phone, WebGL context loss,
// and the byte budget before activation.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import type { BridgeCounts } from '../../src/embed/bridge'
import { launchBrowser, openPage } from './support/browser'
import { SIGNAL_TIMEOUT_MS } from './support/signals'
import { hostPage, measureEmbed, PRE_ACTIVATION_JS_BUDGET } from '../../scripts/bench/embed'

const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
/** The same preview server under another name: a second origin, loopback only. */
const otherOrigin = baseUrl.replace('127.0.0.1', 'localhost').replace(/\/$/, '')
const ownOrigin = new URL(baseUrl).origin

/**
 * The strictest policy the widget runs under (the README's embedding section states it): no inline script,
 * no eval; 'wasm-unsafe-eval' for three's WebAssembly meshopt decoder; inline styles for leva's panel
 * (stitches).
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

interface Watched {
  context: BrowserContext
  page: Page
  problems: string[]
  warnings: string[]
}

/** A page at `url` (HTML served by the test, with optional headers, if given), watched like openPage. */
async function hostAt(
  url: string,
  html?: string,
  opts: {
    headers?: Record<string, string>
    width?: number
    height?: number
    hasTouch?: boolean
    isMobile?: boolean
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 800, height: opts.height ?? 600 },
    reducedMotion: 'reduce',
    hasTouch: opts.hasTouch ?? false,
    isMobile: opts.isMobile ?? false,
  })
  context.setDefaultTimeout(SIGNAL_TIMEOUT_MS)
  context.setDefaultNavigationTimeout(SIGNAL_TIMEOUT_MS)
  // CSP violations during load too: a listener in place before any of the page's scripts run.
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const page = await context.newPage()
  if (html !== undefined)
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', headers: opts.headers ?? {}, body: html }),
    )
  const problems: string[] = []
  const warnings: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
    if (m.type() === 'warning') warnings.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`))
  page.on('request', (r) => {
    const u = r.url()
    if (!u.startsWith(ownOrigin) && !u.startsWith(otherOrigin) && !/^(data|blob):/.test(u))
      problems.push(`off-origin request: ${u}`)
  })
  await page.goto(url, { waitUntil: 'load' })
  return { context, page, problems, warnings }
}

/** Resolves when every <kinetic-chain-explorer> matching `selector` has drawn its first frame. */
const whenReady = (page: Page, selector = 'kinetic-chain-explorer') =>
  page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)] as Array<HTMLElement & { ready?: boolean }>
      const failed = els.find((e) => e.shadowRoot?.querySelector('.error:not([hidden])'))
      if (failed) throw new Error(`widget failed: ${failed.shadowRoot?.querySelector('.error')?.textContent}`)
      return els.length > 0 && els.every((e) => e.ready === true)
    },
    selector,
    { timeout: 90_000 },
  )

/**
 * What the canvas shows, as a coarse grid of brightness (0..255): screenshots of the page, so it is what a
 * person sees, with the DOM overlays drawn over the canvas (buttons, legend, labels, status) hidden.
 */
async function canvasSignature(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const root = document.querySelector('kinetic-chain-explorer')?.shadowRoot
    if (!root || root.querySelector('style[data-test-hide]')) return
    const style = document.createElement('style')
    style.dataset.testHide = ''
    style.textContent =
      '.kce-views, .kce-legend, .kce-labels, .kce-badge, .status { visibility: hidden !important; }'
    root.append(style)
  })
  const png = await page.locator('kinetic-chain-explorer canvas').screenshot()
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = 32
    c.height = 24
    const g = c.getContext('2d')
    if (!g) return []
    g.drawImage(img, 0, 0, 32, 24)
    const d = g.getImageData(0, 0, 32, 24).data
    const out: number[] = []
    for (let i = 0; i < d.length; i += 4) out.push((d[i]! + d[i + 1]! + d[i + 2]!) / 3)
    return out
  }, png.toString('base64'))
}
const distance = (a: number[], b: number[]) =>
  a.reduce((sum, v, i) => sum + Math.abs(v - (b[i] ?? 0)), 0) / a.length

describe('example.html: two widgets on one page', () => {
  it('both load, answer attribute changes with their own change events, and warn about bad values', async () => {
    const { page, problems, requests } = await openPage(browser, `${baseUrl}example.html`, {
      width: 1000,
      height: 720,
    })
    const warnings: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text())
    })
    await whenReady(page, '#widget-a, #widget-b')
    const changes = await page.evaluate(async (timeoutMs) => {
      type Widget = HTMLElement & { getState(): { inputs: { left: { navicularHeightMm: number } } } }
      const a = document.getElementById('widget-a') as Widget
      const b = document.getElementById('widget-b') as Widget
      const archOf = (e: Event) => (e as CustomEvent).detail.inputs.left.navicularHeightMm as number
      const nextChange = (w: Widget, set: () => void) =>
        new Promise<number>((resolve, reject) => {
          const bound = setTimeout(() => reject(new Error(`no change event from #${w.id}`)), timeoutMs)
          w.addEventListener(
            'change',
            (e) => {
              clearTimeout(bound)
              resolve(archOf(e))
            },
            { once: true },
          )
          set()
        })
      const seenByB: number[] = []
      b.addEventListener('change', (e) => seenByB.push(archOf(e)))
      const arch = await nextChange(a, () => a.setAttribute('left-arch-mm', '25'))
      a.setAttribute('preset', 'bogus-feet') // ignored with a warning
      a.setAttribute('right-eversion-deg', 'very')
      const aAfter = a.getState().inputs.left.navicularHeightMm
      const bAfter = b.getState().inputs.left.navicularHeightMm
      // b's own change, after a's: b's listener works, and any event a's changes caused on b came first.
      const bOwn = await nextChange(b, () => b.setAttribute('left-arch-mm', '41'))
      return { arch, aAfter, bAfter, bOwn, seenByB }
    }, SIGNAL_TIMEOUT_MS)
    expect(changes.arch).toBe(25)
    expect(changes.aAfter).toBe(25)
    expect(changes.bAfter).toBe(30) // flat-feet preset, untouched by a's change
    expect(changes.bOwn).toBe(41)
    expect(changes.seenByB).toEqual([41]) // its own change only, none of a's
    await expect.poll(() => warnings.join('\n')).toMatch(/"bogus-feet"/)
    await expect.poll(() => warnings.join('\n')).toMatch(/"very"/)
    expect(problems).toEqual([])
    expect(requests.filter((u) => !u.startsWith(ownOrigin))).toEqual([])
    await page.context().close()
  })
})

describe('embed.html postMessage', () => {
  it('answers an allowed origin, ignores a disallowed one with a warning, and warns about bad parameters and messages', async () => {
    const frame = (id: string, query: string) =>
      `<iframe id="${id}" style="width:360px;height:300px;border:0" src="${baseUrl}embed.html?${query}"></iframe>`
    // The clinic's page records every message from either frame from the start (ready may come early).
    // A real file on the preview server: a page fulfilled by the test would count as a public address,
    // and Chromium's local-network checks would then refuse its loopback iframes.
    writeFileSync(
      join(distDir, 'clinic.html'),
      `<!doctype html><title>Clinic</title><link rel="icon" href="data:,">
<script>
  window.got = { allowed: [], denied: [] }
  addEventListener('message', (e) => {
    for (const id of ['allowed', 'denied']) if (e.source === document.getElementById(id).contentWindow) got[id].push(e.data)
  })
</script>
${frame('allowed', `allow-origin=${encodeURIComponent(otherOrigin)}&loading=eager&controls=none&view=sideways`)}
${frame('denied', 'allow-origin=https://clinic.example&loading=eager&controls=none')}`,
    )
    const host = await hostAt(`${otherOrigin}/clinic.html`)
    type Got = Record<
      'allowed' | 'denied',
      Array<{ type: string; id?: number; state?: unknown; warnings?: string[] }>
    >
    const got = () => host.page.evaluate(() => (window as unknown as { got: Got }).got)
    await expect
      .poll(async () => (await got()).allowed.some((m) => m.type === 'kce:ready'), { timeout: 90_000 })
      .toBe(true)
    // Each frame's bridge counts what it received and sent (embed.html's window.kceBridge). The denied
    // frame must be listening before the burst, or its silence would prove nothing.
    const frameOf = async (id: string): Promise<Frame> => {
      const f = await (await host.page.$(`#${id}`))?.contentFrame()
      if (!f) throw new Error(`no frame #${id}`)
      return f
    }
    const countsOf = (f: Frame) =>
      f.evaluate(() => (window as unknown as { kceBridge?: BridgeCounts }).kceBridge ?? null)
    const allowedFrame = await frameOf('allowed')
    const deniedFrame = await frameOf('denied')
    await expect.poll(() => countsOf(deniedFrame), { timeout: 90_000 }).not.toBeNull()
    const deniedBefore = (await countsOf(deniedFrame))!
    const allowedBefore = (await countsOf(allowedFrame))!
    await host.page.evaluate((target) => {
      const post = (id: string, msg: unknown) =>
        (document.getElementById(id) as HTMLIFrameElement).contentWindow?.postMessage(msg, target)
      post('allowed', {
        type: 'kce:set-inputs',
        id: 1,
        inputs: { right: { navicularHeightMm: 26, calcanealEversionDeg: 12 } },
      })
      post('allowed', { type: 'kce:set-view', id: 2, view: 'lumbar' })
      post('allowed', { type: 'kce:set-inputs', id: 3, inputs: { activity: 'flying' } })
      post('allowed', { type: 'kce:reboot', id: 4 })
      post('allowed', { type: 'kce:get-state', id: 5 })
      post('denied', { type: 'kce:get-state', id: 6 })
      post('denied', { type: 'kce:set-inputs', id: 7, inputs: { preset: 'flat-feet' } })
    }, ownOrigin)
    await expect.poll(async () => (await got()).allowed.some((m) => m.id === 5)).toBe(true)
    // The allowed frame took all five and answered four (not the unknown type); the last answer is in, so
    // the earlier ones are too (messages from one frame arrive in order).
    const allowedAfter = (await countsOf(allowedFrame))!
    expect(allowedAfter.received - allowedBefore.received).toBe(5)
    expect(allowedAfter.replies - allowedBefore.replies).toBe(4)
    // The denied frame took both messages (its chance to answer) and sent nothing: no reply, no event.
    await expect.poll(async () => (await countsOf(deniedFrame))!.received - deniedBefore.received).toBe(2)
    expect(await countsOf(deniedFrame)).toEqual({ ...deniedBefore, received: deniedBefore.received + 2 })
    expect(deniedBefore.replies + deniedBefore.events).toBe(0)
    const result = await got()
    const reply = (id: number) =>
      result.allowed.find((m) => m.id === id) as
        | { state: { inputs: { right: { navicularHeightMm: number } }; view: string }; warnings: string[] }
        | undefined
    expect(reply(1)?.state.inputs.right.navicularHeightMm).toBe(26)
    expect(reply(2)?.state.view).toBe('lumbar')
    expect(reply(3)?.warnings.join()).toMatch(/"flying"/)
    expect(reply(4)).toBeUndefined() // unknown type: ignored
    expect(reply(5)?.state.inputs.right.navicularHeightMm).toBe(26)
    expect(result.allowed.some((m) => m.type === 'kce:change')).toBe(true)
    // The denied frame's parent is not in its allow-origin: it neither answers nor posts its events.
    expect(result.denied).toEqual([])
    const w = () => host.warnings.join('\n')
    await expect.poll(w).toMatch(/view: ignored "sideways"/)
    await expect.poll(w).toMatch(/"kce:reboot"/)
    await expect.poll(w).toContain(`ignored a message from ${otherOrigin}`)
    expect(host.problems).toEqual([])
    await host.context.close()
  })
})

describe('play and pause events (issue 13, model-viewer’s convention)', () => {
  it('the element fires play and pause when the gait cycle starts and stops (its button, play()/pause(), kce:play/kce:pause), and embed.html passes them on as kce:played and kce:paused', async () => {
    // A same-origin parent is allowed without allow-origin; it records every message from the frame.
    writeFileSync(
      join(distDir, 'clinic-play.html'),
      `<!doctype html><title>Clinic</title><link rel="icon" href="data:,">
<script>
  window.got = []
  addEventListener('message', (e) => { if (e.source === document.getElementById('w').contentWindow) got.push(e.data) })
</script>
<iframe id="w" style="width:480px;height:360px;border:0" src="${baseUrl}embed.html?activity=walking&loading=eager"></iframe>`,
    )
    const host = await hostAt(`${baseUrl}clinic-play.html`)
    type Msg = { type: string; cycle?: number }
    const got = () => host.page.evaluate(() => (window as unknown as { got: Msg[] }).got)
    await expect
      .poll(async () => (await got()).some((m) => m.type === 'kce:ready'), { timeout: 90_000 })
      .toBe(true)
    const frame = (await (await host.page.$('#w'))?.contentFrame())!
    // The element's own events, recorded in the frame.
    await frame.evaluate(() => {
      const el = document.querySelector('kinetic-chain-explorer')!
      const seen: Array<{ type: string; cycle: number }> = []
      ;(window as unknown as { seen: typeof seen }).seen = seen
      for (const type of ['play', 'pause'])
        el.addEventListener(type, (e) =>
          seen.push({ type, cycle: (e as CustomEvent<{ cycle: number }>).detail.cycle }),
        )
    })
    const seen = () =>
      frame.evaluate(() =>
        (window as unknown as { seen: Array<{ type: string; cycle: number }> }).seen.map((e) => e.type),
      )
    const relayed = async () =>
      (await got()).filter((m) => m.type === 'kce:played' || m.type === 'kce:paused').map((m) => m.type)
    // Reduced motion: walking did not play by itself, so nothing was fired yet.
    expect(await seen()).toEqual([])
    const post = (type: string) =>
      host.page.evaluate(
        ([t, target]) =>
          (document.getElementById('w') as HTMLIFrameElement).contentWindow!.postMessage(
            { type: t },
            target!,
          ),
        [type, ownOrigin],
      )
    await post('kce:play')
    await expect.poll(seen).toEqual(['play'])
    await post('kce:pause')
    await expect.poll(seen).toEqual(['play', 'pause'])
    // The methods; a second pause() changes nothing and fires nothing.
    await frame.evaluate(() => {
      const el = document.querySelector('kinetic-chain-explorer') as HTMLElement & {
        play(): void
        pause(): void
      }
      el.play()
      el.pause()
      el.pause()
    })
    expect(await seen()).toEqual(['play', 'pause', 'play', 'pause'])
    // The play button under the 3D.
    await frame.getByTestId('gait-play').click()
    await expect.poll(seen).toEqual(['play', 'pause', 'play', 'pause', 'play'])
    const cycles = await frame.evaluate(() =>
      (window as unknown as { seen: Array<{ cycle: number }> }).seen.map((e) => e.cycle),
    )
    for (const c of cycles) expect(c >= 0 && c < 1, `cycle ${c}`).toBe(true)
    // Each passed on to the allowed parent, in order, with its moment.
    await expect.poll(relayed).toEqual(['kce:played', 'kce:paused', 'kce:played', 'kce:paused', 'kce:played'])
    const last = (await got()).filter((m) => m.type === 'kce:played').at(-1)!
    expect(last.cycle).toBe(cycles.at(-1))
    expect(host.problems).toEqual([])
    await host.context.close()
  })
})

describe('a host page under a strict Content-Security-Policy', () => {
  it('loads the widget with full controls, and it draws again after the WebGL context is lost and restored', async () => {
    const host = await hostAt(
      `${baseUrl}csp-host.html`,
      hostPage(
        `<div style="width:760px;height:520px"><kinetic-chain-explorer loading="eager" controls="full"></kinetic-chain-explorer></div>`,
      ),
      { headers: { 'Content-Security-Policy': STRICT_CSP }, width: 800, height: 560 },
    )
    await whenReady(host.page)
    const before = await canvasSignature(host.page)

    const lose = (what: 'loseContext' | 'restoreContext') =>
      host.page.evaluate(async (what) => {
        const canvas = document.querySelector('kinetic-chain-explorer')?.shadowRoot?.querySelector('canvas')
        // Kept from the first call: a lost context hands out no extensions.
        const w = window as unknown as { loseExt?: WEBGL_lose_context | null }
        w.loseExt ??= canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')
        const ext = w.loseExt
        if (!canvas || !ext) return 'no canvas or WEBGL_lose_context'
        const event = what === 'loseContext' ? 'webglcontextlost' : 'webglcontextrestored'
        await new Promise((r) => {
          canvas.addEventListener(event, r, { once: true })
          ext[what]()
        })
        return event
      }, what)
    expect(await lose('loseContext')).toBe('webglcontextlost')
    // The lost canvas shows blank: far from the picture (else this test could not tell a redraw from nothing).
    let lost: number[] = []
    await expect
      .poll(async () => distance(before, (lost = await canvasSignature(host.page))), { interval: 50 })
      .toBeGreaterThan(5)
    expect(await lose('restoreContext')).toBe('webglcontextrestored')
    // Drawn again: the same picture as before the loss, within a small tolerance.
    await expect
      .poll(async () => distance(before, await canvasSignature(host.page)), {
        timeout: SIGNAL_TIMEOUT_MS,
        interval: 500,
      })
      .toBeLessThan(distance(before, lost) / 4)
    const csp = await host.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
    expect(csp).toEqual([])
    expect(host.problems).toEqual([])
    await host.context.close()
  })
})

describe('on a phone', () => {
  it('a vertical swipe over the widget scrolls the page', async () => {
    const host = await hostAt(
      `${baseUrl}phone-host.html`,
      hostPage(
        `<p style="height:200px">Clinic text</p><div style="height:360px"><kinetic-chain-explorer loading="eager" controls="none"></kinetic-chain-explorer></div><p style="height:2000px">More text</p>`,
      ),
      { width: 390, height: 844, hasTouch: true, isMobile: true },
    )
    await whenReady(host.page)
    const box = await host.page.locator('kinetic-chain-explorer').boundingBox()
    if (!box) throw new Error('widget not laid out')
    const x = box.x + box.width / 2
    const cdp = await host.context.newCDPSession(host.page)
    const touch = (type: string, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      } as never)
    await touch('touchStart', box.y + 300)
    for (let y = box.y + 280; y >= box.y + 40; y -= 20) await touch('touchMove', y)
    await touch('touchEnd', box.y + 40)
    await expect.poll(() => host.page.evaluate(() => window.scrollY)).toBeGreaterThan(100)
    expect(host.problems).toEqual([])
    await host.context.close()
  })
})

describe('lazy loading', () => {
  it(`loads under ${PRE_ACTIVATION_JS_BUDGET / 1024} KB of gzip JS and no 3D code until the widget is in view`, async () => {
    const f = await measureEmbed(browser, baseUrl, distDir)
    // The element's script and the small core it shares with the app; not the explorer's chunk.
    expect(f.preActivationFiles[0]).toBe('/kinetic-chain-explorer.js')
    expect(f.preActivationFiles.filter((u) => /mountExplorer/.test(u))).toEqual([])
    expect(f.preActivationJsGzip).toBeLessThan(PRE_ACTIVATION_JS_BUDGET)
    expect(f.loadedJsGzip).toBeGreaterThan(f.preActivationJsGzip * 4) // the 3D did load afterwards
    expect(f.modelBytes).toBeGreaterThan(0)
  })
})
