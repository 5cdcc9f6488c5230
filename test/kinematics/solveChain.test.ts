// End-to-end figures and invariants of the chain. Titles name the study each figure comes from and say when a
// figure was used to fit a gain (then the check is only a change detector). Seeded property tests: a failure
// prints its seed.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  FOOT_STRIKES,
  INPUT_LIMITS,
  NEUTRAL_FOOT,
  couplerById,
  solveChain,
  type ChainInput,
  type ChainPose,
} from '../../src/kinematics'
import { FLAT, HIGH, WEDGED, input, shod } from './helpers'

const SEED = 20261121
const RUNS = 400
const DEG = Math.PI / 180
const gain = (id: string): number => couplerById(id)!.gain

const level = (pose: ChainPose, name: string) => {
  const found = pose.lumbar.find((l) => l.level === name)
  if (!found) throw new Error(name)
  return found
}
const totalExtension = (pose: ChainPose, side: 'left' | 'right') =>
  pose.lumbar.reduce((sum, l) => sum + l.extensionDeg[side], 0)

/** The largest tilt change per degree of heel eversion the model allows (README: the tilt-slope bound). */
const TILT_SLOPE_MAX =
  gain('femoralRotationToPelvicDrive') *
  gain('tibialToFemoralRotation') *
  gain('eversionToTibialRotation') *
  (1 + gain('archHeightToTransfer') * (INPUT_LIMITS.navicularHeightMm.max - NEUTRAL_FOOT.navicularHeightMm))
/** Obliquity bounds (README: the obliquity bound): feet alone, and with the largest heel difference. */
const FEET_OBLIQUITY_MAX = Math.atan(gain('footLegLengthRange') / gain('hipCentreSpacing')) / DEG
const OBLIQUITY_MAX =
  Math.atan(
    (gain('footLegLengthRange') +
      gain('legLengthCompensation') * gain('heelLiftToLimbLength') * INPUT_LIMITS.heelHeightMm.max) /
      gain('hipCentreSpacing'),
  ) / DEG

describe('neutral stance', () => {
  test('NEUTRAL_FOOT on both sides, standing, barefoot: every angle, length and shortening is zero; stress keeps its 16% baseline', () => {
    for (const pose of [
      solveChain(input()),
      solveChain(shod(input(), { heelHeightMm: 0, medialPostDeg: 0 }, {})),
    ]) {
      for (const side of [pose.left, pose.right]) {
        expect(side.calcanealEversionDeg).toBe(0)
        expect(side.tibialInternalRotationDeg).toBe(0)
        expect(side.femoralInternalRotationDeg).toBe(0)
        expect(side.iliumAnteriorRotationDeg).toBe(0)
        expect(side.functionalShorteningMm).toBe(0)
        expect(side.piriformisLengthChangeMm).toBe(0)
        expect(side.orthoticEversionReductionDeg).toBe(0)
        expect(side.heelHeightMm).toBe(0)
        expect(side.sciaticIrritation).toBeCloseTo(0.08, 10)
      }
      expect(pose.pelvis).toEqual({ anteriorTiltDeg: 0, obliquityDeg: 0, torsionDeg: 0 })
      expect(pose.lumbar.map((l) => l.level)).toEqual(['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'])
      for (const l of pose.lumbar) {
        expect(l.extensionDeg).toEqual({ left: 0, right: 0 })
        expect(l.stress.left).toBeCloseTo(0.16, 10)
        expect(l.stress.right).toBeCloseTo(0.16, 10)
      }
      expect(pose.load).toEqual({
        peakBodyWeights: 1,
        activeBodyWeights: 1,
        impactBodyWeights: 0,
        spineShockIndex: 0,
        paraspinalEffortIndex: 0,
      })
      expect(pose.warnings).toEqual([])
    }
  })
})

