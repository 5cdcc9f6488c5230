// `npm run poster`: renders the built explorer in headless Chromium and writes the widget's poster
// (src/embed/poster.webp), the static picture a host page shows until the 3D loads. Re-run it when the
// model or the scene's look changes, and commit the picture.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { launchBrowser } from '../../test/browser/support/browser'
import { serveBuild } from '../../test/browser/support/build'

const OUT = fileURLToPath(new URL('../../src/embed/poster.webp', import.meta.url))
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
    sheet.replaceSync('.kce-views, .kce-legend, .kce-labels, .kce-badge { display: none !important; }')
    if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  })
  const png = await page.locator('kinetic-chain-explorer').screenshot()
  // Chromium encodes WebP; lossy at 0.8 keeps a 640×480 render in the tens of KB.
  const dataUrl = await page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    canvas.getContext('2d')?.drawImage(img, 0, 0)
    return canvas.toDataURL('image/webp', 0.8)
  }, png.toString('base64'))
  if (!dataUrl.startsWith('data:image/webp')) throw new Error('this Chromium cannot encode WebP')
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
  writeFileSync(OUT, bytes)
  console.log(`poster: ${OUT} (${WIDTH}×${HEIGHT}, ${(bytes.length / 1024).toFixed(1)} KB)`)
} finally {
  await browser.close()
  await served.close()
}
