// Footwear and foot strike as a clinician meets them (issue 9, "reachable and visible"): the High heels and
// Flat feet with orthotics presets draw a shoe's heel and an orthotic insole on the real model, the chain
// panel tells them with their numbers, and the new inputs arrive through the URL like every other input.
// Readiness and "drawn" are the page's own signals (support/signals.ts), never a timer.
import { describe, expect, inject, it } from 'vitest'
import { appReady, probeObject, browserPerFile } from './support/app'
import { openPage } from './support/browser'
import { settled, SIGNAL_TIMEOUT_MS } from './support/signals'

const browser = browserPerFile()
const base = () => inject('baseUrl')

describe('footwear on the real model', () => {
  it('8 cm heels: a shoe under each raised heel, the chain panel names the heel and the back muscles’ work; barefoot draws none', async () => {
    const { page, problems } = await openPage(browser(), `${base()}?preset=high-heels`, {
      width: 1024,
      height: 768,
    })
    await appReady(page)
    for (const side of ['l', 'r']) {
      const shoe = (await probeObject(page, `shoe_${side}`))!
      expect(shoe.visible, `shoe_${side} visible`).toBe(true)
      // The heel seat stands at the heel's height (80 mm) above the floor, within the pad's rounding.
      expect(shoe.box.max[1]! * 1000, `shoe_${side} top (mm)`).toBeGreaterThan(70)
      expect(shoe.box.max[1]! * 1000, `shoe_${side} top (mm)`).toBeLessThan(90)
      expect(shoe.box.min[1]! * 1000, `shoe_${side} bottom (mm)`).toBeGreaterThanOrEqual(-0.5)
      expect((await probeObject(page, `orthotic_${side}`))!.visible).toBe(false)
    }
    const chain = (await page.getByTestId('chain-panel').textContent()) ?? ''
    expect(chain).toContain('80 mm heel')
    expect(chain).toMatch(/Back muscles on heels/)
    expect(chain).not.toContain('Each footstrike') // standing: no footstrike
    // Back to barefoot: the shoes go.
    await page.getByRole('button', { name: 'Neutral', exact: true }).click()
    await settled(page)
    expect((await probeObject(page, 'shoe_r'))!.visible).toBe(false)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('an orthotic and a forefoot strike from a shared link: the insole is drawn, the heel is held less everted, the impact peak is gone', async () => {
    const q =
      'left-arch-mm=30&left-eversion-deg=10&right-arch-mm=30&right-eversion-deg=10&right-post-deg=5&activity=running&foot-strike=forefoot'
    const { page, problems } = await openPage(browser(), `${base()}?${q}`, { width: 1024, height: 768 })
    await appReady(page)
    expect((await probeObject(page, 'orthotic_r'))!.visible).toBe(true)
    expect((await probeObject(page, 'orthotic_l'))!.visible).toBe(false)
    // While running the panel tells one moment of the cycle: the right orthotic works in the right foot's
    // stance, most at its mid-stance (15% of the cycle).
    await page.getByTestId('gait-scrub').fill('15')
    await expect
      .poll(() => page.getByTestId('chain-moment').textContent(), { timeout: SIGNAL_TIMEOUT_MS })
      .toMatch(/^At 15% of the cycle \(right foot on the ground\)/)
    const chain = (await page.getByTestId('chain-panel').textContent()) ?? ''
    expect(chain).toMatch(/orthotic with a 5° medial post holds the heel less everted by \d/)
    expect(chain).toContain('landing on the forefoot removes the impact peak')
    // The link is written back as it was read.
    await expect
      .poll(() => page.evaluate(() => location.search), { timeout: SIGNAL_TIMEOUT_MS })
      .toContain('right-post-deg=5')
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('foot-strike')).toBe(
      'forefoot',
    )
    expect(problems).toEqual([])
    await page.context().close()
  })
})
