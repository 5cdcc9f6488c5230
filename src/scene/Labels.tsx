// Names on the structures that matter. Each label is anchored on its structure (a landmark of the model, or a
// point on the bone's surface found once on the rest model), drawn beside it on the outer side of the body
// with a leader line to a dot on the anchor, and pushed apart from its neighbours so no two overlap, in any
// view. Plain DOM in the stage's overlay, laid out right after each posing of the skeleton (so it follows the
// pose and the camera); no drei <Html> (it renders nothing with @react-three/fiber 9.8 without `portal`).
// The limb's labels name the affected side's structures (the left leg for "left foot over-pronated"), and
// they thin out as the stage shrinks: the most telling first, within a share of the stage's area.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { Mesh, Vector3, type Object3D } from 'three'
import { facetNode, sided } from '../anatomy/names'
import { useI18n } from '../i18n/context'
import { affectedSide } from '../state/affectedSide'
import { useExplorer } from '../state/context'
import type { CameraView, Side } from '../state/schema'
import { selectPose } from '../state/store'
import { useAfterPose, usePosedRig } from './rigContext'
import { SOFT_TISSUE, bindTissue } from './softTissue'
import { useLayer } from './useLayer'
import type { Rig } from './posing'

type AnchorSpec =
  /** A node's origin (landmarks sit on their structure). */
  | { node: string }
  /** The middle path point of a soft-tissue structure (softTissue.ts, unsided name), riding on its bone. */
  | { tissue: string }
  /** The vertex of `node`'s own mesh nearest the point `t` of the way from `node`'s origin to `to`'s. */
  | { node: string; to: string; t: number }
  /** The highest vertex of `node`'s own mesh (the iliac crest for the ilium). */
  | { node: string; top: true }
  /** The hindmost vertex of `node`'s own mesh (the back of the heel for the calcaneus). */
  | { node: string; back: true }

type NodeSide = 'l' | 'r'
interface LabelSpec {
  text: string
  /** Where it sits on one side's structure. */
  anchor: (side: NodeSide) => AnchorSpec
  /** A label of one side always (L5–S1 left and right); else it follows the affected side. */
  side?: NodeSide
}

// L5–S1 is named on both sides so a clinician can point at "the right side of L5–S1"; every other label names
// the affected side's structure.
export const LABELS: readonly LabelSpec[] = [
  { text: 'L4–L5', anchor: (s) => ({ node: facetNode('L4-L5', s) }) },
  { text: 'L5–S1 right', anchor: (s) => ({ node: facetNode('L5-S1', s) }), side: 'r' },
  { text: 'L5–S1 left', anchor: (s) => ({ node: facetNode('L5-S1', s) }), side: 'l' },
  { text: 'Ilium', anchor: (s) => ({ node: `ilium_${s}`, top: true }) },
  { text: 'Piriformis', anchor: (s) => ({ node: `piriformis_via_${s}` }) },
  { text: 'Sciatic nerve', anchor: (s) => ({ node: `sciatic_4_${s}` }) },
  { text: 'Femur', anchor: (s) => ({ node: `femur_${s}`, to: `tibia_${s}`, t: 0.55 }) },
  { text: 'Tibia', anchor: (s) => ({ node: `tibia_${s}`, to: `talus_${s}`, t: 0.45 }) },
  { text: 'Navicular', anchor: (s) => ({ node: `navicular_tuberosity_${s}` }) },
  { text: 'Heel', anchor: (s) => ({ node: `calcaneus_${s}`, back: true }) },
  // The muscles a posture holds shorter or longer (issue 10), on the affected side, after the bones.
  { text: 'Hamstrings', anchor: () => ({ tissue: 'semitendinosus' }) },
  { text: 'Gluteus medius', anchor: () => ({ tissue: 'gluteus_medius_middle' }) },
  { text: 'Iliopsoas', anchor: () => ({ tissue: 'psoas' }) },
  { text: 'Quadratus lumborum', anchor: () => ({ tissue: 'quadratus_lumborum' }) },
  { text: 'Erector spinae', anchor: () => ({ tissue: 'erector_spinae' }) },
]
const MUSCLE_LABELS = ['Gluteus medius', 'Hamstrings', 'Quadratus lumborum', 'Erector spinae', 'Iliopsoas']

