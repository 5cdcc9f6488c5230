// How much of the 3D stage the interface covers, and whether every control can be tapped: the in-page measure
// of the project's stage-coverage tool (shared/tools/stage-coverage.mjs), for the browser tests. Run with
// page.evaluate(measureStage): it must stay self-contained (no closures over this module).
//   - stage: the largest visible <canvas> (searched through shadow roots too);
//   - covered: the share of the stage's area under any visible painted element that is not the canvas or one
//     of its ancestors (text, a background, a border, an image or a form control), sampled every 3 px;
//   - reachable: for every visible control (button, input, select, a[href], [role=button|slider|tab|checkbox])
//     the share of its area where a tap lands on it, and the worst of them.
// One refinement over the tool: a control's area outside the viewport or outside a scrolling panel that holds
// it is not counted (scrolling reaches it); the tool skips only what lies outside the viewport, so it reports a
// chain number cut by the side panel's lower edge as unreachable.

export interface StageMeasure {
  error?: string
  /** The stage's size on screen, px. */
  stage: { width: number; height: number }
  /** Share of the stage covered by the interface, 0..100. */
  covered: number
  /** What covers it: the largest painted boxes over the stage, for a failure message. */
  coveredBy: string[]
  controls: number
  worst: { pct: number; name: string }
}

