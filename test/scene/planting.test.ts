// The feet stay planted on the real model (public/models/skeleton.glb): for every preset, at 1× and at the
// largest teaching exaggeration (5×), each heel's floor contact and the lowest point of each first metatarsal
// head stay within a few millimetres of where they stood at rest, in height and on the floor. Also: the arch drawn is the
// arch asked for (navicular tuberosity height, public/models/README.md), and the ankle reaches its tibia.
import { beforeAll, describe, expect, it } from 'vitest'
import { Box3, Vector3, type Mesh, type Object3D } from 'three'
import { solveChain } from '../../src/kinematics'
import { DRAWN_SIZE, LIMB, SIDE_BASE, drawnTarget } from '../../src/scene/drawnPose'
import { applyPose, buildRig, plantedHeelPoint, type Rig } from '../../src/scene/posing'
import { PRESETS, PRESET_IDS } from '../../src/state/presets'
import { loadGlb } from '../models/loadGlb'

/** "A few mm": the tolerance for planted feet. */
const TOLERANCE_MM = 3
/** The talus dome moves a few mm in the mortise in the recipe (README): the legs meet it within this. */
const ANKLE_MM = 4

let rig: Rig
beforeAll(async () => {
  rig = buildRig((await loadGlb()).scene)
})

/** Metatarsal head: vertices within this distance of its centre (the proximal phalanx origin). */
const HEAD_RADIUS_M = 0.012

/**
 * The point a foot stands on (world, mm). For the calcaneus, the contact the posing holds (plantedHeelPoint):
 * the height of its lowest vertex, across and along the floor the blend of the vertices near that height. Its
 * single lowest vertex is not the point to hold: it switches from one vertex to another as the heel everts, and
 * a foot held on it jumped up to 10 mm as the heel slider moved (heelSlider.test.ts), so the posing rolls the heel
 * on the blend instead, and the lowest vertex itself may move several mm across the floor while the heel stays
 * planted. For a metatarsal, the lowest vertex of its head.
 */
function lowest(o: Object3D): Vector3 {
  if (o.name.startsWith('calcaneus'))
    return plantedHeelPoint(rig, o.name.endsWith('_l') ? 'l' : 'r', new Vector3())!.multiplyScalar(1000)
  return lowestVertex(o)
}

/** Lowest vertex (world, mm) of a bone's own mesh; for a metatarsal, of its head only. */
function lowestVertex(o: Object3D): Vector3 {
  const mesh = o as Mesh
  const pos = mesh.geometry.getAttribute('position')
  o.updateWorldMatrix(true, true)
  const head = o.name.startsWith('metatarsal')
    ? o.children.find((c) => c.name.startsWith('phalanx_proximal'))!.getWorldPosition(new Vector3())
    : null
  const v = new Vector3()
  const best = new Vector3(0, Infinity, 0)
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld)
    if (head && v.distanceTo(head) > HEAD_RADIUS_M) continue
    if (v.y < best.y) best.copy(v)
  }
  return best.multiplyScalar(1000)
}

function pose(id: (typeof PRESET_IDS)[number], k: number) {
  const p = PRESETS[id]
  const input = { left: p.left, right: p.right, activity: p.activity }
  applyPose(rig, drawnTarget(solveChain(input), input, k, new Float32Array(DRAWN_SIZE)))
}

/**
 * The same drawn arches and nothing else. The arch recipe keeps the metatarsal heads' height, not their
 * place: the foot lengthens as the arch drops and shortens as it rises (README: about 20 mm at 62 mm). The
 * forefoot's floor position is therefore checked against the recipe alone: posing the chain adds no slide.
 */
function archOnly(id: (typeof PRESET_IDS)[number], k: number) {
  const p = PRESETS[id]
  const input = { left: p.left, right: p.right, activity: p.activity }
  const full = drawnTarget(solveChain(input), input, k, new Float32Array(DRAWN_SIZE))
  const only = new Float32Array(DRAWN_SIZE)
  for (const base of [SIDE_BASE.l, SIDE_BASE.r])
    only[base + LIMB.navicularHeightMm] = full[base + LIMB.navicularHeightMm]!
  applyPose(rig, only)
}

const CONTACTS = ['calcaneus_l', 'calcaneus_r', 'metatarsal_1_l', 'metatarsal_1_r']

