// Names on the structures that matter. Each label is anchored on its structure (a landmark of the model, or a
// point on the bone's surface found once on the rest model), drawn beside it on the outer side of the body
// with a leader line to a dot on the anchor, and pushed apart from its neighbours so no two overlap, in any
// view. Plain DOM in the stage's overlay, laid out right after each posing of the skeleton (so it follows the
// pose and the camera); no drei <Html> (it renders nothing with @react-three/fiber 9.8 without `portal`).
import { useCallback, useMemo, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { Mesh, Vector3, type Object3D } from 'three'
import { facetNode } from '../anatomy/names'
import { useAfterPose, usePosedRig } from './rigContext'
import { useLayer } from './useLayer'
import type { Rig } from './posing'

type AnchorSpec =
  /** A node's origin (landmarks sit on their structure). */
  | { node: string }
  /** The vertex of `node`'s own mesh nearest the point `t` of the way from `node`'s origin to `to`'s. */
  | { node: string; to: string; t: number }
  /** The highest vertex of `node`'s own mesh (the iliac crest for the ilium). */
  | { node: string; top: true }

interface LabelSpec {
  text: string
  anchor: AnchorSpec
}

// The story is about the right side: its structures are named; L5–S1 is named on both sides so a clinician
// can point at "the right side of L5–S1".
export const LABELS: readonly LabelSpec[] = [
  { text: 'L4–L5', anchor: { node: facetNode('L4-L5', 'r') } },
  { text: 'L5–S1 right', anchor: { node: facetNode('L5-S1', 'r') } },
  { text: 'L5–S1 left', anchor: { node: facetNode('L5-S1', 'l') } },
  { text: 'Ilium', anchor: { node: 'ilium_r', top: true } },
  { text: 'Piriformis', anchor: { node: 'piriformis_via_r' } },
  { text: 'Sciatic nerve', anchor: { node: 'sciatic_4_r' } },
  { text: 'Femur', anchor: { node: 'femur_r', to: 'tibia_r', t: 0.55 } },
  { text: 'Tibia', anchor: { node: 'tibia_r', to: 'talus_r', t: 0.45 } },
  { text: 'Navicular', anchor: { node: 'navicular_tuberosity_r' } },
]

interface Anchor {
  text: string
  node: Object3D
  /** Point in the node's local frame. */
  local: Vector3
}

function ownVertices(o: Object3D): Vector3[] {
  if (!(o instanceof Mesh)) return []
  const pos = o.geometry.getAttribute('position')
  const out: Vector3[] = []
  for (let i = 0; i < pos.count; i++) out.push(new Vector3().fromBufferAttribute(pos, i))
  return out
}

/** Anchors in local frames, found on the rest model (rig.rest) so they do not depend on the current pose. */
function resolveAnchors(rig: Rig): Anchor[] {
  const out: Anchor[] = []
  for (const l of LABELS) {
    const node = rig.nodes.get(l.anchor.node)
    if (!node) continue
    const local = new Vector3()
    const verts = ownVertices(node)
    if ('top' in l.anchor && verts.length) local.copy(verts.reduce((a, b) => (b.y > a.y ? b : a)))
    else if ('to' in l.anchor) {
      const a = rig.rest.get(l.anchor.node)?.worldPosition
      const b = rig.rest.get(l.anchor.to)?.worldPosition
      if (a && b) {
        // Rest rotations are identity up the chain, so world offsets are local offsets.
        const want = b.clone().sub(a).multiplyScalar(l.anchor.t)
        if (verts.length)
          local.copy(verts.reduce((p, q) => (q.distanceToSquared(want) < p.distanceToSquared(want) ? q : p)))
        else local.copy(want)
      }
    }
    out.push({ text: l.text, node, local })
  }
  return out
}

const GAP_X = 26
/** Panels on the stage that labels must not cover. */
const OBSTACLES = '.kce-views, .kce-legend, .kce-badge'
const PAD = 4
const _p = new Vector3()
const _mid = new Vector3()

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/**
 * The labels themselves, in the page's DOM (rendered by the app beside the canvas: a react-dom portal cannot
 * be opened from inside the R3F tree). Hidden until <Labels> has laid them out.
 */
export function LabelOverlay() {
  const visible = useLayer('labels')
  if (!visible) return null
  return (
    <>
      <svg className="kce-leaders" aria-hidden="true">
        {LABELS.map((l) => (
          <g key={l.text} data-leader={l.text} style={{ visibility: 'hidden' }}>
            <line className="kce-leader" />
            <circle className="kce-leader-dot" r={3.5} />
          </g>
        ))}
      </svg>
      {LABELS.map((l) => (
        <span key={l.text} className="kce-label" data-label={l.text} style={{ visibility: 'hidden' }}>
          {l.text}
        </span>
      ))}
    </>
  )
}

/** Lays out the overlay's labels after every posing (inside the canvas, under <Skeleton>). */
export function Labels({ overlay }: { overlay: HTMLElement | null }) {
  const { rig } = usePosedRig()
  const visible = useLayer('labels')
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const anchors = useMemo(() => resolveAnchors(rig), [rig])
  const sizes = useRef(new Map<string, { w: number; h: number }>())
  // Scratch for the layout (reused every frame; sized for the most labels there can be).
  const work = useRef({
    boxes: LABELS.map((): Box => ({ x: 0, y: 0, w: 0, h: 0 })),
    screen: LABELS.map(() => ({ x: 0, y: 0, on: false, right: true })),
    order: [] as number[],
  })

  const layout = useCallback(() => {
    const root = overlay
    if (!visible || !root) return
    const { boxes, screen, order } = work.current
    order.length = 0
    anchors.forEach((_, i) => order.push(i))
    const els = anchors.map((a) => root.querySelector<HTMLElement>(`[data-label="${a.text}"]`))
    const leaders = anchors.map((a) => root.querySelector<SVGGElement>(`[data-leader="${a.text}"]`))
    camera.updateMatrixWorld()
    const { width: W, height: H } = size
    // The body's midline on screen: labels go on the outer side of it.
    rig.nodes.get('pelvis')!.getWorldPosition(_mid).project(camera)
    const midX = ((_mid.x + 1) / 2) * W
    anchors.forEach((a, i) => {
      a.node.updateWorldMatrix(true, false)
      _p.copy(a.local).applyMatrix4(a.node.matrixWorld).project(camera)
      const s = screen[i]!
      s.x = ((_p.x + 1) / 2) * W
      s.y = ((1 - _p.y) / 2) * H
      s.on = _p.z < 1 && s.x >= 0 && s.x <= W && s.y >= 0 && s.y <= H
      s.right = s.x >= midX
      const el = els[i]
      const known = sizes.current.get(a.text)
      if (el && (!known || known.w === 0))
        sizes.current.set(a.text, { w: el.offsetWidth, h: el.offsetHeight })
    })
    // Top to bottom, each label as near its anchor's height as the ones already placed allow, clear of the
    // stage's own panels (view buttons, legend, badge).
    order.sort((a, b) => screen[a]!.y - screen[b]!.y)
    const placed: Box[] = []
    const origin = root.getBoundingClientRect()
    const stage = root.parentElement
    if (stage)
      for (const o of stage.querySelectorAll<HTMLElement>(OBSTACLES)) {
        const r = o.getBoundingClientRect()
        if (r.width > 0)
          placed.push({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height })
      }
    const obstacles = placed.length
    const hits = (b: Box) =>
      placed
        .slice(0, obstacles)
        .some(
          (o) =>
            b.x < o.x + o.w + PAD && o.x < b.x + b.w + PAD && b.y < o.y + o.h + PAD && o.y < b.y + b.h + PAD,
        )
    for (const i of order) {
      const s = screen[i]!
      const box = boxes[i]!
      const sz = sizes.current.get(anchors[i]!.text) ?? { w: 90, h: 26 }
      box.w = sz.w
      box.h = sz.h
      if (!s.on) continue
      box.x = s.right ? s.x + GAP_X : s.x - GAP_X - box.w
      if (box.x < 2) box.x = Math.min(s.x + GAP_X, W - box.w - 2)
      if (box.x + box.w > W - 2) box.x = Math.max(2, s.x - GAP_X - box.w)
      box.y = s.y - box.h / 2
      if (hits(box)) {
        // The other side of the anchor, if that side is free.
        const other = box.x > s.x ? s.x - GAP_X - box.w : s.x + GAP_X
        const x = box.x
        box.x = other
        if (other < 2 || other + box.w > W - 2 || hits(box)) box.x = x
      }
      for (let moved = true, guard = 0; moved && guard < 20; guard++) {
        moved = false
        for (const o of placed)
          if (
            box.x < o.x + o.w + PAD &&
            o.x < box.x + box.w + PAD &&
            box.y < o.y + o.h + PAD &&
            o.y < box.y + box.h + PAD
          ) {
            box.y = o.y + o.h + PAD
            moved = true
          }
      }
      placed.push(box)
    }
    anchors.forEach((_, i) => {
      const s = screen[i]!
      const box = boxes[i]!
      const show = s.on && box.y + box.h <= H && box.y >= 0
      const el = els[i]
      if (el) {
        el.style.visibility = show ? 'visible' : 'hidden'
        el.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`
      }
      const g = leaders[i]
      if (g) {
        g.style.visibility = show ? 'visible' : 'hidden'
        const line = g.firstElementChild!
        const dot = g.lastElementChild!
        line.setAttribute('x1', s.x.toFixed(1))
        line.setAttribute('y1', s.y.toFixed(1))
        line.setAttribute('x2', (box.x + (box.x > s.x ? 0 : box.w)).toFixed(1))
        line.setAttribute('y2', (box.y + box.h / 2).toFixed(1))
        dot.setAttribute('cx', s.x.toFixed(1))
        dot.setAttribute('cy', s.y.toFixed(1))
      }
    })
  }, [overlay, visible, camera, size, rig, anchors])
  useAfterPose(layout)
  return null
}
