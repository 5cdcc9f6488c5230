// The explorer in Spanish, as a Spanish-speaking patient sees it (issue 17): every word on the page and every
// name a screen reader reads is checked against the English dictionary (src/i18n/en.ts), so an English word
// left behind by a component, a label or a panel fails here; axe finds no serious problem in Spanish either.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { en } from '../../src/i18n/en'
import { es } from '../../src/i18n/es'
import { WIDGET_WORDS } from '../../src/i18n/widget'
import { hostPage } from '../../scripts/bench/embed'
import { COUPLERS } from '../../src/kinematics/couplers'
import { MUSCLE_INFO } from '../../src/anatomy/muscles'
import { plainWords } from '../../src/ui/sourceText'
import { seriousViolations } from './support/axe'
import { launchBrowser, openPage } from './support/browser'
import { settled, SIGNAL_TIMEOUT_MS } from './support/signals'

let browser: Browser
const base = () => inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

type Tree = { [k: string]: unknown }
const leaves = (o: Tree, at = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? leaves(v as Tree, `${at}${k}.`)
      : [[`${at}${k}`, v] as [string, unknown]],
  )
/** Stands for any argument: called, a number; read, a marker that splits the fixed words around it. */
const MARK = '\u0001'
const arg = Object.assign(() => MARK, { toString: () => MARK, toLowerCase: () => MARK })

/**
 * The English phrases that must not show in Spanish: every dictionary string that Spanish words differently,
 * and the fixed parts of every sentence (two words or more), with the widget's own words.
 */
function englishPhrases(): string[] {
  const spanish = new Map(leaves(es as unknown as Tree))
  const out = new Set<string>()
  const add = (text: string) => {
    for (const part of text.split(MARK)) {
      const p = part.replace(/^[\s,.;:()→·–-]+|[\s,.;:()→·–-]+$/g, '')
      // A fragment that cites (a year) is a citation: it stays as published in every language.
      if (/\b(19|20)\d\d\b/.test(p)) continue
      const words = p.split(/\s+/).filter((w) => /[a-z]{2,}/i.test(w))
      if (words.length >= 2 || (words.length === 1 && p.length >= 5)) out.add(p)
    }
  }
  for (const [key, v] of leaves(en as unknown as Tree)) {
    if (key === 'langName') continue // "English" on the switch, by design
    const theirs = spanish.get(key)
    const mine =
      typeof v === 'function' ? (v as (...a: unknown[]) => string)(...Array(v.length).fill(arg)) : String(v)
    const same =
      typeof theirs === 'function'
        ? (theirs as (...a: unknown[]) => string)(...Array(theirs.length).fill(arg)) === mine
        : theirs === mine
    if (!same) add(mine)
  }
  // The sources' summaries, as the chain panel shows them in English (the core's words in plain words).
  for (const c of COUPLERS)
    for (const text of [c.source, c.assumption, c.dissent, c.to]) if (text) out.add(plainWords(text))
  for (const m of Object.values(MUSCLE_INFO)) out.add(m.what)
  for (const [k, v] of Object.entries(WIDGET_WORDS.en))
    if (typeof v === 'string' && v !== (WIDGET_WORDS.es as Record<string, unknown>)[k]) add(v)
  return [...out]
}

/** Every word the page shows or names: visible text, the 3D description, and accessible names and titles. */
const pageWords = (page: Page): Promise<string> =>
  page.evaluate(() => {
    // Citations (authors, titles, journals) stay as published: the reference lists are left out.
    let body = document.body.innerText
    for (const refs of document.querySelectorAll<HTMLElement>('.kce-refs ul'))
      body = body.replace(refs.innerText, '')
    const parts: string[] = [document.title, body]
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of ['aria-label', 'title', 'alt', 'aria-valuetext', 'placeholder'])
          if (el.getAttribute(a)) parts.push(el.getAttribute(a)!)
        if (el.shadowRoot) {
          parts.push((el.shadowRoot as unknown as { textContent: string }).textContent ?? '')
          walk(el.shadowRoot)
        }
      }
    }
    walk(document)
    for (const el of document.querySelectorAll('.kce-sr-only')) parts.push(el.textContent ?? '')
    return parts.join('\n')
  })

/** English phrases found in the text, as whole words. */
function englishIn(text: string, phrases: readonly string[]): string[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return phrases.filter((p) => new RegExp(`(^|[^\\p{L}])${esc(p)}($|[^\\p{L}])`, 'u').test(text))
}

