// Orbit with the pointer, one-click views (front, back, side, feet, lower back) and the keyboard: with the
// 3D view focused, arrow keys turn around the target and + / − zoom. Views ease over about 300 ms, none under
// prefers-reduced-motion. Frames are asked for only while the camera moves.
import { useEffect, useRef, type ComponentRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import { Spherical, Vector3 } from 'three'
import type { CameraView } from '../app/types'
import { useExplorerStore } from '../state/context'

/** Camera position and target per view, metres (subject faces +Z; the subject's right is −X). */
export const VIEWS: Record<CameraView, { position: [number, number, number]; target: [number, number, number] }> = {
  front: { position: [0, 0.85, 2.7], target: [0, 0.68, 0] },
  back: { position: [0, 0.85, -2.7], target: [0, 0.68, 0] },
  side: { position: [-2.7, 0.85, 0], target: [0, 0.68, 0] },
  feet: { position: [-0.35, 0.42, -0.85], target: [0, 0.05, 0.03] },
  lumbar: { position: [-0.35, 1.12, -1.05], target: [0, 1.0, -0.02] },
}

const _spherical = new Spherical()
const _offset = new Vector3()
const TURN_RAD = Math.PI / 24

export function CameraRig({ reducedMotion }: { reducedMotion: boolean }) {
  const store = useExplorerStore()
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null)
  const anim = useRef<{ fromPos: Vector3; fromTarget: Vector3; toPos: Vector3; toTarget: Vector3; t: number } | null>(null)

  // Start at the store's view; later requests (bumped viewRequest) ease to theirs.
  useEffect(() => {
    const go = (view: CameraView, animate: boolean) => {
      const v = VIEWS[view]
      const c = controls.current
      const toPos = new Vector3(...v.position)
      const toTarget = new Vector3(...v.target)
      if (!c || !animate || reducedMotion) {
        camera.position.copy(toPos)
        c?.target.copy(toTarget)
        camera.lookAt(toTarget)
        c?.update()
        anim.current = null
      } else anim.current = { fromPos: camera.position.clone(), fromTarget: c.target.clone(), toPos, toTarget, t: 0 }
      invalidate()
    }
    go(store.getState().view, false)
    let lastRequest = store.getState().viewRequest
    return store.subscribe((s) => {
      if (s.viewRequest === lastRequest) return
      lastRequest = s.viewRequest
      go(s.view, true)
    })
  }, [store, camera, invalidate, reducedMotion])

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

  // Keyboard: the canvas is focusable and says how to use it.
  useEffect(() => {
    const el = gl.domElement
    el.setAttribute('tabindex', '0')
    el.setAttribute('role', 'img')
    el.setAttribute('aria-label', '3D skeleton. Arrow keys turn it, plus and minus zoom; or choose a view with the buttons.')
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
      camera.position.copy(c.target).add(_offset.setFromSpherical(_spherical))
      c.update()
      invalidate()
    }
    el.addEventListener('keydown', onKey)
    return () => el.removeEventListener('keydown', onKey)
  }, [gl, camera, invalidate])

  return <OrbitControls ref={controls} makeDefault enableDamping={false} minDistance={0.4} maxDistance={5} maxPolarAngle={Math.PI / 2 - 0.02} />
}
