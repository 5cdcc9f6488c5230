// Muscle lengths from geometry (src/kinematics/muscleGeometry.ts) and the spine's side-bend against pelvic
// obliquity: directions from the project's muscle notes (docs/domain.md, Muscles §2), per-degree figures
// computed on the gait2392 points (Muscles §2: piriformis 0.51, gluteus medius −0.36 / +0.13 / +0.52 mm per
// degree of internal rotation; hip flexors about 0.67–0.69 mm per degree of hip flexion), mirror symmetry,
// the trunk over the hips, no NaN.
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import {
  INPUT_LIMITS,
  MUSCLE_IDS,
  couplerById,
  lumbarSideBendDeg,
  musclePathLengthMm,
  solveChain,
  type ChainInput,
} from '../../src/kinematics'
import { NEUTRAL_ANGLES, posedBodyOriginMm, type SkeletonAngles } from '../../src/kinematics/muscleGeometry'
import { FLAT, input } from './helpers'

const SEED = 20261129
const RUNS = 300

const perDegree = (id: Parameters<typeof musclePathLengthMm>[2], patch: Partial<SkeletonAngles>) =>
  musclePathLengthMm({ ...NEUTRAL_ANGLES, ...patch }, 'r', id) - musclePathLengthMm(NEUTRAL_ANGLES, 'r', id)

describe('geometry against the figures computed on the gait2392 points (docs/domain.md, Muscles §2)', () => {
  test('1° of femoral internal rotation: piriformis +0.51, gluteus medius anterior −0.36, middle +0.13, posterior +0.52 mm (± 0.02; anterior ± 0.03, its insertion moved onto the bone’s surface)', () => {
    const ir = { femoralInternalDeg: { left: 0, right: 1 } }
    expect(perDegree('piriformis', ir)).toBeCloseTo(0.51, 1)
    expect(Math.abs(perDegree('piriformis', ir) - 0.51)).toBeLessThan(0.02)
    // Its insertion sits 8 mm further out, on the trochanter's surface (clear of bone): ± 0.03.
    expect(Math.abs(perDegree('gluteusMediusAnterior', ir) + 0.36)).toBeLessThan(0.03)
    expect(Math.abs(perDegree('gluteusMediusMiddle', ir) - 0.13)).toBeLessThan(0.02)
    expect(Math.abs(perDegree('gluteusMediusPosterior', ir) - 0.52)).toBeLessThan(0.02)
  })

  test('1° of anterior tilt (hip flexion with the legs upright): iliacus and psoas shorten 0.67–0.69 mm (± 0.02)', () => {
    const tilt = { anteriorTiltDeg: 1, iliumAnteriorDeg: { left: 1, right: 1 } }
    for (const id of ['iliacus', 'psoas'] as const) {
      expect(perDegree(id, tilt)).toBeLessThan(-0.67 + 0.02)
      expect(perDegree(id, tilt)).toBeGreaterThan(-0.69 - 0.02)
    }
  })

  test('piriformis lengthens monotonically with femoral internal rotation alone (−20°..20°)', () => {
    let last = -Infinity
    for (let deg = -20; deg <= 20; deg += 1) {
      const len = musclePathLengthMm(
        { ...NEUTRAL_ANGLES, femoralInternalDeg: { left: 0, right: deg } },
        'r',
        'piriformis',
      )
      expect(len).toBeGreaterThan(last)
      last = len
    }
  })
})

describe('directions (docs/domain.md, Muscles §2)', () => {
  test('anterior tilt (flat feet, both sides): hip flexors and erector spinae shorten, hamstrings lengthen', () => {
    const pose = solveChain(input(FLAT, FLAT))
    expect(pose.pelvis.anteriorTiltDeg).toBeGreaterThan(1)
    for (const side of ['left', 'right'] as const) {
      const m = pose.muscles[side]
      expect(m.iliopsoas.lengthChangeMm).toBeLessThan(0)
      expect(m.rectusFemoris.lengthChangeMm).toBeLessThan(0)
      expect(m.erectorSpinae.lengthChangeMm).toBeLessThan(0)
      expect(m.hamstrings.lengthChangeMm).toBeGreaterThan(0)
    }
  })

  test('one side lower (right foot over-pronated): the low side’s quadratus lumborum lengthens, the high side’s shortens', () => {
    const pose = solveChain(input({}, FLAT))
    expect(pose.pelvis.obliquityDeg).toBeGreaterThan(1)
    expect(pose.muscles.right.quadratusLumborum.lengthChangeMm).toBeGreaterThan(0)
    expect(pose.muscles.left.quadratusLumborum.lengthChangeMm).toBeLessThan(0)
  })

  test('neutral stance: every muscle unchanged (0 mm, 0%)', () => {
    const pose = solveChain(input())
    for (const side of ['left', 'right'] as const)
      for (const id of MUSCLE_IDS) {
        expect(pose.muscles[side][id].lengthChangeMm).toBeCloseTo(0, 10)
        expect(pose.muscles[side][id].lengthChangePct).toBeCloseTo(0, 10)
      }
  })

  test('piriformisLengthChangeMm is the geometric piriformis (one source of truth)', () => {
    const pose = solveChain(input({ calcanealEversionDeg: 12 }, FLAT))
    expect(pose.left.piriformisLengthChangeMm).toBe(pose.muscles.left.piriformis.lengthChangeMm)
    expect(pose.right.piriformisLengthChangeMm).toBe(pose.muscles.right.piriformis.lengthChangeMm)
  })
})

