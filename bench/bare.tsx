// Bench baseline: a bare R3F scene drawing a given number of triangles (?triangles=N) on demand, with one
// light and a standard material, driven frame by frame by the bench like the explorer is.
import { createRoot } from 'react-dom/client'
import { Canvas, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { IcosahedronGeometry, MeshStandardMaterial } from 'three'

const triangles = Number(new URLSearchParams(location.search).get('triangles') ?? '100000')

function Load() {
  const { invalidate, gl, scene } = useThree()
  const geometry = useMemo(() => {
    // Icosphere detail d has 20·(d+1)² triangles; pick the detail closest to the target, then draw count.
    const detail = Math.max(0, Math.round(Math.sqrt(triangles / 20) - 1))
    return new IcosahedronGeometry(0.5, detail)
  }, [])
  useEffect(() => {
    const w = window as unknown as { __bench: unknown }
    w.__bench = {
      frames: () => gl.info.render.frame,
      step: (i: number) => {
        scene.rotation.y = i * 0.01
        invalidate()
      },
    }
    document.getElementById('root')!.dataset.ready = 'true'
  }, [gl, scene, invalidate])
  return <mesh geometry={geometry} material={new MeshStandardMaterial({ color: '#e9e1cf' })} />
}

createRoot(document.getElementById('root')!).render(
  <Canvas frameloop="demand" camera={{ position: [0, 0, 2.5] }}>
    <hemisphereLight args={['#ffffff', '#9aa5b1', 1.6]} />
    <directionalLight position={[1.5, 3, 2]} intensity={1.6} />
    <Load />
  </Canvas>,
)
