// The footstrike pulse's rings (src/scene/shockRings.ts, drawn by ShockPulse.tsx) on the stand-in rig: a ring
// per level and side, lit by the moment of the cycle (the foot first, L5–S1 later, then dark), sitting on its
// bone; still under reduced motion; none when standing. Read by object name, as the probe reads them.
import { describe, expect, it } from 'vitest'
import { Euler, Quaternion, Vector3 } from 'three'
import { NEUTRAL_FOOT, type ChainInput } from '../../src/kinematics'
import { SHOCK_LEVELS, shockAt, shockPulses } from '../../src/kinematics/shockPulse'
import { buildRig } from '../../src/scene/posing'
import { buildShockRings, placeShockRings, shockRingName } from '../../src/scene/shockRings'
import { makeRigFixture } from './rigFixture'

/** A camera turned a little about two axes, as the camera rig leaves it after an orbit. */
const CAMERA = new Quaternion().setFromEuler(new Euler(-0.3, 2.6, 0))
const running: ChainInput = { left: NEUTRAL_FOOT, right: NEUTRAL_FOOT, activity: 'running' }

function setup(input: ChainInput, still = false) {
  const rig = buildRig(makeRigFixture())
  const rings = buildShockRings(rig)
  rig.root.add(rings.group)
  const pulses = shockPulses(input)
  const brightness = new Float32Array(2 * SHOCK_LEVELS.length)
  const at = (cycle: number) => placeShockRings(rings, shockAt(pulses, cycle, brightness, still), CAMERA)
  const ring = (level: (typeof SHOCK_LEVELS)[number], side: 'l' | 'r') =>
    rig.root.getObjectByName(shockRingName(level, side)) as (typeof rings.rings)[number]['mesh']
  const lit = (side: 'l' | 'r') => SHOCK_LEVELS.filter((l) => ring(l, side).visible)
  return { rig, rings, at, ring, lit, pulses }
}

describe('shock rings', () => {
  it('running: a ring per level and side; at the right heel strike the right foot lights, the glow climbs to L5–S1 and is gone before mid-swing; the left lights half a cycle later', () => {
    const { at, ring, lit } = setup(running)
    for (const level of SHOCK_LEVELS)
      for (const s of ['l', 'r'] as const) expect(ring(level, s)).toBeDefined()
    at(0.005)
    expect(lit('r')).toEqual(['foot'])
    expect(lit('l')).toEqual([])
    at(0.17)
    expect(lit('r')).toContain('lumbar')
    expect(lit('r')).not.toContain('foot')
    at(0.3)
    expect(lit('r')).toEqual([])
    at(0.505)
    expect(lit('l')).toEqual(['foot'])
    expect(lit('r')).toEqual([])
  })

  it('over a cycle drawn at 500 moments, each side’s foot ring lights exactly once', () => {
    const { at, ring } = setup({ ...running, footStrike: 'forefoot' })
    for (const s of ['l', 'r'] as const) {
      let rises = 0
      at(-0.002)
      let was = ring('foot', s).visible
      for (let i = 0; i < 500; i++) {
        at(i / 500)
        if (ring('foot', s).visible && !was) rises++
        was = ring('foot', s).visible
      }
      expect(rises, s).toBe(1)
    }
  })

  it('the tibia’s ring sits halfway between the ankle and the knee (± 1 µm), facing the camera', () => {
    const { rig, at, ring } = setup(running)
    rig.root.position.set(0.1, 0, 0.2) // the ring's parent moved and turned: world placement still right
    rig.root.quaternion.setFromEuler(new Euler(0, 0.4, 0))
    rig.root.updateMatrixWorld(true)
    at(0.06)
    const r = ring('tibia', 'r')
    expect(r.visible).toBe(true)
    const ankle = rig.nodes.get('talus_r')!.getWorldPosition(new Vector3())
    const knee = rig.nodes.get('tibia_r')!.getWorldPosition(new Vector3())
    const mid = ankle.clone().add(knee).multiplyScalar(0.5)
    r.updateWorldMatrix(true, false)
    expect(r.getWorldPosition(new Vector3()).distanceTo(mid)).toBeLessThan(1e-6)
    const normal = new Vector3(0, 0, 1).applyQuaternion(r.getWorldQuaternion(new Quaternion()))
    expect(normal.dot(new Vector3(0, 0, 1).applyQuaternion(CAMERA))).toBeCloseTo(1, 6)
  })

  it('reduced motion: at the scrubbed moment every level shows at once, still, fading with height (opacity √ of what reaches it)', () => {
    const { at, ring, lit, pulses } = setup(running, true)
    at(0.05)
    expect(lit('r')).toEqual([...SHOCK_LEVELS])
    const arrival = pulses.find((p) => p.side === 'right')!.arrival
    const opacity = SHOCK_LEVELS.map((l) => (ring(l, 'r').material as { opacity: number }).opacity)
    opacity.forEach((o, k) => expect(o).toBeCloseTo(Math.sqrt(arrival[k]!), 6))
    for (let k = 1; k < opacity.length; k++) expect(opacity[k]!).toBeLessThan(opacity[k - 1]!)
    // Nothing moves while the moment stays: the same moment again, the same rings.
    const before = ring('femur', 'r').position.clone()
    at(0.05)
    expect(ring('femur', 'r').position.equals(before)).toBe(true)
  })

  it('a downhill heel strike glows brighter than a level one, a forefoot strike fainter, at every level', () => {
    const opacities = (inp: ChainInput) => {
      const s = setup(inp, true)
      s.at(0.05)
      return SHOCK_LEVELS.map((l) => (s.ring(l, 'r').material as { opacity: number }).opacity)
    }
    const fore = opacities({ ...running, footStrike: 'forefoot' })
    const rear = opacities(running)
    const down = opacities({ ...running, activity: 'downhill-running' })
    SHOCK_LEVELS.forEach((_, k) => {
      expect(fore[k]!).toBeLessThan(rear[k]!)
      expect(rear[k]!).toBeLessThan(down[k]!)
    })
  })

  it('standing: nothing lights at any moment', () => {
    const { at, lit } = setup({ ...running, activity: 'standing' })
    for (const c of [0, 0.05, 0.1, 0.5, 0.55]) {
      at(c)
      expect([...lit('r'), ...lit('l')]).toEqual([])
    }
  })
})
