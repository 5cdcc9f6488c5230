// Image-based light for the bones (issue 16): three's procedural RoomEnvironment (a lit box room, no file, no
// request outside the origin) as a light probe, nine spherical-harmonic coefficients, so bone reads as a matte
// solid with soft light from every side instead of flat hemisphere shading. A probe, not a pre-filtered
// environment map: the bones are rough (0.75–0.8), so the map's specular part added little (screenshots side by
// side showed no change), while sampling it in every pixel cost about a fifth of a frame with software WebGL
// (`npm run bench render`: depth with and without). The probe's light is a few multiply-adds per pixel.
//
// The coefficients are baked, not measured on mount: measuring them needs a GPU read-back, which is
// asynchronous, so the first frames (and the screenshot a host or a test takes once the widget is ready) would be
// drawn without the fill, then again with it. They were measured once in Chromium with three 0.187:
// RoomEnvironment rendered by a CubeCamera into a 32 px half-float WebGLCubeRenderTarget, reduced by
// LightProbeGenerator.fromCubeRenderTarget (the room is grey, so the three channels are equal). Being uniforms,
// not a texture, they also survive a lost WebGL context.
import { useMemo } from 'react'
import { LightProbe, SphericalHarmonics3 } from 'three'

/** How strongly the room lights the standard materials (the direct lights carry the modelling). */
export const ENVIRONMENT_INTENSITY = 0.3

/** RoomEnvironment's spherical harmonics, order 2 (see above for how they were measured). */
const ROOM_SH = [3.722, 1.75, 1.589, 0.214, 0.137, 1.021, 1.267, -0.282, -0.672]

export function StudioEnvironment() {
  const probe = useMemo(() => {
    const sh = new SphericalHarmonics3()
    ROOM_SH.forEach((c, i) => sh.coefficients[i]!.set(c, c, c))
    const light = new LightProbe(sh, ENVIRONMENT_INTENSITY)
    light.name = 'studio_light_probe'
    return light
  }, [])
  return <primitive object={probe} />
}
