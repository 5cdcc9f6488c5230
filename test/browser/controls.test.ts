// The control panel as a keyboard and a screen reader meet it (issue 12, access): each foot number is a spin
// button named with its foot, its range and its value in words; the folder headers are buttons a keyboard
// opens and closes.
import { describe, expect, inject, it } from 'vitest'
import { openPage } from './support/browser'
import { appReady, browserPerFile } from './support/app'

const browser = browserPerFile()

describe('the control panel, by keyboard and screen reader', () => {
  it('names each foot number with its foot, says its range and value, and opens folders from the keyboard', async () => {
    const { page, problems } = await openPage(browser(), `${inject('baseUrl')}?preset=right-overpronated`, {
      width: 1280,
      height: 900,
    })
    await appReady(page)
    const arch = page.getByRole('spinbutton', { name: 'Right foot: Arch (mm)' })
    await expect.poll(() => arch.getAttribute('aria-valuenow')).toBe('30')
    expect(await arch.getAttribute('aria-valuetext')).toBe('30 mm, low arch')
    expect([await arch.getAttribute('aria-valuemin'), await arch.getAttribute('aria-valuemax')]).toEqual([
      '15',
      '75',
    ])
    expect(await page.getByRole('spinbutton', { name: 'Left foot: Heel eversion (°)' }).count()).toBe(1)
    // A preset changes the value read out.
    await page.getByRole('button', { name: 'Flat feet', exact: true }).click()
    await expect
      .poll(() =>
        page.getByRole('spinbutton', { name: 'Both feet: Arch (mm)' }).getAttribute('aria-valuetext'),
      )
      .toBe('30 mm, low arch')
    await page.getByRole('button', { name: 'Neutral', exact: true }).click()
    // The feet are linked for Neutral: the "Show" folder is the one to try.
    const show = page.getByRole('button', { name: 'Show', exact: true })
    expect(await show.getAttribute('aria-expanded')).toBe('true')
    await show.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => show.getAttribute('aria-expanded')).toBe('false')
    await page.keyboard.press(' ')
    await expect.poll(() => show.getAttribute('aria-expanded')).toBe('true')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
