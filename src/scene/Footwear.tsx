// What one foot stands in, drawn so that "8 cm heels" does not show a barefoot skeleton: a shoe's heel block
// and sole under a heel that the posing has raised (posing.ts, step 5), and an orthotic's insole with its
// medial (anti-pronation) post and arch support. Both follow the posed bones every frame; nothing is drawn
// barefoot. Sizes are the inputs' own (a shoe is not exaggerated); soft tissue is not drawn, so the shoe
// stands off the bones by the pads' thickness (heel pad 20 mm, forefoot 12 mm: public/models/README.md).
import { useCallback, useEffect, useMemo } from 'react'
import { createPortal } from '@react-three/fiber'
import { BufferAttribute, BufferGeometry, MeshStandardMaterial, Vector3 } from 'three'
import { sided, type Side } from '../anatomy/names'
import { LIMB, SIDE_BASE } from './drawnPose'
import { heelLowPoint } from './posing'
import { useExplorer } from '../state/context'
import { footOf } from '../state/schema'
import { useAfterPose, usePosedRig } from './rigContext'

const DEG = Math.PI / 180
/** Heel pad under the calcaneus (model build value). */
const HEEL_PAD_M = 0.02
const SOLE_M = 0.006
const INSOLE_M = 0.003
/** The post's width: its medial edge rises by this × tan(post). */
const POST_WIDTH_M = 0.06
/** The orthotic's arch support under the navicular, above the insole. */
const ARCH_SUPPORT_M = 0.012
const HEEL_HALF_WIDTH_M = 0.024
const HEEL_BLOCK_M = 0.045
const TOE_MARGIN_M = 0.03

/**
 * A closed loft through cross-sections along the foot: each section is [z, medial x, lateral x, medial top y,
 * lateral top y, bottom y]; 4 vertices per section, quads between neighbours, caps at both ends. Fixed
 * topology, positions rewritten.
 */
function loftGeometry(sections: number): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array(sections * 4 * 3), 3))
  const index: number[] = []
  for (let i = 0; i < sections - 1; i++)
    for (let k = 0; k < 4; k++) {
      const a = i * 4 + k
      const b = i * 4 + ((k + 1) % 4)
      index.push(a, a + 4, b, b, a + 4, b + 4)
    }
  const last = (sections - 1) * 4
  index.push(0, 1, 2, 0, 2, 3, last, last + 2, last + 1, last, last + 3, last + 2)
  g.setIndex(index)
  return g
}

type Section = readonly [
  z: number,
  medialX: number,
  lateralX: number,
  medialTopY: number,
  lateralTopY: number,
  bottomY: number,
]

function writeLoft(g: BufferGeometry, sections: readonly Section[]): void {
  const pos = g.getAttribute('position') as BufferAttribute
  sections.forEach(([z, mx, lx, medialTop, lateralTop, bottom], i) => {
    pos.setXYZ(i * 4, mx, medialTop, z)
    pos.setXYZ(i * 4 + 1, lx, lateralTop, z)
    pos.setXYZ(i * 4 + 2, lx, bottom, z)
    pos.setXYZ(i * 4 + 3, mx, bottom, z)
  })
  pos.needsUpdate = true
  g.computeVertexNormals()
  g.computeBoundingSphere()
}

const _heel = new Vector3()
const _mt1 = new Vector3()
const _mt5 = new Vector3()
const _nav = new Vector3()