describe('change detectors: Pinto et al. 2008 (10° wedges, standing; 4° of eversion assumed per wedge; the gains were fitted to these)', () => {
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

  test('unilateral right wedge: the right ilium tips further forward and the right side of L5–S1 is held in more extension, while the spine bends toward the high (left) side, loading the left facets: the two parts point to different sides and the stress is their sum', () => {
    const pose = solveChain(input({}, WEDGED))
    expect(pose.pelvis.torsionDeg).toBeGreaterThan(0)
    expect(pose.right.iliumAnteriorRotationDeg).toBeGreaterThan(pose.left.iliumAnteriorRotationDeg)
    const l5 = level(pose, 'L5-S1')
    expect(l5.extensionDeg.right).toBeGreaterThan(l5.extensionDeg.left)
    expect(l5.stressParts.extension.right).toBeGreaterThan(l5.stressParts.extension.left)
    expect(l5.lateralFlexionDeg).toBeLessThan(0)
    expect(l5.stressParts.sideBend.left).toBeGreaterThan(0)
    expect(l5.stressParts.sideBend.right).toBeCloseTo(-l5.stressParts.sideBend.left, 12)
    for (const s of ['left', 'right'] as const)
      expect(l5.stress[s]).toBeCloseTo(0.16 + l5.stressParts.extension[s] + l5.stressParts.sideBend[s], 12)
  })
})

describe('issue targets, end to end (the explorer’s presets)', () => {
  test('right foot over-pronated (30 mm, 10°; left neutral; standing): lateral tilt 0.5–2.5° (1.89°; was 4.8°), right side down', () => {
    const pose = solveChain(input({}, FLAT))
    expect(pose.pelvis.obliquityDeg).toBeGreaterThanOrEqual(0.5)
    expect(pose.pelvis.obliquityDeg).toBeLessThanOrEqual(2.5)
    expect(pose.pelvis.obliquityDeg).toBeCloseTo(1.89, 2)
  })

  test('right foot over-pronated: piriformis +0.5…+1.5 mm on the geometric path (its internal rotation lengthens it, the dropped side’s abducted hip shortens it back; the raised left hip is adducted, so the left piriformis is held longer); sciatic irritation differs by at most 0.02 between the sides', () => {
    const pose = solveChain(input({}, FLAT))
    expect(pose.right.piriformisLengthChangeMm).toBeGreaterThanOrEqual(0.5)
    expect(pose.right.piriformisLengthChangeMm).toBeLessThanOrEqual(1.5)
    expect(pose.right.piriformisLengthChangeMm).toBe(pose.muscles.right.piriformis.lengthChangeMm)
    expect(pose.left.piriformisLengthChangeMm).toBeGreaterThan(pose.right.piriformisLengthChangeMm)
    const diff = pose.right.sciaticIrritation - pose.left.sciaticIrritation
    expect(Math.abs(diff)).toBeLessThanOrEqual(0.02)
  })

  test('high arches (both 60 mm, −3°): tilt between −2° and 0° (−1.33°; was −3.3°) and smaller in size than flat feet (both 30 mm, 10°: +1.87°)', () => {
    const high = solveChain(input(HIGH, HIGH)).pelvis.anteriorTiltDeg
    const flat = solveChain(input(FLAT, FLAT)).pelvis.anteriorTiltDeg
    expect(high).toBeGreaterThanOrEqual(-2)
    expect(high).toBeLessThanOrEqual(0)
    expect(Math.abs(high)).toBeLessThanOrEqual(Math.abs(flat))
    expect(flat).toBeCloseTo(1.87, 2)
  })

  test('high arches lower L5–S1 facet stress by less than 10% (was 31%)', () => {
    const l5 = level(solveChain(input(HIGH, HIGH)), 'L5-S1')
    expect(l5.stress.left / 0.16 - 1).toBeGreaterThan(-0.1)
    expect(l5.stress.left).toBeLessThan(0.16)
  })

  test('Gottschall & Kram 2005: downhill raises the impact peak 54% and the shock index 1.3–1.6× running, not the active peak', () => {
    const run = solveChain(input({}, {}, 'running')).load
    const down = solveChain(input({}, {}, 'downhill-running')).load
    expect(down.impactBodyWeights / run.impactBodyWeights).toBeCloseTo(1.54, 10)
    expect(down.activeBodyWeights).toBe(run.activeBodyWeights)
    const ratio = down.spineShockIndex / run.spineShockIndex
    expect(ratio).toBeGreaterThanOrEqual(1.3)
    expect(ratio).toBeLessThanOrEqual(1.6)
    expect(down.peakBodyWeights).toBe(Math.max(down.impactBodyWeights, down.activeBodyWeights))
    expect(level(solveChain(input({}, {}, 'downhill-running')), 'L4-L5').stress.left).toBeCloseTo(0.44, 10)
  })

  test('Lieberman 2010: a forefoot strike removes the impact transient, not the active peak; standing and walking ignore the foot strike', () => {
    for (const activity of ['running', 'downhill-running'] as const) {
      const rear = solveChain({ ...input({}, {}, activity), footStrike: 'rearfoot' }).load
      const fore = solveChain({ ...input({}, {}, activity), footStrike: 'forefoot' }).load
      expect(fore.impactBodyWeights).toBe(0)
      expect(fore.activeBodyWeights).toBe(rear.activeBodyWeights)
      expect(fore.peakBodyWeights).toBe(rear.activeBodyWeights)
      expect(fore.spineShockIndex).toBeLessThan(rear.spineShockIndex)
    }
    for (const activity of ['standing', 'walking'] as const) {
      expect(solveChain({ ...input(FLAT, {}, activity), footStrike: 'forefoot' })).toEqual(
        solveChain(input(FLAT, {}, activity)),
      )
    }
  })

  test('the share of added extension at L4–S1 is at most 0.60 (0.31)', () => {
    const pose = solveChain(input(FLAT, FLAT))
    const ext = pose.lumbar.map((l) => l.extensionDeg.right)
    expect((ext[3]! + ext[4]!) / totalExtension(pose, 'right')).toBeLessThanOrEqual(0.6)
  })
})

