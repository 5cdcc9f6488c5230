// End-to-end figures and invariants of the chain. Seeded property tests: a failure prints its seed.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { INPUT_LIMITS, NEUTRAL_FOOT, solveChain, type ChainInput, type ChainPose } from '../../src/kinematics'
import { WEDGED, input } from './helpers'

const SEED = 20261121
const RUNS = 400

const level = (pose: ChainPose, name: string) => {
  const found = pose.lumbar.find((l) => l.level === name)
  if (!found) throw new Error(name)
  return found
}
const totalExtension = (pose: ChainPose, side: 'left' | 'right') =>
  pose.lumbar.reduce((sum, l) => sum + l.extensionDeg[side], 0)

describe('neutral stance', () => {
  test('NEUTRAL_FOOT on both sides, standing: every angle, length and shortening is zero; stress keeps its 16% baseline', () => {
    const pose = solveChain(input())
    for (const side of [pose.left, pose.right]) {
      expect(side.calcanealEversionDeg).toBe(0)
      expect(side.tibialInternalRotationDeg).toBe(0)
      expect(side.femoralInternalRotationDeg).toBe(0)
      expect(side.iliumAnteriorRotationDeg).toBe(0)
      expect(side.functionalShorteningMm).toBe(0)
      expect(side.piriformisLengthChangeMm).toBe(0)
      expect(side.sciaticIrritation).toBeCloseTo(0.08, 10)
    }
    expect(pose.pelvis).toEqual({ anteriorTiltDeg: 0, obliquityDeg: 0, torsionDeg: 0 })
    expect(pose.lumbar.map((l) => l.level)).toEqual(['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'])
    for (const l of pose.lumbar) {
      expect(l.extensionDeg).toEqual({ left: 0, right: 0 })
      expect(l.stress.left).toBeCloseTo(0.16, 10)
      expect(l.stress.right).toBeCloseTo(0.16, 10)
    }
    expect(pose.load.peakBodyWeights).toBe(1)
    expect(pose.warnings).toEqual([])
  })
})

describe('Pinto et al. 2008 (10° wedges, standing; 4° of eversion assumed per wedge)', () => {
  test('bilateral wedges: anterior pelvic tilt +1.57° (± 0.02°), no lateral tilt or torsion', () => {
    const pose = solveChain(input(WEDGED, WEDGED))
    expect(pose.pelvis.anteriorTiltDeg).toBeCloseTo(1.57, 2)
    expect(pose.pelvis.obliquityDeg).toBeCloseTo(0, 10)
    expect(pose.pelvis.torsionDeg).toBeCloseTo(0, 10)
  })

  test('unilateral right wedge: anterior tilt +1.41° and lateral tilt 1.46° right side down (± 0.02°)', () => {
    const pose = solveChain(input({}, WEDGED))
    expect(pose.pelvis.anteriorTiltDeg).toBeCloseTo(1.41, 2)
    expect(pose.pelvis.obliquityDeg).toBeCloseTo(1.46, 2)
  })

  test('unilateral left wedge mirrors it: lateral tilt −1.46° (left side down)', () => {
    const pose = solveChain(input(WEDGED, {}))
    expect(pose.pelvis.anteriorTiltDeg).toBeCloseTo(1.41, 2)
    expect(pose.pelvis.obliquityDeg).toBeCloseTo(-1.46, 2)
  })

  test('unilateral right wedge: the right ilium tips further forward, and the right side of L5–S1 is held in more extension', () => {
    const pose = solveChain(input({}, WEDGED))
    expect(pose.pelvis.torsionDeg).toBeGreaterThan(0)
    expect(pose.right.iliumAnteriorRotationDeg).toBeGreaterThan(pose.left.iliumAnteriorRotationDeg)
    const l5 = level(pose, 'L5-S1')
    expect(l5.extensionDeg.right).toBeGreaterThan(l5.extensionDeg.left)
    expect(l5.stress.right).toBeGreaterThan(l5.stress.left)
    expect(pose.right.sciaticIrritation).toBeGreaterThan(pose.left.sciaticIrritation)
  })
})

