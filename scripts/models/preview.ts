// Developer preview of public/models/skeleton.glb (not shipped): ?view=front|side|back|foot|pelvis|pelvisfront|pelvisside|pelvistop|pelvisinner|spine|knee, ?hide=femur,...,
// ?arch=<navicular height mm> poses the arch with archPose(). Sets window.__ready after the first frame.
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

const params = new URLSearchParams(location.search)
const view = params.get('view') ?? 'front'
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.setSize(innerWidth, innerHeight)
renderer.setPixelRatio(1)
document.body.appendChild(renderer.domElement)
const scene = new THREE.Scene()
scene.background = new THREE.Color(0x20242a)
scene.add(new THREE.HemisphereLight(0xffffff, 0x404048, 1.6))
const key = new THREE.DirectionalLight(0xffffff, 2.2)
key.position.set(1.5, 2.5, 2.5)
scene.add(key)
const rim = new THREE.DirectionalLight(0xffffff, 0.8)
rim.position.set(-2, 1, -2)
scene.add(rim)
const grid = new THREE.GridHelper(2, 20, 0x555555, 0x333333)
scene.add(grid)

type V = [number, number, number]
const views: Record<string, { pos: V; target: V; fov: number }> = {
  front: { pos: [0, 0.72, 2.6], target: [0, 0.68, 0], fov: 32 },
  back: { pos: [0, 0.72, -2.6], target: [0, 0.68, 0], fov: 32 },
  side: { pos: [2.6, 0.72, 0], target: [0, 0.68, 0], fov: 32 },
  oblique: { pos: [1.6, 1.1, 1.9], target: [0, 0.68, 0], fov: 32 },
  pelvis: { pos: [0.35, 1.05, 0.75], target: [0, 0.95, -0.07], fov: 35 },
  pelvisback: { pos: [-0.3, 1.1, -0.75], target: [0, 0.98, -0.09], fov: 35 },
  pelvisfront: { pos: [0, 0.95, 0.8], target: [0, 0.95, -0.06], fov: 32 },
  pelvisside: { pos: [-0.8, 0.95, -0.06], target: [0, 0.95, -0.06], fov: 32 },
  pelvistop: { pos: [0, 1.75, -0.05], target: [0, 0.95, -0.06], fov: 32 },
  pelvisinner: { pos: [0.45, 1.15, 0.3], target: [-0.06, 0.93, -0.07], fov: 32 },
  spine: { pos: [0.7, 1.1, -0.2], target: [0, 1.08, -0.1], fov: 30 },
  knee: { pos: [0.3, 0.5, 0.55], target: [-0.08, 0.48, -0.06], fov: 35 },
  hip: { pos: [-0.25, 0.85, 0.4], target: [-0.09, 0.84, -0.01], fov: 30 },
  distalfemur: { pos: [-0.2, 0.55, 0.35], target: [-0.08, 0.53, -0.01], fov: 30 },
  foot: { pos: [-0.45, 0.12, 0.05], target: [-0.08, 0.04, -0.03], fov: 35 },
  footlat: { pos: [0.35, 0.1, 0.0], target: [-0.09, 0.04, -0.03], fov: 35 },
  foottop: { pos: [-0.09, 0.6, 0.05], target: [-0.09, 0.03, -0.02], fov: 30 },
}
const v = views[view] ?? views.front!
const camera = new THREE.PerspectiveCamera(v.fov, innerWidth / innerHeight, 0.01, 20)
camera.position.set(...v.pos)
camera.lookAt(...v.target)

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
loader.load('/models/skeleton.glb', async (gltf) => {
  scene.add(gltf.scene)
  // ?hide=femur,L5 hides nodes whose name starts with any of the prefixes (to see the acetabulum).
  for (const prefix of (params.get('hide') ?? '').split(',').filter(Boolean)) {
    gltf.scene.traverse((o) => {
      if (o.name.startsWith(prefix)) o.visible = false
    })
  }
  const arch = params.get('arch')
  if (arch) {
    const { archPose } = await import('../../src/anatomy/arch')
    for (const side of ['l', 'r'] as const) {
      for (const [name, t] of Object.entries(archPose(side, Number(arch)))) {
        const o = gltf.scene.getObjectByName(name)
        if (!o) continue
        o.quaternion.set(...t.rotation)
        o.position.set(...t.translation)
      }
    }
  }
  if (params.get('marks')) {
    const dot = new THREE.Mesh(
      new THREE.SphereGeometry(0.005),
      new THREE.MeshBasicMaterial({ color: 0xff3030 }),
    )
    gltf.scene.traverse((o) => {
      if (!(o as THREE.Mesh).isMesh && o.children.length === 0) o.add(dot.clone())
    })
  }
  renderer.render(scene, camera)
  ;(window as unknown as { __ready: boolean }).__ready = true
})
