// Each lumbar disc and facet joint coloured by its stress, per side, on the shared stress scale (read against
// standing, colour-blind safe). Discs are the model's disc meshes, each half coloured by its side's stress;
// facets are markers on the model's facet landmarks, large enough to point at on a tablet. Colours follow the
// drawn (eased, exaggerated from the standing baseline) stress, so they change with the pose.
import { Fragment, useCallback, useEffect, useMemo, useRef } from 'react'
import { createPortal } from '@react-three/fiber'
import {
  BufferAttribute,
  Color,
  Mesh,
  MeshStandardMaterial,
  SphereGeometry,
  SRGBColorSpace,
  type BufferGeometry,
} from 'three'
import { LUMBAR_LEVELS, discNode, facetNode, type Side } from '../anatomy/names'
import { STRESS_SCALE } from '../state/colourScales'
import { lumbarSlot } from './drawnPose'
import { useAfterPose, usePosedRig } from './rigContext'
import { useLayer } from './useLayer'

const NEUTRAL_DISC = new Color('#c9cfd6')
const _rgb: [number, number, number] = [0, 0, 0]

/** Stress → colour (linear, for the material) via the shared sRGB scale. */
function stressColour(stress: number, out: Color): Color {
  STRESS_SCALE.at(stress, _rgb)
  return out.setRGB(_rgb[0], _rgb[1], _rgb[2], SRGBColorSpace)
}

interface DiscPaint {
  mesh: Mesh
  geometry: BufferGeometry
  /** Per vertex: 0 = left half, 1 = right half, blended across the midline. */
  rightWeight: Float32Array
  levelIndex: number
}

const FACET_RADIUS_M = 0.0085

export function StressOverlay() {
  const { rig } = usePosedRig()
  const visible = useLayer('stress')

  const discs = useMemo(() => {
    const out: DiscPaint[] = []
    LUMBAR_LEVELS.forEach((level, levelIndex) => {
      const node = rig.nodes.get(discNode(level))
      if (!node) return
      const mesh = (node instanceof Mesh ? node : node.getObjectByProperty('type', 'Mesh')) as
        Mesh | undefined
      if (!mesh) return
      // Own geometry and material per explorer: colours are written into them.
      const geometry = mesh.geometry.clone()
      const pos = geometry.getAttribute('position')
      geometry.computeBoundingBox()
      const cx = (geometry.boundingBox!.min.x + geometry.boundingBox!.max.x) / 2
      const half = Math.max(1e-6, (geometry.boundingBox!.max.x - geometry.boundingBox!.min.x) / 2)
      const rightWeight = new Float32Array(pos.count)
      // The subject's right is −X: weight 1 on the right half, a short blend across the middle.
      for (let i = 0; i < pos.count; i++)
        rightWeight[i] = Math.min(1, Math.max(0, 0.5 - ((pos.getX(i) - cx) / half) * 6))
      geometry.setAttribute('color', new BufferAttribute(new Float32Array(pos.count * 3), 3))
      mesh.geometry = geometry
      mesh.material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.6 })
      mesh.userData.sideColours = { left: new Color(), right: new Color() }
      out.push({ mesh, geometry, rightWeight, levelIndex })
    })
    return out
  }, [rig])

  useEffect(
    () => () => {
      for (const d of discs) {
        d.geometry.dispose()
        ;(d.mesh.material as MeshStandardMaterial).dispose()
      }
    },
    [discs],
  )

  const facets = useMemo(() => {
    const geometry = new SphereGeometry(FACET_RADIUS_M, 16, 12)
    const list = LUMBAR_LEVELS.flatMap((level, levelIndex) =>
      (['l', 'r'] as Side[]).flatMap((side) => {
        const anchor = rig.nodes.get(facetNode(level, side))
        if (!anchor) return []
        const material = new MeshStandardMaterial({ roughness: 0.5, emissiveIntensity: 0.35 })
        return [{ anchor, side, levelIndex, material, name: `${facetNode(level, side)}_marker` }]
      }),
    )
    return { geometry, list }
  }, [rig])

  useEffect(
    () => () => {
      facets.geometry.dispose()
      for (const f of facets.list) f.material.dispose()
    },
    [facets],
  )

  /** Per level, the stresses last painted (so unchanged discs are not re-uploaded); reset with the discs. */
  const painted = useRef<number[]>([])
  useEffect(() => {
    painted.current = []
  }, [discs, visible])
  const paint = useCallback(
    (drawn: Float32Array) => {
      for (const d of discs) {
        const sides = d.mesh.userData.sideColours as { left: Color; right: Color }
        // Rewrite (and re-upload) the vertex colours only when this disc's stress changed.
        const key = visible
          ? drawn[lumbarSlot(d.levelIndex, 'stressL')]! * 1e4 + drawn[lumbarSlot(d.levelIndex, 'stressR')]!
          : -1
        if (key === painted.current[d.levelIndex]) continue
        painted.current[d.levelIndex] = key
        if (visible) {
          stressColour(drawn[lumbarSlot(d.levelIndex, 'stressL')]!, sides.left)
          stressColour(drawn[lumbarSlot(d.levelIndex, 'stressR')]!, sides.right)
        } else {
          sides.left.copy(NEUTRAL_DISC)
          sides.right.copy(NEUTRAL_DISC)
        }
        const colours = d.geometry.getAttribute('color') as BufferAttribute
        const arr = colours.array as Float32Array
        for (let i = 0; i < d.rightWeight.length; i++) {
          const w = d.rightWeight[i]!
          arr[i * 3] = sides.left.r + (sides.right.r - sides.left.r) * w
          arr[i * 3 + 1] = sides.left.g + (sides.right.g - sides.left.g) * w
          arr[i * 3 + 2] = sides.left.b + (sides.right.b - sides.left.b) * w
        }
        colours.needsUpdate = true
      }
      for (const f of facets.list) {
        stressColour(
          drawn[lumbarSlot(f.levelIndex, f.side === 'l' ? 'stressL' : 'stressR')]!,
          f.material.color,
        )
        f.material.emissive.copy(f.material.color)
      }
    },
    [discs, facets, visible],
  )
  useAfterPose(paint)

  return (
    <>
      {facets.list.map((f) => (
        <Fragment key={f.name}>
          {createPortal(
            <mesh name={f.name} geometry={facets.geometry} material={f.material} visible={visible} />,
            f.anchor,
          )}
        </Fragment>
      ))}
    </>
  )
}
