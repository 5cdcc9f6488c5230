// Theming a clinic can do (issue 18): CSS custom properties set on the element reach inside its shadow root,
// ::part() names style the toolbar, the panel, the legend and the poster, and the clinic's logo goes in a slot.
import { describe, expect, inject, it } from 'vitest'
import { openPage } from './support/browser'
import { browserPerFile } from './support/app'
import { SIGNAL_TIMEOUT_MS } from './support/signals'

const browser = browserPerFile()

const ACCENT = 'rgb(12, 110, 60)'
const TOOLBAR = 'rgb(250, 240, 200)'

describe('theming the element from the host page', () => {
  it('custom properties, parts and the logo slot', async () => {
    const hostUrl = `${inject('baseUrl')}theme-host.html`
    const body = `<!doctype html><html><head><link rel="icon" href="data:," />
      <script type="module" src="kinetic-chain-explorer.js"></script>
      <style>
        kinetic-chain-explorer { --kce-accent: ${ACCENT}; }
        kinetic-chain-explorer::part(toolbar) { background: ${TOOLBAR}; }
        kinetic-chain-explorer::part(panel) { border-left-width: 3px; }
        kinetic-chain-explorer::part(poster) { background: ${TOOLBAR}; }
      </style></head><body style="margin:0">
      <div style="width: 1000px; height: 600px">
        <kinetic-chain-explorer controls="full" preset="flat-feet">
          <span slot="logo" id="logo">Riverside Clinic</span>
        </kinetic-chain-explorer>
      </div></body></html>`
    const { page, problems } = await openPage(browser(), hostUrl, {
      width: 1100,
      height: 700,
      beforeGoto: (p) => p.route('**/theme-host.html', (r) => r.fulfill({ contentType: 'text/html', body })),
    })
    // Before activation: the poster takes the host's part style and shows the slotted logo.
    await page.waitForFunction(() => customElements.get('kinetic-chain-explorer') !== undefined, null, {
      timeout: SIGNAL_TIMEOUT_MS,
    })
    const poster = await page.evaluate(() => {
      const root = document.querySelector('kinetic-chain-explorer')!.shadowRoot!
      const logo = document.getElementById('logo')!
      return {
        background: getComputedStyle(root.querySelector('[part="poster"]')!).backgroundColor,
        logoShown: logo.assignedSlot?.name === 'logo' && logo.getBoundingClientRect().width > 0,
      }
    })
    expect(poster).toEqual({ background: TOOLBAR, logoShown: true })

    await page.evaluate(() => document.querySelector('kinetic-chain-explorer')!.activate())
    await page.waitForFunction(
      () => (document.querySelector('kinetic-chain-explorer') as { ready?: boolean }).ready === true,
      null,
      { timeout: SIGNAL_TIMEOUT_MS },
    )
    const inside = await page.evaluate(() => {
      const root = document.querySelector('kinetic-chain-explorer')!.shadowRoot!
      const css = (sel: string) => getComputedStyle(root.querySelector(sel)!)
      return {
        toolbar: css('[part="toolbar"]').backgroundColor,
        panelBorder: css('[part="panel"]').borderLeftWidth,
        pressed: css('.kce-button[aria-pressed="true"]').backgroundColor,
      }
    })
    expect(inside).toEqual({ toolbar: TOOLBAR, panelBorder: '3px', pressed: ACCENT })
    expect(problems).toEqual([])
    await page.context().close()
  })
})
