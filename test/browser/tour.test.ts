// Play the chain and Compare (issue 11) in a real Chromium against the built explorer: the links arrive in
// order with their captions; during the tibia step only the tibia turns (the femur's and the pelvis's local
// rotations, read through the diagnostics probe, stay as they are); pause holds; reduced motion gives stills
// the person moves on from; the ghost appears in the reference posture and goes; the element's attribute,
// methods and event, and the iframe's messages, drive the tour. Waits are the page's own signals.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { Quaternion } from 'three'
import { matchesBaseline } from './support/baseline'
import { appReady, probeObject, browserPerFile } from './support/app'
import { openPage } from './support/browser'
import { animationFrames, framePending, framesDrawn, settled, SIGNAL_TIMEOUT_MS } from './support/signals'
import { en } from '../../src/i18n/en'

const TABLET = { width: 1024, height: 768 }
const LINKS = ['foot', 'tibia', 'femur', 'pelvis', 'lumbar', 'nerve', 'muscles']

const browser = browserPerFile()
const base = () => inject('baseUrl')

/** The explorer's handle on the main page (the same API the element wraps). */
const handle = (page: Page, js: string) =>
  page.evaluate(`(() => { const h = document.getElementById('root').kceDiagnostics.handle; return ${js} })()`)

/** A bone's rotation relative to its parent's, from the two world rotations the probe reads. */
async function localRotation(page: Page, bone: string, parent: string | null): Promise<Quaternion> {
  const q = new Quaternion().fromArray((await probeObject(page, bone))!.quaternion)
  if (!parent) return q
  const p = new Quaternion().fromArray((await probeObject(page, parent))!.quaternion)
  return p.invert().multiply(q)
}
const angleBetween = (a: Quaternion, b: Quaternion) => (a.angleTo(b) * 180) / Math.PI

const tourText = (page: Page) =>
  page.evaluate(() => ({
    link: document.querySelector('[data-testid="tour"]')?.getAttribute('data-link') ?? null,
    step: document.querySelector('[data-testid="tour-step"]')?.textContent ?? null,
    caption: document.querySelector('[data-testid="tour-caption"]')?.textContent ?? null,
  }))

