// Soft tissue on the real model (public/models/skeleton.glb): the muscle paths drawn through the posed bones
// are the paths the core measures (lengths within 0.1 mm at 1×, barefoot), and the spine answers a dropped
// side of the pelvis: T12 stays over the hips and the trunk upright, at every preset, 1× and 5×.
import { beforeAll, describe, expect, it } from 'vitest'
import { DoubleSide, Mesh, Quaternion, Raycaster, Vector3, type Material } from 'three'
import { MUSCLE_IDS, solveChain, type ChainInput, type MuscleId } from '../../src/kinematics'
import { DRAWN_SIZE, drawnTarget } from '../../src/scene/drawnPose'
import { applyPose, buildRig, type Rig } from '../../src/scene/posing'
import { SOFT_TISSUE, bindTissue, polylineLength, tissuePoints } from '../../src/scene/softTissue'
import { PRESETS, PRESET_IDS } from '../../src/state/presets'
import { loadGlb } from '../models/loadGlb'

let rig: Rig
beforeAll(async () => {
  rig = buildRig((await loadGlb()).scene)
})

const inputOf = (id: (typeof PRESET_IDS)[number]): ChainInput => {
  const p = PRESETS[id]
  return {
    left: p.left,
    right: p.right,
    activity: p.activity,
    ...(p.footwear ? { footwear: p.footwear } : {}),
  }
}
const poseRig = (input: ChainInput, k: number) =>
  applyPose(rig, drawnTarget(solveChain(input), input, k, new Float32Array(DRAWN_SIZE)))

/** How far a femur is bent out of the vertical in the sagittal plane (degrees). */
const flexedDeg = (side: 'l' | 'r'): number => {
  const up = new Vector3(0, 1, 0).applyQuaternion(
    rig.nodes.get(`femur_${side}`)!.getWorldQuaternion(new Quaternion()),
  )
  return Math.abs(Math.atan2(up.z, up.y)) / (Math.PI / 180)
}
/** How far the shank leans off the vertical (°): it swings at the knee to reach an ankle the subtalar joint moved. */
const shankLeanDeg = (side: 'l' | 'r'): number => {
  const up = new Vector3(0, 1, 0).applyQuaternion(
    rig.nodes.get(`tibia_${side}`)!.getWorldQuaternion(new Quaternion()),
  )
  return Math.acos(Math.min(1, up.y)) / (Math.PI / 180)
}
const MUSCLES = SOFT_TISSUE.filter((t) => t.colour.kind === 'muscle')
/** Drawn path length (mm) of every muscle structure, by mesh name. */
function drawnLengths(): Map<string, number> {
  const out = new Map<string, number>()
  for (const spec of MUSCLES) {
    const bound = bindTissue(rig, spec)
    expect(bound.length, spec.name).toBe(spec.points.length)
    out.set(
      spec.name,
      polylineLength(
        tissuePoints(
          bound,
          bound.map(() => new Vector3()),
        ),
      ) * 1000,
    )
  }
  return out
}