describe('end-to-end checks against figures not used in any fit', () => {
  test('PMC6680033 (lying to standing, L4–S1 took 22% of the lordosis change by the group means) and Delisle 1997 (L5/S1 little affected): L4–S1 takes 20–40% of added extension, L5–S1 the least', () => {
    const pose = solveChain(input(FLAT, FLAT))
    const ext = pose.lumbar.map((l) => l.extensionDeg.right)
    const share = (ext[3]! + ext[4]!) / totalExtension(pose, 'right')
    expect(share).toBeGreaterThanOrEqual(0.2)
    expect(share).toBeLessThanOrEqual(0.4)
    expect(Math.min(...ext)).toBe(ext[4])
  })

  test('Khamis & Yizhar 2007 (10/15/20° wedges; 4/6/8° of eversion at the same assumed rate): shank IR, hip IR and anterior tilt rise at every step', () => {
    const poses = [4, 6, 8].map((d) => {
      const ev = { calcanealEversionDeg: NEUTRAL_FOOT.calcanealEversionDeg + d }
      return solveChain(input(ev, ev))
    })
    for (let i = 1; i < poses.length; i++) {
      expect(poses[i]!.right.tibialInternalRotationDeg).toBeGreaterThan(
        poses[i - 1]!.right.tibialInternalRotationDeg,
      )
      expect(poses[i]!.right.femoralInternalRotationDeg).toBeGreaterThan(
        poses[i - 1]!.right.femoralInternalRotationDeg,
      )
      expect(poses[i]!.pelvis.anteriorTiltDeg).toBeGreaterThan(poses[i - 1]!.pelvis.anteriorTiltDeg)
    }
  })

  test('Betsch 2011 (no spinal change for any foot position): bilateral 10° wedges change L1–S1 extension by under 2°', () => {
    const pose = solveChain(input(WEDGED, WEDGED))
    expect(Math.abs(totalExtension(pose, 'left'))).toBeLessThan(2)
  })

  test('Cummings 1993 (obliquity roughly linear in lifts of 6–22 mm): a heel lift of 6 vs 22 mm at the ankle gives obliquity in the ratio 22/6 (± 1%)', () => {
    const heelFor = (ankleMm: number) => ankleMm / gain('heelLiftToLimbLength')
    const obl = (ankleMm: number) =>
      solveChain(shod(input(), {}, { heelHeightMm: heelFor(ankleMm) })).pelvis.obliquityDeg
    expect(obl(22) / obl(6)).toBeCloseTo(22 / 6, 1)
    expect(Math.abs(obl(22) / obl(6) / (22 / 6) - 1)).toBeLessThan(0.01)
  })

  test('Young 2000 (change detector: the compensation was fitted to it): a lift that raises the right ankle 15 mm tilts the pelvis 1.2° toward the left (right side higher)', () => {
    const pose = solveChain(shod(input(), {}, { heelHeightMm: 15 / gain('heelLiftToLimbLength') }))
    expect(pose.pelvis.obliquityDeg).toBeCloseTo(-1.2, 6)
  })

  test('a heel lift on the pronated side levels the pelvis: the right-pronated obliquity falls with a right heel lift', () => {
    const bare = solveChain(input({}, FLAT)).pelvis.obliquityDeg
    const lifted = solveChain(shod(input({}, FLAT), {}, { heelHeightMm: 20 })).pelvis.obliquityDeg
    expect(Math.abs(lifted)).toBeLessThan(bare)
  })

  test('Sinclair 2017 (tibial figures not used in the fit): with a 5° post the tibia turns in less, by no more than the measured 2.49° fall in its range; tibial shock unchanged', () => {
    const bare = solveChain(input({}, FLAT, 'running'))
    const post = solveChain(shod(input({}, FLAT, 'running'), {}, { medialPostDeg: 5 }))
    const fall = bare.right.tibialInternalRotationDeg - post.right.tibialInternalRotationDeg
    expect(fall).toBeGreaterThan(0)
    expect(fall).toBeLessThanOrEqual(7.47 - 4.98)
    expect(post.right.orthoticEversionReductionDeg).toBeCloseTo(1.62, 10)
    expect(post.right.calcanealEversionDeg).toBeCloseTo(bare.right.calcanealEversionDeg - 1.62, 10)
    expect(post.load.spineShockIndex).toBe(bare.load.spineShockIndex)
  })

  test('Wahmkow 2017: in walking the post changes nothing; beyond 5° it adds nothing (saturates); standing follows the running figure (assumption)', () => {
    const walk = input({}, FLAT, 'walking')
    expect(solveChain(shod(walk, {}, { medialPostDeg: 5 })).right).toEqual({
      ...solveChain(walk).right,
    })
    const stand = (post: number) => solveChain(shod(input({}, FLAT), {}, { medialPostDeg: post })).right
    expect(stand(10)).toEqual(stand(5))
    expect(stand(5).orthoticEversionReductionDeg).toBeCloseTo(1.62, 10)
    expect(stand(2.5).orthoticEversionReductionDeg).toBeCloseTo(0.81, 10)
  })

  test('Franklin 1995, Bendix 1984, Opila 1988, Michoński 2019: 5 cm heels tilt the pelvis back about 1° and flatten, never deepen, the lordosis', () => {
    const pose = solveChain(shod(input(), { heelHeightMm: 50 }, { heelHeightMm: 50 }))
    expect(pose.pelvis.anteriorTiltDeg).toBeCloseTo(-1, 6)
    for (const l of pose.lumbar) {
      expect(l.extensionDeg.left).toBeLessThan(0)
      expect(l.extensionDeg.right).toBeLessThan(0)
    }
  })

  test('Han 2015: back-muscle effort index 0 barefoot, 1 in 8 cm heels; Bendix 1984: low at 4.5 cm', () => {
    const effort = (h: number) =>
      solveChain(shod(input(), { heelHeightMm: h }, { heelHeightMm: h })).load.paraspinalEffortIndex
    expect(effort(0)).toBe(0)
    expect(effort(80)).toBe(1)
    expect(effort(100)).toBe(1)
    expect(effort(45)).toBeLessThan(1 / 3)
  })
})

