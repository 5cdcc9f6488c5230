// The joints hold together on the posed model (issue 15), for every preset (with its footwear) at 1× and at
// the largest teaching exaggeration (5×): the femoral head in its socket, no bone sinking into its
// neighbour by more than 1 mm beyond how it stands at rest, the pubic symphysis without a step, the ankle
// reaching its tibia.
import { beforeAll, describe, expect, it } from 'vitest'
import { Quaternion, Vector3, type Mesh } from 'three'
import { archPose } from '../../src/anatomy/arch'
import { SUBTALAR_AXIS, SUBTALAR_AXIS_POINT_MM, SUBTALAR_MM } from '../../src/anatomy/foot'
import { toThree } from '../../src/anatomy/frame'
import { PELVIS } from '../../src/anatomy/landmarks'
import { solveChain } from '../../src/kinematics'
import { DRAWN_SIZE, LIMB, SIDE_BASE, drawnTarget } from '../../src/scene/drawnPose'
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

function pose(id: (typeof PRESET_IDS)[number], k: number): Float32Array {
  const p = PRESETS[id]
  const input = { left: p.left, right: p.right, activity: p.activity, footwear: p.footwear }
  const d = drawnTarget(solveChain(input), input, k, new Float32Array(DRAWN_SIZE))
  applyPose(rig, d)
  return d
}

describe('joints stay together at every preset, 1× to 5× (issue 15)', () => {
  it.each(PRESET_IDS.flatMap((id) => [1, 2, 3, 4, 5].map((k) => [id, k] as const)))('%s at %d×', (id, k) => {
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

/** The calcaneus' turn relative to the talus, beyond the arch recipe's, is about this axis within this angle. */
const AXIS_DEG = 2

describe('the heel turns about the subtalar axis, the talus with the tibia (issue 15)', () => {
  const everted = PRESET_IDS.flatMap((id) => [1, 3, 5].map((k) => [id, k] as const)).filter(
    ([id]) => PRESETS[id].left.calcanealEversionDeg !== 0 || PRESETS[id].right.calcanealEversionDeg !== 0,
  )
  it.each(everted)(
    `%s at %d×: the calcaneus turns relative to the talus about the model's subtalar axis (40° up, 19° medial, anatomy §6) within ${AXIS_DEG}°, through its point on the talar neck`,
    (id, k) => {
      const d = pose(id, k)
      for (const s of ['l', 'r'] as const) {
        const eversionDeg = d[SIDE_BASE[s] + LIMB.eversionDeg]!
        if (Math.abs(eversionDeg) < 1) continue
        const talus = rig.nodes.get(`talus_${s}`)!
        const calcaneus = rig.nodes.get(`calcaneus_${s}`)!
        // The calcaneus relative to the talus, less the arch recipe's own talocalcaneal turn (src/anatomy/arch.ts).
        const recipe = archPose(s, d[SIDE_BASE[s] + LIMB.navicularHeightMm]!)[`calcaneus_${s}`]!
        const rel = talus
          .getWorldQuaternion(new Quaternion())
          .invert()
          .multiply(calcaneus.getWorldQuaternion(new Quaternion()))
        const turn = new Quaternion(...recipe.rotation).invert().multiply(rel)
        const angle = 2 * Math.acos(Math.min(1, Math.abs(turn.w)))
        const axis = new Vector3(turn.x, turn.y, turn.z).normalize()
        const model = new Vector3(...toThree(SUBTALAR_AXIS, s)).normalize()
        const off = (Math.acos(Math.min(1, Math.abs(axis.dot(model)))) * 180) / Math.PI
        expect(off, `${id} ${k}× ${s}: axis off the subtalar axis (°)`).toBeLessThan(AXIS_DEG)
        // Its size: the eversion over the axis' cosine with the foot's long axis.
        expect((angle * 180) / Math.PI).toBeCloseTo(Math.abs(eversionDeg) / SUBTALAR_AXIS[0], 1)
        // The axis passes through its point on the talar neck: that point of the calcaneus stays where the
        // recipe alone puts it in the talus' frame (mm).
        const p = new Vector3(...toThree(SUBTALAR_AXIS_POINT_MM, s)).sub(
          new Vector3(...toThree(SUBTALAR_MM, s)),
        )
        const posed = talus.worldToLocal(calcaneus.localToWorld(p.clone()))
        const byRecipe = p
          .clone()
          .applyQuaternion(new Quaternion(...recipe.rotation))
          .add(new Vector3(...recipe.translation))
        expect(posed.distanceTo(byRecipe) * 1000, `${id} ${k}× ${s}: axis point moved (mm)`).toBeLessThan(
          0.01,
        )
        // The talus follows the tibia about the vertical (its recipe turn is about the mediolateral axis).
        const yawDeg = (name: string) => {
          const f = new Vector3(0, 0, 1).applyQuaternion(
            rig.nodes.get(name)!.getWorldQuaternion(new Quaternion()),
          )
          return (Math.atan2(f.x, f.z) * 180) / Math.PI
        }
        expect(
          Math.abs(yawDeg(`talus_${s}`) - yawDeg(`tibia_${s}`)),
          `${id} ${k}× ${s}: talus turned in the mortise (°)`,
        ).toBeLessThan(1)
      }
    },
  )
})
