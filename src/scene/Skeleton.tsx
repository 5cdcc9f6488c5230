// The skeleton from public/models/skeleton.glb, posed every frame from the drawn pose. Owns the transition:
// it eases the drawn numbers toward the solved pose over about 300 ms (none under prefers-reduced-motion)
// and asks for frames only while something moves (render on demand). During the chain tour it draws the
// tour's partial pose instead (src/state/tour.ts: one link moving, the links below done, those above at
// rest) and lights up the bones of the link that moves.
import { useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useFrame, useLoader, useThree } from '@react-three/fiber'
import { BufferAttribute, Mesh, MeshStandardMaterial, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { THORACIC_CONTEXT, LUMBAR_LEVELS, discNode } from '../anatomy/names'
import { useExplorerStore } from '../state/context'
import { poseOf, type ExplorerStoreState } from '../state/store'
import {
  CHAIN_LINKS,
  easeInOut,
  motionAt,
  restInput,
  sidesMoved,
  tourFacts,
  tourFrame,
  type ChainLink,
} from '../state/tour'
import { TourStoreContext } from '../state/tourStore'
import type { ChainInput } from '../kinematics/types'
import { DRAWN_SIZE, drawnTarget, stepToward } from './drawnPose'
import { applyPose, buildRig, type ArchPoser } from './posing'
import { isGait } from '../state/gaitClock'
import { Walker } from './walker'
import { RigContext, type PosedRig } from './rigContext'
import type { ProbeSink } from './probe'

/** A frame after a long pause (a background tab) advances the cycle by at most this much (s). */
const MAX_FRAME_S = 0.1

export const TRANSITION_MS = 300

const CONTEXT_BONES = new Set<string>([...THORACIC_CONTEXT, 'ribs_lower'])
const DISC_NODES = new Set(LUMBAR_LEVELS.map(discNode))

/** The bones each link of the tour lights up (the nerve and the muscles are drawn by their own layers). */
const LINK_BONES: Record<ChainLink, RegExp | null> = {
  foot: /^(talus|calcaneus|navicular|cuboid|cuneiform|metatarsal|phalanx)_/,
  tibia: /^(tibia|fibula)_/,
  femur: /^(femur|patella)_/,
  pelvis: /^(sacrum|ilium_[lr])$/,
  lumbar: /^L[1-5]$/,
  nerve: null,
  muscles: null,
}
/** The lit link's colour: a warm tint of the bone colour, told apart from the stress scale's reds. */
export const HIGHLIGHT_COLOUR = '#f59e0b'

/** out = a + (b − a)·t, per number (the frame loop's step between a tour step's start and end). */
function lerpInto(out: Float32Array, a: Float32Array, b: Float32Array, t: number): void {
  for (let i = 0; i < out.length; i++) out[i] = a[i]! + (b[i]! - a[i]!) * t
}

// The tour's rest (neutral feet in the same shoes), solved once per distinct input.
const restCache = new WeakMap<ChainInput, ChainInput>()
const restOf = (input: ChainInput): ChainInput => {
  let r = restCache.get(input)
  if (!r) {
    r = restInput(input)
    restCache.set(input, r)
  }
  return r
}

interface SkeletonProps {
  /** The loaded model's scene; cloned, so one load serves several explorers. */
  model: Object3D
  arch?: ArchPoser
  reducedMotion: boolean
  probe?: ProbeSink
  /** Called once, after the first frame drawn with the model posed. */
  onFirstFrame?: () => void
  children?: ReactNode
}

/**
 * A bone mesh without a vertex colour (a clinic's own model may have none: public/models/README.md) gets a white
 * one, so the vertex-coloured materials leave it as it is instead of black. The geometry is shared with the
 * loaded model and its other clones, which all want the same.
 */
function withVertexColours(mesh: Mesh): void {
  const g = mesh.geometry
  if (g.getAttribute('color')) return
  const n = g.getAttribute('position').count
  g.setAttribute('color', new BufferAttribute(new Uint8Array(n * 3).fill(255), 3, true))
}

function isUnder(o: Object3D, names: Set<string>): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (names.has(p.name)) return true
  return false
}

