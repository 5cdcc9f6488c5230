// Piriformis of one side: a spindle-shaped muscle through its landmarks (origin on the sacrum, the greater
// sciatic notch, insertion on the greater trochanter), following the pose and coloured by its length change
// on the diverging blue (shortened) ↔ orange (lengthened) scale.
import { useCallback, useEffect, useMemo } from 'react'
import { MeshStandardMaterial, SRGBColorSpace, Vector3, type Object3D } from 'three'
import { PIRIFORMIS, sided, type Side } from '../anatomy/names'
import { couplerById } from '../kinematics'
import { LENGTH_SCALE } from '../state/colourScales'
import { LIMB, SIDE_BASE } from './drawnPose'
import { useAfterPose, usePosedRig } from './rigContext'
import { createLiveTube } from './tube'
import { useLayer } from './useLayer'

/** Full colour at the length change where the core's piriformis tension term reaches 1. */
const FULL_SCALE_MM = couplerById('piriformisTensionReference')?.gain ?? 5
const _rgb: [number, number, number] = [0, 0, 0]
/** A belly about 2.2 cm across, tapering to its tendons. */
const radius = (u: number) => 0.003 + 0.008 * Math.sin(Math.PI * Math.min(1, u * 1.15))

export function Piriformis({ side }: { side: Side }) {
  const { rig } = usePosedRig()
  const visible = useLayer('muscle')
  const parts = useMemo(() => {
    const nodes = PIRIFORMIS.map((n) => rig.nodes.get(sided(n, side))).filter(
      (o): o is Object3D => o !== undefined,
    )
    const tube = createLiveTube(24, 12)
    const points = nodes.map(() => new Vector3())
    const material = new MeshStandardMaterial({ roughness: 0.6 })
    return { nodes, tube, points, material }
  }, [rig, side])

  useEffect(
    () => () => {
      parts.tube.geometry.dispose()
      parts.material.dispose()
    },
    [parts],
  )

  const follow = useCallback(
    (drawn: Float32Array) => {
      if (parts.nodes.length < 2) return
      parts.nodes.forEach((o, i) => o.getWorldPosition(parts.points[i]!))
      parts.tube.update(parts.points, radius)
      LENGTH_SCALE.at(drawn[SIDE_BASE[side] + LIMB.piriformisMm]! / FULL_SCALE_MM, _rgb)
      parts.material.color.setRGB(_rgb[0], _rgb[1], _rgb[2], SRGBColorSpace)
    },
    [parts, side],
  )
  useAfterPose(follow)

  if (parts.nodes.length < 2) return null
  return (
    <mesh
      name={sided('piriformis', side)}
      geometry={parts.tube.geometry}
      material={parts.material}
      visible={visible}
      frustumCulled={false}
    />
  )
}
