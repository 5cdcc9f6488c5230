// Every soft-tissue structure of the table (softTissue.ts) as a tube through its points on the posed skeleton,
// rebuilt in place after every posing so it follows the pose. Muscles are coloured by their length change on
// the diverging scale (blue shortened, pale unchanged, orange lengthened; the legend's words); the sciatic
// nerve glows by irritation: colour from the irritation scale, plus a halo whose opacity rises with it.
import { useCallback, useEffect, useMemo } from 'react'
import { AdditiveBlending, MeshBasicMaterial, MeshStandardMaterial, SRGBColorSpace, Vector3 } from 'three'
import { IRRITATION_SCALE, LENGTH_SCALE } from '../state/colourScales'
import { LIMB, SIDE_BASE, muscleSlot } from './drawnPose'
import { useAfterPose, usePosedRig } from './rigContext'
import { SOFT_TISSUE, bindTissue, tissuePoints, type BoundPoint, type TissueSpec } from './softTissue'
import { createLiveTube, type LiveTube } from './tube'
import { useLayer } from './useLayer'

/** Full colour at a length change of 2% of the muscle's path at rest (every muscle on the same scale). */
export const MUSCLE_FULL_SCALE_PCT = 2
const HALO_SCALE = 2.4
const HALO_FROM = 0.15
const _rgb: [number, number, number] = [0, 0, 0]

interface Part {
  spec: TissueSpec
  bound: BoundPoint[]
  points: Vector3[]
  tube: LiveTube
  material: MeshStandardMaterial
  halo?: { tube: LiveTube; material: MeshBasicMaterial; radius: (u: number) => number }
}

export function SoftTissue() {
  const { rig } = usePosedRig()
  const showMuscles = useLayer('muscle')
  const showNerve = useLayer('nerve')

  const parts = useMemo<Part[]>(
    () =>
      SOFT_TISSUE.map((spec) => {
        const bound = bindTissue(rig, spec)
        const part: Part = {
          spec,
          bound,
          points: bound.map(() => new Vector3()),
          tube: createLiveTube(spec.segments, spec.radialSegments),
          material: new MeshStandardMaterial({
            roughness: spec.colour.kind === 'nerve' ? 0.45 : 0.6,
            emissiveIntensity: 0,
          }),
        }
        if (spec.halo)
          part.halo = {
            tube: createLiveTube(spec.segments, spec.radialSegments),
            material: new MeshBasicMaterial({
              transparent: true,
              opacity: 0,
              blending: AdditiveBlending,
              depthWrite: false,
            }),
            radius: (u: number) => spec.radius(u) * HALO_SCALE,
          }
        return part
      }),
    [rig],
  )

  useEffect(
    () => () => {
      for (const p of parts) {
        p.tube.geometry.dispose()
        p.material.dispose()
        p.halo?.tube.geometry.dispose()
        p.halo?.material.dispose()
      }
    },
    [parts],
  )

  const follow = useCallback(
    (drawn: Float32Array) => {
      for (const p of parts) {
        if (p.bound.length < 2) continue
        tissuePoints(p.bound, p.points)
        p.tube.update(p.points, p.spec.radius)
        const c = p.spec.colour
        if (c.kind === 'muscle') {
          LENGTH_SCALE.at(drawn[muscleSlot(p.spec.side, c.muscle)]! / MUSCLE_FULL_SCALE_PCT, _rgb)
          p.material.color.setRGB(_rgb[0], _rgb[1], _rgb[2], SRGBColorSpace)
          continue
        }
        const irritation = drawn[SIDE_BASE[p.spec.side] + LIMB.irritation]!
        IRRITATION_SCALE.at(irritation, _rgb)
        p.material.color.setRGB(_rgb[0], _rgb[1], _rgb[2], SRGBColorSpace)
        p.material.emissive.copy(p.material.color)
        p.material.setValues({ emissiveIntensity: 0.15 + 0.85 * irritation })
        if (p.halo) {
          // The halo shows only above a little irritation; an invisible one is not rebuilt.
          if (irritation > HALO_FROM) p.halo.tube.update(p.points, p.halo.radius)
          p.halo.material.color.copy(p.material.color)
          p.halo.material.setValues({ opacity: Math.max(0, irritation - HALO_FROM) * 0.6 })
        }
      }
    },
    [parts],
  )
  useAfterPose(follow)

  return (
    <group name="soft_tissue">
      {parts
        .filter((p) => p.bound.length >= 2)
        .map((p) => {
          const visible = p.spec.layer === 'nerve' ? showNerve : showMuscles
          return (
            <group key={p.spec.name} visible={visible}>
              <mesh
                name={p.spec.name}
                geometry={p.tube.geometry}
                material={p.material}
                frustumCulled={false}
              />
              {p.halo && p.spec.halo && (
                <mesh
                  name={p.spec.halo}
                  geometry={p.halo.tube.geometry}
                  material={p.halo.material}
                  frustumCulled={false}
                />
              )}
            </group>
          )
        })}
    </group>
  )
}
