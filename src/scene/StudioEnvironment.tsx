// Image-based light for the bones (issue 16): three's procedural RoomEnvironment (a lit box room, generated
// here: no file, no request outside the origin) pre-filtered once into scene.environment, so bone reads as a
// matte solid with soft light from every side instead of flat hemisphere shading. Built once on mount; it
// costs nothing per frame and asks for one frame when ready (the canvas renders on demand). A lost and
// restored WebGL context loses what was rendered into the pre-filtered map (three re-uploads images, not
// render targets), so it is built again then, or the bones would come back unlit.
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { PMREMGenerator, type WebGLRenderTarget } from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'

/** How strongly the environment lights the standard materials (the direct lights carry the modelling). */
export const ENVIRONMENT_INTENSITY = 0.3

export function StudioEnvironment() {
  const get = useThree((s) => s.get)
  useEffect(() => {
    const { gl, scene, invalidate } = get()
    let target: WebGLRenderTarget | null = null
    const build = () => {
      const pmrem = new PMREMGenerator(gl)
      const room = new RoomEnvironment()
      const next = pmrem.fromScene(room, 0.04)
      room.traverse((o) => (o as { geometry?: { dispose(): void } }).geometry?.dispose())
      pmrem.dispose()
      const old = target
      target = next
      scene.environment = next.texture
      scene.environmentIntensity = ENVIRONMENT_INTENSITY
      old?.dispose()
      invalidate()
    }
    build()
    const canvas = gl.domElement
    canvas.addEventListener('webglcontextrestored', build)
    return () => {
      canvas.removeEventListener('webglcontextrestored', build)
      if (target && scene.environment === target.texture) scene.environment = null
      target?.dispose()
    }
  }, [get])
  return null
}
