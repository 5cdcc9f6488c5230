// solveGait (src/kinematics/solveGait.ts, gaitFit.ts): the gait cycle against the tables it is fitted to and
// the studies it cites, with tolerances stated in the titles; seeded randomized invariants at the end.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  FOOT_STRIKES,
  INPUT_LIMITS,
  NEUTRAL_FOOT,
  RUNNING_CURVES,
  RUNNING_TABLE,
  WALKING_CURVES,
  WALKING_TABLE,
  chainWeight,
  couplerById,
  fourierAt,
  fromOpenSim,
  OPENSIM_COORDINATES,
  solveChain,
  solveGait,
  stanceShare,
  type Activity,
  type ChainInput,
  type GaitFrame,
  type GaitTable,
} from '../../src/kinematics'
import { input, shod } from './helpers'

const SEED = 20261129
const RUNS = 300
const gain = (id: string): number => couplerById(id)!.gain
/** Samples of one cycle, t = 0, 1/n, … */
const cycle = (n = 200): number[] => Array.from({ length: n }, (_, i) => i / n)
const gaitOf = (activity: Activity, right = {}, left = {}) => input(left, right, activity)
/** Range (max − min) of a value over the right foot's stance. */
function stanceRange(inp: ChainInput, read: (f: GaitFrame) => number): number {
  const xs = cycle(400)
    .map((t) => solveGait(inp, t))
    .filter((f) => f.phase.right === 'stance')
    .map(read)
  return Math.max(...xs) - Math.min(...xs)
}
const PRONATED = { calcanealEversionDeg: NEUTRAL_FOOT.calcanealEversionDeg + 6 }

describe('sign conversion (OpenSim gait2392 → product), in one place', () => {
  test('pelvis_tilt positive = posterior becomes negative anterior tilt; knee_angle negative = flexion becomes positive flexion; the rest keep their sign', () => {
    expect(fromOpenSim('pelvis_tilt', 2)).toEqual({ id: 'pelvisAnteriorTiltDeg', valueDeg: -2 })
    expect(fromOpenSim('knee_angle_r', -58.25)).toEqual({ id: 'kneeFlexionDeg', valueDeg: 58.25 })
    expect(fromOpenSim('pelvis_list', 4).valueDeg).toBe(4) // right side drops = obliquity right side lower
    expect(fromOpenSim('hip_rotation_r', 4.2).valueDeg).toBe(4.2)
    expect(fromOpenSim('ankle_angle_r', -14).valueDeg).toBe(-14)
    expect(() => fromOpenSim('lumbar_rotation', 1)).toThrow(/lumbar_rotation/)
    expect(
      Object.values(OPENSIM_COORDINATES)
        .filter((c) => c.sign === -1)
        .map((c) => c.id),
    ).toEqual(['pelvisAnteriorTiltDeg', 'kneeFlexionDeg'])
  })

  test('normal.mot key points arrive in product signs: knee flexed 58° at 72% (± 1.5°), ankle plantarflexed 14° at 64% (± 1.5°), pelvis anteriorly tilted about 2° (± 0.6°)', () => {
    const f72 = solveGait(gaitOf('walking'), 0.72)
    expect(f72.joints.right.kneeFlexionDeg).toBeCloseTo(58.25, -0.5)
    expect(Math.abs(f72.joints.right.kneeFlexionDeg - 58.25)).toBeLessThan(1.5)
    expect(
      Math.abs(solveGait(gaitOf('walking'), 0.64).joints.right.ankleDorsiflexionDeg + 14.07),
    ).toBeLessThan(1.5)
    expect(Math.abs(solveGait(gaitOf('walking'), 0.3).joints.pelvis.anteriorTiltDeg - 2.26)).toBeLessThan(0.6)
  })

  test('hip_adduction_r keeps its sign: the right hip adducted 6.0° at 16% of the walk (± 0.5°), the left the same half a cycle later, abducted 4.2° in swing (± 0.5°)', () => {
    expect(fromOpenSim('hip_adduction_r', 6.01)).toEqual({ id: 'hipAdductionDeg', valueDeg: 6.01 })
    const walk = gaitOf('walking')
    expect(Math.abs(solveGait(walk, 0.16).joints.right.hipAdductionDeg - 6.01)).toBeLessThan(0.5)
    expect(Math.abs(solveGait(walk, 0.66).joints.left.hipAdductionDeg - 6.01)).toBeLessThan(0.5)
    expect(Math.abs(solveGait(walk, 0.66).joints.right.hipAdductionDeg + 4.16)).toBeLessThan(0.5)
  })
})

