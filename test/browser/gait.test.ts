// Walking and running in the browser (issue 13), against a fresh build in SwiftShader Chromium: playing draws
// one frame per animation frame and pausing draws none; under reduced motion nothing plays by itself; over a
// walking cycle the stance foot does not slip on the belt and no foot bone goes below the floor (read
// through the diagnostics probe: the sole markers under each talus and the belt's group); with compare on, the
// ghost walks the same cycle on neutral feet (the same as the skeleton on neutral feet at that moment).
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { NEUTRAL_FOOT, stanceShare } from '../../src/kinematics'
import { openPage } from './support/browser'
import { appReady, browserPerFile } from './support/app'
import { animationFrames, framesDrawn, settled, SIGNAL_TIMEOUT_MS } from './support/signals'

const browser = browserPerFile()
const base = () => inject('baseUrl')
const SIZE = { width: 1024, height: 768 }
/** The app's first frame drawn (appReady) without waiting for it to settle: walking plays. */
const ready = (page: Page) => appReady(page, { settle: false })

type Playback = { playing: boolean; cycle: number }
const playback = (page: Page) =>
  page.evaluate(() => {
    const el = document.getElementById('root') as HTMLElement & {
      kceDiagnostics?: { handle: { playback(): Playback } }
    }
    return el.kceDiagnostics!.handle.playback()
  })
const handle = (page: Page, call: 'play' | 'pause') =>
  page.evaluate((c) => {
    const el = document.getElementById('root') as HTMLElement & {
      kceDiagnostics?: { handle: Record<string, () => void> }
    }
    el.kceDiagnostics!.handle[c]!()
  }, call)

/** Seeks the cycle and resolves once a frame showing it has been drawn and nothing more is asked for. */
async function seekDrawn(page: Page, cycle: number): Promise<void> {
  const before = await framesDrawn(page)
  await page.evaluate((c) => {
    const el = document.getElementById('root') as HTMLElement & {
      kceDiagnostics?: { handle: { seek(c: number): void } }
    }
    el.kceDiagnostics!.handle.seek(c)
  }, cycle)
  await page.waitForFunction(
    (n) => {
      const probe = (
        document.getElementById('root') as HTMLElement & {
          kceDiagnostics?: { probe: { frames(): number; framePending(): boolean } }
        }
      ).kceDiagnostics!.probe
      return probe.frames() > n && !probe.framePending()
    },
    before,
    { timeout: SIGNAL_TIMEOUT_MS },
  )
}

type Probed = {
  position: [number, number, number]
  quaternion: [number, number, number, number]
  visible: boolean
  box: { min: [number, number, number] }
}
const probeAll = (page: Page, names: string[]) =>
  page.evaluate((ns) => {
    const el = document.getElementById('root') as HTMLElement & {
      kceDiagnostics?: { probe: { object(n: string): unknown } }
    }
    return Object.fromEntries(ns.map((n) => [n, el.kceDiagnostics!.probe.object(n)]))
  }, names) as Promise<Record<string, Probed | null>>