describe('the spine’s side-bend against obliquity', () => {
  test('it bends toward the high side, by the geometric gain, shared as the levels’ lateral ranges (White & Panjabi 1990: 6, 6, 8, 6, 3°)', () => {
    const pose = solveChain(input({}, FLAT))
    const total = pose.lumbar.reduce((s, l) => s + l.lateralFlexionDeg, 0)
    expect(total).toBeCloseTo(
      (couplerById('obliquityToLumbarSideBend')?.gain ?? NaN) * pose.pelvis.obliquityDeg,
      10,
    )
    expect(total).toBeLessThan(0) // right side lower → bends toward the left
    const shares = pose.lumbar.map((l) => l.lateralFlexionDeg / total)
    ;[6, 6, 8, 6, 3].forEach((r, i) => expect(shares[i]).toBeCloseTo(r / 29, 10))
  })

  test('T12 stays within 3 mm of the midline over the hips for any obliquity up to ±10.5° (the largest drawn)', () => {
    for (let obl = -10.5; obl <= 10.5; obl += 0.5) {
      const a = { ...NEUTRAL_ANGLES, obliquityDeg: obl, lateralFlexionDeg: lumbarSideBendDeg(obl) }
      const t12 = posedBodyOriginMm(a, 'T12')
      const hips = posedBodyOriginMm(a, 'pelvis')
      expect(Math.abs(t12[0] - hips[0])).toBeLessThan(3)
      // Without the side-bend it would lean toward the low side by 5.5 mm per degree.
      if (Math.abs(obl) >= 1) {
        const leaning = posedBodyOriginMm({ ...NEUTRAL_ANGLES, obliquityDeg: obl }, 'T12')
        expect(Math.abs(leaning[0] - hips[0])).toBeGreaterThan(5 * Math.abs(obl))
      }
    }
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
  activity: fc.constantFrom('standing', 'walking', 'running', 'downhill-running' as const),
  footwear: fc.record({ left: wearArb, right: wearArb }),
})

describe(`invariants over random valid inputs (fast-check seed ${SEED}, ${RUNS} runs)`, () => {
  test('mirror symmetry: swapping the feet swaps every muscle’s length and negates every side-bend', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const a = solveChain(inp)
        const swapped: ChainInput = {
          ...inp,
          left: inp.right,
          right: inp.left,
          footwear: { left: inp.footwear.right, right: inp.footwear.left },
        }
        const b = solveChain(swapped)
        for (const id of MUSCLE_IDS) {
          expect(a.muscles.left[id].lengthChangeMm).toBeCloseTo(b.muscles.right[id].lengthChangeMm, 9)
          expect(a.muscles.right[id].lengthChangePct).toBeCloseTo(b.muscles.left[id].lengthChangePct, 9)
        }
        a.lumbar.forEach((l, i) => {
          expect(l.lateralFlexionDeg).toBeCloseTo(-b.lumbar[i]!.lateralFlexionDeg, 9)
          expect(l.stressParts.sideBend.left).toBeCloseTo(b.lumbar[i]!.stressParts.sideBend.right, 9)
        })
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  test('no NaN, and lengths stay within a few per cent of rest', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const pose = solveChain(inp)
        for (const side of ['left', 'right'] as const)
          for (const id of MUSCLE_IDS) {
            const m = pose.muscles[side][id]
            expect(Number.isFinite(m.lengthChangeMm) && Number.isFinite(m.lengthChangePct)).toBe(true)
            expect(Math.abs(m.lengthChangePct)).toBeLessThan(10)
          }
        for (const l of pose.lumbar) expect(Number.isFinite(l.lateralFlexionDeg)).toBe(true)
      }),
      { seed: SEED + 1, numRuns: RUNS },
    )
  })
})