describe('Play the chain', () => {
  it('plays the links in order with their captions; in the tibia step only the tibia turns; pause holds', async () => {
    const { page, problems } = await openPage(browser(), `${base()}?preset=right-overpronated&exaggerate=3`, {
      ...TABLET,
      reducedMotion: 'no-preference',
    })
    await appReady(page)
    // Every link the tour shows, with its caption, in the order they come.
    await page.evaluate(() => {
      const w = window as unknown as { seen: Array<{ link: string; caption: string }>; done?: unknown }
      w.seen = []
      const note = () => {
        const bar = document.querySelector('[data-testid="tour"]')
        const link = bar?.getAttribute('data-link')
        const caption = bar?.querySelector('[data-testid="tour-caption"]')?.textContent ?? ''
        const last = w.seen[w.seen.length - 1]
        if (link && (!last || last.link !== link)) w.seen.push({ link, caption })
      }
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true })
    })
    await handle(page, `(h.playChain().then((r) => { window.done = r }), true)`)
    await page.waitForSelector('[data-testid="tour"][data-link="foot"]', { timeout: SIGNAL_TIMEOUT_MS })
    await handle(page, `(h.pauseChain(), h.stepChain(1), true)`)
    // Paused at the start of the tibia step: the foot has moved, the tibia not yet.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="tour"]')?.getAttribute('data-link') === 'tibia',
      undefined,
      { timeout: SIGNAL_TIMEOUT_MS },
    )
    await settled(page)
    const before = {
      tibia: await localRotation(page, 'tibia_r', 'femur_r'),
      femur: await localRotation(page, 'femur_r', 'pelvis'),
      pelvis: await localRotation(page, 'pelvis', null),
    }
    expect((await probeObject(page, 'tibia_r'))!.colour, 'the moving link is lit').toBe('#f59e0b')
    expect((await probeObject(page, 'femur_r'))!.colour, 'the links above are not').not.toBe('#f59e0b')
    expect(
      (await probeObject(page, 'tibia_l'))!.colour,
      'nor the neutral left tibia, which does not turn',
    ).not.toBe('#f59e0b')
    // Play the tibia's motion to its end, sampling as it moves.
    await page.click('[data-testid="tour-play"]')
    const samples: Array<{ tibia: number; femur: number; pelvis: number }> = []
    while (samples.length < 40) {
      const now = {
        tibia: angleBetween(before.tibia, await localRotation(page, 'tibia_r', 'femur_r')),
        femur: angleBetween(before.femur, await localRotation(page, 'femur_r', 'pelvis')),
        pelvis: angleBetween(before.pelvis, await localRotation(page, 'pelvis', null)),
      }
      samples.push(now)
      if (!(await framePending(page)) && now.tibia > 0) break
      await animationFrames(page, 2)
    }
    const moved = samples[samples.length - 1]!
    // Right over-pronated at 3×: the right tibia turns in about 3 × 2.9° relative to the femur.
    expect(moved.tibia, 'the tibia turned').toBeGreaterThan(5)
    for (const s of samples) {
      expect(s.femur, 'the femur’s local rotation held').toBeLessThan(1e-3)
      expect(s.pelvis, 'the pelvis’s local rotation held').toBeLessThan(1e-3)
    }
    // Pause during the pelvis step: nothing moves on, nothing is drawn, for longer than a step lasts (7 s at
    // 60 Hz against 6.1 s of motion and hold).
    await page.waitForFunction(
      () => document.querySelector('[data-testid="tour"]')?.getAttribute('data-link') === 'pelvis',
      undefined,
      { timeout: SIGNAL_TIMEOUT_MS },
    )
    await handle(page, 'h.pauseChain()')
    await settled(page)
    // A layout change that lands with the pause (the tour bar's caption for this link) resizes the canvas a
    // few animation frames later, and a resize is drawn once: let the page lay out, then hold.
    await animationFrames(page, 30)
    await settled(page)
    const held = {
      text: await tourText(page),
      frames: await framesDrawn(page),
      ilium: await probeObject(page, 'ilium_r'),
    }
    await animationFrames(page, 420)
    expect(await tourText(page)).toEqual(held.text)
    expect(await framesDrawn(page), 'frames drawn while paused').toBe(held.frames)
    expect((await probeObject(page, 'ilium_r'))!.quaternion).toEqual(held.ilium!.quaternion)
    // Play on to the end: the promise of the first playChain() resolves, completed.
    await page.click('[data-testid="tour-play"]')
    await page.waitForFunction(
      () => (window as unknown as { done?: unknown }).done !== undefined,
      undefined,
      {
        timeout: 120_000,
      },
    )
    expect(await page.evaluate(() => (window as unknown as { done: unknown }).done)).toEqual({
      completed: true,
    })
    const seen = await page.evaluate(
      () => (window as unknown as { seen: Array<{ link: string; caption: string }> }).seen,
    )
    expect(seen.map((s) => s.link)).toEqual(LINKS)
    for (const s of seen) expect(s.caption.length, `${s.link} has a caption`).toBeGreaterThan(20)
    // Fischer 2018 (gain 0.6, medium): the caption says the live numbers, not the drawn 3×.
    expect(seen[1]!.caption).toMatch(
      /^Right heel everts 6\.0° → right shin bone turns in \d\.\d° \(Fischer 2018, moderate confidence\)\.$/,
    )
    // Done: idle again.
    await settled(page)
    const idle = await framesDrawn(page)
    await animationFrames(page, 120)
    expect(await framesDrawn(page), 'frames drawn idle after the tour').toBe(idle)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('under reduced motion each link is a still the person moves on from (baseline: mid-tour, tablet)', async () => {
    const { page, problems } = await openPage(
      browser(),
      `${base()}?preset=right-overpronated&exaggerate=3`,
      TABLET,
    )
    await appReady(page)
    const full = await probeObject(page, 'tibia_r')
    await page.click('[data-testid="tour-card"] button')
    await page.waitForSelector('[data-testid="tour"][data-link="foot"]', { timeout: SIGNAL_TIMEOUT_MS })
    expect(await page.locator('[data-testid="tour-play"]').count(), 'no play button for stills').toBe(0)
    // The tour's bar takes its row above the stage: the canvas is resized (debounced) and drawn again.
    await animationFrames(page, 30)
    await settled(page)
    const frames = await framesDrawn(page)
    await animationFrames(page, 120)
    expect((await tourText(page)).link, 'a still does not move on by itself').toBe('foot')
    expect(await framesDrawn(page)).toBe(frames)
    await page.click('[data-testid="tour-next"]')
    await page.waitForSelector('[data-testid="tour"][data-link="tibia"]', { timeout: SIGNAL_TIMEOUT_MS })
    await settled(page)
    // The still shows the step done: the tibia as turned as in the full pose, at once.
    const still = (await probeObject(page, 'tibia_r'))!.quaternion
    still.forEach((x, k) => expect(x).toBeCloseTo(full!.quaternion[k]!, 5))
    await page.click('[data-testid="tour-next"]')
    await page.waitForSelector('[data-testid="tour"][data-link="femur"]', { timeout: SIGNAL_TIMEOUT_MS })
    await settled(page)
    expect((await tourText(page)).step).toBe(en.tour.stepOf('3', '7', en.tour.linkName.femur))
    await matchesBaseline(page, 'tour-femur-tablet', await page.locator('.kce-main').screenshot())
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('Compare', () => {
  it('the ghost appears in the reference posture, the panel shows both numbers, and it goes (baseline)', async () => {
    const { page, problems } = await openPage(
      browser(),
      `${base()}?preset=right-overpronated&compare=neutral`,
      TABLET,
    )
    await appReady(page)
    const ghost = await probeObject(page, 'ghost:tibia_r')
    expect(ghost?.visible).toBe(true)
    expect(await page.locator('[data-testid="compare-table"] tr[data-row="right-tibia"]').count()).toBe(1)
    await matchesBaseline(page, 'compare-neutral-tablet', await page.locator('.kce-stage').screenshot())
    const ghostBones = await Promise.all(
      ['tibia_r', 'femur_r', 'calcaneus_r', 'L5'].map((b) => probeObject(page, `ghost:${b}`)),
    )
    // The reference is neutral feet: posed as the skeleton itself is at the neutral preset.
    await handle(page, `h.setInputs({ preset: 'neutral' })`)
    await settled(page)
    const bones = await Promise.all(
      ['tibia_r', 'femur_r', 'calcaneus_r', 'L5'].map((b) => probeObject(page, b)),
    )
    bones.forEach((b, i) => {
      const g = ghostBones[i]!
      g.quaternion.forEach((x, k) => expect(x).toBeCloseTo(b!.quaternion[k]!, 5))
      g.position.forEach((x, k) => expect(x).toBeCloseTo(b!.position[k]!, 5))
    })
    expect(
      await page.locator('[data-testid="compare-none"]').count(),
      'neutral against neutral: no row',
    ).toBe(1)
    await page.click('[data-compare="off"]')
    await settled(page)
    expect((await probeObject(page, 'ghost:tibia_r'))?.visible).toBe(false)
    expect(await page.locator('[data-testid="compare-table"]').count()).toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the element and the iframe drive the tour', () => {
  it('tour="chain", playChain / stepChain / pauseChain, chainstep; kce:step-chain / kce:play-chain → kce:chainstep', async () => {
    const distDir = inject('distDir')
    writeFileSync(
      join(distDir, 'tour-host.html'),
      `<!doctype html><title>Tour host</title><link rel="icon" href="data:,">
<script type="module" src="./kinetic-chain-explorer.js"></script>
<script>
  window.steps = []
  window.frameSteps = []
  addEventListener('message', (e) => { if (e.data && e.data.type === 'kce:chainstep') frameSteps.push(e.data.step) })
</script>
<kinetic-chain-explorer id="w" tour="chain" preset="right-overpronated" loading="eager" controls="none"
  style="display:block;width:480px;height:360px"></kinetic-chain-explorer>
<script>document.getElementById('w').addEventListener('chainstep', (e) => steps.push(e.detail))</script>
<iframe id="f" style="width:480px;height:360px;border:0" src="./embed.html?loading=eager&controls=none&preset=left-overpronated"></iframe>`,
    )
    const { page, problems } = await openPage(browser(), `${base()}tour-host.html`, {
      width: 1000,
      height: 800,
    })
    type Step = { index: number; link: string; total: number; caption: string }
    const steps = () => page.evaluate(() => (window as unknown as { steps: Step[] }).steps)
    // The attribute starts the tour once the widget is ready: the foot, as a still (reduced motion).
    await expect
      .poll(async () => (await steps())[0], { timeout: 90_000 })
      .toMatchObject({
        index: 0,
        link: 'foot',
        total: 7,
      })
    expect((await steps())[0]!.caption).toMatch(/^Right heel everts/)
    await page.evaluate(() => {
      const el = document.getElementById('w') as HTMLElement & {
        playChain(): Promise<unknown>
        stepChain(i: number): void
        pauseChain(): void
      }
      ;(window as unknown as { result: Promise<unknown> }).result = el.playChain()
      el.stepChain(1)
      el.pauseChain()
    })
    await expect.poll(async () => (await steps()).map((s) => s.link)).toEqual(['foot', 'foot', 'tibia'])
    expect((await steps())[2]!.caption).toMatch(/Fischer 2018/)
    // As stills, playChain() resolves when the person (here, stepChain) reaches the last link.
    await page.evaluate(() =>
      (document.getElementById('w') as HTMLElement & { stepChain(i: number): void }).stepChain(6),
    )
    expect(await page.evaluate(() => (window as unknown as { result: Promise<unknown> }).result)).toEqual({
      completed: true,
    })
    // The iframe, from its parent (our own origin: allowed).
    const frameSteps = () => page.evaluate(() => (window as unknown as { frameSteps: Step[] }).frameSteps)
    const post = (msg: unknown) =>
      page.evaluate(
        (m) =>
          (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(m, location.origin),
        msg,
      )
    await page.waitForFunction(
      () => {
        const f = (document.getElementById('f') as HTMLIFrameElement).contentDocument
        return (
          (f?.querySelector('kinetic-chain-explorer') as (HTMLElement & { ready?: boolean }) | null)
            ?.ready === true
        )
      },
      undefined,
      { timeout: 90_000 },
    )
    await post({ type: 'kce:step-chain', index: 2 })
    await expect
      .poll(frameSteps, { timeout: SIGNAL_TIMEOUT_MS })
      .toEqual([expect.objectContaining({ index: 2, link: 'femur', total: 7 })])
    expect((await frameSteps())[0]!.caption).toMatch(/^Left shin turned in .* → left thigh bone turns in/)
    await post({ type: 'kce:play-chain' })
    await post({ type: 'kce:pause-chain' })
    await expect
      .poll(async () => (await frameSteps()).map((s) => s.link), { timeout: SIGNAL_TIMEOUT_MS })
      .toEqual(['femur', 'foot'])
    expect(problems).toEqual([])
    await page.context().close()
  })
})
