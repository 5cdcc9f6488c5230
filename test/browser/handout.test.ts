// The take-home handout (issue 17) in Chromium's print media: one page on A4 and on US Letter, a picture of
// the view that is not blank, the clinic line as text, and a QR code that decodes (jsQR, in the page) to a link
// which reopens the same view in the same language. In Spanish and in English; opened from the app's button.
import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage } from './support/browser'
import { browserPerFile } from './support/app'
import { SIGNAL_TIMEOUT_MS } from './support/signals'

const JSQR = readFileSync(new URL('../../node_modules/jsqr/dist/jsQR.js', import.meta.url), 'utf8')

const browser = browserPerFile()
const base = () => inject('baseUrl')

const handoutReady = (page: Page) =>
  page.waitForSelector('[data-testid="handout"][data-ready]', { timeout: SIGNAL_TIMEOUT_MS })

/** How varied the picture is: distinct colours among its pixels (a blank or one-colour canvas has 1–2). */
const pictureColours = (page: Page) =>
  page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="handout-picture"]')!
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.naturalWidth
    c.height = img.naturalHeight
    const g = c.getContext('2d')!
    g.drawImage(img, 0, 0)
    const d = g.getImageData(0, 0, c.width, c.height).data
    const seen = new Set<number>()
    for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!)
    return { width: img.naturalWidth, colours: seen.size }
  })

/** The QR code's text, read back from its SVG by jsQR in the page. */
async function decodeQr(page: Page): Promise<string | null> {
  await page.addScriptTag({ content: JSQR })
  return page.evaluate(async () => {
    const svg = document
      .querySelector<SVGSVGElement>('[data-testid="handout-qr"]')!
      .cloneNode(true) as SVGSVGElement
    svg.setAttribute('width', '480')
    svg.setAttribute('height', '480')
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    const img = new Image()
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = 480
    c.height = 480
    const g = c.getContext('2d')!
    g.drawImage(img, 0, 0, 480, 480)
    const d = g.getImageData(0, 0, 480, 480)
    const jsQR = (
      window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
    ).jsQR
    return jsQR(d.data, 480, 480)?.data ?? null
  })
}

/** Pages of the printed handout on a paper size. */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = await page.pdf({ format, preferCSSPageSize: true })
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

describe('the handout', () => {
  it('in Spanish: one printed page, a picture, the clinic as text, a QR that reopens the same view', async () => {
    const share = new URL('index.html', base()).href
    const clinic = '<b>Clínica</b> del Sol · (213) 555-0100'
    const url = `${base()}handout.html?preset=right-overpronated&view=side&lang=es-MX&clinic=${encodeURIComponent(clinic)}&share=${encodeURIComponent(share)}`
    const { page, problems } = await openPage(browser(), url, { width: 1024, height: 768 })
    await handoutReady(page)
    await page.emulateMedia({ media: 'print' })
    expect(await page.getAttribute('html', 'lang')).toBe('es-MX')
    expect(await page.textContent('h1')).toBe('Cómo sus pies afectan la parte baja de la espalda')
    expect(await page.textContent('body')).toContain('Información, no un diagnóstico')
    // The clinic line is text: its markup shows as written, and no element is made of it.
    expect(await page.textContent('[data-testid="clinic"]')).toContain(clinic)
    expect(await page.locator('[data-testid="clinic"] b').count()).toBe(0)
    const picture = await pictureColours(page)
    expect(picture.width).toBeGreaterThan(100)
    expect(picture.colours).toBeGreaterThan(50)
    expect(await printedPages(page, 'A4')).toBe(1)
    expect(await printedPages(page, 'Letter')).toBe(1)
    const link = await decodeQr(page)
    expect(link).not.toBeNull()
    expect(link).toBe(await page.textContent('[data-testid="handout-link"]'))
    const q = new URL(link!)
    expect(`${q.origin}${q.pathname}`).toBe(share)
    expect(Object.fromEntries(q.searchParams)).toEqual({
      preset: 'right-overpronated',
      view: 'side',
      lang: 'es-MX',
    })
    expect(problems).toEqual([])

    // The code's link opens the explorer in the same state and language.
    await page.emulateMedia({ media: 'screen' })
    await page.goto(link!)
    await page.waitForSelector('#root[data-ready]', { timeout: SIGNAL_TIMEOUT_MS })
    expect(await page.getAttribute('html', 'lang')).toBe('es-MX')
    expect(await page.getAttribute('[data-preset="right-overpronated"]', 'aria-pressed')).toBe('true')
    expect(await page.getAttribute('[data-view="side"]', 'aria-pressed')).toBe('true')
    expect(await page.textContent('#kce-chain-h')).toBe('Cadena arriba')
    await page.context().close()
  })

  it('in English, from a link with numbers: the QR keeps every input', async () => {
    const url = `${base()}handout.html?left-arch-mm=28&left-eversion-deg=11&right-arch-mm=45&right-eversion-deg=4&activity=walking&lang=en`
    const { page, problems } = await openPage(browser(), url, { width: 800, height: 900 })
    await handoutReady(page)
    expect(await page.textContent('h1')).toBe('How your feet affect your lower back')
    expect((await pictureColours(page)).colours).toBeGreaterThan(50)
    const q = new URL((await decodeQr(page))!)
    expect(q.pathname.endsWith('/index.html')).toBe(true)
    expect(q.searchParams.get('left-arch-mm')).toBe('28')
    expect(q.searchParams.get('left-eversion-deg')).toBe('11')
    expect(q.searchParams.get('activity')).toBe('walking')
    expect(q.searchParams.get('lang')).toBe('en')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('opens from the app’s button in the app’s language', async () => {
    const { page } = await openPage(browser(), `${base()}?lang=es&preset=high-heels`, {
      width: 1024,
      height: 768,
    })
    await page.waitForSelector('#root[data-ready]', { timeout: SIGNAL_TIMEOUT_MS })
    const [handout] = await Promise.all([
      page.context().waitForEvent('page', { timeout: SIGNAL_TIMEOUT_MS }),
      page.click('[data-testid="open-handout"]'),
    ])
    await handoutReady(handout!)
    const q = new URL(handout!.url()).searchParams
    expect(q.get('preset')).toBe('high-heels')
    expect(q.get('lang')).toBe('es')
    expect(await handout!.textContent('h1')).toBe('Cómo sus pies afectan la parte baja de la espalda')
    await page.context().close()
  })
})
