// Developer preview of public/models/skeleton.glb (not shipped): ?sheet (the contact sheet), ?view=front|side|back|foot|anklebehind|patella|patellaside|midfoottop|midfootmedial|pelvis|pelvisfront|pelvisside|pelvistop|pelvisinner|sacrumback|sacrumfront|sacrumside|sacrumtop|spine|knee, ?hide=femur,...,
// ?ao shows the baked occlusion alone, ?arch=<navicular height mm> poses the arch with archPose(). Sets window.__ready after the first frame.
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
  // The sacrum alone (with ?hide=ilium,femur): behind, its pelvic face from in front and below, the right side,
  // and from above (the S1 plate, the canal's opening and the alae).
  sacrumback: { pos: [0, 1.0, -0.42], target: [0, 0.955, -0.11], fov: 30 },
  sacrumfront: { pos: [0, 0.86, 0.25], target: [0, 0.96, -0.09], fov: 30 },
  sacrumside: { pos: [-0.42, 0.96, -0.1], target: [0, 0.96, -0.1], fov: 30 },
  sacrumtop: { pos: [0, 1.35, -0.2], target: [0, 0.98, -0.1], fov: 26 },
  spine: { pos: [0.7, 1.1, -0.2], target: [0, 1.08, -0.1], fov: 30 },
  lumbarback: { pos: [0, 1.12, -0.5], target: [0, 1.1, -0.1], fov: 28 },
  lumbarside: { pos: [0.55, 1.1, -0.12], target: [0, 1.1, -0.1], fov: 28 },
  lumbaroblique: { pos: [0.3, 1.25, -0.45], target: [0, 1.1, -0.1], fov: 28 },
  lumbartop: { pos: [0.0, 1.45, -0.13], target: [0, 1.1, -0.12], fov: 22 },
  thorax: { pos: [0.55, 1.45, 0.75], target: [0, 1.33, -0.05], fov: 36 },
  thoraxside: { pos: [1.1, 1.35, -0.06], target: [0, 1.33, -0.06], fov: 32 },
  thoraxback: { pos: [-0.4, 1.45, -0.95], target: [0, 1.33, -0.06], fov: 34 },
  knee: { pos: [0.3, 0.5, 0.55], target: [-0.08, 0.48, -0.06], fov: 35 },
  hip: { pos: [-0.25, 0.85, 0.4], target: [-0.09, 0.84, -0.01], fov: 30 },
  distalfemur: { pos: [-0.2, 0.55, 0.35], target: [-0.08, 0.53, -0.01], fov: 30 },
  foot: { pos: [-0.45, 0.12, 0.05], target: [-0.08, 0.04, -0.03], fov: 35 },
  footlat: { pos: [0.35, 0.1, 0.0], target: [-0.09, 0.04, -0.03], fov: 35 },
  foottop: { pos: [-0.09, 0.6, 0.05], target: [-0.09, 0.03, -0.02], fov: 30 },
  anklebehind: { pos: [-0.1, 0.1, -0.3], target: [-0.085, 0.07, -0.08], fov: 22 },
  patella: { pos: [-0.12, 0.52, 0.35], target: [-0.083, 0.5, -0.03], fov: 16 },
  patellaside: { pos: [-0.4, 0.52, -0.02], target: [-0.083, 0.5, -0.03], fov: 16 },
  midfoottop: { pos: [-0.1, 0.35, 0.0], target: [-0.095, 0.04, -0.02], fov: 16 },
  // From between the feet (the left foot behind the camera): the right midfoot's medial side.
  midfootmedial: { pos: [0.0, 0.075, -0.02], target: [-0.09, 0.05, -0.02], fov: 62 },
}
const v = views[view] ?? views.front!
const camera = new THREE.PerspectiveCamera(v.fov, innerWidth / innerHeight, 0.01, 20)
camera.position.set(...v.pos)
camera.lookAt(...v.target)

/**
 * ?sheet: the contact sheet of close-ups a clinician looks at (issue 16; npm run contact-sheet), three by three,
 * each tile labelled. The right side where a side is shown (the subject's right is at −X).
 */
