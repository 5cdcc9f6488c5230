// The comparison's ghost: the same skeleton again, see-through, in a reference posture (neutral feet, or the
// same feet barefoot), drawn in the same place, so a 2° difference shows as two outlines. It costs little: a
// clone of the loaded model shares its geometry buffers, every mesh shares one translucent material, and it
// is posed only when the inputs or the reference change (no per-frame work, no frames while idle).
// Its nodes are named `ghost:<bone>` (after the rig is built on the model's names), so the scene probe and the
// browser tests can tell it from the skeleton.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { BackSide, Mesh, MeshStandardMaterial, type Object3D } from 'three'
import { useExplorerStore } from '../state/context'
import type { CompareMode } from '../state/schema'
import { referenceInput } from '../state/compare'
import { poseOf, type ExplorerStoreState } from '../state/store'
import { DRAWN_SIZE, drawnTarget } from './drawnPose'
import { applyPose, buildRig } from './posing'
import type { ProbeSink } from './probe'

export const GHOST_PREFIX = 'ghost:'
export const GHOST_COLOUR = '#3d7fd6'

function showGhost(root: Object3D, on: boolean): void {
  root.visible = on
}

export function Ghost({ model, probe }: { model: Object3D; probe?: ProbeSink }) {
  const store = useExplorerStore()
  const invalidate = useThree((s) => s.invalidate)

  const { root, rig, material } = useMemo(() => {
    const root = model.clone(true)
    const material = new MeshStandardMaterial({
      color: GHOST_COLOUR,
      transparent: true,
      opacity: 0.4,
      roughness: 0.9,
      depthWrite: false,
      // Its inner faces only: where the two skeletons coincide the solid bone hides them, and where they part
      // the ghost shows as a tinted shell beside the bone (two outlines), instead of a blue film over it all.
      side: BackSide,
    })
    root.traverse((o) => {
      if (o instanceof Mesh) {
        o.material = material
        o.renderOrder = 1
      }
    })
    const rig = buildRig(root)
    root.traverse((o) => {
      if (o.name) o.name = `${GHOST_PREFIX}${o.name}`
    })
    root.name = 'ghost'
    root.visible = false // until the store says what to compare with
    return { root, rig, material }
  }, [model])

  useEffect(() => () => material.dispose(), [material])

  useEffect(() => {
    if (!probe) return
    probe.roots.add(root)
    return () => {
      probe.roots.delete(root)
    }
  }, [probe, root])

  useEffect(() => {
    const drawn = new Float32Array(DRAWN_SIZE)
    let last: { input: unknown; exaggerate: number; compare: CompareMode } | null = null
    const apply = (s: ExplorerStoreState) => {
      if (last && last.input === s.input && last.exaggerate === s.exaggerate && last.compare === s.compare)
        return
      last = { input: s.input, exaggerate: s.exaggerate, compare: s.compare }
      if (s.compare !== 'off') {
        const ref = referenceInput(s.input, s.compare)
        drawnTarget(poseOf(ref), ref, s.exaggerate, drawn)
        applyPose(rig, drawn)
      }
      showGhost(root, s.compare !== 'off')
      invalidate()
    }
    apply(store.getState())
    return store.subscribe(apply)
  }, [store, root, rig, invalidate])

  return <primitive object={root} />
}
