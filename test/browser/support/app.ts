// What the explorer's browser tests share: one Chromium per test file, the app's own readiness signal and
// the diagnostics probe. Declared once here so each test file says only what it checks.
import { afterAll, beforeAll, expect } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from './browser'
import { settled, SIGNAL_TIMEOUT_MS } from './signals'

/** Launches one Chromium for the calling test file and closes it after; call at the file's top level. */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('browserPerFile(): the browser is not launched yet (use it inside a test)')
    return browser
  }
}

/**
 * The explorer (#root) has drawn its first frame with the model posed (data-ready is "true", not "error"),
 * and, unless told it may be animating (walking plays), everything asked since has been drawn.
 */
export async function appReady(page: Page, opts: { settle?: boolean } = {}): Promise<void> {
  await page.waitForSelector('#root[data-ready]', { timeout: SIGNAL_TIMEOUT_MS })
  expect(await page.getAttribute('#root', 'data-ready')).toBe('true')
  if (opts.settle ?? true) await settled(page)
}

/** What the diagnostics probe reports of one scene object (src/scene/probe.ts). */
export interface Probed {
  position: number[]
  quaternion: number[]
  visible: boolean
  colour?: string
  colourLeft?: string
  colourRight?: string
  box: { min: number[]; max: number[] }
}

/** One scene object by name through #root's diagnostics probe; null when the scene has none. */
export const probeObject = (page: Page, name: string): Promise<Probed | null> =>
  page.evaluate((n) => {
    const el = document.getElementById('root') as HTMLElement & {
      kceDiagnostics?: { probe: { object(n: string): unknown } }
    }
    return el.kceDiagnostics!.probe.object(n)
  }, name) as Promise<Probed | null>