describe('Levine & Whittle 1996 (lordosis follows pelvic tilt)', () => {
  test('anterior tilt: L1–S1 extension = 0.947 × tilt (± 0.001°), averaged over the two sides', () => {
    const pose = solveChain(input({ calcanealEversionDeg: 14 }, { calcanealEversionDeg: 14 }))
    const mean = (totalExtension(pose, 'left') + totalExtension(pose, 'right')) / 2
    expect(pose.pelvis.anteriorTiltDeg).toBeGreaterThan(3)
    expect(mean).toBeCloseTo((10.8 / 11.4) * pose.pelvis.anteriorTiltDeg, 3)
  })

  test('posterior tilt (supinated feet): L1–S1 extension = 1.034 × tilt (± 0.001°), i.e. lordosis flattens', () => {
    const pose = solveChain(input({ calcanealEversionDeg: -8 }, { calcanealEversionDeg: -8 }))
    const mean = (totalExtension(pose, 'left') + totalExtension(pose, 'right')) / 2
    expect(pose.pelvis.anteriorTiltDeg).toBeLessThan(-2)
    expect(mean).toBeCloseTo((9.0 / 8.7) * pose.pelvis.anteriorTiltDeg, 3)
  })
})

describe('per-level distribution (Sci Rep 2022; PMC6680033: L4–S1 carries about 70% of standing lordosis)', () => {
  test('L4–L5 and L5–S1 carry 67.9% of the extension (± 0.1%), rising level by level caudally', () => {
    const pose = solveChain(input({ calcanealEversionDeg: 12 }, { calcanealEversionDeg: 12 }))
    const total = totalExtension(pose, 'right')
    const ext = pose.lumbar.map((l) => l.extensionDeg.right)
    expect((ext[3]! + ext[4]!) / total).toBeCloseTo(0.679, 3)
    for (let i = 1; i < ext.length; i++) expect(ext[i]!).toBeGreaterThan(ext[i - 1]!)
  })
})

describe('load (Keller 1996; Cavanagh & Lafortune 1980; Gottschall & Kram 2005)', () => {
  test('peak vertical force: standing 1, walking 1.2, running 2.75, downhill running 2.75 × 1.54 = 4.235 body weights', () => {
    const peak = (a: ChainInput['activity']) => solveChain(input({}, {}, a)).load.peakBodyWeights
    expect(peak('standing')).toBe(1)
    expect(peak('walking')).toBe(1.2)
    expect(peak('running')).toBe(2.75)
    expect(peak('downhill-running')).toBeCloseTo(4.235, 10)
  })

  test('spine shock rises with activity and with both over- and under-pronation (U-shaped around neutral)', () => {
    const shock = (ev: number, a: ChainInput['activity'] = 'running') =>
      solveChain(input({ calcanealEversionDeg: ev }, { calcanealEversionDeg: ev }, a)).load.spineShockIndex
    expect(shock(4, 'standing')).toBeLessThan(shock(4, 'walking'))
    expect(shock(4, 'walking')).toBeLessThan(shock(4, 'running'))
    expect(shock(4, 'running')).toBeLessThan(shock(4, 'downhill-running'))
    expect(shock(12)).toBeGreaterThan(shock(4))
    expect(shock(-6)).toBeGreaterThan(shock(4))
    const highArch = solveChain(input({ navicularHeightMm: 65 }, { navicularHeightMm: 65 }, 'running'))
    expect(highArch.load.spineShockIndex).toBeGreaterThan(shock(4))
    expect(shock(20, 'downhill-running')).toBeCloseTo(1, 10)
  })

  test('facet stress scales with load: running at neutral = 0.16 × 2.75 = 0.44', () => {
    expect(level(solveChain(input({}, {}, 'running')), 'L4-L5').stress.left).toBeCloseTo(0.44, 10)
  })
})

describe('arch height', () => {
  test('a lower arch shortens the limb 0.506 mm per mm of navicular drop and lowers that side of the pelvis', () => {
    const pose = solveChain(input({}, { navicularHeightMm: 25 }))
    expect(pose.right.functionalShorteningMm).toBeCloseTo(20 * (34 / 67.2), 6)
    expect(pose.pelvis.obliquityDeg).toBeGreaterThan(0)
  })

  test('Nigg 1993: a higher arch passes more tibial rotation per degree of the same eversion', () => {
    const low = solveChain(input({}, { navicularHeightMm: 30, calcanealEversionDeg: 12 }))
    const high = solveChain(input({}, { navicularHeightMm: 60, calcanealEversionDeg: 12 }))
    expect(high.right.tibialInternalRotationDeg).toBeGreaterThan(low.right.tibialInternalRotationDeg)
  })
})