describe('walking and running', () => {
  it('reduced motion: walking with autoplay does not play by itself, draws nothing while still; pressing play plays', async () => {
    const { page, problems } = await openPage(browser(), `${base()}?activity=walking&autoplay`, SIZE)
    await ready(page)
    await settled(page)
    expect(await playback(page)).toMatchObject({ playing: false })
    const before = await framesDrawn(page)
    await animationFrames(page, 10)
    expect(await framesDrawn(page)).toBe(before)
    expect(await page.getByTestId('gait-controls').count()).toBe(1)
    await page.getByTestId('gait-play').click()
    expect(await playback(page)).toMatchObject({ playing: true })
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('playing draws one frame per animation frame (not more); paused draws none', async () => {
    const { page, problems } = await openPage(browser(), `${base()}?activity=walking&autoplay`, {
      ...SIZE,
      reducedMotion: 'no-preference',
    })
    await ready(page)
    expect((await playback(page)).playing).toBe(true)
    const f0 = await framesDrawn(page)
    const c0 = (await playback(page)).cycle
    await animationFrames(page, 10)
    const drawn = (await framesDrawn(page)) - f0
    expect(drawn).toBeGreaterThanOrEqual(5)
    expect(drawn).toBeLessThanOrEqual(11)
    expect((await playback(page)).cycle).not.toBe(c0)
    await handle(page, 'pause')
    await settled(page)
    const f1 = await framesDrawn(page)
    await animationFrames(page, 10)
    expect(await framesDrawn(page)).toBe(f1)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('over a walking cycle the stance contact stays within 3 mm of its landing point on the belt and no foot bone goes below the floor', async () => {
    const { page, problems } = await openPage(
      browser(),
      `${base()}?preset=right-overpronated&activity=walking`,
      SIZE,
    )
    await ready(page)
    await settled(page)
    const BONES = ['calcaneus', 'talus', 'metatarsal_1', 'metatarsal_5', 'phalanx_distal_1']
    const names = [
      'belt',
      ...(['l', 'r'] as const).flatMap((s) => [
        `sole_heel_${s}`,
        `sole_forefoot_${s}`,
        ...BONES.map((b) => `${b}_${s}`),
      ]),
    ]
    const landed: Record<string, { point: string; z: number } | null> = { l: null, r: null }
    const STEPS = 50
    for (let i = 0; i < STEPS; i++) {
      const t = i / STEPS
      await seekDrawn(page, t)
      const o = await probeAll(page, names)
      const beltM = -o.belt!.position[2]
      for (const s of ['l', 'r'] as const) {
        for (const b of BONES)
          expect(o[`${b}_${s}`]!.box.min[1] * 1000, `${b}_${s} at ${t}`).toBeGreaterThan(-0.5)
        const u = s === 'r' ? t : t + 0.5
        if (stanceShare('walking', u) < 0) {
          landed[s] = null
          continue
        }
        const heel = o[`sole_heel_${s}`]!.position
        const fore = o[`sole_forefoot_${s}`]!.position
        // The heel carries the foot while it is on the floor; then the metatarsal head.
        const point = heel[1] < 0.001 ? 'heel' : 'forefoot'
        const z = (point === 'heel' ? heel[2] : fore[2]) + beltM
        if (landed[s]?.point !== point) landed[s] = { point, z }
        expect(Math.abs(z - landed[s]!.z) * 1000, `${s} ${point} slip at ${t}`).toBeLessThan(3)
      }
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('compare on: the ghost walks the cycle on neutral feet, as the skeleton does on neutral feet, apart from the over-pronated skeleton; a paused cycle draws nothing', async () => {
    const { page, problems } = await openPage(
      browser(),
      `${base()}?preset=right-overpronated&activity=walking&compare=neutral`,
      SIZE,
    )
    await ready(page)
    await settled(page)
    expect((await playback(page)).playing).toBe(false) // reduced motion: nothing plays by itself
    const BONES = ['tibia_r', 'talus_r', 'calcaneus_r', 'femur_r', 'tibia_l']
    const CYCLES = [0.1, 0.3, 0.6]
    const read = async (prefix: string) => {
      const out: Record<number, Record<string, Probed>> = {}
      for (const c of CYCLES) {
        await seekDrawn(page, c)
        const o = await probeAll(
          page,
          BONES.map((b) => prefix + b),
        )
        out[c] = Object.fromEntries(BONES.map((b) => [b, o[prefix + b]!]))
      }
      return out
    }
    const ghost = await read('ghost:')
    const flat = await read('')
    expect(ghost[0.1]!.tibia_r!.visible).toBe(true)
    // A still cycle with the ghost shown draws nothing more.
    const f0 = await framesDrawn(page)
    await animationFrames(page, 10)
    expect(await framesDrawn(page)).toBe(f0)
    // The skeleton on the ghost's reference (neutral feet, the same walk), at the same moments. Both build their
    // treadmills from the legs at the same fixed moment (walker.ts, TREADMILL_CYCLE), but the ghost walks on the
    // over-pronated skeleton's belt (0.8% slower than neutral legs' own): its pelvis surges up to ~5 mm from the
    // neutral walker's to keep its stance foot on that belt, and its legs reach by up to 0.3° differently
    // (test/scene/walker.test.ts checks the ghost's foot against the skeleton's belt to 3 mm).
    await seekDrawn(page, 0)
    await page.evaluate((foot) => {
      const el = document.getElementById('root') as HTMLElement & {
        kceDiagnostics?: { handle: { setInputs(p: unknown): void } }
      }
      el.kceDiagnostics!.handle.setInputs({ right: foot })
    }, NEUTRAL_FOOT)
    await settled(page)
    const neutral = await read('')
    const apart = (a: Probed, b: Probed) => ({
      mm: Math.hypot(...a.position.map((v, i) => (v - b.position[i]!) * 1000)),
      deg:
        2 *
        Math.acos(Math.min(1, Math.abs(a.quaternion.reduce((d, v, i) => d + v * b.quaternion[i]!, 0)))) *
        (180 / Math.PI),
    })
    for (const c of CYCLES)
      for (const b of BONES) {
        const d = apart(ghost[c]![b]!, neutral[c]![b]!)
        expect(d.mm, `ghost ${b} at ${c}: mm from the neutral walker`).toBeLessThan(8)
        expect(d.deg, `ghost ${b} at ${c}: degrees from the neutral walker`).toBeLessThan(0.5)
      }
    // It walks: the shank swings and the foot moves with the cycle.
    expect(apart(ghost[0.1]!.tibia_r!, ghost[0.6]!.tibia_r!).deg).toBeGreaterThan(10)
    expect(apart(ghost[0.1]!.talus_r!, ghost[0.6]!.talus_r!).mm).toBeGreaterThan(50)
    // And it is not the over-pronated skeleton: its right foot stands differently all through the cycle (the
    // arch), and in mid-stance (30%) the right heel everts and the shank turns in less.
    for (const c of CYCLES)
      expect(apart(ghost[c]!.talus_r!, flat[c]!.talus_r!).deg, `talus_r at ${c}`).toBeGreaterThan(5)
    expect(apart(ghost[0.3]!.calcaneus_r!, flat[0.3]!.calcaneus_r!).deg).toBeGreaterThan(2)
    expect(apart(ghost[0.3]!.tibia_r!, flat[0.3]!.tibia_r!).deg).toBeGreaterThan(1)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