describe('Levine & Whittle 1996 (lordosis follows pelvic tilt; the ratios are theirs)', () => {
  test('anterior tilt: L1–S1 extension = 0.947 × tilt (± 0.001°), averaged over the two sides', () => {
    const pose = solveChain(input({ calcanealEversionDeg: 14 }, { calcanealEversionDeg: 14 }))
    const mean = (totalExtension(pose, 'left') + totalExtension(pose, 'right')) / 2
    expect(pose.pelvis.anteriorTiltDeg).toBeGreaterThan(3)
    expect(mean).toBeCloseTo((10.8 / 11.4) * pose.pelvis.anteriorTiltDeg, 3)
  })

  test('posterior tilt (supinated feet): L1–S1 extension = 1.034 × tilt (± 0.001°), i.e. lordosis flattens', () => {
    const pose = solveChain(input({ calcanealEversionDeg: -15 }, { calcanealEversionDeg: -15 }))
    const mean = (totalExtension(pose, 'left') + totalExtension(pose, 'right')) / 2
    expect(pose.pelvis.anteriorTiltDeg).toBeLessThan(-2)
    expect(mean).toBeCloseTo((9.0 / 8.7) * pose.pelvis.anteriorTiltDeg, 3)
  })
})

describe('load (Keller 1996; Cavanagh & Lafortune 1980; Gottschall & Kram 2005)', () => {
  test('active peak: standing 1, walking 1.2, running and downhill running 2.75; impact: standing 0, walking 1.2, running 2.0, downhill 3.08 body weights', () => {
    const load = (a: ChainInput['activity']) => solveChain(input({}, {}, a)).load
    expect(
      ['standing', 'walking', 'running', 'downhill-running'].map((a) => load(a as never).activeBodyWeights),
    ).toEqual([1, 1.2, 2.75, 2.75])
    expect(load('standing').impactBodyWeights).toBe(0)
    expect(load('walking').impactBodyWeights).toBe(1.2)
    expect(load('running').impactBodyWeights).toBe(2)
    expect(load('downhill-running').impactBodyWeights).toBeCloseTo(3.08, 10)
    expect(load('running').peakBodyWeights).toBe(2.75)
    expect(load('downhill-running').peakBodyWeights).toBeCloseTo(3.08, 10)
  })

  test('spine shock rises with activity and with both over- and under-pronation (U-shaped around neutral)', () => {
    const shock = (ev: number, a: ChainInput['activity'] = 'running') =>
      solveChain(input({ calcanealEversionDeg: ev }, { calcanealEversionDeg: ev }, a)).load.spineShockIndex
    expect(shock(4, 'standing')).toBe(0)
    expect(shock(4, 'standing')).toBeLessThan(shock(4, 'walking'))
    expect(shock(4, 'walking')).toBeLessThan(shock(4, 'running'))
    expect(shock(4, 'running')).toBeLessThan(shock(4, 'downhill-running'))
    expect(shock(12)).toBeGreaterThan(shock(4))
    expect(shock(-6)).toBeGreaterThan(shock(4))
    const highArch = solveChain(input({ navicularHeightMm: 65 }, { navicularHeightMm: 65 }, 'running'))
    expect(highArch.load.spineShockIndex).toBeGreaterThan(shock(4))
    expect(shock(20, 'downhill-running')).toBeCloseTo(1, 10)
  })

  test('facet stress scales with the active peak: running at neutral = 0.16 × 2.75 = 0.44', () => {
    expect(level(solveChain(input({}, {}, 'running')), 'L4-L5').stress.left).toBeCloseTo(0.44, 10)
  })

  test('the sciatic root term follows posture, not body weights: neutral feet give 0.08 in every activity', () => {
    for (const a of ['standing', 'walking', 'running', 'downhill-running'] as const)
      expect(solveChain(input({}, {}, a)).right.sciaticIrritation).toBeCloseTo(0.08, 10)
  })
})