// ── Seeded randomized invariants ─────────────────────────────────────────────────────────────────────
const L = INPUT_LIMITS
const footArb = fc.record({
  navicularHeightMm: fc.double({ min: L.navicularHeightMm.min, max: L.navicularHeightMm.max, noNaN: true }),
  calcanealEversionDeg: fc.double({
    min: L.calcanealEversionDeg.min,
    max: L.calcanealEversionDeg.max,
    noNaN: true,
  }),
})
const activityArb = fc.constantFrom('standing', 'walking', 'running', 'downhill-running' as const)
const inputArb = fc.record({ left: footArb, right: footArb, activity: activityArb })

function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k))
  return []
}

describe(`invariants over random valid inputs (fast-check seed ${SEED}, ${RUNS} runs)`, () => {
  test('every output is finite; indices lie in 0..1; no warnings for in-range input', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const pose = solveChain(inp)
        for (const [path, n] of numbers(pose)) if (!Number.isFinite(n)) throw new Error(`${path} = ${n}`)
        for (const l of pose.lumbar)
          for (const s of [l.stress.left, l.stress.right]) expect(s >= 0 && s <= 1).toBe(true)
        for (const s of [
          pose.left.sciaticIrritation,
          pose.right.sciaticIrritation,
          pose.load.spineShockIndex,
        ])
          expect(s >= 0 && s <= 1).toBe(true)
        expect(pose.warnings).toEqual([])
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  test('left/right mirror symmetry: swapping the feet swaps the sides and negates obliquity and torsion', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const a = solveChain(inp)
        const b = solveChain({ left: inp.right, right: inp.left, activity: inp.activity })
        const close = (x: number, y: number) => expect(x).toBeCloseTo(y, 9)
        for (const k of Object.keys(a.left) as (keyof typeof a.left)[]) {
          close(a.left[k], b.right[k])
          close(a.right[k], b.left[k])
        }
        close(a.pelvis.anteriorTiltDeg, b.pelvis.anteriorTiltDeg)
        close(a.pelvis.obliquityDeg, -b.pelvis.obliquityDeg)
        close(a.pelvis.torsionDeg, -b.pelvis.torsionDeg)
        a.lumbar.forEach((l, i) => {
          const m = b.lumbar[i]!
          close(l.extensionDeg.left, m.extensionDeg.right)
          close(l.stress.right, m.stress.left)
        })
      }),
      { seed: SEED + 1, numRuns: RUNS },
    )
  })

  test('monotone in pronation: more right-heel eversion never lowers the right chain, the tilt or the obliquity', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0.01, max: 10, noNaN: true }), (inp, step) => {
        const ev = Math.min(L.calcanealEversionDeg.max - step, inp.right.calcanealEversionDeg)
        const a = solveChain({ ...inp, right: { ...inp.right, calcanealEversionDeg: ev } })
        const b = solveChain({ ...inp, right: { ...inp.right, calcanealEversionDeg: ev + step } })
        const ge = (x: number, y: number) => expect(x).toBeGreaterThanOrEqual(y - 1e-9)
        const gt = (x: number, y: number) => expect(x).toBeGreaterThan(y)
        gt(b.right.tibialInternalRotationDeg, a.right.tibialInternalRotationDeg)
        gt(b.right.femoralInternalRotationDeg, a.right.femoralInternalRotationDeg)
        gt(b.right.iliumAnteriorRotationDeg, a.right.iliumAnteriorRotationDeg)
        gt(b.pelvis.anteriorTiltDeg, a.pelvis.anteriorTiltDeg)
        gt(b.pelvis.obliquityDeg, a.pelvis.obliquityDeg)
        gt(b.right.piriformisLengthChangeMm, a.right.piriformisLengthChangeMm)
        b.lumbar.forEach((l, i) => {
          gt(l.extensionDeg.right, a.lumbar[i]!.extensionDeg.right)
          ge(l.stress.right, a.lumbar[i]!.stress.right)
        })
        ge(b.right.sciaticIrritation, a.right.sciaticIrritation)
      }),
      { seed: SEED + 2, numRuns: RUNS },
    )
  })

  test('the neutral foot is the only foot with zero rotation: any eversion away from neutral turns the tibia', () => {
    fc.assert(
      fc.property(footArb, (f) => {
        const pose = solveChain({ left: NEUTRAL_FOOT, right: f, activity: 'standing' })
        const dEv = f.calcanealEversionDeg - NEUTRAL_FOOT.calcanealEversionDeg
        expect(Math.sign(pose.right.tibialInternalRotationDeg)).toBe(Math.sign(dEv))
      }),
      { seed: SEED + 3, numRuns: RUNS },
    )
  })
})
