// The main page as a person sees it, in the system Chromium (SwiftShader WebGL) against a fresh build.
// Readiness is the page's own signal (data-ready after the first frame drawn with the model posed), never a
// timer; so is "drawn and idle" (support/signals.ts). Motion is frozen with prefers-reduced-motion (the
// default of openPage).
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seriousViolations } from './support/axe'
import { matchesBaseline as matches } from './support/baseline'
import { appReady, probeObject, browserPerFile } from './support/app'
import { openPage } from './support/browser'
import { animationFrames, framePending, framesDrawn, settled, SIGNAL_TIMEOUT_MS } from './support/signals'

const SMALL = { width: 800, height: 600 }

const browser = browserPerFile()
const base = () => inject('baseUrl')

/** The 3D stage against its committed baseline (support/baseline.ts: 1% of pixels, 24/255 per channel). */
const matchesBaseline = async (page: Page, name: string): Promise<void> =>
  matches(page, name, await page.locator('.kce-stage').screenshot())

// The model (public/models/skeleton.glb) is committed: a missing or broken model fails these tests.
describe('the explorer page (with the model)', () => {
  it('loads with no console error and no request outside its origin; labels are visible; idle draws nothing', async () => {
    const { page, problems } = await openPage(browser(), base(), { width: 1024, height: 768 })
    await appReady(page)
    const labels = await page.locator('.kce-label').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect()
        return {
          text: e.textContent,
          w: r.width,
          shown: getComputedStyle(e).visibility === 'visible',
          inView: r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
        }
      }),
    )
    // The bones, the nerve and the facets: all shown on a tablet. The muscles' labels come after them in
    // every view's priority and thin out first as the labels' share of the stage fills.
    const named = [
      'L4–L5',
      'L5–S1 right',
      'L5–S1 left',
      'Sciatic nerve',
      'Piriformis',
      'Tibia',
      'Femur',
      'Ilium',
      'Navicular',
    ]
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(named))
    expect(
      labels
        .filter((l) => named.includes(l.text ?? '') && !(l.w > 20 && l.inView && l.shown))
        .map((l) => l.text),
      'labels hidden or out of view',
    ).toEqual([])
    // No two labels overlap, in any of the five views (readable on a tablet: 15 px type, boxes apart).
    for (const view of ['back', 'lumbar', 'front', 'side', 'feet']) {
      await page.click(`[data-view="${view}"]`)
      await settled(page)
      const boxes = await page.locator('.kce-label').evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).visibility === 'visible')
          .map((e) => {
            const r = e.getBoundingClientRect()
            return {
              t: e.textContent,
              x: r.left,
              y: r.top,
              w: r.width,
              h: r.height,
              font: parseFloat(getComputedStyle(e).fontSize),
            }
          }),
      )
      expect(boxes.length, `${view}: labels shown`).toBeGreaterThan(0)
      for (const a of boxes) {
        expect(a.font).toBeGreaterThanOrEqual(14)
        for (const b of boxes)
          if (a !== b)
            expect(
              a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
              `${view}: ${a.t} overlaps ${b.t}`,
            ).toBe(false)
      }
    }
    // Idle: once the last change is drawn and no frame is asked for, 120 of the page's animation frames go
    // by (each one a chance to draw; about 2 s at 60 Hz) and the explorer draws in none of them.
    await settled(page)
    const before = await framesDrawn(page)
    await animationFrames(page, 120)
    expect(await framesDrawn(page), 'frames drawn while idle').toBe(before)
    expect(await framePending(page), 'a frame asked for while idle').toBe(false)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('dragging the right heel eversion slider turns the right tibia, recolours the right side of L5–S1 and updates the URL', async () => {
    // Right foot over-pronated: the feet differ, so each foot has its own sliders.
    const { page, problems } = await openPage(
      browser(),
      `${base()}?preset=right-overpronated&view=lumbar`,
      SMALL,
    )
    await appReady(page)
    const tibia0 = await probeObject(page, 'tibia_r')
    const disc0 = await probeObject(page, 'disc_L5_S1')
    const facet0 = await probeObject(page, 'facet_L5_S1_r_marker')
    // The leva row of the right foot's heel eversion: drag its slider from the middle to near its right end.
    const label = page.locator('.kce-controls').getByText('Heel eversion (°)', { exact: true }).last()
    const row = label.locator('xpath=ancestor::div[.//input][1]')
    // leva's row: [label] [slider: track, thumb] [number box]. Press on the thumb and drag it right.
    await row.scrollIntoViewIfNeeded()
    const track = (await row.locator('xpath=./div[2]/div[1]').boundingBox())!
    const thumb = (await row.locator('xpath=./div[2]/div[1]/div[2]').boundingBox())!
    const x0 = thumb.x + thumb.width / 2
    const y = thumb.y + thumb.height / 2
    const x1 = track.x + track.width * 0.95
    await page.mouse.move(x0, y)
    await page.mouse.down()
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(x0 + ((x1 - x0) * i) / 8, y)
      await animationFrames(page) // as a hand does: the page sees each step before the next
    }
    await page.mouse.up()
    await expect
      .poll(
        async () =>
          await page.evaluate(
            () =>
              (
                document.getElementById('root') as HTMLElement & {
                  kceDiagnostics?: {
                    handle: { getState(): { input: { right: { calcanealEversionDeg: number } } } }
                  }
                }
              ).kceDiagnostics!.handle.getState().input.right.calcanealEversionDeg,
          ),
        { timeout: SIGNAL_TIMEOUT_MS },
      )
      .toBeGreaterThan(12)
    await settled(page)
    const tibia1 = await probeObject(page, 'tibia_r')
    expect(tibia1!.quaternion.join()).not.toBe(tibia0!.quaternion.join())
    const disc1 = await probeObject(page, 'disc_L5_S1')
    expect(disc1!.colourRight).not.toBe(disc0!.colourRight)
    expect(disc1!.colourLeft).not.toBe(disc1!.colourRight)
    expect((await probeObject(page, 'facet_L5_S1_r_marker'))!.colour).not.toBe(facet0!.colour)
    expect(await page.getByTestId('foot-bands').textContent()).toMatch(/Right foot:.*highly pronated/)
    await expect
      .poll(() => page.evaluate(() => location.search), { timeout: SIGNAL_TIMEOUT_MS })
      .toContain('right-eversion-deg=')
    // And with the keyboard: the number box takes arrow keys.
    const box = row.locator('input').first()
    const before = await box.inputValue()
    await box.focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => box.inputValue(), { timeout: SIGNAL_TIMEOUT_MS }).not.toBe(before)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('each preset sets the inputs, marks itself, tells its story and poses the model', async () => {
    const { page, problems } = await openPage(browser(), base(), SMALL)
    await appReady(page)
    const seen = new Set<string>()
    for (const id of [
      'flat-feet',
      'high-arches',
      'right-overpronated',
      'left-overpronated',
      'downhill-running',
      'neutral',
    ]) {
      await page.click(`[data-preset="${id}"]`)
      await settled(page) // the probe reads the posed scene: the preset's pose must be drawn first
      expect(await page.getAttribute(`[data-preset="${id}"]`, 'aria-pressed')).toBe('true')
      await expect
        .poll(() => page.evaluate(() => location.search), { timeout: SIGNAL_TIMEOUT_MS })
        .toContain(`preset=${id}`)
      const state = await page.evaluate(
        () =>
          (
            document.getElementById('root') as HTMLElement & {
              kceDiagnostics?: {
                handle: {
                  getState(): {
                    pose: {
                      right: { tibialInternalRotationDeg: number }
                      left: { tibialInternalRotationDeg: number }
                    }
                  }
                }
              }
            }
          ).kceDiagnostics!.handle.getState().pose,
      )
      const tibiaR = (await probeObject(page, 'tibia_r'))!.quaternion.join()
      seen.add(tibiaR)
      if (id === 'right-overpronated')
        expect(state.right.tibialInternalRotationDeg).toBeGreaterThan(state.left.tibialInternalRotationDeg)
      if (id === 'left-overpronated')
        expect(state.left.tibialInternalRotationDeg).toBeGreaterThan(state.right.tibialInternalRotationDeg)
    }
    // Presets differ in the right leg's pose (some share it, e.g. neutral and downhill running).
    expect(seen.size).toBeGreaterThanOrEqual(4)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the URL round-trips: a shared link restores the inputs and view, and changes are written back', async () => {
    const q =
      'left-arch-mm=44&left-eversion-deg=3&right-arch-mm=29&right-eversion-deg=11&activity=walking&exaggerate=3&view=lumbar&layers=bones,stress,nerve'
    const { page, problems } = await openPage(browser(), `${base()}?${q}`, SMALL)
    await appReady(page)
    expect(await page.getByTestId('exaggeration-badge').textContent()).toContain('3×')
    // The controls show the link's numbers: the right foot's own sliders (the feet differ).
    const rightRow = (label: string) =>
      page
        .locator('.kce-controls')
        .getByText(label, { exact: true })
        .last()
        .locator('xpath=ancestor::div[.//input][1]')
        .locator('input')
        .first()
    expect(Number(await rightRow('Arch (mm)').inputValue())).toBe(29)
    expect(Number(await rightRow('Heel eversion (°)').inputValue())).toBe(11)
    expect(Number(await rightRow('Exaggerate ×').inputValue())).toBe(3)
    expect(await page.getAttribute('[data-view="lumbar"]', 'aria-pressed')).toBe('true')
    expect(await page.locator('.kce-label').count()).toBe(0)
    expect(new URLSearchParams(await page.evaluate(() => location.search)).toString()).toBe(
      new URLSearchParams(q).toString(),
    )
    await page.click('[data-view="feet"]')
    await expect
      .poll(() => page.evaluate(() => location.search), { timeout: SIGNAL_TIMEOUT_MS })
      .toContain('view=feet')
    await page.reload()
    await appReady(page)
    expect(await page.getAttribute('[data-view="feet"]', 'aria-pressed')).toBe('true')
    expect(await page.getByTestId('foot-bands').textContent()).toMatch(/Right foot: arch 29 mm, low arch/)
    // A bad value is ignored with a warning, never a crash.
    const warnings: string[] = []
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
    await page.goto(`${base()}?right-arch-mm=tall&view=top`)
    await appReady(page)
    await expect.poll(() => warnings.join('\n'), { timeout: SIGNAL_TIMEOUT_MS }).toContain('"tall"')
    await expect.poll(() => warnings.join('\n'), { timeout: SIGNAL_TIMEOUT_MS }).toContain('"top"')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('looks as the baselines do (neutral from behind; right foot over-pronated, 3×, lower back)', async () => {
    const { page, problems } = await openPage(browser(), `${base()}?preset=neutral`, {
      width: 900,
      height: 600,
    })
    await appReady(page)
    await matchesBaseline(page, 'neutral-back')
    await page.goto(
      `${base()}?preset=right-overpronated&exaggerate=3&view=lumbar&layers=bones,stress,nerve,muscle`,
    )
    await appReady(page)
    await matchesBaseline(page, 'right-overpronated-lumbar-3x')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('has no serious or critical accessibility violation (axe-core), on a tablet in portrait', async () => {
    const { page } = await openPage(browser(), `${base()}?preset=right-overpronated`, {
      width: 768,
      height: 1024,
      hasTouch: true,
    })
    await appReady(page)
    expect(await seriousViolations(page)).toEqual([])
    // Touch targets: every button on the page is at least 44 px in both directions, except the inline numbers.
    const small = await page
      .locator('.kce-button')
      .evaluateAll(
        (els) =>
          els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
      )
    expect(small).toBe(0)
    await page.context().close()
  })
})

describe('the explorer page (model unavailable)', () => {
  it('a model that fails to load shows a clear message; the chain panel still works', async () => {
    const context = await browser().newContext({ viewport: SMALL, reducedMotion: 'reduce' })
    context.setDefaultTimeout(SIGNAL_TIMEOUT_MS)
    context.setDefaultNavigationTimeout(SIGNAL_TIMEOUT_MS)
    const page = await context.newPage()
    await page.route('**/skeleton.glb', (r) => r.fulfill({ status: 404, body: 'missing' }))
    await page.goto(base())
    await page.waitForSelector('#root[data-ready="error"]', { timeout: SIGNAL_TIMEOUT_MS })
    expect(await page.getByTestId('scene-message').textContent()).toContain('could not be loaded')
    await page.click('[data-preset="right-overpronated"]')
    expect(await page.getByTestId('chain-panel').textContent()).toMatch(/Right heel everted 10/)
    await context.close()
  })
})
