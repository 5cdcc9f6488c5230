// The comparison's ghost: the same skeleton again, see-through, in a reference posture (neutral feet, or the
// same feet barefoot), drawn in the same place, so a 2° difference shows as two outlines. While walking or
// running it walks too (issue 13 §2): a second Walker poses it for the reference input at the skeleton's own
// moment of the gait clock, in the same place and on the skeleton's belt (the same tables and clock, so the two
// step together; its own legs would give a belt 0.8% off the drawn one, and its stance foot would skate on the
// belt the viewer sees: its pelvis surges instead, so its stance foot stays on the drawn belt's points).
//
// It costs little: a clone of the loaded model shares its geometry buffers, every mesh shares one translucent
// material, and it is posed only when the inputs, the reference or the moment of the cycle change. It rides on
// the skeleton's frames (an after-pose listener, so it reads the clock after this frame advanced it and is
// posed before the frame is drawn): it never asks for a frame of its own, so a paused cycle draws nothing.
// Its nodes are named `ghost:<bone>` (after the rig is built on the model's names), so the scene probe and the
// browser tests can tell it from the skeleton; posing looks bones up by the rig's keys, never by name.
import { useCallback, useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { BackSide, Mesh, MeshStandardMaterial, type Object3D } from 'three'
import type { ChainInput } from '../kinematics/types'
import { useExplorerStore } from '../state/context'
import type { CompareMode } from '../state/schema'
import { referenceInput } from '../state/compare'
import { poseOf, type ExplorerStoreState } from '../state/store'
import { DRAWN_SIZE, drawnTarget } from './drawnPose'
import { applyPose, buildRig } from './posing'
import type { ProbeSink } from './probe'
import { useAfterPose, usePosedRig, type PosedRig } from './rigContext'
import { Walker } from './walker'

export const GHOST_PREFIX = 'ghost:'
export const GHOST_COLOUR = '#3d7fd6'

/** What the ghost was last posed for; a frame that changes none of it leaves the ghost alone. */
interface GhostKey {
  input: ChainInput
  exaggerate: number
  compare: CompareMode
  /** The cycle's moment while the skeleton walks; null while it stands (or plays the chain tour). */
  cycle: number | null
}

/** Gives the names of nodes added to the rig since it was built (the walker's sole markers) the prefix. */
function prefixNames(root: Object3D): void {
  root.traverse((o) => {
    if (o.name && o !== root && !o.name.startsWith(GHOST_PREFIX)) o.name = `${GHOST_PREFIX}${o.name}`
  })
}

/**
 * The ghost's posing, for the after-pose listener: poses `posed` (the ghost's rig) for the reference of the
 * store's input at the clock's moment while the skeleton walks (on its `belt`), standing otherwise, and shows
 * it while compare is on.
 * Does nothing when none of that changed since the last call.
 */
function ghostPoser(
  root: Object3D,
  posed: PosedRig,
): (s: ExplorerStoreState, belt: PosedRig['gait']) => void {
  const walker = new Walker()
  let last: GhostKey | null = null
  // The reference input, one object per (input, mode): the walker builds its treadmill once per object.
  let ref: { input: ChainInput; mode: CompareMode; ref: ChainInput } | null = null
  let named = false
  return (s, belt) => {
    const cycle = belt ? s.clock.cycle : null
    if (
      last &&
      last.input === s.input &&
      last.exaggerate === s.exaggerate &&
      last.compare === s.compare &&
      last.cycle === cycle
    )
      return
    last = { input: s.input, exaggerate: s.exaggerate, compare: s.compare, cycle }
    root.visible = s.compare !== 'off'
    if (s.compare === 'off') return
    if (!ref || ref.input !== s.input || ref.mode !== s.compare)
      ref = { input: s.input, mode: s.compare, ref: referenceInput(s.input, s.compare) }
    if (cycle === null) {
      walker.stand(posed)
      drawnTarget(poseOf(ref.ref), ref.ref, s.exaggerate, posed.drawn)
      applyPose(posed.rig, posed.drawn)
    } else {
      // On the skeleton's belt (posed just before): the key's input and exaggeration fix its speed.
      walker.pose(posed, ref.ref, s.exaggerate, cycle, 0, belt!.beltPerCycleM)
      if (!named) {
        prefixNames(root) // the sole markers the walker added under each talus
        named = true
      }
    }
  }
}

export function Ghost({ model, probe }: { model: Object3D; probe?: ProbeSink }) {
  const store = useExplorerStore()
  const main = usePosedRig()
  const invalidate = useThree((s) => s.invalidate)

  const { root, posed, material } = useMemo(() => {
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
    prefixNames(root)
    root.name = 'ghost'
    root.visible = false // until the store says what to compare with
    const posed: PosedRig = { rig, drawn: new Float32Array(DRAWN_SIZE), listeners: new Set(), gait: null }
    return { root, posed, material }
  }, [model])

  useEffect(() => () => material.dispose(), [material])

  useEffect(() => {
    if (!probe) return
    probe.roots.add(root)
    return () => {
      probe.roots.delete(root)
    }
  }, [probe, root])

  const poser = useMemo(() => ghostPoser(root, posed), [root, posed])
  const pose = useCallback(() => poser(store.getState(), main.gait), [poser, store, main])

  // Every frame the skeleton draws, right after it is posed; cheap when nothing changed.
  useAfterPose(pose)
  // Registering posed it once outside a frame: ask for the frame that shows it.
  useEffect(() => invalidate(), [pose, invalidate])

  return <primitive object={root} />
}
