// Dragging the heel-eversion or arch slider of both feet while the skeleton stands moves the leg smoothly (the
// real model, public/models/skeleton.glb). Where the foot leaves part of the drawn leg shortening over (posing.ts,
// archShortfallM), the hip and knee bent to take it all; the bend of a leg of fixed length reaching a lower ankle
// grows with the square root of the drop, so the first 0.35 mm of shortfall (heel eversion 4.0° to 4.25°, arch
// 45 mm) threw the knee 12 mm forward, then 5.0, 3.7 and 3.1 mm in the following steps (arch 60 mm: 6.1 mm at
// −0.25°; arch sweeps at heel 0°, 4°, 10°: 3.6, 7.0, 7.7 mm). The shortfall both feet share is now left to the
// pelvis's height (posing.ts, applyPose): 0.12 mm at most.
import { beforeAll, describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { INPUT_LIMITS, solveChain, type ChainInput, type FootPosture } from '../../src/kinematics'
import { HEEL_EVERSION_RANGE_DEG } from '../../src/anatomy/foot'
import { DRAWN_SIZE, drawnTarget } from '../../src/scene/drawnPose'
import { applyPose, buildRig, type Rig } from '../../src/scene/posing'
import { loadGlb } from '../models/loadGlb'

/** The heel slider's step in this sweep (deg), finer than a drag moves it between two frames. */
const HEEL_STEP_DEG = 0.25
/** The arch slider's step in this sweep (mm), half the slider's own step. */
const ARCH_STEP_MM = 0.5
/**
 * Most a leg bone's origin may move in one step (mm). Over the whole heel range (35°) the knee and hip travel a
 * few centimetres at most; spread evenly that is well under a millimetre per 0.25°, and the smooth steps away
 * from the shortfall's start measure under 1 mm. The old jumps were 3–12 mm.
 */
const MAX_STEP_MM = 1.5
const BONES = ['tibia', 'femur', 'patella'] as const

let rig: Rig
beforeAll(async () => {
  rig = buildRig((await loadGlb()).scene)
})

/** Sweeps the feet through `feet` and returns the largest step of a leg bone's origin, and where it was. */
function worstStep(feet: FootPosture[], label: (f: FootPosture) => string): { mm: number; at: string } {
  const drawn = new Float32Array(DRAWN_SIZE)
  const where = (name: string) => rig.nodes.get(name)!.getWorldPosition(new Vector3()).multiplyScalar(1000)
  const names = ['pelvis', ...(['l', 'r'] as const).flatMap((s) => BONES.map((b) => `${b}_${s}`))].filter(
    (n) => rig.nodes.has(n),
  )
  let before: Map<string, Vector3> | null = null
  let prev = ''
  let worst = { mm: 0, at: '' }
  for (const foot of feet) {
    const input: ChainInput = { left: foot, right: foot, activity: 'standing' }
    applyPose(rig, drawnTarget(solveChain(input), input, 1, drawn))
    const now = new Map(names.map((n) => [n, where(n)] as const))
    if (before)
      for (const [name, p] of now) {
        const mm = p.distanceTo(before.get(name)!)
        if (mm > worst.mm) worst = { mm, at: `${name} from ${prev} to ${label(foot)}` }
      }
    before = now
    prev = label(foot)
  }
  return worst
}

describe('the leg above the foot, standing, as a slider is dragged', () => {
  it('has a tibia, femur, patella and pelvis on both sides to measure', () => {
    for (const n of ['pelvis', 'tibia_l', 'tibia_r', 'femur_l', 'femur_r', 'patella_l', 'patella_r'])
      expect(rig.nodes.has(n), n).toBe(true)
  })

  it.each([30, 45, 60])(
    `arch %i mm: sweeping both heels' eversion in ${HEEL_STEP_DEG}° steps moves each leg bone's origin by under ${MAX_STEP_MM} mm per step`,
    (navicularHeightMm) => {
      const { min, max } = HEEL_EVERSION_RANGE_DEG
      const feet: FootPosture[] = []
      for (let i = 0; min + i * HEEL_STEP_DEG <= max; i++)
        feet.push({ navicularHeightMm, calcanealEversionDeg: min + i * HEEL_STEP_DEG })
      const worst = worstStep(feet, (f) => `${f.calcanealEversionDeg}°`)
      expect(worst.mm, worst.at).toBeLessThan(MAX_STEP_MM)
    },
  )

  it.each([-5, 0, 4, 10])(
    `heel %i°: sweeping both arches in ${ARCH_STEP_MM} mm steps moves each leg bone's origin by under ${MAX_STEP_MM} mm per step`,
    (calcanealEversionDeg) => {
      const { min, max } = INPUT_LIMITS.navicularHeightMm
      const feet: FootPosture[] = []
      for (let i = 0; min + i * ARCH_STEP_MM <= max; i++)
        feet.push({ navicularHeightMm: min + i * ARCH_STEP_MM, calcanealEversionDeg })
      const worst = worstStep(feet, (f) => `${f.navicularHeightMm} mm`)
      expect(worst.mm, worst.at).toBeLessThan(MAX_STEP_MM)
    },
  )
})