describe('hip adduction follows the chain’s pelvic obliquity (obliquityToHipAdduction)', () => {
  const k = gain('obliquityToHipAdduction')
  test('standing: a right foot that drops the right side abducts the right hip and adducts the left by the obliquity', () => {
    const f = solveGait(gaitOf('standing', PRONATED), 0)
    expect(f.pelvis.obliquityDeg).toBeGreaterThan(0.2)
    expect(f.joints.right.hipAdductionDeg).toBeCloseTo(-k * f.pelvis.obliquityDeg, 9)
    expect(f.joints.left.hipAdductionDeg).toBeCloseTo(k * f.pelvis.obliquityDeg, 9)
    expect(solveGait(gaitOf('standing'), 0).joints.right.hipAdductionDeg).toBeCloseTo(0, 9)
  })

  test.each(['walking', 'running'] as const)(
    '%s: the pronated right foot’s extra obliquity in its stance moves each hip’s adduction off the table by as much; none in swing',
    (activity) => {
      for (const t of cycle(50)) {
        const f = solveGait(gaitOf(activity, PRONATED), t)
        const n = solveGait(gaitOf(activity), t)
        const extra = f.pelvis.obliquityDeg - n.pelvis.obliquityDeg
        expect(f.joints.right.hipAdductionDeg - n.joints.right.hipAdductionDeg).toBeCloseTo(-k * extra, 9)
        expect(f.joints.left.hipAdductionDeg - n.joints.left.hipAdductionDeg).toBeCloseTo(k * extra, 9)
        if (f.phase.right === 'swing') expect(Math.abs(extra)).toBeLessThan(1e-9)
      }
      const mid = solveGait(gaitOf(activity, PRONATED), activity === 'walking' ? 0.25 : 0.15)
      const neutral = solveGait(gaitOf(activity), activity === 'walking' ? 0.25 : 0.15)
      expect(mid.joints.right.hipAdductionDeg).toBeLessThan(neutral.joints.right.hipAdductionDeg - 0.1)
    },
  )
})

