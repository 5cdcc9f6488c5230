// Budgets of the embed (issue 5): JS a host page loads before the widget activates, total gzip JS, model
// bytes, and time to the first 3D frame in headless Chromium. `measureEmbed` is shared with the browser
// tests, which assert the byte budget; this bench prints every figure against its budget.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../../test/browser/support/browser'
import { builtJsGzipBytes, filesUnder, gzipBytes, serveBuild } from '../../test/browser/support/build'

/** Gzip bytes of JS before the 3D loads: the budget (asserted by test/browser/embed.test.ts). */
export const PRE_ACTIVATION_JS_BUDGET = 30 * 1024
/**
 * The others are ours, set about 10–20% above what a complete build measured, to catch creep. All JS was
 * 432 KB; the chain tour, walking, the cycle chart, Spanish and the handout brought it to about 500 KB, of which
 * the Spanish words, the chart, the handout and its QR code (about 27 KB) load only when asked for.
 */
const TOTAL_JS_BUDGET = 560 * 1024
const MODEL_BUDGET = 900 * 1024
const FIRST_FRAME_BUDGET_MS = 5000

/** A host page on the widget's origin, served by the test itself (no file needs to exist in dist/). */
export function hostPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}
<title>Host page</title><link rel="icon" href="data:,"><script type="module" src="./kinetic-chain-explorer.js"></script></head><body>${body}</body></html>`
}

export interface EmbedFigures {
  preActivationJsGzip: number
  preActivationFiles: string[]
  loadedJsGzip: number
  modelBytes: number
  msToFirstFrame: number
}

/**
 * Opens a host page with the widget below the fold, records what it loads, then scrolls to the widget
 * and times activation to the first frame. Byte counts are gzip -9 of the built files the page requested.
 */
export async function measureEmbed(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  controls: 'none' | 'minimal' | 'full' = 'none',
): Promise<EmbedFigures> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, reducedMotion: 'reduce' })
  const page: Page = await context.newPage()
  const hostUrl = new URL('bench-host.html', baseUrl).href
  await page.route(hostUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: hostPage(`<div style="height:2000px">Clinic text</div>
<div style="width:640px;height:420px"><kinetic-chain-explorer controls="${controls}"></kinetic-chain-explorer></div>`),
    }),
  )
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  const inDist = (u: string) => join(distDir, decodeURIComponent(new URL(u).pathname))
  const jsBytes = (urls: string[]) =>
    urls
      .filter((u) => u.endsWith('.js') && u.startsWith(baseUrl))
      .reduce((sum, u) => sum + gzipBytes(inDist(u)), 0)

  await page.goto(hostUrl, { waitUntil: 'networkidle' })
  const before = [...requested]
  const t0 = Date.now()
  await page.evaluate(() => {
    const el = document.querySelector('kinetic-chain-explorer')
    el?.scrollIntoView()
    return new Promise<void>((resolve, reject) => {
      el?.addEventListener('ready', () => resolve(), { once: true })
      el?.addEventListener(
        'error',
        (e) => reject(new Error((e as CustomEvent<{ message: string }>).detail.message)),
        { once: true },
      )
    })
  })
  const msToFirstFrame = Date.now() - t0
  const figures: EmbedFigures = {
    preActivationJsGzip: jsBytes(before),
    preActivationFiles: before.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname),
    loadedJsGzip: jsBytes(requested),
    modelBytes: requested
      .filter((u) => u.endsWith('.glb'))
      .reduce((sum, u) => sum + statSync(inDist(u)).size, 0),
    msToFirstFrame,
  }
  await context.close()
  return figures
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

export async function run(): Promise<void> {
  const served = await serveBuild('kce-bench-embed-')
  const browser = await launchBrowser()
  try {
    const f = await measureEmbed(browser, served.url, served.outDir)
    const total = builtJsGzipBytes(served.outDir)
    const line = (what: string, value: number, budget: number, show: (n: number) => string, extra = '') =>
      console.log(
        `${what}: ${show(value)}${extra}; budget ${show(budget)}: ${value <= budget ? 'within' : 'OVER'}`,
      )
    const ms = (n: number) => `${n} ms`
    line(
      'JS before the 3D loads',
      f.preActivationJsGzip,
      PRE_ACTIVATION_JS_BUDGET,
      kb,
      ` gzip (${f.preActivationFiles.join(', ')})`,
    )
    line('JS once the 3D is on screen (controls="none")', f.loadedJsGzip, TOTAL_JS_BUDGET, kb, ' gzip')
    // Like with like, in the same run: the same page and widget size, only the controls mode differs. The
    // control panel (leva) is a chunk of its own, loaded only where it is shown.
    const minimal = await measureEmbed(browser, served.url, served.outDir, 'minimal')
    const full = await measureEmbed(browser, served.url, served.outDir, 'full')
    line(
      'JS a controls="minimal" widget loads until its first frame',
      minimal.loadedJsGzip,
      TOTAL_JS_BUDGET,
      kb,
      ' gzip',
    )
    console.log(
      `  against controls="full" (with the panel): ${kb(full.loadedJsGzip)} gzip; the minimal widget loads ${kb(full.loadedJsGzip - minimal.loadedJsGzip)} less`,
    )
    line('total JS in dist/ (app, iframe page, example, element)', total, TOTAL_JS_BUDGET, kb, ' gzip')
    // The cycle chart (issue 14) is a chunk of its own, fetched only when a person opens it: not part of the
    // figures above (test/browser/gaitChart.test.ts checks that it is not requested before).
    const chartChunks = filesUnder(served.outDir).filter((f) => /\/CycleChart-[\w-]+\.js$/.test(f))
    console.log(
      `cycle chart chunk, loaded only when shown: ${kb(chartChunks.reduce((n, f) => n + gzipBytes(f), 0))} gzip (${chartChunks.length} file${chartChunks.length === 1 ? '' : 's'})`,
    )
    line('model', f.modelBytes, MODEL_BUDGET, kb)
    line(
      'activation to first frame (headless Chromium, SwiftShader, 640×420)',
      f.msToFirstFrame,
      FIRST_FRAME_BUDGET_MS,
      ms,
    )
  } finally {
    await browser.close()
    await served.close()
  }
}