describe('the explorer in Spanish', () => {
  const phrases = englishPhrases()

  it('the English dictionary yields phrases to look for (the check can fail)', () => {
    expect(phrases.length).toBeGreaterThan(200)
    expect(englishIn('Right foot over-pronated', phrases)).toContain('Right foot over-pronated')
  })

  for (const preset of ['right-overpronated', 'downhill-running', 'high-heels'] as const)
    it(`?lang=es-MX&preset=${preset}: no English words left, numbers written 1.5, axe clean`, async () => {
      const { page, problems } = await openPage(browser, `${base()}?lang=es-MX&preset=${preset}`, {
        width: 1024,
        height: 768,
      })
      await page.waitForSelector('#root[data-ready]', { timeout: SIGNAL_TIMEOUT_MS })
      await settled(page)
      // The controls are a chunk of their own: wait for them, then for the 3D description to settle.
      await page.waitForSelector('[data-testid="controls"] input', {
        state: 'attached',
        timeout: SIGNAL_TIMEOUT_MS,
      })
      await expect.poll(() => page.textContent('[data-testid="scene-description"]')).toMatch(/^Esqueleto 3D/)
      expect(await page.getAttribute('html', 'lang')).toBe('es-MX')
      // Every number's sources open: their summaries, assumptions and notes are in Spanish too.
      await page.$$eval('.kce-number', (els) => els.forEach((e) => (e as HTMLElement).click()))
      await expect.poll(() => page.locator('.kce-source').count()).toBeGreaterThan(20)
      const text = await pageWords(page)
      expect(englishIn(text, phrases)).toEqual([])
      expect(text).toContain('Cadena arriba')
      expect(text).not.toMatch(/\d,\d°/) // es-MX writes 2.9°, not 2,9°
      expect(await seriousViolations(page)).toEqual([])
      expect(problems).toEqual([])
      await page.context().close()
    })

  it('the chain tour in Spanish, stepped link by link with the comparison open: no English words at any step', async () => {
    const { page, problems } = await openPage(
      browser,
      `${base()}?lang=es-MX&preset=right-overpronated&exaggerate=3&compare=neutral`,
      { width: 1024, height: 768 },
    )
    await page.waitForSelector('#root[data-ready]', { timeout: SIGNAL_TIMEOUT_MS })
    await settled(page)
    await page.click('[data-testid="tour-card"] button')
    const links = ['foot', 'tibia', 'femur', 'pelvis', 'lumbar', 'nerve', 'muscles']
    for (const [i, link] of links.entries()) {
      await page.waitForSelector(`[data-testid="tour"][data-link="${link}"]`, { timeout: SIGNAL_TIMEOUT_MS })
      const caption = (await page.textContent('[data-testid="tour-caption"]')) ?? ''
      expect(caption, link).toMatch(/confianza (alta|moderada|baja)\)\.$/)
      expect(englishIn(await pageWords(page), phrases), link).toEqual([])
      if (i < links.length - 1) await page.click('[data-testid="tour-next"]')
    }
    expect(await page.textContent('[data-testid="tour-step"]')).toBe(
      es.tour.stepOf('7', '7', es.tour.linkName.muscles),
    )
    expect(await page.locator('[data-testid="compare-table"] tbody tr').count()).toBeGreaterThan(3)
    expect(await seriousViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('walking with the cycle chart open and the exaggeration details shown: no English words left', async () => {
    const { page, problems } = await openPage(
      browser,
      `${base()}?lang=es-MX&preset=right-overpronated&activity=walking&exaggerate=3&compare=neutral`,
      { width: 1024, height: 768 },
    )
    await page.waitForSelector('#root[data-ready]', { timeout: SIGNAL_TIMEOUT_MS })
    await settled(page)
    await page.click('[data-testid="cycle-chart-toggle"]')
    await page.waitForSelector('[data-testid="cycle-chart"] [role="slider"]', { timeout: SIGNAL_TIMEOUT_MS })
    await page.click('[data-testid="exaggeration-badge"]')
    await page.waitForSelector('[data-testid="exaggeration-details"]', { timeout: SIGNAL_TIMEOUT_MS })
    await page.waitForSelector('[data-testid="gait-controls"]', { timeout: SIGNAL_TIMEOUT_MS })
    // The chart's SVG text (titles, sides, axis) is read as well as the page's.
    const chart = (await page.textContent('[data-testid="cycle-chart"]')) ?? ''
    expect(chart).toContain(es.shock.panels.force)
    expect(englishIn(`${await pageWords(page)}\n${chart}`, phrases)).toEqual([])
    expect(await page.textContent('[data-testid="cycle-chart-description"]')).toMatch(
      /^Carga facetaria L5–S1, picos: /,
    )
    expect(await seriousViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the switch turns the page to English and back; the link keeps the language', async () => {
    const { page, problems } = await openPage(browser, `${base()}?lang=es`, { width: 1024, height: 768 })
    await page.waitForSelector('#root[data-ready]', { timeout: SIGNAL_TIMEOUT_MS })
    await page.click('[data-testid="language-switch"] [data-lang="en"]')
    await expect.poll(() => page.textContent('#kce-chain-h')).toBe('Up the chain')
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en')
    await page.click('[data-testid="language-switch"] [data-lang="es"]')
    await expect.poll(() => page.textContent('#kce-chain-h')).toBe('Cadena arriba')
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('es')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the widget with lang="es" shows its poster in Spanish before its 3D loads', async () => {
    const url = new URL('spanish-host.html', base()).href
    const { page, problems } = await openPage(browser, url, {
      width: 800,
      height: 600,
      beforeGoto: (p) =>
        p.route(url, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: hostPage(
              '<div style="height:3000px">Texto de la clínica</div><kinetic-chain-explorer lang="es"></kinetic-chain-explorer>',
            ),
          }),
        ),
    })
    await page.waitForFunction(() => customElements.get('kinetic-chain-explorer'), null, {
      timeout: SIGNAL_TIMEOUT_MS,
    })
    const cta = () =>
      page.evaluate(
        () =>
          document.querySelector('kinetic-chain-explorer')!.shadowRoot!.querySelector('.cta')!.textContent,
      )
    expect(await cta()).toBe('Ver en 3D')
    expect(englishIn(await pageWords(page), phrases)).toEqual([])
    await page.evaluate(() => document.querySelector('kinetic-chain-explorer')!.setAttribute('lang', 'en'))
    expect(await cta()).toBe('View in 3D')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