describe('the fitted cycle', () => {
  const tables: [string, GaitTable, typeof WALKING_CURVES, number][] = [
    ['walking (normal.mot)', WALKING_TABLE, WALKING_CURVES, 1.1],
    ['running (Hamner 2010)', RUNNING_TABLE, RUNNING_CURVES, 1.5],
  ]
  for (const [name, table, curves, tol] of tables)
    test(`${name}: hip, knee and ankle curves stay within ${tol}° of every table row (Fourier fit, 8 harmonics); the pelvis within 3° (symmetrised)`, () => {
      table.columns.forEach((column, j) => {
        if (column.startsWith('lumbar')) return
        const limit = column.startsWith('pelvis') ? 3 : tol
        const id = fromOpenSim(column, 0).id
        for (const row of table.rows) {
          const fitted = fourierAt(curves[id], row[0]! / 100)
          expect(
            Math.abs(fitted - fromOpenSim(column, row[j + 1]!).valueDeg),
            `${column} at ${row[0]}%`,
          ).toBeLessThan(limit)
        }
      })
    })

  test('periodic by construction: every curve has the same value and slope at 0 and 1 (± 1e-9)', () => {
    for (const curves of [WALKING_CURVES, RUNNING_CURVES])
      for (const f of [curves.kneeFlexionDeg, curves.pelvisAnteriorTiltDeg, curves.rearfootEversionDeg]) {
        expect(fourierAt(f, 1)).toBeCloseTo(fourierAt(f, 0), 9)
        expect(fourierAt(f, 1 + 1e-6) - fourierAt(f, 1)).toBeCloseTo(fourierAt(f, 1e-6) - fourierAt(f, 0), 9)
      }
  })

  test('symmetrised: the runner’s lopsided pelvic list (−8° in right stance, +4° in left) becomes equal and opposite half a cycle apart (± 1e-9)', () => {
    for (const t of cycle(20)) {
      const a = fourierAt(RUNNING_CURVES.pelvisObliquityDeg, t)
      expect(fourierAt(RUNNING_CURVES.pelvisObliquityDeg, t + 0.5)).toBeCloseTo(-a, 9)
      const tilt = fourierAt(RUNNING_CURVES.pelvisAnteriorTiltDeg, t)
      expect(fourierAt(RUNNING_CURVES.pelvisAnteriorTiltDeg, t + 0.5)).toBeCloseTo(tilt, 9)
    }
  })

  test('the walking rearfoot keeps the Oxford Foot Model shape: peak eversion at 36% of the cycle (± 2%), 5.6° relative to the tibia (± 0.5°)', () => {
    let best = -Infinity
    let at = 0
    for (const t of cycle(400)) {
      const v = fourierAt(WALKING_CURVES.rearfootEversionDeg, t)
      if (v > best) [best, at] = [v, t]
    }
    expect(Math.abs(at - 0.36)).toBeLessThan(0.02)
    expect(Math.abs(best + gain('rearfootStandingReference') - 5.6)).toBeLessThan(0.5)
  })

  test('Sinclair 2017: running peak rearfoot eversion 12.37° relative to the tibia (± 1.2°, smoothed by the fit) at about 40% of stance (± 5% of stance)', () => {
    let best = -Infinity
    let at = 0
    for (const t of cycle(400)) {
      const v = fourierAt(RUNNING_CURVES.rearfootEversionDeg, t)
      if (v > best) [best, at] = [v, t]
    }
    expect(Math.abs(best + gain('rearfootStandingReference') - 12.37)).toBeLessThan(1.2)
    expect(Math.abs(at / RUNNING_CURVES.stanceFraction - 0.4)).toBeLessThan(0.05)
  })

  test('Wahmkow 2017 / Sinclair 2017: a neutral foot’s tibial rotation range over stance is 13.3° walking and 7.47° running (± 0.3°)', () => {
    const read = (f: GaitFrame) => f.right.tibialInternalRotationDeg
    expect(Math.abs(stanceRange(gaitOf('walking'), read) - 13.3)).toBeLessThan(0.3)
    expect(Math.abs(stanceRange(gaitOf('running'), read) - 7.47)).toBeLessThan(0.3)
  })
})

describe('phase timing (gait2392 walk: right stance 0–60%; Hamner 2010 run: 0–38%)', () => {
  const phases = (activity: Activity, t: number) => solveGait(gaitOf(activity), t).phase
  test('walking: double support 0–10% and 50–60%, right single support 10–50%, right swing 60–100%', () => {
    expect(phases('walking', 0.05)).toEqual({ left: 'stance', right: 'stance' })
    expect(phases('walking', 0.3)).toEqual({ left: 'swing', right: 'stance' })
    expect(phases('walking', 0.55)).toEqual({ left: 'stance', right: 'stance' })
    expect(phases('walking', 0.61)).toEqual({ left: 'stance', right: 'swing' })
    expect(phases('walking', 0.95)).toEqual({ left: 'stance', right: 'swing' })
    expect(phases('walking', 0.11)).toEqual({ left: 'swing', right: 'stance' })
  })
  test('running: right stance 0–38%, flight 38–50% and 88–100%, left stance 50–88%; no double support', () => {
    expect(phases('running', 0.2)).toEqual({ left: 'swing', right: 'stance' })
    expect(phases('running', 0.44)).toEqual({ left: 'swing', right: 'swing' })
    expect(phases('running', 0.7)).toEqual({ left: 'stance', right: 'swing' })
    expect(phases('running', 0.94)).toEqual({ left: 'swing', right: 'swing' })
    for (const t of cycle(200)) {
      const p = phases('downhill-running', t)
      expect(p.left === 'stance' && p.right === 'stance').toBe(false)
    }
  })
  test('the ground reaction is zero in swing and positive through stance; cycle wraps (1.25 is 0.25, −0.75 is 0.25)', () => {
    for (const a of ['walking', 'running'] as const)
      for (const t of cycle(100)) {
        const f = solveGait(gaitOf(a), t)
        for (const side of ['left', 'right'] as const) {
          const grf = f.groundReactionBodyWeights[side]
          if (f.phase[side] === 'swing') expect(grf).toBe(0)
          else expect(grf).toBeGreaterThanOrEqual(0)
        }
      }
    const inp = gaitOf('running', PRONATED)
    expect(solveGait(inp, 1.25)).toEqual(solveGait(inp, 0.25))
    expect(solveGait(inp, -0.75)).toEqual(solveGait(inp, 0.25))
  })
  test('standing: the standing pose (solveChain), both feet in stance, half the body weight on each', () => {
    const inp = gaitOf('standing', PRONATED)
    const f = solveGait(inp, 0.37)
    const pose = solveChain(inp)
    expect(f.pelvis).toEqual(pose.pelvis)
    expect(f.right).toEqual(pose.right)
    expect(f.lumbar).toEqual(pose.lumbar)
    expect(f.phase).toEqual({ left: 'stance', right: 'stance' })
    expect(f.groundReactionBodyWeights).toEqual({ left: 0.5, right: 0.5 })
    expect(f.joints.right.kneeFlexionDeg).toBe(0)
  })
})

