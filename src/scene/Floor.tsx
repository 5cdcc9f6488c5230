// The floor the feet stand on (y = 0), with a faint ring so depth reads on a tablet, and a soft contact
// shadow under each foot (issue 16) so the feet stand on it rather than float over it.
import { useMemo, useEffect } from 'react'
import {
  CircleGeometry,
  DataTexture,
  LinearFilter,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  RingGeometry,
} from 'three'
import { ANKLE_MM, CALCANEUS_POSTERIOR_MM, RAYS, mtTipMm } from '../anatomy/foot'
import { toThree } from '../anatomy/frame'

/**
 * The contact shadow: a soft ellipse baked into a small texture, laid under each foot. The feet stay planted
 * (posing.ts keeps the heel and the metatarsal heads where they stand), so it is drawn once and never
 * re-rendered: a shadow that costs nothing per frame. Its footprint runs from the heel's back to the tip of
 * the second metatarsal's head, a little wider than the foot.
 */
const SHADOW_PX = 64
function contactShadowTexture(): DataTexture {
  const data = new Uint8Array(SHADOW_PX * SHADOW_PX * 4)
  for (let j = 0; j < SHADOW_PX; j++)
    for (let i = 0; i < SHADOW_PX; i++) {
      const u = ((i + 0.5) / SHADOW_PX) * 2 - 1
      const v = ((j + 0.5) / SHADOW_PX) * 2 - 1
      const r = Math.min(1, Math.sqrt(u * u + v * v))
      const k = 4 * (i + j * SHADOW_PX)
      data[k + 3] = Math.round(255 * (1 - r) ** 1.6)
    }
  const t = new DataTexture(data, SHADOW_PX, SHADOW_PX)
  t.magFilter = LinearFilter
  t.minFilter = LinearFilter
  t.needsUpdate = true
  return t
}
const heel = CALCANEUS_POSTERIOR_MM[0]
const toe = mtTipMm(RAYS[1]!)[0]
const FOOT_LENGTH_M = ((toe - heel) / 1000) * 1.1
const FOOT_WIDTH_M = 0.11
const footCentre = (s: 'l' | 'r') => {
  const p = toThree([(heel + toe) / 2, 0, ANKLE_MM[2] + 8], s)
  return [p[0], 0.0004, p[2]] as const
}

export function Floor() {
  const { disc, ring, material, ringMaterial, shadow, shadowMaterial } = useMemo(
    () => ({
      disc: new CircleGeometry(1.2, 64).rotateX(-Math.PI / 2),
      ring: new RingGeometry(0.38, 0.4, 64).rotateX(-Math.PI / 2),
      material: new MeshStandardMaterial({ color: '#cfd6de', roughness: 1 }),
      ringMaterial: new MeshStandardMaterial({ color: '#b4bec9', roughness: 1 }),
      shadow: new PlaneGeometry(FOOT_WIDTH_M, FOOT_LENGTH_M).rotateX(-Math.PI / 2),
      shadowMaterial: new MeshBasicMaterial({
        color: '#2b323a',
        alphaMap: contactShadowTexture(),
        transparent: true,
        opacity: 0.45,
        depthWrite: false,
      }),
    }),
    [],
  )
  useEffect(
    () => () => {
      disc.dispose()
      ring.dispose()
      material.dispose()
      ringMaterial.dispose()
      shadow.dispose()
      shadowMaterial.alphaMap?.dispose()
      shadowMaterial.dispose()
    },
    [disc, ring, material, ringMaterial, shadow, shadowMaterial],
  )
  return (
    <group name="floor">
      <mesh geometry={disc} material={material} position={[0, -0.001, 0]} />
      <mesh geometry={ring} material={ringMaterial} />
      <mesh name="contact_shadow_l" geometry={shadow} material={shadowMaterial} position={footCentre('l')} />
      <mesh name="contact_shadow_r" geometry={shadow} material={shadowMaterial} position={footCentre('r')} />
    </group>
  )
}