/**
 * Which labels stay as the stage shrinks, most telling first, per view: "affected L5–S1" stands for the
 * affected side's L5–S1 label, "other L5–S1" for the other side's.
 */
const PRIORITY: Record<CameraView | 'default', readonly string[]> = {
  default: [
    'affected L5–S1',
    'Sciatic nerve',
    'Ilium',
    'Tibia',
    'Femur',
    'Piriformis',
    'Navicular',
    'Heel',
    'L4–L5',
    'other L5–S1',
    ...MUSCLE_LABELS,
  ],
  lumbar: [
    'affected L5–S1',
    'other L5–S1',
    'L4–L5',
    'Ilium',
    'Piriformis',
    'Sciatic nerve',
    'Femur',
    'Tibia',
    'Navicular',
    'Heel',
    'Quadratus lumborum',
    'Erector spinae',
    'Gluteus medius',
    'Iliopsoas',
    'Hamstrings',
  ],
  feet: [
    'Heel',
    'Navicular',
    'Tibia',
    'affected L5–S1',
    'Sciatic nerve',
    'Femur',
    'Ilium',
    'Piriformis',
    'L4–L5',
    'other L5–S1',
    ...MUSCLE_LABELS,
  ],
  front: [],
  back: [],
  side: [],
}
const priorityFor = (view: CameraView): readonly string[] =>
  PRIORITY[view].length ? PRIORITY[view] : PRIORITY.default

/** The labels' boxes may cover at most this share of the stage (the rest of its overlays stay small too). */
const LABEL_AREA_SHARE = 0.065

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
function resolveAnchor(rig: Rig, text: string, spec: AnchorSpec, side: NodeSide): Anchor | null {
  if ('tissue' in spec) {
    const tissue = SOFT_TISSUE.find((t) => t.name === sided(spec.tissue, side))
    const bound = tissue ? bindTissue(rig, tissue) : []
    const mid = bound[Math.floor(bound.length / 2)]
    return mid ? { text, node: mid.node, local: mid.local.clone() } : null
  }
  const node = rig.nodes.get(spec.node)
  if (!node) return null
  const local = new Vector3()
  const verts = ownVertices(node)
  if ('top' in spec && verts.length) local.copy(verts.reduce((a, b) => (b.y > a.y ? b : a)))
  else if ('back' in spec && verts.length) local.copy(verts.reduce((a, b) => (b.z < a.z ? b : a)))
  else if ('to' in spec) {
    const a = rig.rest.get(spec.node)?.worldPosition
    const b = rig.rest.get(spec.to)?.worldPosition
    if (a && b) {
      // Rest rotations are identity up the chain, so world offsets are local offsets.
      const want = b.clone().sub(a).multiplyScalar(spec.t)
      if (verts.length)
        local.copy(verts.reduce((p, q) => (q.distanceToSquared(want) < p.distanceToSquared(want) ? q : p)))
      else local.copy(want)
    }
  }
  return { text, node, local }
}

/** Each label's anchor on either side (a one-sided label has the same anchor for both). */
function resolveAnchors(rig: Rig): Record<NodeSide, Anchor | null>[] {
  return LABELS.map((l) => ({
    l: resolveAnchor(rig, l.text, l.anchor(l.side ?? 'l'), l.side ?? 'l'),
    r: resolveAnchor(rig, l.text, l.anchor(l.side ?? 'r'), l.side ?? 'r'),
  }))
}

const GAP_X = 26
/** Panels on the stage that labels must not cover (an open colour key or notice). */
const OBSTACLES = '.kce-legend, .kce-popover'
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
  const { t } = useI18n()
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
          {t.labels[l.text as keyof typeof t.labels] ?? l.text}
        </span>
      ))}
    </>
  )
}

/** Index in LABELS of a priority key on the affected side `ns`. */
function labelIndex(key: string, ns: NodeSide): number {
  const l5 = (side: NodeSide) => LABELS.findIndex((l) => l.side === side)
  if (key === 'affected L5–S1') return l5(ns)
  if (key === 'other L5–S1') return l5(ns === 'r' ? 'l' : 'r')
  return LABELS.findIndex((l) => l.text === key)
}