describe('the foot-posture chain inside the cycle (a phase-weighted offset)', () => {
  /** The chain's part of the right tibia: a pronated foot's frame less a neutral foot's, same cycle share. */
  const offset = (activity: Activity, t: number) =>
    solveGait(gaitOf(activity, PRONATED), t).right.tibialInternalRotationDeg -
    solveGait(gaitOf(activity), t).right.tibialInternalRotationDeg
  for (const activity of ['walking', 'running'] as const)
    test(`${activity}: the offset is zero in swing, rises through loading response and peaks in mid-stance, at the rearfoot’s peak (± 3% of the cycle)`, () => {
      const stance = activity === 'walking' ? gain('walkingStanceFraction') : gain('runningStanceFraction')
      const peakShare =
        activity === 'walking' ? gain('walkingChainPeakTiming') : gain('runningChainPeakTiming')
      let best = 0
      let at = 0
      for (const t of cycle(400)) {
        const o = offset(activity, t)
        if (t >= stance) expect(Math.abs(o), `t=${t}`).toBeLessThan(1e-12)
        if (o > best) [best, at] = [o, t]
      }
      expect(Math.abs(at - peakShare * stance)).toBeLessThan(0.03)
      expect(offset(activity, 0)).toBeCloseTo(0, 12)
      expect(offset(activity, 0.03)).toBeGreaterThan(0)
      expect(offset(activity, 0.03)).toBeLessThan(best / 2)
      // At its peak the running chain is the standing chain (coupling 1).
      if (activity === 'running') {
        const standing = solveChain(input({}, PRONATED, 'running')).right.tibialInternalRotationDeg
        expect(best).toBeCloseTo(standing, 2)
      }
    })

  test('Pohl 2007: the walking link is weaker than the running one (r 0.49 vs > 0.95): the peak offset is about half (0.49/0.95 ± 0.01)', () => {
    const peak = (a: Activity) => Math.max(...cycle(400).map((t) => offset(a, t)))
    expect(peak('walking') / peak('running')).toBeCloseTo(0.49 / 0.95, 2)
    expect(chainWeight('walking', -1)).toBe(0)
    expect(stanceShare('walking', 0.7)).toBe(-1)
  })

  test('tibial rotation over stance grows with pronation, shrinks with supination, and shrinks with a medial post in running (Sinclair 2017: 7.47 → 4.98° with 5°, ± 0.5°)', () => {
    const read = (f: GaitFrame) => f.right.tibialInternalRotationDeg
    for (const a of ['walking', 'running'] as const) {
      const neutral = stanceRange(gaitOf(a), read)
      expect(stanceRange(gaitOf(a, PRONATED), read)).toBeGreaterThan(neutral + 0.5)
      expect(stanceRange(gaitOf(a, { calcanealEversionDeg: 0 }), read)).toBeLessThan(neutral)
    }
    const bare = gaitOf('running', PRONATED)
    const posted = shod(bare, {}, { medialPostDeg: 5 })
    expect(stanceRange(posted, read)).toBeLessThan(stanceRange(bare, read) - 1)
    expect(
      Math.abs(stanceRange(shod(gaitOf('running'), {}, { medialPostDeg: 5 }), read) - 4.98),
    ).toBeLessThan(0.5)
    // Wahmkow 2017: no systematic orthotic effect in walking.
    const walk = gaitOf('walking', PRONATED)
    expect(stanceRange(shod(walk, {}, { medialPostDeg: 5 }), read)).toBeCloseTo(stanceRange(walk, read), 9)
  })

  test('the pronated side’s pelvis: more anterior tilt in its stance than a neutral foot’s, none added while it swings', () => {
    const tilt = (t: number, right = {}) => solveGait(gaitOf('running', right), t).pelvis.anteriorTiltDeg
    expect(tilt(0.15, PRONATED)).toBeGreaterThan(tilt(0.15) + 0.5)
    expect(tilt(0.7, PRONATED)).toBeCloseTo(tilt(0.7), 9)
  })
})

