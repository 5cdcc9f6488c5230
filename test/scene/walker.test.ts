// The walker on the real model (public/models/skeleton.glb, issue 13): over a whole cycle of walking and of
// running, each stance foot's contact (its heel's floor point, then its first metatarsal head) stays within 3 mm of
// the belt point it landed on, no bone goes below the floor, the heel rises before toe-off, the swing foot
// clears the floor, the stance knee flexes as the tables say (its bones, not the solver's numbers) and the pelvis
// does not jump. The test drives the scene's own Walker (Skeleton.tsx runs it each frame) and reads what it draws.
import { beforeAll, describe, expect, it } from 'vitest'
import { Box3, Euler, Quaternion, Vector3 } from 'three'
import {
  NEUTRAL_FOOT,
  RUNNING_CURVES,
  WALKING_CURVES,
  fourierAt,
  type Activity,
  type ChainInput,
} from '../../src/kinematics'
import { DRAWN_SIZE } from '../../src/scene/drawnPose'
import { buildRig, type Rig } from '../../src/scene/posing'
import { PRESETS } from '../../src/state/presets'
import type { PosedRig } from '../../src/scene/rigContext'
import { Walker } from '../../src/scene/walker'
import { loadGlb } from '../models/loadGlb'

/** The tolerance for a contact point against its landing point on the belt. */
const SLIP_MM = 3
const STEPS = 200

let rig: Rig
beforeAll(async () => {
  rig = buildRig((await loadGlb()).scene)
})

const FOOT_BONES = [
  'calcaneus',
  'talus',
  'navicular',
  'cuboid',
  'metatarsal_1',
  'metatarsal_5',
  'phalanx_distal_1',
]

interface Sample {
  t: number
  beltM: number
  contact: Record<'l' | 'r', { point: 'heel' | 'forefoot'; beltZ: number } | null>
  heel: Record<'l' | 'r', Vector3>
  forefoot: Record<'l' | 'r', Vector3>
  lowestBoneMm: Record<'l' | 'r', number>
  /** The knee's flexion as drawn: the tibia's rotation in the femur's frame from the rest model's, about X. */
  kneeDeg: Record<'l' | 'r', number>
  pelvisMm: Vector3
  talus: Record<'l' | 'r', Vector3>
}

const _qf = new Quaternion()
const _qt = new Quaternion()
const _q0 = new Quaternion()
/**
 * Drawn knee flexion (deg): each bone's world rotation from its rest one, the tibia's seen from the femur's,
 * decomposed flexion first (about the femur's mediolateral axis, X: Grood & Suntay's order).
 */
function drawnKneeDeg(s: 'l' | 'r'): number {
  const femur = rig.nodes.get(`femur_${s}`)!
  const tibia = rig.nodes.get(`tibia_${s}`)!
  femur.getWorldQuaternion(_qf).multiply(_q0.copy(rig.rest.get(femur.name)!.worldQuaternion).invert())
  tibia.getWorldQuaternion(_qt).multiply(_q0.copy(rig.rest.get(tibia.name)!.worldQuaternion).invert())
  return (new Euler().setFromQuaternion(_qf.invert().multiply(_qt), 'XZY').x * 180) / Math.PI
}

const posedOf = (rig: Rig): PosedRig => ({
  rig,
  drawn: new Float32Array(DRAWN_SIZE),
  listeners: new Set(),
  gait: null,
})

/**
 * A cycle of the real Walker (the scene's per-frame posing, Skeleton.tsx) on the model: what it draws (the rig)
 * and the stance contacts it reports (Walker.contact), at STEPS moments.
 */
function walk(input: ChainInput, exaggerate = 1): Sample[] {
  const posed = posedOf(rig)
  const walker = new Walker()
  const samples: Sample[] = []
  for (let i = 0; i < STEPS; i++) {
    const t = i / STEPS
    walker.pose(posed, input, exaggerate, t)
    const contact = walker.contact
    const sample: Sample = {
      t,
      beltM: posed.gait!.beltM,
      contact: { l: contact.l && { ...contact.l }, r: contact.r && { ...contact.r } },
      heel: { l: new Vector3(), r: new Vector3() },
      forefoot: { l: new Vector3(), r: new Vector3() },
      lowestBoneMm: { l: 0, r: 0 },
      kneeDeg: { l: drawnKneeDeg('l'), r: drawnKneeDeg('r') },
      pelvisMm: rig.nodes.get('pelvis')!.getWorldPosition(new Vector3()).multiplyScalar(1000),
      talus: {
        l: rig.nodes.get('talus_l')!.getWorldPosition(new Vector3()),
        r: rig.nodes.get('talus_r')!.getWorldPosition(new Vector3()),
      },
    }
    for (const s of ['l', 'r'] as const) {
      rig.nodes.get(`sole_heel_${s}`)!.getWorldPosition(sample.heel[s])
      rig.nodes.get(`sole_forefoot_${s}`)!.getWorldPosition(sample.forefoot[s])
      let low = Infinity
      for (const b of FOOT_BONES)
        low = Math.min(low, new Box3().setFromObject(rig.nodes.get(`${b}_${s}`)!, true).min.y)
      sample.lowestBoneMm[s] = low * 1000
    }
    samples.push(sample)
  }
  return samples
}

