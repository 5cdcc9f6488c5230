// The sciatic nerve of one side as a tube through the model's landmarks (sciatic_0..6, then the tibial nerve
// to the ankle, and the common fibular branch), rebuilt in place every posed frame so it follows the pose.
// It glows by irritation: colour from the shared irritation scale, plus a halo whose opacity rises with it.
import { useCallback, useEffect, useMemo } from 'react'
import {
  AdditiveBlending,
  MeshBasicMaterial,
  MeshStandardMaterial,
  SRGBColorSpace,
  Vector3,
  type Object3D,
} from 'three'
import { FIBULAR_NERVE, SCIATIC_TRUNK, TIBIAL_NERVE, sided, type Side } from '../anatomy/names'
import { IRRITATION_SCALE } from '../state/colourScales'
import { LIMB, SIDE_BASE } from './drawnPose'
import { useAfterPose, usePosedRig } from './rigContext'
import { createLiveTube } from './tube'
import { useLayer } from './useLayer'

// Radii (docs/domain.md#anatomy-43-sciatic-course-as-landmarks, from docs/sources.md#s34): 8.5 mm at the exit, 5.5 mm by the gluteal fold, about 5 mm to the fork,
// tibial nerve about 4 mm, common fibular about 2.5–3 mm.
const TRUNK_SHARE = (SCIATIC_TRUNK.length - 1) / (SCIATIC_TRUNK.length - 1 + TIBIAL_NERVE.length)
const trunkRadius = (u: number) => {
  const t = u / TRUNK_SHARE
  if (t <= 1) return (8.5 - Math.min(1, t * 1.6) * 3.5) / 1000
  return (5 - Math.min(1, (u - TRUNK_SHARE) / (1 - TRUNK_SHARE)) * 1) / 1000
}
const branchRadius = () => 0.0028
const HALO_SCALE = 2.4
const HALO_FROM = 0.15
const haloRadius = (u: number) => trunkRadius(u) * HALO_SCALE

const _rgb: [number, number, number] = [0, 0, 0]

export function SciaticNerve({ side }: { side: Side }) {
  const { rig } = usePosedRig()
  const visible = useLayer('nerve')

  const parts = useMemo(() => {
    const pick = (names: string[]) =>
      names.map((n) => rig.nodes.get(sided(n, side))).filter((o): o is Object3D => o !== undefined)
    const trunkNodes = pick([...SCIATIC_TRUNK, ...TIBIAL_NERVE])
    const fork = rig.nodes.get(sided(SCIATIC_TRUNK[SCIATIC_TRUNK.length - 1]!, side))
    const branchNodes = fork ? [fork, ...pick(FIBULAR_NERVE)] : []
    const trunk = createLiveTube(64, 10)
    const halo = createLiveTube(64, 10)
    const branch = createLiveTube(16, 8)
    const trunkPts = trunkNodes.map(() => new Vector3())
    const branchPts = branchNodes.map(() => new Vector3())
    const material = new MeshStandardMaterial({ roughness: 0.45, emissiveIntensity: 0 })
    const haloMaterial = new MeshBasicMaterial({
      transparent: true,
      opacity: 0,
      blending: AdditiveBlending,
      depthWrite: false,
    })
    return { trunkNodes, branchNodes, trunk, halo, branch, trunkPts, branchPts, material, haloMaterial }
  }, [rig, side])

  useEffect(
    () => () => {
      parts.trunk.geometry.dispose()
      parts.halo.geometry.dispose()
      parts.branch.geometry.dispose()
      parts.material.dispose()
      parts.haloMaterial.dispose()
    },
    [parts],
  )

  const follow = useCallback(
    (drawn: Float32Array) => {
      if (parts.trunkNodes.length < 2) return
      parts.trunkNodes.forEach((o, i) => o.getWorldPosition(parts.trunkPts[i]!))
      parts.trunk.update(parts.trunkPts, trunkRadius)
      const irritation = drawn[SIDE_BASE[side] + LIMB.irritation]!
      // The halo shows only above a little irritation; an invisible one is not rebuilt.
      if (irritation > HALO_FROM) parts.halo.update(parts.trunkPts, haloRadius)
      if (parts.branchNodes.length >= 2) {
        parts.branchNodes.forEach((o, i) => o.getWorldPosition(parts.branchPts[i]!))
        parts.branch.update(parts.branchPts, branchRadius)
      }
      IRRITATION_SCALE.at(irritation, _rgb)
      parts.material.color.setRGB(_rgb[0], _rgb[1], _rgb[2], SRGBColorSpace)
      parts.material.emissive.copy(parts.material.color)
      parts.material.setValues({ emissiveIntensity: 0.15 + 0.85 * irritation })
      parts.haloMaterial.color.copy(parts.material.color)
      parts.haloMaterial.setValues({ opacity: Math.max(0, irritation - HALO_FROM) * 0.6 })
    },
    [parts, side],
  )
  useAfterPose(follow)

  if (parts.trunkNodes.length < 2) return null
  return (
    <group name={sided('sciatic_nerve', side)} visible={visible}>
      <mesh
        name={sided('sciatic_nerve_trunk', side)}
        geometry={parts.trunk.geometry}
        material={parts.material}
        frustumCulled={false}
      />
      <mesh
        name={sided('sciatic_nerve_glow', side)}
        geometry={parts.halo.geometry}
        material={parts.haloMaterial}
        frustumCulled={false}
      />
      <mesh
        name={sided('common_fibular_nerve', side)}
        geometry={parts.branch.geometry}
        material={parts.material}
        frustumCulled={false}
      />
    </group>
  )
}
