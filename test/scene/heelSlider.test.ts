// Dragging the heel-eversion slider while the skeleton stands moves the foot smoothly (the real model,
// public/models/skeleton.glb). The subtalar joint held the heel's single lowest vertex where it stood at rest;
// on the calcaneus mesh that vertex switches as the heel everts, and the whole foot jumped with it: the talus
// moved 10.3 mm between −2.0° and −1.75° (8.1 mm at −4.5°, 4.7 mm at 0.5°, 2.7 mm at 6.75°, neutral arches)
// where its smooth step is about 0.15 mm. The posing now holds a blended contact (posing.ts, subtalarJoint):
// 0.15 mm at most.
import { beforeAll, describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { solveChain, type ChainInput, type FootPosture } from '../../src/kinematics'
import { HEEL_EVERSION_RANGE_DEG } from '../../src/anatomy/foot'
import { DRAWN_SIZE, drawnTarget } from '../../src/scene/drawnPose'
import { applyPose, buildRig, type Rig } from '../../src/scene/posing'
import { loadGlb } from '../models/loadGlb'

/** The slider's step in this sweep (deg), finer than a drag moves it between two frames. */
const STEP_DEG = 0.25
/** Most a foot bone may move in one step (mm): about three times the smooth step, a tenth of the old jumps. */
const MAX_STEP_MM = 0.5
const BONES = ['talus', 'calcaneus'] as const

let rig: Rig
beforeAll(async () => {
  rig = buildRig((await loadGlb()).scene)
})

describe('the heel slider, standing', () => {
  it.each([30, 45, 60])(
    `arch %i mm: sweeping both heels' eversion over the slider's range in ${STEP_DEG}° steps moves each talus and calcaneus by under ${MAX_STEP_MM} mm per step`,
    (navicularHeightMm) => {
      const drawn = new Float32Array(DRAWN_SIZE)
      const where = (name: string) =>
        rig.nodes.get(name)!.getWorldPosition(new Vector3()).multiplyScalar(1000)
      let before: Map<string, Vector3> | null = null
      let worstMm = 0
      let worstAt = ''
      const { min, max } = HEEL_EVERSION_RANGE_DEG
      for (let i = 0; min + i * STEP_DEG <= max; i++) {
        const eversionDeg = min + i * STEP_DEG
        const foot: FootPosture = { navicularHeightMm, calcanealEversionDeg: eversionDeg }
        const input: ChainInput = { left: foot, right: foot, activity: 'standing' }
        applyPose(rig, drawnTarget(solveChain(input), input, 1, drawn))
        const now = new Map(
          (['l', 'r'] as const).flatMap((s) => BONES.map((b) => [`${b}_${s}`, where(`${b}_${s}`)] as const)),
        )
        if (before)
          for (const [name, p] of now) {
            const mm = p.distanceTo(before.get(name)!)
            if (mm > worstMm)
              [worstMm, worstAt] = [mm, `${name} from ${eversionDeg - STEP_DEG}° to ${eversionDeg}°`]
          }
        before = now
      }
      expect(worstMm, worstAt).toBeLessThan(MAX_STEP_MM)
    },
  )
})
