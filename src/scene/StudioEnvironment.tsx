// Image-based light for the bones (issue 16): three's procedural RoomEnvironment (a lit box room, generated
// here: no file, no request outside the origin) pre-filtered once into scene.environment, so bone reads as a
// matte solid with soft light from every side instead of flat hemisphere shading. Built once on mount; it
// costs nothing per frame and asks for one frame when ready (the canvas renders on demand).
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { PMREMGenerator } from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'

/** How strongly the environment lights the standard materials (the direct lights carry the modelling). */
export const ENVIRONMENT_INTENSITY = 0.3

export function StudioEnvironment() {
  const get = useThree((s) => s.get)
  useEffect(() => {
    const { gl, scene, invalidate } = get()
    const pmrem = new PMREMGenerator(gl)
    const room = new RoomEnvironment()
    const target = pmrem.fromScene(room, 0.04)
    room.traverse((o) => (o as { geometry?: { dispose(): void } }).geometry?.dispose())
    pmrem.dispose()
    scene.environment = target.texture
    scene.environmentIntensity = ENVIRONMENT_INTENSITY
    invalidate()
    return () => {
      if (scene.environment === target.texture) scene.environment = null
      target.dispose()
    }
  }, [get])
  return null
}