describe('arch height', () => {
  test('the arch drop is not counted twice: a low arch with a neutral heel leaves the pelvis level (the eversion gain already carries the arch drop that goes with eversion)', () => {
    const pose = solveChain(input({}, { navicularHeightMm: 25 }))
    expect(pose.pelvis.obliquityDeg).toBe(0)
    expect(pose.right.functionalShorteningMm).toBe(0)
  })

  test('Nigg 1993: a higher arch passes more tibial rotation per degree of the same eversion', () => {
    const low = solveChain(input({}, { navicularHeightMm: 30, calcanealEversionDeg: 12 }))
    const high = solveChain(input({}, { navicularHeightMm: 60, calcanealEversionDeg: 12 }))
    expect(high.right.tibialInternalRotationDeg).toBeGreaterThan(low.right.tibialInternalRotationDeg)
  })
})

// ── Seeded randomized invariants ─────────────────────────────────────────────────────────────────────
const L = INPUT_LIMITS
const range = (l: { min: number; max: number }) => fc.double({ min: l.min, max: l.max, noNaN: true })
const footArb = fc.record({
  navicularHeightMm: range(L.navicularHeightMm),
  calcanealEversionDeg: range(L.calcanealEversionDeg),
})
const wearArb = fc.record({ heelHeightMm: range(L.heelHeightMm), medialPostDeg: range(L.medialPostDeg) })
const activityArb = fc.constantFrom('standing', 'walking', 'running', 'downhill-running' as const)
const inputArb = fc.record({
  left: footArb,
  right: footArb,
  activity: activityArb,
  footwear: fc.record({ left: wearArb, right: wearArb }),
  footStrike: fc.constantFrom(...FOOT_STRIKES),
})
const barefootArb = fc.record({ left: footArb, right: footArb, activity: activityArb })

