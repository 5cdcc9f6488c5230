// The system Chromium through playwright-core, with the flags that work on these machines, and a page
// that records what a person would call a problem: console errors, uncaught errors, failed or
// off-origin requests.
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}

export interface WatchedPage {
  page: Page
  /** Console errors, page errors, HTTP >= 400, failed and off-origin requests, in order. */
  problems: string[]
  /** Every URL the page requested. */
  requests: string[]
}

export interface PageOptions {
  width?: number
  height?: number
  reducedMotion?: 'reduce' | 'no-preference'
  hasTouch?: boolean
  isMobile?: boolean
  /** Runs on the new page before it navigates (e.g. page.route for a page the test writes itself). */
  beforeGoto?: (page: Page) => Promise<unknown>
}

export async function openPage(browser: Browser, url: string, opts: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    hasTouch: opts.hasTouch ?? false,
    isMobile: opts.isMobile ?? false,
  })
  // Nothing waits on Playwright's 30 s defaults: SwiftShader on two busy cores can be slow to load a page.
  context.setDefaultTimeout(60_000)
  context.setDefaultNavigationTimeout(60_000)
  const page = await context.newPage()
  const origin = new URL(url).origin
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText
    // A request the browser cancelled because the page navigated away (a test's next goto or reload) is no
    // fault of the page: seen on the favicon of a page left as it loaded. A missing file is an HTTP 404 above.
    if (why === 'net::ERR_ABORTED') return
    problems.push(`request failed: ${r.url()} (${why})`)
  })
  page.on('request', (r) => {
    const u = r.url()
    requests.push(u)
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`off-origin request: ${u}`)
  })
  await opts.beforeGoto?.(page)
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
  return { page, problems, requests }
}
