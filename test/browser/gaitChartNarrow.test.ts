// The cycle chart where the side panel (and the chart's card in it) is not shown: a narrow widget (issue 14,
// "readable at a phone's width"). The gait controls' chart button opens the chart as a sheet under them; while
// it is closed the 3D keeps its size (the button sits in the controls' row, no new row); a wide widget, whose
// side panel holds the card, has no such button.
import { describe, expect, inject, it } from 'vitest'
import { en } from '../../src/i18n/en'
import { openPage } from './support/browser'
import { browserPerFile } from './support/app'
import { SIGNAL_TIMEOUT_MS } from './support/signals'

const browser = browserPerFile()

describe('cycle chart in a narrow widget', () => {
  it('480×360: the gait controls open the chart under them; closed, the 3D keeps its size; 1024×768: no such button', async () => {
    const { page, problems } = await openPage(
      browser(),
      `${inject('baseUrl')}embed.html?preset=right-overpronated&activity=walking`,
      { width: 480, height: 360 },
    )
    const widget = page.locator('kinetic-chain-explorer')
    const toggle = widget.getByTestId('gait-chart-toggle')
    await toggle.waitFor({ timeout: SIGNAL_TIMEOUT_MS })
    // The summary line under the 3D comes with the explorer's first pose: the layout is final then.
    await widget.locator('.brief').waitFor({ timeout: SIGNAL_TIMEOUT_MS })
    await page.waitForFunction(
      () =>
        (document.querySelector('kinetic-chain-explorer') as (HTMLElement & { ready?: boolean }) | null)
          ?.ready === true,
      null,
      { timeout: SIGNAL_TIMEOUT_MS },
    )
    expect(await widget.locator('.kce-side').isVisible()).toBe(false)
    expect(await widget.getByTestId('cycle-chart-toggle').isVisible()).toBe(false)
    const controls = (await widget.getByTestId('gait-controls').boundingBox())!
    const button = (await toggle.boundingBox())!
    // In the controls' first row, a full tap target.
    expect(button.y).toBeLessThan(controls.y + 30)
    expect(Math.min(button.width, button.height)).toBeGreaterThanOrEqual(44)
    const stageClosed = (await widget.getByTestId('stage').boundingBox())!

    await toggle.click()
    await widget.getByRole('slider', { name: en.shock.cursor }).waitFor({ timeout: SIGNAL_TIMEOUT_MS })
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    const sheet = (await widget.getByTestId('gait-chart-sheet').boundingBox())!
    const controlsOpen = (await widget.getByTestId('gait-controls').boundingBox())!
    const box = (await widget.boundingBox())!
    expect(sheet.y).toBeGreaterThanOrEqual(controlsOpen.y + controlsOpen.height - 1)
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(box.y + box.height + 1)
    expect(sheet.height).toBeGreaterThanOrEqual(140)

    await widget.getByRole('button', { name: en.shock.chartClose }).click()
    await expect
      .poll(async () => (await widget.getByTestId('stage').boundingBox())!.height, {
        timeout: SIGNAL_TIMEOUT_MS,
      })
      .toBe(stageClosed.height)
    expect(await widget.getByTestId('gait-chart-sheet').count()).toBe(0)

    await page.setViewportSize({ width: 1024, height: 768 })
    await expect
      .poll(() => widget.locator('.kce-side').isVisible(), { timeout: SIGNAL_TIMEOUT_MS })
      .toBe(true)
    expect(await toggle.isVisible()).toBe(false)
    expect(await widget.getByTestId('cycle-chart-toggle').isVisible()).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
