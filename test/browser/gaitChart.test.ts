// The cycle chart and the footstrike glow in the built app (issue 14): the chart's code is fetched only when
// the chart is first shown; its cursor follows the gait clock (seeks and playback) and dragging it moves the
// clock; the glow lights each foot once per cycle, read through the diagnostics probe.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { en } from '../../src/i18n/en'
import type { DiagnosableElement } from '../../src/app/mountExplorer'
import { seriousViolations } from './support/axe'
import { launchBrowser, openPage } from './support/browser'
import { settled, SIGNAL_TIMEOUT_MS } from './support/signals'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const CHART_CHUNK = /\/CycleChart-[\w-]+\.js$/

/** Moves the paused clock and waits for the frame that shows it. */
async function seekAndDraw(page: Page, cycle: number): Promise<void> {
  const before = await page.evaluate((c) => {
    const d = (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!
    const frames = d.probe.frames()
    d.handle.seek(c)
    return frames
  }, cycle)
  await page.waitForFunction(
    (f) => {
      const probe = (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.probe
      return probe.frames() > f && !probe.framePending()
    },
    before,
    { timeout: SIGNAL_TIMEOUT_MS },
  )
}

const ringVisible = (page: Page, name: string): Promise<boolean> =>
  page.evaluate(
    (n) =>
      (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.probe.object(n)?.visible ??
      false,
    name,
  )

describe('cycle chart', () => {
  it('is fetched only when first shown; its cursor follows seeks and playback; dragging it or its keys move the clock', async () => {
    const { page, problems, requests } = await openPage(browser, `${inject('baseUrl')}?activity=running`, {
      width: 1024,
      height: 768,
      reducedMotion: 'no-preference',
    })
    await page.waitForSelector('#root[data-ready="true"]', { timeout: SIGNAL_TIMEOUT_MS })
    await page.evaluate(() =>
      (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.handle.pause(),
    )
    await settled(page)
    expect(requests.filter((u) => CHART_CHUNK.test(new URL(u).pathname))).toEqual([])

    await page.getByRole('button', { name: en.shock.toggle }).click()
    const slider = page.getByRole('slider', { name: en.shock.cursor })
    await slider.waitFor({ timeout: SIGNAL_TIMEOUT_MS })
    expect(requests.filter((u) => CHART_CHUNK.test(new URL(u).pathname)).length).toBe(1)
    // The description names each side's L5–S1 peak and when.
    expect(await page.getByTestId('cycle-chart-description').textContent()).toMatch(
      /^L5–S1 facet stress peaks: right \d\.\d\d at \d+% of the cycle \(right foot in [a-z -]+\); left/,
    )

    // The chart as a screen reader meets it: no serious or critical axe violation with it open.
    expect(await seriousViolations(page)).toEqual([])

    // Seeks (the scrub bar, the element's `cycle`): the cursor follows.
    await seekAndDraw(page, 0.3)
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('30')

    // Dragging the cursor moves the clock (and pauses it).
    const drag = page.getByTestId('cycle-chart-drag')
    const box = (await drag.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 4 })
    await page.mouse.up()
    const playback = () =>
      page.evaluate(() =>
        (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.handle.playback(),
      )
    await expect.poll(async () => Math.round((await playback()).cycle * 100)).toBe(75)
    expect(await slider.getAttribute('aria-valuenow')).toBe('75')

    // The keyboard too.
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => Math.round((await playback()).cycle * 100)).toBe(76)

    // Playback: the cursor moves with the clock.
    await page.evaluate(() =>
      (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.handle.play(),
    )
    await expect.poll(() => slider.getAttribute('aria-valuenow')).not.toBe('76')
    await page.evaluate(() =>
      (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.handle.pause(),
    )
    const { cycle } = await playback()
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe(String(Math.round(cycle * 100)))
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('footstrike glow', () => {
  const LEVELS = ['foot', 'tibia', 'femur', 'pelvis', 'lumbar']
  const litRight = async (page: Page) => {
    const out: string[] = []
    for (const l of LEVELS) if (await ringVisible(page, `shock_${l}_r`)) out.push(l)
    return out
  }

  it('running: over one cycle seeked in 2% steps, each foot’s ring lights once (at its contact) and the glow climbs to L5–S1, never all levels at once; standing shows none', async () => {
    const { page, problems } = await openPage(browser, `${inject('baseUrl')}?activity=running`, {
      width: 800,
      height: 600,
      reducedMotion: 'no-preference',
    })
    await page.waitForSelector('#root[data-ready="true"]', { timeout: SIGNAL_TIMEOUT_MS })
    await page.evaluate(() =>
      (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.handle.pause(),
    )
    await settled(page)
    const rises = { r: 0, l: 0 }
    const was = { r: false, l: false }
    let lumbarLit = false
    let mostLitAtOnce = 0
    for (let i = 0; i < 50; i++) {
      await seekAndDraw(page, i / 50)
      for (const s of ['r', 'l'] as const) {
        const lit = await ringVisible(page, `shock_foot_${s}`)
        if (lit && !was[s]) rises[s]++
        was[s] = lit
      }
      const right = await litRight(page)
      lumbarLit ||= right.includes('lumbar')
      mostLitAtOnce = Math.max(mostLitAtOnce, right.length)
    }
    expect(rises).toEqual({ r: 1, l: 1 })
    expect(lumbarLit).toBe(true)
    expect(mostLitAtOnce).toBeLessThan(LEVELS.length)

    await page.evaluate(() =>
      (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.handle.setInputs({
        activity: 'standing',
      }),
    )
    await settled(page)
    expect(await ringVisible(page, 'shock_foot_r')).toBe(false)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('reduced motion: nothing plays; at a scrubbed moment just after the right heel strike every level of the right side shows at once, still; later, none', async () => {
    const { page, problems } = await openPage(browser, `${inject('baseUrl')}?activity=running`, {
      width: 800,
      height: 600,
      reducedMotion: 'reduce',
    })
    await page.waitForSelector('#root[data-ready="true"]', { timeout: SIGNAL_TIMEOUT_MS })
    await settled(page)
    expect(
      await page.evaluate(
        () =>
          (document.querySelector('#root') as DiagnosableElement).kceDiagnostics!.handle.playback().playing,
      ),
    ).toBe(false)
    await seekAndDraw(page, 0.04)
    expect(await litRight(page)).toEqual(LEVELS)
    await seekAndDraw(page, 0.3)
    expect(await litRight(page)).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })
})