const inputOf = (activity: Activity, preset: keyof typeof PRESETS = 'neutral'): ChainInput => ({
  left: PRESETS[preset].left,
  right: PRESETS[preset].right,
  activity,
})

describe.each([
  ['walking', 'neutral'],
  ['walking', 'flat-feet'],
  ['running', 'neutral'],
  ['running', 'right-overpronated'],
] as const)('%s, %s feet', (activity, preset) => {
  const curves = activity === 'walking' ? WALKING_CURVES : RUNNING_CURVES
  let samples: Sample[]
  beforeAll(() => {
    samples = walk(inputOf(activity, preset))
  })

  it(`each stance contact stays within ${SLIP_MM} mm of its landing point on the belt, the heel on the floor (± 1 mm), the head at its height (± 3 mm)`, () => {
    for (const s of ['l', 'r'] as const) {
      // Samples run from t = 0 to 1, so a stance that spans the cycle's end is seen as two runs; each is checked
      // against its own first sample (the belt's travel wraps with the cycle, by a whole stripe period).
      let landed = null as { point: string; z: number; y: number } | null
      for (const x of samples) {
        const c = x.contact[s]
        if (!c) {
          landed = null
          continue
        }
        const p = c.point === 'heel' ? x.heel[s] : x.forefoot[s]
        // Belt frame: world z plus the belt's travel.
        const beltZ = p.z + x.beltM
        if (!landed || landed.point !== c.point) landed = { point: c.point, z: beltZ, y: p.y }
        // The heel's contact on the floor; the metatarsal head at the height it had when the forefoot took over
        // (within 3 mm: the foot's posture, and so the head's height, changes through stance with the chain).
        expect(
          Math.abs(p.y - (c.point === 'heel' ? 0 : landed.y)) * 1000,
          `${s} ${c.point} height at t=${x.t}`,
        ).toBeLessThan(c.point === 'heel' ? 1 : 3)
        expect(Math.abs(beltZ - landed.z) * 1000, `${s} ${c.point} slip at t=${x.t}`).toBeLessThan(SLIP_MM)
      }
    }
  })

  it('no bone of either foot goes below the floor', () => {
    for (const x of samples)
      for (const s of ['l', 'r'] as const) expect(x.lowestBoneMm[s], `${s} at t=${x.t}`).toBeGreaterThan(-0.5)
  })

  it('the heel rises before toe-off (> 15 mm at the end of stance) and the swing foot clears the floor (> 5 mm at mid-swing)', () => {
    const stance = curves.stanceFraction
    const at = (t: number) => samples[Math.round(t * STEPS) % STEPS]!
    expect(at(stance - 0.02).heel.r.y * 1000).toBeGreaterThan(15)
    const midSwing = at((stance + 1) / 2)
    expect(midSwing.heel.r.y * 1000).toBeGreaterThan(5)
    expect(midSwing.lowestBoneMm.r).toBeGreaterThan(5)
  })

  // The tables' knee (gaitTables.ts, fitted) is the knee a clinician reads off the walker. A pelvis height set
  // for other legs than this frame's bent the stance knee 2–8° past it at mid-stance (walking) before.
  it('the stance knee flexes as the tables say (within 1°), the swing knee within 3°', () => {
    for (const x of samples)
      for (const s of ['l', 'r'] as const) {
        const u = (x.t - (s === 'r' ? 0 : 0.5) + 1) % 1
        const err = x.kneeDeg[s] - fourierAt(curves.kneeFlexionDeg, u)
        if (x.contact[s]) expect(Math.abs(err), `${s} stance knee at t=${x.t}`).toBeLessThan(1)
        else expect(Math.abs(err), `${s} swing knee at t=${x.t}`).toBeLessThan(3)
      }
  })

  // A pelvis height found for the stance legs one at a time hiked 8.5 mm in 1/200 of a cycle at toe-off.
  it('the pelvis does not jump: under 3 mm up or down and 6 mm fore–aft in 1/200 of a cycle, landing and toe-off included', () => {
    for (let i = 0; i < samples.length; i++) {
      const a = samples[i]!.pelvisMm
      const b = samples[(i + 1) % samples.length]!.pelvisMm
      expect(Math.abs(b.y - a.y), `rise from t=${samples[i]!.t}`).toBeLessThan(3)
      expect(Math.abs(b.z - a.z), `surge from t=${samples[i]!.t}`).toBeLessThan(6)
    }
  })

  // Walking's pelvis followed the two legs' meeting point through double support and ran back 5 mm in the last
  // 1/200 of a cycle before toe-off, then stopped dead (a jolt: the heel's lowest vertex switching, and the
  // trailing knee's fast flexion): its step changed by 5.3 mm from one 1/200 of a cycle to the next; its height
  // turned from falling to rising in one frame at heel strike. A path that is C1 changes its step little. Read
  // from each frame's legs, the path's toe-off end moved with the talus' 7–10 mm slides on the calcaneus'
  // lowest vertex (treadmillMoments): 3.3 mm at 74.5% of the cycle, 2.2 mm at 5%; anchored to the ends' legs, 0.6 mm.
  it('the pelvis moves smoothly: its step changes by under 1.5 mm fore–aft (and, walking, 1 mm vertically) from one 1/200 of a cycle to the next', () => {
    const n = samples.length
    for (let i = 0; i < n; i++) {
      const a = samples[i]!.pelvisMm
      const b = samples[(i + 1) % n]!.pelvisMm
      const c = samples[(i + 2) % n]!.pelvisMm
      expect(Math.abs(c.z - 2 * b.z + a.z), `surge at t=${samples[(i + 1) % n]!.t}`).toBeLessThan(1.5)
      // Running lands from flight: its height turns at each landing (flight has no leg to round it with).
      if (activity === 'walking')
        expect(Math.abs(c.y - 2 * b.y + a.y), `rise at t=${samples[(i + 1) % n]!.t}`).toBeLessThan(1)
    }
  })
})

