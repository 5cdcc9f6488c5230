// `npm run poster`: renders the built explorer in headless Chromium and writes the widget's poster
// (src/embed/poster.webp), the static picture a host page shows until the 3D loads, and the README's
// screenshot of the explorer on a landscape tablet (docs/screenshot.webp). Re-run it when the model or the
// scene's look changes, and commit the pictures.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { launchBrowser } from '../../test/browser/support/browser'
import { serveBuild } from '../../test/browser/support/build'

const OUT = fileURLToPath(new URL('../../src/embed/poster.webp', import.meta.url))
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.webp', import.meta.url))
/** The README's picture: the explorer as a clinician sees it on a landscape tablet, drawn 3× for teaching. */
const SCREENSHOT_SIZE = { width: 1024, height: 768 }
const SCREENSHOT_PARAMS = 'preset=right-overpronated&view=back&exaggerate=3'
/** The widget's typical size on a clinic page; object-fit: contain scales it to other sizes. */
const WIDTH = 640
const HEIGHT = 480
/** What the poster shows: the story's classic case, seen from behind, without on-screen controls. */
const PARAMS =
  'loading=eager&controls=none&preset=right-overpronated&view=back&layers=bones,stress,nerve,muscle'

const served = await serveBuild('kce-poster-')
const browser = await launchBrowser()
try {
  const baseUrl = served.url
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, reducedMotion: 'reduce' })
  await page.goto(`${baseUrl}embed.html?${PARAMS}`)
  await page.waitForFunction(() => document.querySelector('kinetic-chain-explorer')?.ready === true, null, {
    timeout: 120_000,
  })
  // The poster is a picture, not a UI: no buttons, legend or labels that would look clickable.
  await page.evaluate(() => {
    const root = document.querySelector('kinetic-chain-explorer')?.shadowRoot
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(
      '.kce-toolbar, .kce-legend, .kce-popover, .kce-labels, .brief { display: none !important; }',
    )
    if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  })
  // The widget's stage redraws once its toolbar and summary line are gone: wait for that frame.
  await page.waitForFunction(
    () => {
      const stage = document.querySelector('kinetic-chain-explorer')?.shadowRoot?.querySelector('.stage') as
        | (HTMLElement & {
            kceDiagnostics?: {
              probe: { drawnVersion(): number; inputVersion(): number; framePending(): boolean }
            }
          })
        | null
      const probe = stage?.kceDiagnostics?.probe
      const canvas = stage?.querySelector('canvas')
      return (
        !!probe &&
        !!canvas &&
        Math.abs(canvas.getBoundingClientRect().height - window.innerHeight) < 1 &&
        probe.drawnVersion() === probe.inputVersion() &&
        !probe.framePending()
      )
    },
    null,
    { timeout: 120_000 },
  )
  const webp = (png: Buffer) =>
    page.evaluate(async (b64) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      canvas.getContext('2d')?.drawImage(img, 0, 0)
      return canvas.toDataURL('image/webp', 0.8)
    }, png.toString('base64'))
  const write = (file: string, dataUrl: string, what: string) => {
    // Chromium encodes WebP; lossy at 0.8 keeps a 640×480 render in the tens of KB.
    if (!dataUrl.startsWith('data:image/webp')) throw new Error('this Chromium cannot encode WebP')
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
    writeFileSync(file, bytes)
    console.log(`${what}: ${file} (${(bytes.length / 1024).toFixed(1)} KB)`)
  }
  write(
    OUT,
    await webp(await page.locator('kinetic-chain-explorer').screenshot()),
    `poster ${WIDTH}×${HEIGHT}`,
  )

  const app = await browser.newPage({ viewport: SCREENSHOT_SIZE, reducedMotion: 'reduce' })
  await app.goto(`${baseUrl}?${SCREENSHOT_PARAMS}`)
  await app.waitForFunction(
    () => {
      const root = document.getElementById('root') as
        | (HTMLElement & {
            kceDiagnostics?: {
              probe: { drawnVersion(): number; inputVersion(): number; framePending(): boolean }
            }
          })
        | null
      const probe = root?.kceDiagnostics?.probe
      return (
        root?.dataset.ready === 'true' &&
        !!probe &&
        probe.drawnVersion() === probe.inputVersion() &&
        !probe.framePending()
      )
    },
    null,
    { timeout: 120_000 },
  )
  write(
    SCREENSHOT,
    await webp(await app.screenshot()),
    `README screenshot ${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height}`,
  )
} finally {
  await browser.close()
  await served.close()
}