describe('the muscles drawn are the muscles measured', () => {
  it('every muscle’s drawn length change equals the core’s within 0.1 mm, both sides, at every barefoot preset (1×)', () => {
    poseRig(inputOf('neutral'), 1)
    const rest = drawnLengths()
    let checked = 0
    const skipped: string[] = []
    for (const id of PRESET_IDS) {
      const input = inputOf(id)
      if (input.footwear) continue // a shoe's heel is drawn from the ankles' measured rises, not the core's lift
      poseRig(input, 1)
      const now = drawnLengths()
      const pose = solveChain(input)
      for (const side of ['l', 'r'] as const) {
        // Where the arch cannot give the drawn shortening the posing bends the hip and knee a little (issue 15),
        // and where the heel everts about the subtalar axis the ankle moves across and the shank leans to reach
        // it: neither is modelled by the core, so such a leg is left out (and counted).
        if (flexedDeg(side) > 0.01 || shankLeanDeg(side) > 0.01) {
          skipped.push(`${id} ${side}`)
          continue
        }
        checked++
        const sum = new Map<MuscleId, { mm: number; n: number }>()
        for (const spec of MUSCLES.filter((t) => t.side === side)) {
          const m = (spec.colour as { muscle: MuscleId }).muscle
          const s = sum.get(m) ?? { mm: 0, n: 0 }
          s.mm += now.get(spec.name)! - rest.get(spec.name)!
          s.n++
          sum.set(m, s)
        }
        for (const m of MUSCLE_IDS) {
          const drawn = sum.get(m)!.mm / sum.get(m)!.n
          const core = pose.muscles[side === 'l' ? 'left' : 'right'][m].lengthChangeMm
          expect(Math.abs(drawn - core), `${id} ${side} ${m}: drawn ${drawn}, core ${core}`).toBeLessThan(0.1)
        }
      }
    }
    expect(checked, `checked legs (left out: ${skipped.join(', ')})`).toBeGreaterThanOrEqual(4)
  })
})

describe('the trunk over the hips', () => {
  it('T12 stays within 5 mm of the midpoint of the hip centres, and the trunk above it within 1° of upright, at every preset, 1× and 5×', () => {
    const t12 = new Vector3()
    const hipL = new Vector3()
    const hipR = new Vector3()
    const up = new Vector3()
    for (const id of PRESET_IDS)
      for (const k of [1, 5]) {
        poseRig(inputOf(id), k)
        rig.nodes.get('T12')!.getWorldPosition(t12)
        rig.nodes.get('femur_l')!.getWorldPosition(hipL)
        rig.nodes.get('femur_r')!.getWorldPosition(hipR)
        const mid = (hipL.x + hipR.x) / 2
        expect(Math.abs(t12.x - mid) * 1000, `${id} ${k}×`).toBeLessThan(5)
        up.set(0, 1, 0).applyQuaternion(rig.nodes.get('T12')!.getWorldQuaternion(new Quaternion()))
        expect(Math.abs(Math.asin(up.x)) / (Math.PI / 180), `${id} ${k}×`).toBeLessThan(1)
      }
  })
})

describe('the muscles clear of bone', () => {
  it('every muscle’s line runs outside every bone (a ray from it crosses each closed bone mesh an even number of times), away from 12 mm round its path points, at every preset at 1× (at 5× straight lines without the models’ wrapping surfaces cut through the sciatic notch and the trochanters: no test)', () => {
    const meshes: Mesh[] = []
    rig.root.traverse((o) => {
      if (o instanceof Mesh && o.geometry.index) {
        ;(o.material as Material).side = DoubleSide
        meshes.push(o)
      }
    })
    const rc = new Raycaster()
    const dir = new Vector3(1, 0.013, 0.007).normalize()
    const q = new Vector3()
    const inside: string[] = []
    const cases: [(typeof PRESET_IDS)[number], number][] = [
      ...PRESET_IDS.map((id) => [id, 1] as [(typeof PRESET_IDS)[number], number]),
    ]
    for (const [id, k] of cases) {
      poseRig(inputOf(id), k)
      for (const spec of MUSCLES) {
        const b = bindTissue(rig, spec)
        const pts = tissuePoints(
          b,
          b.map(() => new Vector3()),
        )
        for (let i = 0; i + 1 < pts.length; i++)
          for (let t = 0; t <= 1.001; t += 0.1) {
            q.copy(pts[i]!).lerp(pts[i + 1]!, t)
            if (pts.some((p) => p.distanceTo(q) < 0.012)) continue
            rc.set(q, dir)
            for (const m of meshes)
              if (rc.intersectObject(m, false).length % 2 === 1)
                inside.push(`${id} ${k}×: ${spec.name} in ${m.name}`)
          }
      }
    }
    expect(inside).toEqual([])
  })
})