// The subtalar joint stood the heel on its single lowest vertex, which switched as the heel everted: at walking's
// ~0.5% and ~5.5% of the cycle the whole foot (talus and calcaneus) slid 7–10 mm across the floor in one 1/200 of a
// cycle, a twitch at the ankle (its step changed by 4.9 mm from one 1/200 of a cycle to the next; now 0.7 mm). Walking, it rolls
// on the heel's blended contact (posing.ts, subtalarJoint), standing too. The ankle does move fast against the heel just after heel strike
// (the foot rolls down onto the floor, 4 mm per 1/200 of a cycle), but smoothly: it is the change of its step that
// shows a jump.
describe.each(['neutral', 'flat-feet', 'right-overpronated'] as const)(
  'walking, %s feet: the ankle',
  (preset) => {
    it('moves smoothly against the stance heel’s belt point: its step changes by under 1.5 mm from one 1/200 of a cycle to the next', () => {
      const samples = walk(inputOf('walking', preset))
      let worstMm = 0
      let worstAt = ''
      for (const s of ['l', 'r'] as const) {
        let landedZ: number | null = null
        const run: Vector3[] = []
        for (const x of samples) {
          const c = x.contact[s]
          if (c?.point !== 'heel') {
            landedZ = null
            run.length = 0
            continue
          }
          landedZ ??= x.heel[s].z + x.beltM
          // The talus in the belt point's frame: world, less where the heel landed on the belt now stands.
          run.push(x.talus[s].clone().setZ(x.talus[s].z + x.beltM - landedZ))
          const n = run.length
          if (n < 3) continue
          const mm =
            run[n - 1]!.clone()
              .sub(run[n - 2]!)
              .sub(run[n - 2]!)
              .add(run[n - 3]!)
              .length() * 1000
          if (mm > worstMm) [worstMm, worstAt] = [mm, `${s} at t=${x.t}`]
        }
      }
      expect(worstMm, worstAt).toBeLessThan(1.5)
    })
  },
)

// The compare ghost (src/scene/Ghost.tsx) renames its nodes `ghost:<bone>` after its rig is built: the walker
// must pose it by the rig's keys, so it walks exactly as a rig with the model's names does.
describe('a rig renamed after it is built (the compare ghost)', () => {
  it('walks exactly as the model’s own names do, over a cycle of walking', async () => {
    const plain = posedOf(buildRig((await loadGlb()).scene))
    const renamedRig = buildRig((await loadGlb()).scene)
    renamedRig.root.traverse((o) => {
      if (o.name) o.name = `ghost:${o.name}`
    })
    const renamed = posedOf(renamedRig)
    const [a, b] = [new Walker(), new Walker()]
    const input = inputOf('walking', 'flat-feet')
    const at = (p: PosedRig, name: string) => {
      const o = p.rig.nodes.get(name)!
      return [
        ...o.getWorldPosition(new Vector3()).toArray(),
        ...o.getWorldQuaternion(new Quaternion()).toArray(),
      ]
    }
    const tibiaAt: number[][] = []
    for (const t of [0, 0.13, 0.31, 0.5, 0.77]) {
      a.pose(plain, input, 1, t)
      b.pose(renamed, input, 1, t)
      for (const name of ['pelvis', 'femur_r', 'tibia_r', 'talus_l', 'calcaneus_r', 'sole_heel_r']) {
        const [p, q] = [at(plain, name), at(renamed, name)]
        p.forEach((v, i) => expect(q[i], `${name} at ${t}`).toBeCloseTo(v, 9))
      }
      expect(renamed.gait!.beltM).toBeCloseTo(plain.gait!.beltM, 9)
      tibiaAt.push(at(renamed, 'tibia_r'))
    }
    // It did walk: the shank moves through the cycle.
    expect(Math.abs(tibiaAt[0]![2]! - tibiaAt[3]![2]!)).toBeGreaterThan(0.01)
  })
})