const SHEET: { label: string; pos: V; target: V; fov: number; hide?: string }[] = [
  { label: 'Pelvis, front-oblique', pos: [0.3, 1.02, 0.55], target: [0, 0.94, -0.06], fov: 30 },
  { label: 'Sacrum, behind', pos: [0, 1.02, -0.5], target: [0, 0.975, -0.1], fov: 28 },
  { label: 'Lumbar spine, behind', pos: [0, 1.12, -0.5], target: [0, 1.1, -0.1], fov: 28 },
  { label: 'Lumbar spine, left side', pos: [0.55, 1.1, -0.12], target: [0, 1.1, -0.1], fov: 28 },
  {
    label: 'Right knee, front-lateral',
    pos: [-0.3, 0.5, 0.3],
    target: [-0.08, 0.47, -0.07],
    fov: 30,
    hide: '_l',
  },
  {
    label: 'Right ankle, behind',
    pos: [-0.1, 0.1, -0.42],
    target: [-0.085, 0.07, -0.08],
    fov: 26,
    hide: '_l',
  },
  {
    label: 'Right foot, medial',
    pos: [0.42, 0.14, -0.02],
    target: [-0.08, 0.045, -0.02],
    fov: 34,
    hide: '_l',
  },
  {
    label: 'Right foot, lateral',
    pos: [-0.58, 0.14, -0.02],
    target: [-0.085, 0.045, -0.02],
    fov: 34,
    hide: '_l',
  },
  {
    label: 'Right foot, from above',
    pos: [-0.09, 0.45, 0.0],
    target: [-0.09, 0.03, -0.02],
    fov: 34,
    hide: '_l',
  },
]
const sheet = params.has('sheet')
function renderSheet() {
  const cols = 3
  const w = Math.floor(innerWidth / cols)
  const h = Math.floor(innerHeight / Math.ceil(SHEET.length / cols))
  renderer.setScissorTest(true)
  SHEET.forEach((t, i) => {
    const x = (i % cols) * w
    const yTop = Math.floor(i / cols) * h
    renderer.setViewport(x, innerHeight - yTop - h, w, h)
    renderer.setScissor(x, innerHeight - yTop - h, w, h)
    const cam = new THREE.PerspectiveCamera(t.fov, w / h, 0.01, 20)
    cam.position.set(...t.pos)
    cam.lookAt(...t.target)
    // A tile of one side hides the other side's bones (suffix `_l`) that would stand between it and the camera.
    const hidden: THREE.Object3D[] = []
    if (t.hide)
      scene.traverse((o) => {
        if (o.visible && o.name.endsWith(t.hide!)) {
          o.visible = false
          hidden.push(o)
        }
      })
    renderer.render(scene, cam)
    for (const o of hidden) o.visible = true
    const label = document.createElement('div')
    label.textContent = t.label
    label.style.cssText = `position:absolute;left:${x + 8}px;top:${yTop + 6}px;color:#fff;font:600 15px system-ui,sans-serif;text-shadow:0 1px 2px #000`
    document.body.appendChild(label)
  })
}
if (sheet) grid.visible = false

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
loader.load('/models/skeleton.glb', async (gltf) => {
  scene.add(gltf.scene)
  // ?hide=femur,L5 hides nodes whose name starts with any of the prefixes (to see the acetabulum).
  for (const prefix of (params.get('hide') ?? '').split(',').filter(Boolean)) {
    gltf.scene.traverse((o) => {
      if (o.name.startsWith(prefix)) o.visible = false
    })
  }
  // ?ao shows the baked ambient occlusion alone (COLOR_0 unlit, white = open).
  if (params.has('ao')) {
    const flat = new THREE.MeshBasicMaterial({ vertexColors: true })
    gltf.scene.traverse((o) => {
      if ((o as THREE.Mesh).isMesh) (o as THREE.Mesh).material = flat
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
  if (sheet) renderSheet()
  else renderer.render(scene, camera)
  ;(window as unknown as { __ready: boolean }).__ready = true
})
