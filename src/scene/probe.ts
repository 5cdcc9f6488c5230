// Test and diagnostic API: a read-only look at what the scene drew, by object name. The browser tests and the
// bench read it through the container (`container.kceDiagnostics.probe`); nothing in the product uses it.
import {
  Box3,
  Color,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
  type Object3D,
  type WebGLRenderer,
} from 'three'

export interface ProbedObject {
  position: [number, number, number]
  quaternion: [number, number, number, number]
  visible: boolean
  /** sRGB hex of the object's material colour, where it has one. */
  colour?: string
  /** Disc meshes coloured per side: sRGB hex of the left and right halves. */
  colourLeft?: string
  colourRight?: string
  /** World bounding box of the object and what is under it (m), as drawn now. */
  box: { min: [number, number, number]; max: [number, number, number] }
}

export interface SceneProbe {
  /** Frames drawn so far by this explorer's renderer. */
  frames(): number
  /** Changes of the explorer's store so far (inputs, view, layers, exaggeration): counted by mountExplorer. */
  inputVersion(): number
  /** The input version the last drawn frame showed: equal to inputVersion() once the latest change is drawn. */
  drawnVersion(): number
  /** A frame is asked for and not drawn yet (a change just made, or an easing under way). */
  framePending(): boolean
  object(name: string): ProbedObject | null
  /** Names of every object the probe can see. */
  names(): string[]
}

export interface ProbeSink extends SceneProbe {
  gl: WebGLRenderer | null
  roots: Set<Object3D>
  /** Called on every store change (mountExplorer). */
  noteChange(): void
  /** Called in every frame, just before it is drawn (ExplorerCanvas). */
  noteFrame(): void
  /** The renderer, and whether its on-demand loop has a frame to draw. */
  attach(gl: WebGLRenderer, pending?: () => boolean): void
}

const _p = new Vector3()
const _q = new Quaternion()
const _c = new Color()
const _box = new Box3()

function find(roots: Set<Object3D>, name: string): Object3D | undefined {
  for (const r of roots) {
    const o = r.getObjectByName(name)
    if (o) return o
  }
  return undefined
}

function visibleInWorld(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false
  return true
}

export function createProbe(): ProbeSink {
  let framePending = () => false
  let version = 0
  let drawn = -1
  const sink: ProbeSink = {
    gl: null,
    roots: new Set(),
    noteChange: () => {
      version++
    },
    noteFrame: () => {
      drawn = version
    },
    attach: (gl, pending) => {
      sink.gl = gl
      if (pending) framePending = pending
    },
    frames: () => sink.gl?.info.render.frame ?? 0,
    inputVersion: () => version,
    drawnVersion: () => drawn,
    framePending: () => framePending(),
    names: () => {
      const out: string[] = []
      for (const r of sink.roots) r.traverse((o) => o.name && out.push(o.name))
      return out
    },
    object(name) {
      const o = find(sink.roots, name)
      if (!o) return null
      o.updateWorldMatrix(true, false)
      o.getWorldPosition(_p)
      o.getWorldQuaternion(_q)
      _box.setFromObject(o, true)
      const out: ProbedObject = {
        position: _p.toArray(),
        quaternion: _q.toArray() as ProbedObject['quaternion'],
        visible: visibleInWorld(o),
        box: { min: _box.min.toArray(), max: _box.max.toArray() },
      }
      const mesh = o instanceof Mesh ? o : (o.children.find((c) => c instanceof Mesh) as Mesh | undefined)
      const mat = mesh?.material
      if (mat instanceof MeshStandardMaterial || mat instanceof MeshBasicMaterial)
        out.colour = `#${mat.color.getHexString()}`
      const sides = mesh?.userData.sideColours as { left: Color; right: Color } | undefined
      if (sides) {
        out.colourLeft = `#${_c.copy(sides.left).getHexString()}`
        out.colourRight = `#${_c.copy(sides.right).getHexString()}`
      }
      return out
    },
  }
  return sink
}