function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k))
  return []
}
const withRightEversion = (inp: ChainInput, ev: number): ChainInput => ({
  ...inp,
  right: { ...inp.right, calcanealEversionDeg: ev },
})

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
          pose.load.paraspinalEffortIndex,
        ])
          expect(s >= 0 && s <= 1).toBe(true)
        expect(pose.load.peakBodyWeights).toBe(
          Math.max(pose.load.impactBodyWeights, pose.load.activeBodyWeights),
        )
        expect(pose.warnings).toEqual([])
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  test('left/right mirror symmetry: swapping the feet (and their footwear) swaps the sides and negates obliquity and torsion', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const a = solveChain(inp)
        const b = solveChain({
          ...inp,
          left: inp.right,
          right: inp.left,
          footwear: { left: inp.footwear.right, right: inp.footwear.left },
        })
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
        expect(a.load).toEqual(b.load)
      }),
      { seed: SEED + 1, numRuns: RUNS },
    )
  })

  test('monotone in pronation: more right-heel eversion never lowers the right chain, the tilt or the obliquity', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0.01, max: 10, noNaN: true }), (inp, step) => {
        const ev = Math.min(L.calcanealEversionDeg.max - step, inp.right.calcanealEversionDeg)
        const a = solveChain(withRightEversion(inp, ev))
        const b = solveChain(withRightEversion(inp, ev + step))
        const ge = (x: number, y: number) => expect(x).toBeGreaterThanOrEqual(y - 1e-9)
        const gt = (x: number, y: number) => expect(x).toBeGreaterThan(y)
        gt(b.right.tibialInternalRotationDeg, a.right.tibialInternalRotationDeg)
        gt(b.right.femoralInternalRotationDeg, a.right.femoralInternalRotationDeg)
        gt(b.right.iliumAnteriorRotationDeg, a.right.iliumAnteriorRotationDeg)
        gt(b.pelvis.anteriorTiltDeg, a.pelvis.anteriorTiltDeg)
        gt(b.pelvis.obliquityDeg, a.pelvis.obliquityDeg)
        b.lumbar.forEach((l, i) => {
          gt(l.extensionDeg.right, a.lumbar[i]!.extensionDeg.right)
          ge(l.stressParts.extension.right, a.lumbar[i]!.stressParts.extension.right)
          // The right side drops further: the spine bends further toward the left, loading the left facets.
          ge(l.stressParts.sideBend.left, a.lumbar[i]!.stressParts.sideBend.left)
        })
        // Piriformis is geometry now: internal rotation lengthens it, the dropping side's abduction shortens it,
        // so it is not monotone in eversion (muscles.test.ts holds it monotone in femoral rotation alone).
      }),
      { seed: SEED + 2, numRuns: RUNS },
    )
  })

  test(`the tilt-slope bound: one heel’s eversion moves the pelvic tilt by at most ${TILT_SLOPE_MAX.toFixed(3)}° per degree, anywhere`, () => {
    expect(TILT_SLOPE_MAX).toBeCloseTo(0.498, 3)
    fc.assert(
      fc.property(inputArb, fc.double({ min: 1e-4, max: 5, noNaN: true }), (inp, step) => {
        const ev = Math.min(L.calcanealEversionDeg.max - step, inp.right.calcanealEversionDeg)
        const a = solveChain(withRightEversion(inp, ev)).pelvis.anteriorTiltDeg
        const b = solveChain(withRightEversion(inp, ev + step)).pelvis.anteriorTiltDeg
        expect(Math.abs(b - a)).toBeLessThanOrEqual(TILT_SLOPE_MAX * step * (1 + 1e-9) + 1e-12)
      }),
      { seed: SEED + 4, numRuns: RUNS },
    )
  })

  test('the tilt-slope bound is reached (so it is the largest slope, not a loose one): a high-arched right foot with the left one neutral', () => {
    const high = { navicularHeightMm: L.navicularHeightMm.max }
    const a = solveChain(input({}, { ...high, calcanealEversionDeg: 8 })).pelvis.anteriorTiltDeg
    const b = solveChain(input({}, { ...high, calcanealEversionDeg: 8.4 })).pelvis.anteriorTiltDeg
    expect((b - a) / 0.4).toBeCloseTo(TILT_SLOPE_MAX, 9)
  })

  test(`the obliquity bound: feet alone (equal heels) stay within ${FEET_OBLIQUITY_MAX.toFixed(2)}°; with any heels, within ${OBLIQUITY_MAX.toFixed(2)}°`, () => {
    expect(FEET_OBLIQUITY_MAX).toBeCloseTo(2.43, 2)
    expect(OBLIQUITY_MAX).toBeCloseTo(8.57, 2)
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 100, noNaN: true }), (inp, heel) => {
        const equal = solveChain({
          ...inp,
          footwear: {
            left: { ...inp.footwear.left, heelHeightMm: heel },
            right: { ...inp.footwear.right, heelHeightMm: heel },
          },
        })
        expect(Math.abs(equal.pelvis.obliquityDeg)).toBeLessThan(FEET_OBLIQUITY_MAX)
        expect(Math.abs(solveChain(inp).pelvis.obliquityDeg)).toBeLessThan(OBLIQUITY_MAX)
      }),
      { seed: SEED + 5, numRuns: RUNS },
    )
    const extreme = solveChain({
      left: { navicularHeightMm: 75, calcanealEversionDeg: -15 },
      right: { navicularHeightMm: 15, calcanealEversionDeg: 20 },
      activity: 'standing',
      footwear: { left: { heelHeightMm: 100 } },
    })
    expect(extreme.pelvis.obliquityDeg).toBeGreaterThan(8)
  })

  test('a supinated foot never tilts the pelvis more than its mirror-image pronated foot (Betsch 2011; Duval 2010)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 16, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.boolean(),
        (dEv, dArch, both) => {
          const pron = { navicularHeightMm: 45 - dArch, calcanealEversionDeg: 4 + dEv }
          const sup = { navicularHeightMm: 45 + dArch, calcanealEversionDeg: 4 - dEv }
          const p = solveChain(both ? input(pron, pron) : input({}, pron)).pelvis
          const s = solveChain(both ? input(sup, sup) : input({}, sup)).pelvis
          expect(Math.abs(s.anteriorTiltDeg)).toBeLessThanOrEqual(Math.abs(p.anteriorTiltDeg) + 1e-12)
          expect(Math.abs(s.obliquityDeg)).toBeLessThanOrEqual(Math.abs(p.obliquityDeg) + 1e-12)
        },
      ),
      { seed: SEED + 6, numRuns: RUNS },
    )
  })

  test('remedies respond monotonically: a taller right post never raises the right chain; taller heels never add tilt or extension, never lower the effort; a right heel lift never lowers the right hip', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0.01, max: 10, noNaN: true }), (inp, step) => {
        const le = (x: number, y: number) => expect(x).toBeLessThanOrEqual(y + 1e-9)
        const post = Math.min(L.medialPostDeg.max - step, inp.footwear.right.medialPostDeg)
        const withPost = (p: number) =>
          solveChain({
            ...inp,
            footwear: { ...inp.footwear, right: { ...inp.footwear.right, medialPostDeg: p } },
          })
        const [p0, p1] = [withPost(post), withPost(post + step)]
        le(p1.right.calcanealEversionDeg, p0.right.calcanealEversionDeg)
        le(p1.right.tibialInternalRotationDeg, p0.right.tibialInternalRotationDeg)
        le(p1.pelvis.anteriorTiltDeg, p0.pelvis.anteriorTiltDeg)
        le(p1.pelvis.obliquityDeg, p0.pelvis.obliquityDeg)

        const h = Math.min(L.heelHeightMm.max - step, inp.footwear.right.heelHeightMm)
        const withHeels = (x: number) =>
          solveChain({
            ...inp,
            footwear: {
              left: { ...inp.footwear.left, heelHeightMm: x },
              right: { ...inp.footwear.right, heelHeightMm: x },
            },
          })
        const [h0, h1] = [withHeels(h), withHeels(h + step)]
        le(h1.pelvis.anteriorTiltDeg, h0.pelvis.anteriorTiltDeg)
        h1.lumbar.forEach((l, i) => {
          le(l.extensionDeg.left, h0.lumbar[i]!.extensionDeg.left)
          le(l.extensionDeg.right, h0.lumbar[i]!.extensionDeg.right)
        })
        le(h0.load.paraspinalEffortIndex, h1.load.paraspinalEffortIndex)

        const withRightHeel = (x: number) =>
          solveChain({
            ...inp,
            footwear: { ...inp.footwear, right: { ...inp.footwear.right, heelHeightMm: x } },
          })
        const [r0, r1] = [withRightHeel(h), withRightHeel(h + step)]
        le(r1.pelvis.obliquityDeg, r0.pelvis.obliquityDeg)
        le(r1.right.functionalShorteningMm, r0.right.functionalShorteningMm)
      }),
      { seed: SEED + 7, numRuns: RUNS },
    )
  })

  test('barefoot is the default: leaving footwear and footStrike out equals stating barefoot and rearfoot', () => {
    fc.assert(
      fc.property(barefootArb, (inp) => {
        expect(
          solveChain({
            ...inp,
            footwear: { left: { heelHeightMm: 0, medialPostDeg: 0 }, right: {} },
            footStrike: 'rearfoot',
          }),
        ).toEqual(solveChain(inp))
      }),
      { seed: SEED + 8, numRuns: 100 },
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
