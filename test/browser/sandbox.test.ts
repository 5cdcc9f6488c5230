// A WordPress site gives an iframe from an unknown oEmbed provider `sandbox="allow-scripts"`: the frame runs
// with an opaque origin, so every file it loads from dist/ is a cross-origin request. Served with
// `Access-Control-Allow-Origin: *` (README, "Iframes in a sandbox"), the widget loads, draws and answers its
// host's messages (issue 18); without the header it cannot load at all (tried: CORS blocks its CSS and
// script). Host page and dist/ share a server here: Chromium's local-network checks block a sandboxed frame
// from another loopback port, which a real site (public origins) does not meet.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import type { Browser } from 'playwright-core'
import { launchBrowser, openPage } from './support/browser'
import { SIGNAL_TIMEOUT_MS } from './support/signals'

let browser: Browser
let cors: PreviewServer

beforeAll(async () => {
  browser = await launchBrowser()
  // The same build, served a second time as a clinic would serve dist/ for sandboxed frames.
  cors = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: inject('distDir') },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => cors?.httpServer.close(() => resolve()))
})

describe('embed.html in a sandboxed iframe (opaque origin)', () => {
  it('loads from a dist/ served with Access-Control-Allow-Origin, posts kce:ready to its host and answers kce:get-state', async () => {
    const dist = cors.resolvedUrls!.local[0]!
    const hostUrl = `${dist}sandbox-host.html`
    const hostOrigin = new URL(hostUrl).origin
    const src = `${dist}embed.html?preset=right-overpronated&allow-origin=${encodeURIComponent(hostOrigin)}`
    const body = `<!doctype html><html><head><link rel="icon" href="data:," /></head><body>
      <iframe sandbox="allow-scripts" src="${src}" style="width: 480px; height: 360px; border: 0"></iframe>
      <script>
        window.kceMessages = []
        window.addEventListener('message', (e) => window.kceMessages.push({ origin: e.origin, data: e.data }))
      </script></body></html>`
    const { page, problems } = await openPage(browser, hostUrl, {
      beforeGoto: (p) =>
        p.route('**/sandbox-host.html', (r) => r.fulfill({ contentType: 'text/html', body })),
    })
    type Seen = { origin: string; data: { type: string; state?: { inputs: { right: unknown } } } }
    const messages = () => page.evaluate(() => (window as unknown as { kceMessages: Seen[] }).kceMessages)
    await expect
      .poll(async () => (await messages()).map((m) => m.data.type), { timeout: SIGNAL_TIMEOUT_MS })
      .toContain('kce:ready')
      .catch((e: Error) => {
        throw new Error(`${e.message}\nwhat the page reported: ${problems.join('\n') || 'nothing'}`)
      })
    // The frame's origin is opaque ("null"): its host can only address it with targetOrigin '*'.
    expect((await messages()).find((m) => m.data.type === 'kce:ready')!.origin).toBe('null')
    await page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'kce:get-state', id: 7 }, '*'),
    )
    await expect
      .poll(
        async () => (await messages()).find((m) => m.data.type === 'kce:state')?.data.state?.inputs.right,
        {
          timeout: SIGNAL_TIMEOUT_MS,
        },
      )
      .toEqual({ navicularHeightMm: 30, calcanealEversionDeg: 10 })
    expect(problems).toEqual([])
    await page.context().close()
  })
})
