import { describe, expect, it } from 'vitest'
import { Quaternion, Vector3 } from 'three'
import { solveChain, NEUTRAL_FOOT } from '../../src/kinematics'
import type { ChainInput } from '../../src/kinematics/types'
import { DRAWN_SHORTENING_MM, DRAWN_SIZE, drawnTarget, stepToward } from '../../src/scene/drawnPose'
import { applyPose, buildRig } from '../../src/scene/posing'
import { makeRigFixture } from './rigFixture'

const RIGHT_PRONATED: ChainInput = {
  left: { ...NEUTRAL_FOOT },
  right: { navicularHeightMm: 30, calcanealEversionDeg: 10 },
  activity: 'standing',
}
const NEUTRAL: ChainInput = { left: { ...NEUTRAL_FOOT }, right: { ...NEUTRAL_FOOT }, activity: 'standing' }

function posed(input: ChainInput, exaggerate = 1) {
  const rig = buildRig(makeRigFixture())
  const d = drawnTarget(solveChain(input), input, exaggerate, new Float32Array(DRAWN_SIZE))
  applyPose(rig, d)
  const world = (name: string) => rig.nodes.get(name)!.getWorldPosition(new Vector3())
  const worldQ = (name: string) => rig.nodes.get(name)!.getWorldQuaternion(new Quaternion())
  /** Rotation about world Y (radians) of a bone's forward axis. */
  const yaw = (name: string) => {
    const f = new Vector3(0, 0, 1).applyQuaternion(worldQ(name))
    return Math.atan2(f.x, f.z)
  }
  return { rig, world, worldQ, yaw, rest: (name: string) => rig.rest.get(name)!.worldPosition }
}

describe('posing the skeleton from a ChainPose', () => {
  it('neutral input leaves every bone at rest', () => {
    const p = posed(NEUTRAL)
    for (const n of ['pelvis', 'femur_r', 'tibia_l', 'talus_r', 'L5', 'calcaneus_l']) {
      expect(p.world(n).distanceTo(p.rest(n))).toBeLessThan(1e-6)
      expect(p.worldQ(n).angleTo(new Quaternion())).toBeLessThan(1e-6)
    }
  })

  it('turns the right tibia and femur in (toward +X) by the solved degrees, the left not at all', () => {
    const pose = solveChain(RIGHT_PRONATED)
    const p = posed(RIGHT_PRONATED)
    expect((p.yaw('tibia_r') * 180) / Math.PI).toBeCloseTo(pose.right.tibialInternalRotationDeg, 4)
    expect((p.yaw('femur_r') * 180) / Math.PI).toBeCloseTo(pose.right.femoralInternalRotationDeg, 4)
    expect(pose.right.tibialInternalRotationDeg).toBeGreaterThan(1)
    expect(Math.abs(p.yaw('tibia_l'))).toBeLessThan(1e-6)
  })

  it('everts the right heel: the top of the calcaneus tips medially (+X)', () => {
    const p = posed(RIGHT_PRONATED)
    const up = new Vector3(0, 1, 0).applyQuaternion(p.worldQ('calcaneus_r'))
    const deg = (Math.atan2(up.x, up.y) * 180) / Math.PI
    expect(deg).toBeCloseTo(solveChain(RIGHT_PRONATED).right.calcanealEversionDeg, 4)
  })

  it('keeps the feet planted at 1× and 5× (stand-in rig): no sliding, heels on their rest contact, the ankle lowered by the drawn shortening', () => {
    for (const k of [1, 5]) {
      const pose = solveChain(RIGHT_PRONATED)
      const p = posed(RIGHT_PRONATED, k)
      for (const s of ['l', 'r'] as const) {
        const talus = p.world(`talus_${s}`)
        const rest = p.rest(`talus_${s}`)
        expect(Math.hypot(talus.x - rest.x, talus.z - rest.z)).toBeLessThan(1e-6)
        const drawnMm = Math.min(
          DRAWN_SHORTENING_MM.max,
          Math.max(DRAWN_SHORTENING_MM.min, (s === 'r' ? pose.right : pose.left).functionalShorteningMm * k),
        )
        const shorteningM = drawnMm / 1000
        expect(talus.y).toBeCloseTo(rest.y - shorteningM, 6)
        expect(p.world(`calcaneus_${s}`).distanceTo(p.rest(`calcaneus_${s}`))).toBeLessThan(1e-6)
        // The foot does not turn with the leg.
        expect(Math.abs(p.yaw(`talus_${s}`))).toBeLessThan(1e-6)
      }
    }
  })

  it('tilts the pelvis forward and drops its right side, five times as far at 5×', () => {
    const pose = solveChain(RIGHT_PRONATED)
    const tiltOf = (k: number) => {
      const p = posed(RIGHT_PRONATED, k)
      const q = p.worldQ('pelvis')
      const up = new Vector3(0, 1, 0).applyQuaternion(q)
      // Obliquity turns about the forward axis, so the forward axis' dip is the tilt alone.
      const fwd = new Vector3(0, 0, 1).applyQuaternion(q)
      const tilt = (Math.sign(-fwd.y) * Math.acos(Math.min(1, fwd.z)) * 180) / Math.PI
      return { tilt, rightDown: (Math.atan2(-up.x, up.y) * 180) / Math.PI }
    }
    const one = tiltOf(1)
    const five = tiltOf(5)
    expect(one.tilt).toBeCloseTo(pose.pelvis.anteriorTiltDeg, 4)
    expect(pose.pelvis.obliquityDeg).toBeGreaterThan(0)
    expect(one.rightDown).toBeGreaterThan(0)
    expect(five.tilt).toBeCloseTo(5 * pose.pelvis.anteriorTiltDeg, 4)
  })

  it('right foot pronated: L5 bends back, and toward the high (left) side: the side-bend against the dropped right side outweighs the right side’s extra extension', () => {
    const p = posed(RIGHT_PRONATED, 5)
    const up = new Vector3(0, 1, 0).applyQuaternion(p.worldQ('L5'))
    const pelvisUp = new Vector3(0, 1, 0).applyQuaternion(p.worldQ('sacrum'))
    const rel = up.sub(pelvisUp)
    expect(rel.z).toBeLessThan(0) // back
    expect(rel.x).toBeGreaterThan(0) // toward the subject's left (+X)
  })

  it('eases toward the target over the transition and snaps under reduced motion', () => {
    const cur = new Float32Array([0, 0])
    const target = new Float32Array([10, -4])
    expect(stepToward(cur, target, 16, 300)).toBe(true)
    expect(cur[0]).toBeGreaterThan(0)
    expect(cur[0]).toBeLessThan(10)
    let frames = 1
    while (stepToward(cur, target, 16, 300)) frames++
    expect(frames * 16).toBeLessThan(1000)
    const snap = new Float32Array([0, 0])
    expect(stepToward(snap, target, 16, 0)).toBe(false)
    expect(Array.from(snap)).toEqual([10, -4])
  })
})