export function measureStage(): StageMeasure {
  const empty = {
    stage: { width: 0, height: 0 },
    covered: 0,
    coveredBy: [],
    controls: 0,
    worst: { pct: 0, name: '' },
  }
  const all: Element[] = []
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el)
      if (el.shadowRoot) walk(el.shadowRoot)
    }
  }
  walk(document)
  const shown = (el: Element) => {
    const s = getComputedStyle(el)
    if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0
  }
  const canvases = all.filter((e) => e.tagName === 'CANVAS' && shown(e))
  if (canvases.length === 0) return { ...empty, error: 'no visible canvas' }
  const area = (e: Element) => {
    const r = e.getBoundingClientRect()
    return r.width * r.height
  }
  const canvas = canvases.sort((a, b) => area(b) - area(a))[0]!
  const st = canvas.getBoundingClientRect()
  const vis = {
    left: Math.max(0, st.left),
    top: Math.max(0, st.top),
    right: Math.min(innerWidth, st.right),
    bottom: Math.min(innerHeight, st.bottom),
  }
  const up = (p: Node): Node | null =>
    p.parentNode instanceof ShadowRoot ? p.parentNode.host : (p.parentNode as Node | null)
  const ancestors = new Set<Node>()
  for (let p: Node | null = canvas; p; p = up(p)) ancestors.add(p)
  const canvasIndex = all.indexOf(canvas)
  const transparent = /rgba\(.*,\s*0\)$/
  // Painted over the canvas: later in the (flattened) document order than the canvas, or positioned above it
  // with a positive z-index.
  const above = (el: Element, i: number) =>
    i > canvasIndex || (getComputedStyle(el).position !== 'static' && Number(getComputedStyle(el).zIndex) > 0)
  const painted = (el: Element, i: number) => {
    if (ancestors.has(el) || el === canvas || !above(el, i) || !shown(el)) return false
    const s = getComputedStyle(el)
    // A full-stage SVG is a drawing layer (leader lines), not a panel: its strokes cover little.
    if (el.tagName.toLowerCase() === 'svg') return area(el) < 0.5 * st.width * st.height
    if (['IMG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'VIDEO'].includes(el.tagName)) return true
    const bg = s.backgroundColor
    if (bg && bg !== 'transparent' && !transparent.test(bg)) return true
    if (s.backgroundImage && s.backgroundImage !== 'none') return true
    if (
      parseFloat(s.borderTopWidth) > 0 &&
      s.borderTopStyle !== 'none' &&
      !transparent.test(s.borderTopColor)
    )
      return true
    for (const n of el.childNodes) if (n.nodeType === 3 && n.textContent?.trim()) return true
    return false
  }
  const over = all
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => painted(e, i))
    .map(({ e }) => ({ e, q: e.getBoundingClientRect() }))
    .filter(({ q }) => q.right > vis.left && q.left < vis.right && q.bottom > vis.top && q.top < vis.bottom)
  let cov = 0
  let tot = 0
  for (let x = vis.left + 1; x < vis.right; x += 3)
    for (let y = vis.top + 1; y < vis.bottom; y += 3) {
      tot++
      if (over.some(({ q }) => x >= q.left && x < q.right && y >= q.top && y < q.bottom)) cov++
    }
  const coveredBy = over
    .sort((a, b) => b.q.width * b.q.height - a.q.width * a.q.height)
    .slice(0, 5)
    .map(
      ({ e, q }) =>
        `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') ?? '').split(' ')[0]} ${Math.round(q.width)}x${Math.round(q.height)}`,
    )

  const deepAt = (x: number, y: number) => {
    let el = document.elementFromPoint(x, y)
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y)
      if (!inner || inner === el) break
      el = inner
    }
    return el
  }
  const contains = (a: Node, b: Node | null) => {
    for (let p: Node | null = b; p; p = up(p)) if (p === a) return true
    return false
  }
  /** The visible rect of the control's scrolling panels (and the viewport): what a tap can reach now. */
  const clipOf = (c: Element) => {
    const r = { left: 0, top: 0, right: innerWidth, bottom: innerHeight }
    for (let p = up(c); p; p = up(p)) {
      if (!(p instanceof Element)) continue
      const s = getComputedStyle(p)
      if (!/(auto|scroll|hidden)/.test(`${s.overflowX} ${s.overflowY}`)) continue
      const q = p.getBoundingClientRect()
      r.left = Math.max(r.left, q.left)
      r.top = Math.max(r.top, q.top)
      r.right = Math.min(r.right, q.right)
      r.bottom = Math.min(r.bottom, q.bottom)
    }
    return r
  }
  const controls = all.filter(
    (e) =>
      shown(e) &&
      e.matches(
        'button, input:not([type=hidden]), select, textarea, a[href], [role=button], [role=slider], [role=tab], [role=checkbox]',
      ),
  )
  let worst = { pct: 100, name: '' }
  for (const c of controls) {
    if (controls.some((o) => o !== c && contains(o, c))) continue // count the outer control once
    const q = c.getBoundingClientRect()
    const clip = clipOf(c)
    if (q.bottom <= clip.top || q.top >= clip.bottom || q.right <= clip.left || q.left >= clip.right) continue
    let hit = 0
    let n = 0
    // A tap lands on a control's face, not its rounded corners (hit-testing leaves them out): inset by the radius,
    // or a button cut by a panel's lower edge, only its top strip showing, reads as covered at its corners.
    const inset = Math.max(1, Math.min(parseFloat(getComputedStyle(c).borderTopLeftRadius) || 0, q.width / 4))
    for (let x = q.left + inset; x < q.right - inset; x += 3)
      for (let y = q.top + 1; y < q.bottom - 0.5; y += 3) {
        // Half a pixel short of the clip's far edges: elementFromPoint rounds, and at the viewport's edge it
        // answers null (a control cut by the window's lower edge read as covered along that edge).
        if (x < clip.left || y < clip.top || x >= clip.right - 0.5 || y >= clip.bottom - 0.5) continue
        n++
        if (contains(c, deepAt(x, y))) hit++
      }
    if (n === 0) continue
    const pct = Math.round((100 * hit) / n)
    if (pct < worst.pct)
      worst = {
        pct,
        name: (c.getAttribute('aria-label') || c.textContent || c.tagName).trim().slice(0, 40),
      }
  }
  return {
    stage: { width: Math.round(st.width), height: Math.round(st.height) },
    covered: tot ? (100 * cov) / tot : 0,
    coveredBy,
    controls: controls.length,
    worst,
  }
}
