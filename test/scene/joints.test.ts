// The joints hold together on the posed model (issue 15), for every preset (with its footwear) at 1× and at
// the largest teaching exaggeration (5×): the femoral head in its socket, no bone sinking into its
// neighbour by more than 1 mm beyond how it stands at rest, the pubic symphysis without a step, the ankle
// reaching its tibia.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Mesh } from 'three'
import { PELVIS } from '../../src/anatomy/landmarks'
import { solveChain } from '../../src/kinematics'
import { DRAWN_SIZE, drawnTarget } from '../../src/scene/drawnPose'
import { applyPose, buildRig, type Rig } from '../../src/scene/posing'
import { PRESETS, PRESET_IDS } from '../../src/state/presets'
import { loadGlb } from '../models/loadGlb'
import { ankleGapMm, hipGapMm, sinkMm, symphysisStepMm } from './jointGaps'

/** Neighbours whose surfaces must not sink into each other (ankle mortise, subtalar, midfoot, hip). */
const PAIRS: [string, string][] = [
  ['tibia', 'talus'],
  ['fibula', 'talus'],
  ['talus', 'calcaneus'],
  ['talus', 'navicular'],
  ['calcaneus', 'cuboid'],
  ['navicular', 'cuneiform_medial'],
  ['femur', 'ilium'],
]

/** The femoral head's centre within this of its socket's (the landmarks acetabulum_x, femoral_head_x). */
const HIP_MM = 1
/** No bone sinks into its neighbour by more than this beyond how it stands at rest. */
const SINK_MM = 1
/** Pubic symphysis step. */
const SYMPHYSIS_MM = 2
/** Where the tibia carries the ankle against where the talus stands (as test/scene/planting.test.ts). */
const ANKLE_MM = 4

let rig: Rig
const restSink = new Map<string, number>()
beforeAll(async () => {
  rig = buildRig((await loadGlb()).scene)
  for (const s of ['l', 'r'] as const)
    for (const [a, b] of PAIRS)
      restSink.set(
        `${a}_${s}|${b}_${s}`,
        sinkMm(rig.nodes.get(`${a}_${s}`) as Mesh, rig.nodes.get(`${b}_${s}`) as Mesh),
      )
}, 120_000)

function pose(id: (typeof PRESET_IDS)[number], k: number) {
  const p = PRESETS[id]
  const input = { left: p.left, right: p.right, activity: p.activity, footwear: p.footwear }
  applyPose(rig, drawnTarget(solveChain(input), input, k, new Float32Array(DRAWN_SIZE)))
}

describe('joints stay together at every preset, 1× and 5× (issue 15)', () => {
  it.each(PRESET_IDS.flatMap((id) => [1, 5].map((k) => [id, k] as const)))('%s at %d×', (id, k) => {
    pose(id, k)
    const row: Record<string, number> = {}
    for (const s of ['l', 'r'] as const) {
      row[`hip_${s}`] = hipGapMm(rig, s)
      row[`ankle_${s}`] = ankleGapMm(rig, s)
      for (const [a, b] of PAIRS) {
        const key = `${a}_${s}|${b}_${s}`
        row[key] =
          sinkMm(rig.nodes.get(`${a}_${s}`) as Mesh, rig.nodes.get(`${b}_${s}`) as Mesh) - restSink.get(key)!
      }
    }
    row.symphysis = symphysisStepMm(rig, PELVIS.pubicSymphysis.value, PELVIS.hip.value)
    for (const [n, v] of Object.entries(row)) {
      const limit = n.startsWith('hip')
        ? HIP_MM
        : n.startsWith('ankle')
          ? ANKLE_MM
          : n === 'symphysis'
            ? SYMPHYSIS_MM
            : SINK_MM
      expect(v, `${id} ${k}× ${n} (mm)`).toBeLessThanOrEqual(limit)
    }
  })
})
