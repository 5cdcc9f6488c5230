// A self-sizing iframe (issue 18): embed.html posts kce:resize with the height its content needs at its
// current width, a 4:3 stage plus the narrow widget's summary; a host that sets the iframe's height from it
// gets one message per width, never a loop.
import { describe, expect, inject, it } from 'vitest'
import { openPage } from './support/browser'
import { browserPerFile } from './support/app'
import { SIGNAL_TIMEOUT_MS } from './support/signals'

const browser = browserPerFile()

describe('kce:resize', () => {
  it('posts the height for the width (stage 3/4 of it, plus the summary), follows a new width, and does not answer its own resize', async () => {
    const hostUrl = `${inject('baseUrl')}resize-host.html`
    // The few lines a host needs (README, "A self-sizing iframe").
    const body = `<!doctype html><html><head><link rel="icon" href="data:," /></head><body style="margin:0">
      <iframe id="kce" src="embed.html?preset=flat-feet" title="Kinetic Chain Explorer" style="width: 480px; height: 320px; border: 0"></iframe>
      <script>
        window.kceResizes = []
        const frame = document.getElementById('kce')
        window.addEventListener('message', (e) => {
          if (e.origin !== location.origin || e.data?.type !== 'kce:resize') return
          window.kceResizes.push(e.data.height)
          frame.style.height = e.data.height + 'px'
        })
      </script></body></html>`
    const { page, problems } = await openPage(browser(), hostUrl, {
      beforeGoto: (p) => p.route('**/resize-host.html', (r) => r.fulfill({ contentType: 'text/html', body })),
    })
    const resizes = () => page.evaluate(() => (window as unknown as { kceResizes: number[] }).kceResizes)
    const briefHeight = () =>
      page.evaluate(() => {
        const el = document.querySelector('iframe')!.contentDocument!.querySelector('kinetic-chain-explorer')!
        return (el.shadowRoot!.querySelector('.brief') as HTMLElement).offsetHeight
      })
    await page.waitForFunction(
      () =>
        (
          document.querySelector('iframe')?.contentDocument?.querySelector('kinetic-chain-explorer') as {
            ready?: boolean
          } | null
        )?.ready === true,
      null,
      { timeout: SIGNAL_TIMEOUT_MS },
    )
    await expect
      .poll(async () => (await resizes()).at(-1))
      .toBe(Math.round(480 * 0.75 + (await briefHeight())))
    const atNarrow = (await resizes()).length

    await page.evaluate(() => (document.querySelector('iframe')!.style.width = '800px'))
    await expect
      .poll(async () => (await resizes()).at(-1))
      .toBe(Math.round(800 * 0.75 + (await briefHeight())))
    // The host's own resizing of the frame (to the height asked for) asks for nothing new.
    const seen = (await resizes()).slice(atNarrow)
    expect(new Set(seen).size).toBe(seen.length)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