describe('feet planted on the real model', () => {
  it(`every preset at 1× and 5×: heel contact and first metatarsal head low point within ${TOLERANCE_MM} mm of rest height, no slide beyond the arch recipe's own change of foot length`, () => {
    applyPose(
      rig,
      drawnTarget(
        solveChain({ left: PRESETS.neutral.left, right: PRESETS.neutral.right, activity: 'standing' }),
        PRESETS.neutral,
        1,
        new Float32Array(DRAWN_SIZE),
      ),
    )
    const rest = Object.fromEntries(CONTACTS.map((n) => [n, lowest(rig.nodes.get(n)!)]))
    for (const id of PRESET_IDS)
      for (const k of [1, 5]) {
        archOnly(id, k)
        const recipe = Object.fromEntries(CONTACTS.map((n) => [n, lowest(rig.nodes.get(n)!)]))
        pose(id, k)
        for (const n of CONTACTS) {
          const now = lowest(rig.nodes.get(n)!)
          const r = rest[n]!
          const floor = n.startsWith('metatarsal') ? recipe[n]! : r
          const where = `${id} ${k}× ${n}`
          expect(Math.abs(now.y - r.y), `${where}: height change (mm)`).toBeLessThan(TOLERANCE_MM)
          expect(
            Math.hypot(now.x - floor.x, now.z - floor.z),
            `${where}: slide on the floor (mm)`,
          ).toBeLessThan(TOLERANCE_MM)
          expect(now.y, `${where}: below the floor`).toBeGreaterThan(0)
        }
      }
  })

  it('no bone goes below the floor at 5× in any preset', () => {
    for (const id of PRESET_IDS) {
      pose(id, 5)
      rig.root.updateMatrixWorld(true)
      const box = new Box3().setFromObject(rig.root, true)
      expect(box.min.y, id).toBeGreaterThan(0)
    }
  })

  it('draws the arch asked for: the navicular tuberosity stands at the input height (README: 45 mm at rest)', () => {
    const h = (side: 'l' | 'r') =>
      rig.nodes.get(`navicular_tuberosity_${side}`)!.getWorldPosition(new Vector3()).y * 1000
    pose('neutral', 1)
    expect(h('r')).toBeCloseTo(45, 0)
    pose('right-overpronated', 1) // right arch 30 mm
    expect(Math.abs(h('r') - 30)).toBeLessThan(1)
    expect(Math.abs(h('l') - 45)).toBeLessThan(1)
    pose('high-arches', 1) // 60 mm
    expect(Math.abs(h('r') - 60)).toBeLessThan(1)
  })

  it(`the legs reach the feet: each tibia carries its ankle to within ${ANKLE_MM} mm of the talus (every preset, 1× and 5×)`, () => {
    for (const id of PRESET_IDS)
      for (const k of [1, 5]) {
        pose(id, k)
        for (const s of ['l', 'r']) {
          const tibia = rig.nodes.get(`tibia_${s}`)!
          const carried = tibia.localToWorld(rig.rest.get(`talus_${s}`)!.position.clone())
          const talus = rig.nodes.get(`talus_${s}`)!.getWorldPosition(new Vector3())
          expect(carried.distanceTo(talus) * 1000, `${id} ${k}× ${s}`).toBeLessThan(ANKLE_MM)
        }
      }
  })
})

describe('shoes and orthotics drawn on the real model', () => {
  // On a shoe's heel the foot turns down and the heel's lowest vertex, wherever on the bone, stands on it.
  const heelLow = (side: 'l' | 'r') => lowestVertex(rig.nodes.get(`calcaneus_${side}`)!)
  const mt1Low = (side: 'l' | 'r') => lowestVertex(rig.nodes.get(`metatarsal_1_${side}`)!)
  function posed(input: Parameters<typeof solveChain>[0], k = 1) {
    applyPose(rig, drawnTarget(solveChain(input), input, k, new Float32Array(DRAWN_SIZE)))
  }

  it('8 cm heels (the High heels preset): each heel stands on its 80 mm heel, the first metatarsal head stays on the floor, the legs reach the raised ankles', () => {
    posed({ left: PRESETS.neutral.left, right: PRESETS.neutral.right, activity: 'standing' })
    const restMt1 = { l: mt1Low('l'), r: mt1Low('r') }
    const restHeel = { l: heelLow('l'), r: heelLow('r') }
    const p = PRESETS['high-heels']
    for (const k of [1, 5]) {
      posed({ left: p.left, right: p.right, activity: p.activity, footwear: p.footwear }, k)
      for (const s of ['l', 'r'] as const) {
        expect(heelLow(s).y - restHeel[s].y, `${k}× ${s} heel raised (mm)`).toBeGreaterThan(75)
        expect(heelLow(s).y - restHeel[s].y, `${k}× ${s} heel raised (mm)`).toBeLessThan(85)
        expect(Math.abs(mt1Low(s).y - restMt1[s].y), `${k}× ${s} MT1 head height change (mm)`).toBeLessThan(
          TOLERANCE_MM,
        )
        const tibia = rig.nodes.get(`tibia_${s}`)!
        const carried = tibia.localToWorld(rig.rest.get(`talus_${s}`)!.position.clone())
        const talus = rig.nodes.get(`talus_${s}`)!.getWorldPosition(new Vector3())
        expect(carried.distanceTo(talus) * 1000, `${k}× ${s} ankle gap (mm)`).toBeLessThan(ANKLE_MM)
      }
    }
  })

  it('one heel only (right 40 mm): the right hip is drawn higher and both legs still reach their ankles', () => {
    const input = {
      left: PRESETS.neutral.left,
      right: PRESETS.neutral.right,
      activity: 'standing' as const,
      footwear: { right: { heelHeightMm: 40 } },
    }
    posed(input)
    for (const s of ['l', 'r'] as const) {
      const tibia = rig.nodes.get(`tibia_${s}`)!
      const carried = tibia.localToWorld(rig.rest.get(`talus_${s}`)!.position.clone())
      const talus = rig.nodes.get(`talus_${s}`)!.getWorldPosition(new Vector3())
      expect(carried.distanceTo(talus) * 1000, `${s} ankle gap (mm)`).toBeLessThan(ANKLE_MM)
    }
    const hip = (s: 'l' | 'r') => rig.nodes.get(`femur_${s}`)!.getWorldPosition(new Vector3()).y
    expect(hip('r')).toBeGreaterThan(hip('l'))
    expect(heelLow('r').y - heelLow('l').y).toBeGreaterThan(35)
  })
})
