// configure.html, as a clinic's web manager uses it (issue 18): the form offers the widget's inputs, the
// preview follows it, and the code it writes works when pasted into a page, both ways.
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage } from './support/browser'
import { browserPerFile } from './support/app'
import { SIGNAL_TIMEOUT_MS } from './support/signals'
import { INPUT_PARAMS } from '../../src/state/schema'

const browser = browserPerFile()
const base = () => inject('baseUrl')

const snippet = (page: Page) => page.locator('#snippet').inputValue()

/** A host page on the same server holding only the pasted code; resolves when the widget says it is ready. */
async function pasted(code: string, iframe: boolean): Promise<{ page: Page; problems: string[] }> {
  // The host page, on the widget's own server (as a clinic's site would serve it beside dist/).
  const body = `<!doctype html><html><head><link rel="icon" href="data:," /></head><body>${code}</body></html>`
  const { page, problems } = await openPage(browser(), `${base()}pasted-host.html`, {
    beforeGoto: (p) =>
      p.route('**/pasted-host.html', (route) => route.fulfill({ contentType: 'text/html', body })),
  })
  if (iframe) {
    await page.waitForFunction(
      () => {
        const f = document.querySelector('iframe')?.contentDocument
        return (f?.querySelector('kinetic-chain-explorer') as { ready?: boolean } | null)?.ready === true
      },
      null,
      { timeout: SIGNAL_TIMEOUT_MS },
    )
  } else
    await page.waitForFunction(
      () => (document.querySelector('kinetic-chain-explorer') as { ready?: boolean } | null)?.ready === true,
      null,
      { timeout: SIGNAL_TIMEOUT_MS },
    )
  return { page, problems }
}

describe('the embed configurator (configure.html)', () => {
  it('offers every input of the widget, previews the choice and writes code that works pasted into a page, both ways', async () => {
    const { page, problems } = await openPage(browser(), `${base()}configure.html`, {
      width: 1280,
      height: 900,
    })
    for (const param of INPUT_PARAMS.filter((p) => p !== 'layers'))
      expect(await page.locator(`[name="${param}"]`).count(), param).toBe(1)
    await page.selectOption('[name="preset"]', 'right-overpronated')
    await page.fill('[name="right-post-deg"]', '5')
    await page.selectOption('[name="view"]', 'feet')
    await page.fill('#origin', 'https://clinic.example/some/page')
    const preview = page.locator('#preview-frame kinetic-chain-explorer')
    await expect.poll(() => preview.getAttribute('right-post-deg')).toBe('5')
    expect(await preview.getAttribute('preset')).toBe('right-overpronated')

    const iframeCode = await snippet(page)
    const src = new URL(/src="([^"]+)"/.exec(iframeCode)![1]!.replace(/&amp;/g, '&'))
    expect(src.pathname.endsWith('/embed.html')).toBe(true)
    expect(Object.fromEntries(src.searchParams)).toEqual({
      preset: 'right-overpronated',
      'right-post-deg': '5',
      view: 'feet',
      'allow-origin': 'https://clinic.example',
    })
    await page.check('[name="way"][value="element"]')
    const elementCode = await snippet(page)
    expect(elementCode).toContain('<script type="module" src="')
    expect(elementCode).toMatch(/right-post-deg="5"/)
    expect(problems).toEqual([])

    for (const [code, iframe] of [
      [elementCode, false],
      [iframeCode, true],
    ] as const) {
      const host = await pasted(code, iframe)
      expect(host.problems, iframe ? 'iframe' : 'element').toEqual([])
      await host.page.context().close()
    }
    await page.context().close()
  })
})