describe('loads through the cycle', () => {
  /** Largest force under the right foot in the first 15% of its stance (the impact window). */
  const impactWindowPeak = (inp: ChainInput) =>
    Math.max(
      ...cycle(2000)
        .filter((t) => stanceShare(inp.activity, t) >= 0 && stanceShare(inp.activity, t) <= 0.15)
        .map((t) => solveGait(inp, t).groundReactionBodyWeights.right),
    )
  /** Largest force under the right foot in the middle of its stance (30–70%): the active peak. */
  const activePeak = (inp: ChainInput) =>
    Math.max(
      ...cycle(400)
        .filter((t) => stanceShare(inp.activity, t) >= 0.3 && stanceShare(inp.activity, t) <= 0.7)
        .map((t) => solveGait(inp, t).groundReactionBodyWeights.right),
    )
  const rearfoot = gaitOf('running')
  const forefoot: ChainInput = { ...rearfoot, footStrike: 'forefoot' }
  const downhill = gaitOf('downhill-running')

  test('a rearfoot strike peaks at the impact (2.0 BW ± 0.1) within the first 15% of stance; a forefoot strike has no transient there (Lieberman 2010: only the rising active force, < 1.3 BW)', () => {
    expect(Math.abs(impactWindowPeak(rearfoot) - gain('runningImpactLoad'))).toBeLessThan(0.1)
    expect(impactWindowPeak(forefoot)).toBeLessThan(1.3)
  })

  test('Gottschall & Kram 2005: downhill raises the impact by 54% (± 0.1 BW), not the active peak (2.75 BW ± 0.02 in all three)', () => {
    expect(Math.abs(impactWindowPeak(downhill) - gain('runningImpactLoad') * 1.54)).toBeLessThan(0.1)
    for (const inp of [rearfoot, forefoot]) expect(Math.abs(activePeak(inp) - 2.75)).toBeLessThan(0.02)
    expect(Math.abs(activePeak(downhill) - 2.75)).toBeLessThan(0.02)
  })

  test('Keller 1996: walking force has two peaks of 1.2 BW (± 0.01) and a trough between; the two feet carry about one body weight over the cycle (± 0.1)', () => {
    const ts = cycle(600).filter((t) => t < gain('walkingStanceFraction'))
    const f = ts.map((t) => solveGait(gaitOf('walking'), t).groundReactionBodyWeights.right)
    expect(Math.abs(Math.max(...f) - 1.2)).toBeLessThan(0.01)
    const mid = f[Math.round(f.length / 2)]!
    expect(Math.abs(mid - gain('walkingForceTrough'))).toBeLessThan(0.05)
    const mean =
      cycle(600).reduce((s, t) => {
        const g = solveGait(gaitOf('walking'), t).groundReactionBodyWeights
        return s + g.left + g.right
      }, 0) / 600
    expect(Math.abs(mean - 1)).toBeLessThan(0.1)
  })

  test('lumbar stress follows the force (higher at the active peak than in flight, where it is 0); the spine shock index rises only with the impact pulse and is 0 for a forefoot strike', () => {
    const stress = (inp: ChainInput, t: number) => solveGait(inp, t).lumbar[4]!.stress.right
    expect(stress(rearfoot, 0.19)).toBeGreaterThan(stress(rearfoot, 0.05))
    expect(stress(rearfoot, 0.44)).toBe(0)
    const shock = (inp: ChainInput) => cycle(2000).map((t) => solveGait(inp, t).load.spineShockIndex)
    const rear = shock(rearfoot)
    expect(Math.max(...rear)).toBeCloseTo(solveChain(rearfoot).load.spineShockIndex, 2)
    expect(solveGait(rearfoot, 0.2).load.spineShockIndex).toBe(0)
    expect(Math.max(...shock(downhill))).toBeGreaterThan(Math.max(...rear))
    expect(Math.max(...shock(forefoot))).toBe(0)
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
const inputArb = fc.record({
  left: footArb,
  right: footArb,
  activity: fc.constantFrom<Activity>('standing', 'walking', 'running', 'downhill-running'),
  footwear: fc.record({ left: wearArb, right: wearArb }),
  footStrike: fc.constantFrom(...FOOT_STRIKES),
})
const cycleArb = fc.double({ min: -10, max: 10, noNaN: true })

function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k))
  return []
}

describe(`invariants over random inputs and cycles (fast-check seed ${SEED}, ${RUNS} runs)`, () => {
  test('no NaN or infinity anywhere in a frame; indices in 0..1; forces ≥ 0', () => {
    fc.assert(
      fc.property(inputArb, cycleArb, (inp, t) => {
        const f = solveGait(inp, t)
        for (const [path, n] of numbers(f)) if (!Number.isFinite(n)) throw new Error(`${path} = ${n}`)
        for (const l of f.lumbar)
          for (const s of [l.stress.left, l.stress.right]) expect(s >= 0 && s <= 1).toBe(true)
        expect(f.load.spineShockIndex >= 0 && f.load.spineShockIndex <= 1).toBe(true)
        expect(f.groundReactionBodyWeights.left >= 0 && f.groundReactionBodyWeights.right >= 0).toBe(true)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  test('left equals right half a cycle later (both feet alike, ± 1e-9): joints, limb pose and force; the pelvis list and rotation change sign', () => {
    fc.assert(
      // Away from the wrap (t + 0.5 + 0.5 may round onto the next cycle's foot strike).
      fc.property(inputArb, fc.double({ min: 0, max: 0.49, noNaN: true }), (inp, t) => {
        if (inp.activity === 'standing') return
        const same: ChainInput = {
          ...inp,
          left: inp.right,
          footwear: { left: inp.footwear.right, right: inp.footwear.right },
        }
        const a = solveGait(same, t)
        const b = solveGait(same, t + 0.5)
        for (const k of Object.keys(a.joints.right) as (keyof typeof a.joints.right)[])
          expect(b.joints.left[k]).toBeCloseTo(a.joints.right[k], 9)
        expect(b.left.femoralInternalRotationDeg).toBeCloseTo(a.right.femoralInternalRotationDeg, 9)
        expect(b.groundReactionBodyWeights.left).toBeCloseTo(a.groundReactionBodyWeights.right, 9)
        expect(b.phase.left).toBe(a.phase.right)
        expect(b.joints.pelvis.obliquityDeg).toBeCloseTo(-a.joints.pelvis.obliquityDeg, 9)
        expect(b.joints.pelvis.rotationDeg).toBeCloseTo(-a.joints.pelvis.rotationDeg, 9)
        expect(b.pelvis.anteriorTiltDeg).toBeCloseTo(a.pelvis.anteriorTiltDeg, 9)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  test('input rules as solveChain: out-of-range feet are clamped and named; a non-finite cycle throws naming `cycle`', () => {
    const f = solveGait(gaitOf('walking', { calcanealEversionDeg: 40 }), 0.2)
    expect(f.warnings.join(' ')).toMatch(/right\.calcanealEversionDeg/)
    expect(() => solveGait(gaitOf('walking'), Number.NaN)).toThrow(/^cycle/)
    expect(() => solveGait(gaitOf('walking'), Infinity)).toThrow(/^cycle/)
    expect(() => solveGait({ ...gaitOf('walking'), activity: 'jogging' as Activity }, 0)).toThrow(/activity/)
  })
})
