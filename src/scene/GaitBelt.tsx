// The treadmill's belt (issue 13): while walking or running the body stays in place and the floor moves back
// under it. A dark belt with light cross stripes, moved by the belt's travel each frame; the stance foot moves
// with it (gaitPosing.ts). The stripes' spacing divides the travel of one cycle, so the pattern does not jump
// when the cycle starts again. Hidden while standing. The group `belt` sits at z = −(travel this cycle), so
// the diagnostics probe reads the belt's frame from it.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { createPortal } from '@react-three/fiber'
import { MeshStandardMaterial, PlaneGeometry, type Group, type Mesh } from 'three'
import { useAfterPose, usePosedRig } from './rigContext'

const BELT_WIDTH_M = 0.75
const BELT_LENGTH_M = 2.4
/** About this far apart, adjusted so a whole number of stripes fits one cycle's travel. */
const STRIPE_SPACING_M = 0.12
const STRIPES = 64
/** The first stripe's z before the belt moves: far enough forward that a cycle's travel never empties the view. */
const FIRST_STRIPE_Z_M = -1.4
const LIFT_M = 0.0006

export function GaitBelt() {
  const posed = usePosedRig()
  const group = useRef<Group>(null)
  const belt = useRef<Mesh>(null)
  const stripes = useRef<(Mesh | null)[]>([])
  const spacing = useRef(0)
  const { beltGeometry, stripeGeometry, beltMaterial, stripeMaterial } = useMemo(
    () => ({
      beltGeometry: new PlaneGeometry(BELT_WIDTH_M, BELT_LENGTH_M).rotateX(-Math.PI / 2),
      stripeGeometry: new PlaneGeometry(BELT_WIDTH_M, 0.014).rotateX(-Math.PI / 2),
      beltMaterial: new MeshStandardMaterial({ color: '#5b6673', roughness: 1 }),
      stripeMaterial: new MeshStandardMaterial({ color: '#c3ccd6', roughness: 1 }),
    }),
    [],
  )
  useEffect(
    () => () => {
      beltGeometry.dispose()
      stripeGeometry.dispose()
      beltMaterial.dispose()
      stripeMaterial.dispose()
    },
    [beltGeometry, stripeGeometry, beltMaterial, stripeMaterial],
  )

  const update = useCallback(() => {
    const g = group.current
    const gait = posed.gait
    const visible = gait !== null && gait.beltPerCycleM > 0
    if (belt.current) belt.current.visible = visible
    if (!g) return
    g.visible = visible
    if (!gait || !visible) return
    const n = Math.max(1, Math.round(gait.beltPerCycleM / STRIPE_SPACING_M))
    const s = gait.beltPerCycleM / n
    if (s !== spacing.current) {
      spacing.current = s
      stripes.current.forEach((m, i) => m?.position.set(0, LIFT_M, FIRST_STRIPE_Z_M + i * s))
    }
    g.position.z = -gait.beltM
    // Only the stripes on the belt show.
    for (const m of stripes.current)
      if (m) m.visible = Math.abs(m.position.z + g.position.z) < BELT_LENGTH_M / 2
  }, [posed])
  useAfterPose(update)

  // Inside the skeleton's root (which stays at the origin), so the diagnostics probe finds the belt by name.
  return createPortal(
    <>
      <mesh
        ref={belt}
        name="belt_surface"
        geometry={beltGeometry}
        material={beltMaterial}
        position={[0, LIFT_M / 2, 0]}
        visible={false}
      />
      <group ref={group} name="belt" visible={false}>
        {Array.from({ length: STRIPES }, (_, i) => (
          <mesh
            key={i}
            ref={(m) => {
              stripes.current[i] = m
            }}
            geometry={stripeGeometry}
            material={stripeMaterial}
          />
        ))}
      </group>
    </>,
    posed.rig.root,
  )
}
