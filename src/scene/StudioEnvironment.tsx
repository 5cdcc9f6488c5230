// Image-based light for the bones (issue 16): three's procedural RoomEnvironment (a lit box room, generated
// here: no file, no request outside the origin) reduced once, on mount, to a light probe (nine spherical-
// harmonic coefficients), so bone reads as a matte solid with soft light from every side instead of flat
// hemisphere shading. A probe, not a pre-filtered environment map: the bones are rough (0.75–0.8), so the
// map's specular part added little, and sampling it in every pixel cost about a fifth of a frame with
// software WebGL (`npm run bench`, render: depth with and without); the probe's light is a few multiply-adds
// per pixel. Built once; it costs nothing per frame and asks for one frame when ready (the canvas renders on
// demand). The probe is uniforms, not a GPU texture, so a lost and restored WebGL context keeps it.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { CubeCamera, HalfFloatType, LightProbe, WebGLCubeRenderTarget } from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { LightProbeGenerator } from 'three/examples/jsm/lights/LightProbeGenerator.js'

/** How strongly the room lights the standard materials (the direct lights carry the modelling). */
export const ENVIRONMENT_INTENSITY = 0.3
/** Cube face size the room is rendered at before it is reduced to nine coefficients: more adds nothing. */
const CUBE_PX = 32

export function StudioEnvironment() {
  const get = useThree((s) => s.get)
  const probe = useMemo(() => {
    const light = new LightProbe()
    light.name = 'studio_light_probe'
    light.intensity = ENVIRONMENT_INTENSITY
    return light
  }, [])
  useEffect(() => {
    const { gl, invalidate } = get()
    let live = true
    const target = new WebGLCubeRenderTarget(CUBE_PX, { type: HalfFloatType })
    const room = new RoomEnvironment()
    new CubeCamera(0.1, 100, target).update(gl, room)
    void LightProbeGenerator.fromCubeRenderTarget(gl, target)
      .then((measured) => {
        if (!live) return
        probe.sh.copy(measured.sh)
        invalidate()
      })
      .catch(() => {
        // Without the probe the bones keep the hemisphere and direct lights: flatter, never unlit.
      })
      .finally(() => {
        room.traverse((o) => (o as { geometry?: { dispose(): void } }).geometry?.dispose())
        target.dispose()
      })
    return () => {
      live = false
    }
  }, [get, probe])
  return <primitive object={probe} />
}
