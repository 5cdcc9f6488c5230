// The footstrike pulses (src/kinematics/shockPulse.ts) against solveGait's phases and forces and the studies
// they cite: Gottschall & Kram 2005 (downhill impact +54%), Lieberman 2010 (no forefoot transient),
// Sinclair 2017 (an orthosis leaves tibial shock unchanged), shockPassShare (assumed, low confidence).
import { describe, expect, test } from 'vitest'
import { NEUTRAL_FOOT, couplerById, solveGait, type Activity, type ChainInput } from '../../src/kinematics'
import {
  SHOCK_LEVELS,
  SHOCK_REFERENCE_BODY_WEIGHTS,
  levelShare,
  shockAt,
  shockPulses,
  shockSlot,
} from '../../src/kinematics/shockPulse'
import { input, shod } from './helpers'

const gaitOf = (activity: Activity, right = {}, left = {}): ChainInput => input(left, right, activity)
const running = (footStrike: 'rearfoot' | 'forefoot', activity: Activity = 'running'): ChainInput => ({
  ...gaitOf(activity),
  footStrike,
})
const strength = (inp: ChainInput): number => shockPulses(inp)[0]!.strengthBodyWeights

describe('one pulse per contact per side, from solveGait’s phases', () => {
  for (const inp of [gaitOf('walking'), gaitOf('running'), gaitOf('downhill-running'), running('forefoot')]) {
    test(`${inp.activity} ${inp.footStrike ?? 'rearfoot'}: the right foot strikes at 0 and the left at ½, each once; drawn at 1000 moments, each side's foot lights once`, () => {
      const pulses = shockPulses(inp)
      expect(pulses.map((p) => [p.side, p.contactCycle])).toEqual([
        ['right', 0],
        ['left', 0.5],
      ])
      // Each contact is a swing → stance change in solveGait.
      for (const p of pulses) {
        expect(solveGait(inp, p.contactCycle - 0.005).phase[p.side]).toBe('swing')
        expect(solveGait(inp, p.contactCycle).phase[p.side]).toBe('stance')
      }
      const out = new Float32Array(2 * SHOCK_LEVELS.length)
      for (const side of ['right', 'left'] as const) {
        let rises = 0
        let lit = shockAt(pulses, -0.001, out)[shockSlot(side, 0)]! > 0.001
        for (let i = 0; i < 1000; i++) {
          const now = shockAt(pulses, i / 1000, out)[shockSlot(side, 0)]! > 0.001
          if (now && !lit) rises++
          lit = now
        }
        expect(rises, side).toBe(1)
      }
    })
  }

  test('standing: no contact, no pulse; nothing lights at any moment', () => {
    expect(shockPulses(gaitOf('standing'))).toEqual([])
    const out = new Float32Array(2 * SHOCK_LEVELS.length)
    for (let i = 0; i < 50; i++) expect(Math.max(...shockAt([], i / 50, out))).toBe(0)
  })
})

describe('strength: the force at the impact moment', () => {
  test('running: forefoot < rearfoot < downhill; rearfoot equals the core’s impact peak (± 1e-9); downhill ÷ level = 1.54 (Gottschall & Kram 2005, ± 0.01)', () => {
    const fore = strength(running('forefoot'))
    const rear = strength(running('rearfoot'))
    const down = strength(running('rearfoot', 'downhill-running'))
    expect(fore).toBeGreaterThan(0)
    expect(fore).toBeLessThan(rear)
    expect(rear).toBeLessThan(down)
    expect(rear).toBeCloseTo(solveGait(gaitOf('running'), 0.3).load.impactBodyWeights, 9)
    expect(down / rear).toBeCloseTo(couplerById('downhillImpactFactor')!.gain, 2)
    expect(down).toBeCloseTo(SHOCK_REFERENCE_BODY_WEIGHTS, 9)
    // Lieberman 2010: a forefoot strike has no impact peak in the core.
    expect(shockPulses(running('forefoot'))[0]!.impactBodyWeights).toBe(0)
  })

  test('walking lands softer than running', () => {
    expect(strength(gaitOf('walking'))).toBeLessThan(strength(gaitOf('running')))
  })
})