/** Lays out the overlay's labels after every posing (inside the canvas, under <Skeleton>). */
export function Labels({ overlay }: { overlay: HTMLElement | null }) {
  const { rig } = usePosedRig()
  const visible = useLayer('labels')
  const side: Side = useExplorer((s) => affectedSide(selectPose(s)))
  const view = useExplorer((s) => s.view)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const anchors = useMemo(() => resolveAnchors(rig), [rig])
  const sizes = useRef(new Map<string, { w: number; h: number }>())
  // Scratch for the layout (reused every frame; sized for the most labels there can be).
  const work = useRef({
    boxes: LABELS.map((): Box => ({ x: 0, y: 0, w: 0, h: 0 })),
    screen: LABELS.map(() => ({ x: 0, y: 0, on: false, right: true, keep: false })),
    order: [] as number[],
  })

  const layout = useCallback(() => {
    const root = overlay
    if (!visible || !root) return
    const { boxes, screen, order } = work.current
    const ns: NodeSide = side === 'left' ? 'l' : 'r'
    const els = LABELS.map((l) => root.querySelector<HTMLElement>(`[data-label="${l.text}"]`))
    const leaders = LABELS.map((l) => root.querySelector<SVGGElement>(`[data-leader="${l.text}"]`))
    camera.updateMatrixWorld()
    const { width: W, height: H } = size
    // The body's midline on screen: labels go on the outer side of it.
    rig.nodes.get('pelvis')!.getWorldPosition(_mid).project(camera)
    const midX = ((_mid.x + 1) / 2) * W
    LABELS.forEach((l, i) => {
      const a = anchors[i]![ns]
      const s = screen[i]!
      s.keep = false
      s.on = false
      const el = els[i]
      const known = sizes.current.get(l.text)
      if (el && (!known || known.w === 0))
        sizes.current.set(l.text, { w: el.offsetWidth, h: el.offsetHeight })
      if (!a) return
      a.node.updateWorldMatrix(true, false)
      _p.copy(a.local).applyMatrix4(a.node.matrixWorld).project(camera)
      s.x = ((_p.x + 1) / 2) * W
      s.y = ((1 - _p.y) / 2) * H
      s.on = _p.z < 1 && s.x >= 0 && s.x <= W && s.y >= 0 && s.y <= H
      s.right = s.x >= midX
    })
    // Thinning: the most telling labels of this view first, while their boxes fit the stage's share.
    const budget = LABEL_AREA_SHARE * W * H
    let used = 0
    for (const key of priorityFor(view)) {
      const i = labelIndex(key, ns)
      const s = screen[i]
      if (!s?.on) continue
      const sz = sizes.current.get(LABELS[i]!.text) ?? { w: 90, h: 26 }
      if (used > 0 && used + sz.w * sz.h > budget) continue
      used += sz.w * sz.h
      s.keep = true
    }
    // Top to bottom, each label as near its anchor's height as the ones already placed allow, clear of the
    // stage's own panels (an open colour key or notice).
    order.length = 0
    LABELS.forEach((_, i) => screen[i]!.keep && order.push(i))
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
      const sz = sizes.current.get(LABELS[i]!.text) ?? { w: 90, h: 26 }
      box.w = sz.w
      box.h = sz.h
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
    LABELS.forEach((_, i) => {
      const s = screen[i]!
      const box = boxes[i]!
      const show = s.keep && box.y + box.h <= H && box.y >= 0
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
  }, [overlay, visible, camera, size, rig, anchors, side, view])
  useAfterPose(layout)

  // Another language: other widths. Measure the labels again and lay them out (DOM only, nothing is drawn).
  const lang = useExplorer((s) => s.lang)
  // The overlay's words are another React root's (App): measure on the next animation frame, after it commits.
  useEffect(() => {
    const sized = sizes.current
    const id = requestAnimationFrame(() => {
      sized.clear()
      layout()
    })
    return () => cancelAnimationFrame(id)
  }, [lang, layout])

  // An opened or closed colour key or notice moves what labels must keep clear of: lay out again (DOM only,
  // nothing is drawn).
  useEffect(() => {
    const stage = overlay?.parentElement
    if (!stage || typeof MutationObserver !== 'function') return
    const observer = new MutationObserver(() => layout())
    observer.observe(stage, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] })
    return () => observer.disconnect()
  }, [overlay, layout])
  return null
}
