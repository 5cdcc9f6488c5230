// The floor the feet stand on (y = 0), with a faint ring so depth reads on a tablet.
import { useMemo, useEffect } from 'react'
import { CircleGeometry, MeshStandardMaterial, RingGeometry } from 'three'

export function Floor() {
  const { disc, ring, material, ringMaterial } = useMemo(
    () => ({
      disc: new CircleGeometry(1.2, 64).rotateX(-Math.PI / 2),
      ring: new RingGeometry(0.38, 0.4, 64).rotateX(-Math.PI / 2),
      material: new MeshStandardMaterial({ color: '#cfd6de', roughness: 1 }),
      ringMaterial: new MeshStandardMaterial({ color: '#b4bec9', roughness: 1 }),
    }),
    [],
  )
  useEffect(
    () => () => {
      disc.dispose()
      ring.dispose()
      material.dispose()
      ringMaterial.dispose()
    },
    [disc, ring, material, ringMaterial],
  )
  return (
    <group name="floor">
      <mesh geometry={disc} material={material} position={[0, -0.001, 0]} />
      <mesh geometry={ring} material={ringMaterial} />
    </group>
  )
}