export function Skeleton({ model, arch, reducedMotion, probe, onFirstFrame, children }: SkeletonProps) {
  const store = useExplorerStore()
  const tour = useContext(TourStoreContext)
  const invalidate = useThree((s) => s.invalidate)

  const { posed, root, boneMaterial, contextMaterial, highlightMaterial } = useMemo(() => {
    const root = model.clone(true)
    root.name = 'skeleton'
    // vertexColors: the model's COLOR_0 is ambient occlusion baked at build time (issue 16): crevices darker at
    // no cost per frame. The ghost (Ghost.tsx) keeps its own material without it, so it does not go dark.
    const boneMaterial = new MeshStandardMaterial({
      color: '#e9e1cf',
      roughness: 0.75,
      metalness: 0,
      vertexColors: true,
    })
    const contextMaterial = new MeshStandardMaterial({
      color: '#e9e1cf',
      roughness: 0.8,
      transparent: true,
      opacity: 0.35,
      vertexColors: true,
    })
    root.traverse((o) => {
      if (!(o instanceof Mesh) || isUnder(o, DISC_NODES)) return
      withVertexColours(o)
      o.material = isUnder(o, CONTEXT_BONES) ? contextMaterial : boneMaterial
      o.userData.bone = true
    })
    const highlightMaterial = new MeshStandardMaterial({
      color: HIGHLIGHT_COLOUR,
      emissive: '#5c2e00',
      roughness: 0.6,
      metalness: 0,
      vertexColors: true,
    })
    const rig = buildRig(root)
    rig.arch = arch
    const posed: PosedRig = { rig, drawn: new Float32Array(DRAWN_SIZE), listeners: new Set(), gait: null }
    const s = store.getState()
    drawnTarget(poseOf(s.input), s.input, s.exaggerate, posed.drawn)
    applyPose(rig, posed.drawn)
    return { posed, root, boneMaterial, contextMaterial, highlightMaterial }
  }, [model, arch, store])

  useEffect(
    () => () => {
      boneMaterial.dispose()
      contextMaterial.dispose()
      highlightMaterial.dispose()
    },
    [boneMaterial, contextMaterial, highlightMaterial],
  )

  // The tour lights up the bones of the link that moves; every change of its clock asks for a frame.
  useEffect(() => {
    if (!tour) return
    let lit = ''
    const apply = () => {
      const { clock } = tour.getState()
      const link = clock.active ? (CHAIN_LINKS[clock.step] ?? null) : null
      // Only the sides the link moves at are lit (a neutral left leg stays bone-coloured).
      const input = store.getState().input
      const restIn = restOf(input)
      const sides = link
        ? sidesMoved(tourFacts(link, { pose: poseOf(input), input }, { pose: poseOf(restIn), input: restIn }))
        : { left: false, right: false }
      const key = `${link}:${sides.left}:${sides.right}`
      if (key !== lit) {
        lit = key
        const re = link ? LINK_BONES[link] : null
        root.traverse((o) => {
          if (!(o instanceof Mesh) || !o.userData.bone || isUnder(o, CONTEXT_BONES)) return
          const side = o.name.endsWith('_l') ? 'left' : o.name.endsWith('_r') ? 'right' : null
          const on = !!re?.test(o.name) && (side === null || sides[side])
          o.material = on ? highlightMaterial : boneMaterial
        })
      }
      invalidate()
    }
    apply()
    const offTour = tour.subscribe(apply)
    const offStore = store.subscribe(apply)
    return () => {
      offTour()
      offStore()
    }
  }, [tour, store, root, boneMaterial, highlightMaterial, invalidate])

  useEffect(() => {
    if (!probe) return
    probe.roots.add(root)
    return () => {
      probe.roots.delete(root)
    }
  }, [probe, root])

  // Bones layer: hide the bone meshes (discs belong to the stress layer).
  useEffect(() => {
    const apply = (s: ExplorerStoreState) => {
      root.traverse((o) => {
        if (o.userData.bone) o.visible = s.layers.bones
      })
      invalidate()
    }
    apply(store.getState())
    let last = store.getState().layers.bones
    return store.subscribe((s) => {
      if (s.layers.bones !== last) {
        last = s.layers.bones
        apply(s)
      }
    })
  }, [store, root, invalidate])

  // Any change of the inputs asks for a frame; the frame loop takes it from there. So does the gait clock
  // (play, pause, scrub, step): while it plays, the frame loop asks for the next frame itself.
  useEffect(() => store.subscribe(() => invalidate()), [store, invalidate])
  useEffect(() => store.getState().clock.subscribe(() => invalidate()), [store, invalidate])
  const walker = useMemo(() => new Walker(), [])

  const target = useMemo(() => new Float32Array(DRAWN_SIZE), [])
  const seen = useRef<{ input: unknown; exaggerate: number } | null>(null)
  const ready = useRef<'posing' | 'drawn' | 'signalled'>('posing')
  // The tour step's drawn start and end, made once per step run (not per frame).
  const stepFrom = useMemo(() => new Float32Array(DRAWN_SIZE), [])
  const stepTo = useMemo(() => new Float32Array(DRAWN_SIZE), [])
  const stepSeen = useRef<{ run: number; input: unknown; exaggerate: number } | null>(null)

  useFrame((state, delta) => {
    const s = store.getState()
    const t = tour?.getState()
    if (isGait(s.input.activity) && !t?.clock.active) {
      // The gait cycle: one frame per animation frame while it plays, none while paused (render on demand).
      const { clock } = s
      let played = 0
      if (clock.playing) {
        played = Math.min(delta, MAX_FRAME_S) * Number(s.timeScale)
        clock.advance(Math.min(delta, MAX_FRAME_S), s.input.activity, Number(s.timeScale))
        state.invalidate()
      }
      walker.pose(posed, s.input, s.exaggerate, clock.cycle, played)
      seen.current = null
    } else {
      // Standing, or the chain tour (which plays the standing chain a link at a time, whatever the activity).
      walker.stand(posed)
      if (!seen.current || seen.current.input !== s.input || seen.current.exaggerate !== s.exaggerate) {
        drawnTarget(poseOf(s.input), s.input, s.exaggerate, target)
        seen.current = { input: s.input, exaggerate: s.exaggerate }
      }
      let moving: boolean
      if (t?.clock.active) {
        const seenStep = stepSeen.current
        if (
          !seenStep ||
          seenStep.run !== t.stepRun ||
          seenStep.input !== s.input ||
          seenStep.exaggerate !== s.exaggerate
        ) {
          const full = { pose: poseOf(s.input), input: s.input }
          const restIn = restOf(s.input)
          const rest = { pose: poseOf(restIn), input: restIn }
          const a = tourFrame(full, rest, t.clock.step, 0)
          const b = tourFrame(full, rest, t.clock.step, 1)
          drawnTarget(a.pose, a.input, s.exaggerate, stepFrom)
          drawnTarget(b.pose, b.input, s.exaggerate, stepTo)
          stepSeen.current = { run: t.stepRun, input: s.input, exaggerate: s.exaggerate }
        }
        const m = motionAt(t.clock, performance.now())
        lerpInto(posed.drawn, stepFrom, stepTo, easeInOut(m))
        moving = m < 1 && t.clock.playing
      } else {
        stepSeen.current = null
        moving = stepToward(posed.drawn, target, delta * 1000, reducedMotion ? 0 : TRANSITION_MS)
      }
      applyPose(posed.rig, posed.drawn)
      if (moving) state.invalidate()
    }
    for (const l of posed.listeners) l(posed.drawn)
    // This frame is drawn right after this callback; the next one proves it was.
    if (ready.current === 'posing') {
      ready.current = 'drawn'
      state.invalidate()
    } else if (ready.current === 'drawn') {
      ready.current = 'signalled'
      onFirstFrame?.()
    }
  })

  return (
    <RigContext.Provider value={posed}>
      <primitive object={root} />
      {children}
    </RigContext.Provider>
  )
}

/** Loads the GLB (meshopt decoder self-hosted in the bundle: no CDN) and hands it to <Skeleton>. */
export function useSkeletonModel(url: string): Object3D {
  const gltf = useLoader(GLTFLoader, url, (loader) => {
    loader.setMeshoptDecoder(MeshoptDecoder)
  })
  return gltf.scene
}
