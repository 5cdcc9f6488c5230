// npm run contact-sheet [out.png]: one image of the close-ups a clinician looks at (issue 16): pelvis, sacrum,
// lumbar spine from behind and the side, knee, ankle and foot from three sides, rendered from
// public/models/skeleton.glb by the developer preview (scripts/models/preview.ts?sheet) in headless Chromium
// (software WebGL; CHROMIUM_PATH, default /usr/bin/chromium). Default output: shots/contact-sheet.png.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { createServer } from 'vite'

const out = resolve(process.argv[2] ?? 'shots/contact-sheet.png')
mkdirSync(dirname(out), { recursive: true })
const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' })
await server.listen()
const address = server.httpServer?.address()
const port = typeof address === 'object' && address ? address.port : 5173
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 1500 } })
  await page.goto(`http://127.0.0.1:${port}/scripts/models/preview.html?sheet`)
  await page.waitForFunction('window.__ready === true', undefined, { timeout: 120_000 })
  await page.screenshot({ path: out })
  console.log(out)
} finally {
  await browser.close()
  await server.close()
}
