// Orbit with the pointer, one-click views (front, back, side, feet, lower back) and the keyboard: with the
// 3D view focused, arrow keys turn around the target and + / − zoom. Views ease over about 300 ms, none under
// prefers-reduced-motion. Frames are asked for only while the camera moves. When the person turns the model
// away from a named view (or a view is chosen again) the canvas says so with a `kce-camera` event, so the view
// buttons show what is on screen.
import { useCallback, useContext, useEffect, useRef, type ComponentRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import { PerspectiveCamera, Spherical, Vector3 } from 'three'
import { useI18n } from '../i18n/context'
import type { CameraView, Side } from '../state/schema'
import { affectedSide } from '../state/affectedSide'
import { useExplorerStore } from '../state/context'
import { selectPose } from '../state/store'
import { CHAIN_LINKS, type ChainLink } from '../state/tour'
import { TourStoreContext } from '../state/tourStore'

/**
 * What each view is for, as a box to fill the canvas with (metres; subject faces +Z, the subject's right is
 * −X): the direction the camera looks from, the box's centre and its half height and half width as seen.
 * The distance is fitted to the canvas' aspect, so a tablet in portrait frames the same structures.
 */
export const VIEWS: Record<
  CameraView,
  { from: [number, number, number]; target: [number, number, number]; halfHeight: number; halfWidth: number }
> = {
  // The whole skeleton, floor to lower ribs.
  front: { from: [0, 0.1, 1], target: [0, 0.66, 0], halfHeight: 0.68, halfWidth: 0.3 },
  // The clinician's view of heel eversion, and the pelvis, piriformis and the sciatic nerve down to the ankle.
  back: { from: [0, 0.1, -1], target: [0, 0.62, -0.08], halfHeight: 0.6, halfWidth: 0.3 },
  // From the subject's right.
  side: { from: [-1, 0.1, 0], target: [0, 0.66, -0.03], halfHeight: 0.68, halfWidth: 0.3 },
  // Both heels from behind, low, the right one (the affected foot; mirrored for the left) nearer the centre and
  // seen a little from its inner side: its heel's eversion against the shin, the main input, and its arch.
  feet: { from: [0.1, 0.12, -1], target: [-0.03, 0.1, -0.1], halfHeight: 0.12, halfWidth: 0.16 },
  // L3 to the sacrum from behind and a little above: both sides' facet joints.
  lumbar: { from: [0, 0.3, -1], target: [0, 1.07, -0.12], halfHeight: 0.1, halfWidth: 0.13 },
}

type Framing = (typeof VIEWS)[CameraView]

/**
 * What the chain tour frames at each link, from behind (as a clinician looks at a standing patient): the box
 * the link moves in, with room for the joint below it, so its turn reads against its parent bone.
 */
export const LINK_FRAMES: Record<ChainLink, Framing> = {
  foot: VIEWS.feet,
  // Knee to ankle, both legs.
  tibia: { from: [0.1, 0.15, -1], target: [0, 0.3, -0.06], halfHeight: 0.27, halfWidth: 0.2 },
  // Hip to knee, both legs.
  femur: { from: [0.1, 0.12, -1], target: [0, 0.68, -0.05], halfHeight: 0.3, halfWidth: 0.22 },
  // The pelvis and the hips, a little from above and from the side so a forward tip shows.
  pelvis: { from: [0.35, 0.35, -1], target: [0, 0.95, -0.05], halfHeight: 0.17, halfWidth: 0.22 },
  lumbar: VIEWS.lumbar,
  // Sacrum to knee: the piriformis and the nerve's course down the thigh.
  nerve: { from: [0.15, 0.15, -1], target: [0, 0.78, -0.08], halfHeight: 0.3, halfWidth: 0.24 },
  muscles: VIEWS.back,
}

const FIT_MARGIN = 1.06
/**
 * Camera position and target for a view on a canvas of this aspect (width / height) and vertical fov (deg).
 * The feet view turns to the affected side's heel (`side`; the table gives the right one, mirrored for the left).
 */
export function viewPose(
  view: CameraView | Framing,
  aspect: number,
  fovDeg: number,
  side: Side = 'right',
): { position: Vector3; target: Vector3 } {
  const v = typeof view === 'string' ? VIEWS[view] : view
  const tan = Math.tan((fovDeg * Math.PI) / 360)
  const distance = Math.max(v.halfHeight / tan, v.halfWidth / (tan * Math.max(0.2, aspect))) * FIT_MARGIN
  const mirror = (view === 'feet' || view === VIEWS.feet) && side === 'left' ? -1 : 1
  const target = new Vector3(v.target[0] * mirror, v.target[1], v.target[2])
  const from = new Vector3(v.from[0] * mirror, v.from[1], v.from[2])
  return { position: from.normalize().multiplyScalar(distance).add(target), target }
}

/** The 3D view's event on its canvas: `free` once the person turns the model, false when a view is chosen. */
export const CAMERA_EVENT = 'kce-camera'

const _spherical = new Spherical()
const _offset = new Vector3()
const TURN_RAD = Math.PI / 24

export function CameraRig({ reducedMotion }: { reducedMotion: boolean }) {
  const store = useExplorerStore()
  const tour = useContext(TourStoreContext)
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const size = useThree((s) => s.size)
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null)
  const anim = useRef<{
    fromPos: Vector3
    fromTarget: Vector3
    toPos: Vector3
    toTarget: Vector3
    t: number
  } | null>(null)

  const free = useRef(false)
  /** Whether the camera is away from the named view (turned by hand); told to the page once per change. */
  const setFree = useCallback(
    (value: boolean) => {
      if (free.current === value) return
      free.current = value
      gl.domElement.dispatchEvent(new CustomEvent(CAMERA_EVENT, { bubbles: true, detail: { free: value } }))
    },
    [gl],
  )
  /** A pointer is down on the model: changes of the camera now are the person's. */
  const dragging = useRef(false)

  // Start at the store's view; later requests (bumped viewRequest) ease to theirs.
  useEffect(() => {
    const go = (view: CameraView | Framing, animate: boolean) => {
      const c = controls.current
      const fov = camera instanceof PerspectiveCamera ? camera.fov : 32
      const aspect = size.height > 0 ? size.width / size.height : 1
      const side = affectedSide(selectPose(store.getState()))
      const { position: toPos, target: toTarget } = viewPose(view, aspect, fov, side)
      setFree(false)
      if (!c || !animate || reducedMotion) {
        camera.position.copy(toPos)
        c?.target.copy(toTarget)
        camera.lookAt(toTarget)
        c?.update()
        anim.current = null
      } else
        anim.current = {
          fromPos: camera.position.clone(),
          fromTarget: c.target.clone(),
          toPos,
          toTarget,
          t: 0,
        }
      invalidate()
    }
    // The chain tour frames each link as it moves, and gives the chosen view back when it stops.
    const tourLink = (): ChainLink | null => {
      const c = tour?.getState().clock
      return c?.active ? (CHAIN_LINKS[c.step] ?? null) : null
    }
    let lastLink = tourLink()
    go(lastLink ? LINK_FRAMES[lastLink] : store.getState().view, false)
    let lastRequest = store.getState().viewRequest
    let lastSide = affectedSide(selectPose(store.getState()))
    const offTour = tour?.subscribe(() => {
      const link = tourLink()
      if (link === lastLink) return
      lastLink = link
      go(link ? LINK_FRAMES[link] : store.getState().view, true)
    })
    const offStore = store.subscribe((s) => {
      const side = affectedSide(selectPose(s))
      const sideChanged = side !== lastSide
      lastSide = side
      // The feet view follows the affected foot while it is on screen as chosen.
      if (s.viewRequest === lastRequest && !(sideChanged && s.view === 'feet' && !free.current)) return
      lastRequest = s.viewRequest
      go(s.view, true)
    })
    return () => {
      offTour?.()
      offStore()
    }
    // The canvas' size is part of the framing: a resize (a tablet turned) frames the view again.
  }, [store, tour, camera, invalidate, reducedMotion, size.width, size.height, setFree])

  useFrame((state, delta) => {
    const a = anim.current
    const c = controls.current
    if (!a || !c) return
    a.t = Math.min(1, a.t + (delta * 1000) / 300)
    const e = 1 - (1 - a.t) ** 3
    camera.position.lerpVectors(a.fromPos, a.toPos, e)
    c.target.lerpVectors(a.fromTarget, a.toTarget, e)
    c.update()
    if (a.t < 1) state.invalidate()
    else anim.current = null
  })

  // The canvas's name, in the explorer's language.
  const { t } = useI18n()
  useEffect(() => {
    gl.domElement.setAttribute('aria-label', t.app.canvas)
  }, [gl, t])

  // Keyboard: the canvas is focusable and says how to use it; what it shows is told by the stage's text
  // description (src/ui/SceneDescription.tsx), which it points at.
  useEffect(() => {
    const el = gl.domElement
    el.setAttribute('tabindex', '0')
    el.setAttribute('role', 'img')
    const description = el.closest('.kce-stage')?.querySelector('.kce-scene-description')
    if (description?.id) el.setAttribute('aria-describedby', description.id)
    const onKey = (e: KeyboardEvent) => {
      const c = controls.current
      if (!c) return
      _offset.copy(camera.position).sub(c.target)
      _spherical.setFromVector3(_offset)
      if (e.key === 'ArrowLeft') _spherical.theta -= TURN_RAD
      else if (e.key === 'ArrowRight') _spherical.theta += TURN_RAD
      else if (e.key === 'ArrowUp') _spherical.phi = Math.max(0.15, _spherical.phi - TURN_RAD)
      else if (e.key === 'ArrowDown') _spherical.phi = Math.min(Math.PI / 2, _spherical.phi + TURN_RAD)
      else if (e.key === '+' || e.key === '=') _spherical.radius = Math.max(0.4, _spherical.radius * 0.85)
      else if (e.key === '-' || e.key === '_') _spherical.radius = Math.min(5, _spherical.radius / 0.85)
      else return
      e.preventDefault()
      anim.current = null
      setFree(true)
      camera.position.copy(c.target).add(_offset.setFromSpherical(_spherical))
      c.update()
      invalidate()
    }
    el.addEventListener('keydown', onKey)
    return () => el.removeEventListener('keydown', onKey)
  }, [gl, camera, invalidate, setFree])

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={false}
      minDistance={0.4}
      maxDistance={5}
      maxPolarAngle={Math.PI / 2 - 0.02}
      onStart={() => (dragging.current = true)}
      onEnd={() => (dragging.current = false)}
      onChange={() => {
        if (dragging.current) {
          anim.current = null
          setFree(true)
        }
      }}
    />
  )
}