describe('attenuation as it climbs (shockPassShare 0.6 per level, assumed)', () => {
  test('a neutral foot: each level gets 0.6 of the one below (± 1e-9); about four fifths of the tibia’s shock is gone at the lumbar spine', () => {
    const [p] = shockPulses(gaitOf('running'))
    for (let k = 1; k < SHOCK_LEVELS.length; k++)
      expect(p!.arrival[k]! / p!.arrival[k - 1]!).toBeCloseTo(0.6, 9)
    expect(1 - p!.arrival[4]! / p!.arrival[1]!).toBeCloseTo(1 - 0.6 ** 3, 9)
    expect(levelShare(0)).toBe(1)
  })

  test('a deviated foot passes more above the foot (× 1.5 at full deviation, shockPostureGain), the same at the foot', () => {
    const neutral = shockPulses(gaitOf('running'))
    const flat = shockPulses(
      gaitOf('running', { calcanealEversionDeg: NEUTRAL_FOOT.calcanealEversionDeg + 10 }),
    )
    const right = (ps: typeof neutral) => ps.find((p) => p.side === 'right')!
    const left = (ps: typeof neutral) => ps.find((p) => p.side === 'left')!
    expect(right(flat).arrival[0]).toBeCloseTo(right(neutral).arrival[0]!, 9)
    expect(right(flat).arrival[4]! / right(neutral).arrival[4]!).toBeCloseTo(1.5, 9)
    // The other (neutral) foot's pulse is its own.
    expect(left(flat).arrival).toEqual(left(neutral).arrival)
  })
})

describe('what the core does not distinguish gives the same pulse', () => {
  const arrivals = (inp: ChainInput) => shockPulses(inp).map((p) => p.arrival)
  test('an over-pronated heel 10° out and a supinated heel 10° out (the U-shape): the same pulse', () => {
    const over = gaitOf('running', { calcanealEversionDeg: NEUTRAL_FOOT.calcanealEversionDeg + 10 })
    const under = gaitOf('running', { calcanealEversionDeg: NEUTRAL_FOOT.calcanealEversionDeg - 10 })
    expect(arrivals(over)).toEqual(arrivals(under))
  })

  test('a 5° medial post (Sinclair 2017: tibial shock unchanged): the same pulse as barefoot', () => {
    const base = gaitOf('running', { calcanealEversionDeg: 10 })
    expect(arrivals(shod(base, { medialPostDeg: 5 }, { medialPostDeg: 5 }))).toEqual(arrivals(base))
  })

  test('left and right mirror: the same foot on the other side gives the other side the same pulse', () => {
    const pronatedRight = shockPulses(gaitOf('running', { calcanealEversionDeg: 12 }))
    const pronatedLeft = shockPulses(gaitOf('running', {}, { calcanealEversionDeg: 12 }))
    const of = (ps: typeof pronatedRight, side: string) => ps.find((p) => p.side === side)!.arrival
    for (let k = 0; k < SHOCK_LEVELS.length; k++) {
      expect(of(pronatedRight, 'right')[k]).toBeCloseTo(of(pronatedLeft, 'left')[k]!, 9)
      expect(of(pronatedRight, 'left')[k]).toBeCloseTo(of(pronatedLeft, 'right')[k]!, 9)
    }
  })
})

describe('shockAt', () => {
  test('the front climbs: the foot peaks before the tibia, the tibia before the lumbar spine; reduced motion (still) shows every level at once, unmoving, and nothing after the pulse', () => {
    const pulses = shockPulses(gaitOf('running'))
    const out = new Float32Array(2 * SHOCK_LEVELS.length)
    const peakAt = (k: number): number => {
      let best = 0
      let at = 0
      for (let i = 0; i < 400; i++) {
        const v = shockAt(pulses, i / 2000, out)[shockSlot('right', k)]!
        if (v > best) [best, at] = [v, i]
      }
      return at
    }
    expect(peakAt(0)).toBeLessThan(peakAt(1))
    expect(peakAt(1)).toBeLessThan(peakAt(4))
    const still = Array.from(shockAt(pulses, 0.05, out, true)).slice(0, SHOCK_LEVELS.length)
    expect(still).toEqual(pulses[0]!.arrival.map((a) => Math.fround(a)))
    expect(Math.max(...shockAt(pulses, 0.3, out, true))).toBe(0)
  })
})