const worldOf = (p: PosedRig, name: string) => {
  const o = p.rig.nodes.get(name)!
  return [...o.getWorldPosition(new Vector3()).toArray(), ...o.getWorldQuaternion(new Quaternion()).toArray()]
}

// The treadmill is built from the legs at one fixed moment (TREADMILL_CYCLE), not at the moment the input first
// poses: a walk must not depend on when the user changed a slider.
describe('an input changed mid-cycle', () => {
  it.each(['walking', 'running'] as const)(
    'walks (%s) exactly as that input set from the start',
    async (activity) => {
      const before = inputOf(activity, 'neutral')
      const after = inputOf(activity, 'flat-feet')
      const changed = posedOf(buildRig((await loadGlb()).scene))
      const fromStart = posedOf(buildRig((await loadGlb()).scene))
      const [a, b] = [new Walker(), new Walker()]
      a.pose(changed, before, 1, 0.3)
      b.pose(fromStart, after, 1, 0)
      for (const t of [0.6, 0.75, 0.05, 0.31]) {
        a.pose(changed, after, 1, t)
        b.pose(fromStart, after, 1, t)
        for (const name of ['pelvis', 'femur_r', 'tibia_l', 'talus_r', 'sole_heel_l', 'sole_forefoot_r']) {
          const [p, q] = [worldOf(fromStart, name), worldOf(changed, name)]
          p.forEach((v, i) => expect(Math.abs(q[i]! - v), `${name}[${i}] at ${t}`).toBeLessThan(1e-6))
        }
        expect(changed.gait!.beltPerCycleM).toBe(fromStart.gait!.beltPerCycleM)
      }
    },
  )
})

// The compare ghost (neutral feet) walks beside an over-pronated skeleton on the skeleton's drawn belt: its stance
// foot must not skate against that belt (on its own legs' belt, 0.8% faster, it drifted 4.5 mm walking and
// 4.2 mm running beside flat feet).
describe('the compare ghost beside an over-pronated skeleton', () => {
  it.each(['walking', 'running'] as const)(
    `%s: the ghost's stance contacts stay within ${SLIP_MM} mm of their landing points on the skeleton's belt, the heel on the floor`,
    async (activity) => {
      const input = inputOf(activity, 'flat-feet')
      const ref: ChainInput = { ...input, left: NEUTRAL_FOOT, right: NEUTRAL_FOOT }
      const main = posedOf(buildRig((await loadGlb()).scene))
      const ghost = posedOf(buildRig((await loadGlb()).scene))
      const [mainWalker, ghostWalker] = [new Walker(), new Walker()]
      let worstMm = 0
      let stanceSamples = 0
      const landed: Record<'l' | 'r', { point: string; z: number } | null> = { l: null, r: null }
      // t from 0 to 1: a stance across the cycle's end is seen as two runs (the belt's travel wraps there).
      for (let i = 0; i < STEPS; i++) {
        const t = i / STEPS
        mainWalker.pose(main, input, 1, t)
        ghostWalker.pose(ghost, ref, 1, t, 0, main.gait!.beltPerCycleM)
        for (const s of ['l', 'r'] as const) {
          const c = ghostWalker.contact[s]
          if (!c) {
            landed[s] = null
            continue
          }
          const p = ghost.rig.nodes.get(`sole_${c.point}_${s}`)!.getWorldPosition(new Vector3())
          // In the skeleton's belt frame: world z plus the skeleton's belt travel.
          const beltZ = p.z + main.gait!.beltM
          if (!landed[s] || landed[s].point !== c.point) landed[s] = { point: c.point, z: beltZ }
          if (c.point === 'heel') expect(Math.abs(p.y) * 1000, `${s} heel height at t=${t}`).toBeLessThan(1)
          worstMm = Math.max(worstMm, Math.abs(beltZ - landed[s].z) * 1000)
          stanceSamples++
        }
      }
      expect(stanceSamples).toBeGreaterThan(STEPS / 2)
      expect(worstMm).toBeLessThan(SLIP_MM)
    },
  )
})