export function Footwear({ side }: { side: Side }) {
  const { rig } = usePosedRig()
  const parts = useMemo(
    () => ({
      shoe: loftGeometry(5),
      insole: loftGeometry(4),
      shoeMaterial: new MeshStandardMaterial({ color: '#5b4636', roughness: 0.7, flatShading: true }),
      insoleMaterial: new MeshStandardMaterial({ color: '#2f6fd0', roughness: 0.6, flatShading: true }),
    }),
    [],
  )
  useEffect(
    () => () => {
      parts.shoe.dispose()
      parts.insole.dispose()
      parts.shoeMaterial.dispose()
      parts.insoleMaterial.dispose()
    },
    [parts],
  )

  const follow = useCallback(
    (drawn: Float32Array) => {
      const heelM = drawn[SIDE_BASE[side] + LIMB.heelMm]! / 1000
      const postDeg = drawn[SIDE_BASE[side] + LIMB.postDeg]!
      const mt1 = rig.nodes.get(sided('phalanx_proximal_1', side))
      const mt5 = rig.nodes.get(sided('phalanx_proximal_5', side))
      const nav = rig.nodes.get(sided('navicular_tuberosity', side))
      const heel = heelLowPoint(rig, side, _heel)
      if (!heel || !mt1 || !mt5) return
      mt1.getWorldPosition(_mt1)
      mt5.getWorldPosition(_mt5)
      if (nav) nav.getWorldPosition(_nav)
      else _nav.lerpVectors(heel, _mt1, 0.5)
      // Medial is +x for the right foot, −x for the left (posing.ts).
      const m = side === 'r' ? 1 : -1
      const back = heel.z - 0.02
      const front = Math.max(_mt1.z, _mt5.z) + TOE_MARGIN_M
      const heelTop = Math.max(0, heel.y - HEEL_PAD_M)
      // The shoe's upper surface: the heel seat, then down the shank to the ball of the foot on the floor.
      const topAt = (z: number) =>
        z <= heel.z
          ? heelTop
          : z >= _mt1.z
            ? SOLE_M
            : heelTop + ((SOLE_M - heelTop) * (z - heel.z)) / (_mt1.z - heel.z)
      if (heelM > 0) {
        const heelFront = heel.z + HEEL_BLOCK_M - 0.02
        const seatM = heel.x + m * HEEL_HALF_WIDTH_M
        const seatL = heel.x - m * HEEL_HALF_WIDTH_M
        const flat = (z: number, mx: number, lx: number, bottom: number): Section => [
          z,
          mx,
          lx,
          topAt(z),
          topAt(z),
          bottom,
        ]
        const ballM = _mt1.x + m * 0.012
        const ballL = _mt5.x - m * 0.012
        writeLoft(parts.shoe, [
          flat(back, seatM, seatL, 0),
          flat(heelFront, seatM, seatL, 0),
          flat(heelFront, seatM, seatL, topAt(heelFront) - SOLE_M),
          flat(_mt1.z - 0.01, ballM, ballL, 0),
          flat(front, ballM, ballL, 0),
        ])
      }
      if (postDeg > 0) {
        const base = (z: number) => (heelM > 0 ? topAt(z) : 0)
        const post = POST_WIDTH_M * Math.tan(postDeg * DEG)
        const medialX = (z: number) => (z < _nav.z ? heel.x + m * HEEL_HALF_WIDTH_M : _mt1.x + m * 0.012)
        const lateralX = (z: number) => (z < _nav.z ? heel.x - m * HEEL_HALF_WIDTH_M : _mt5.x - m * 0.012)
        // Sections: the heel (the post lifts its medial edge: a wedge), the arch (its support under the
        // navicular), the ball of the foot (flat).
        const section = (z: number, medialLift: number): Section => [
          z,
          medialX(z),
          lateralX(z),
          base(z) + INSOLE_M + medialLift,
          base(z) + INSOLE_M,
          base(z),
        ]
        writeLoft(parts.insole, [
          section(back, post),
          section(heel.z + 0.03, post),
          section(_nav.z, post + ARCH_SUPPORT_M),
          section(_mt1.z - 0.015, 0),
        ])
      }
    },
    [parts, rig, side],
  )
  useAfterPose(follow)
  // Drawn only where the foot wears them (and the model has the bones they are placed by).
  const footSide = side === 'r' ? 'right' : 'left'
  const hasShoe = useExplorer((s) => footOf(s.input, footSide).heelHeightMm > 0)
  const hasOrthotic = useExplorer((s) => footOf(s.input, footSide).medialPostDeg > 0)
  const placeable = ['phalanx_proximal_1', 'phalanx_proximal_5'].every((n) => rig.nodes.has(sided(n, side)))

  // Under the skeleton's root, so it is one of the explorer's drawn things by name (the diagnostics probe).
  return createPortal(
    <group name={sided('footwear', side)} visible={placeable}>
      <mesh
        name={sided('shoe', side)}
        geometry={parts.shoe}
        material={parts.shoeMaterial}
        visible={hasShoe}
        frustumCulled={false}
      />
      <mesh
        name={sided('orthotic', side)}
        geometry={parts.insole}
        material={parts.insoleMaterial}
        visible={hasOrthotic}
        frustumCulled={false}
      />
    </group>,
    rig.root,
  )
}
