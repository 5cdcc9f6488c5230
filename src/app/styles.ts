// The explorer's CSS, inserted into the container's root node (the document, or the shadow root the embed
// mounts in), never as a global stylesheet the widget could not see from inside a shadow DOM. Every rule is
// scoped under .kce so a host page's styles and ours stay apart.
export const EXPLORER_CSS = `
.kce { --kce-ink: #1f2937; --kce-muted: #4b5563; --kce-accent: #2459a6; --kce-bg: #f4f6f9; --kce-card: #ffffff;
  --kce-line: #d5dbe3; box-sizing: border-box; display: flex; width: 100%; height: 100%; min-height: 0;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--kce-ink); background: var(--kce-bg); }
.kce *, .kce *::before, .kce *::after { box-sizing: inherit; }
.kce-stage { position: relative; flex: 1 1 auto; min-width: 0; min-height: 320px; background: linear-gradient(#dfe6ee, #f4f6f9); overflow: hidden; }
.kce-stage canvas { display: block; touch-action: none; outline: none; }
.kce-stage canvas:focus-visible { outline: 3px solid var(--kce-accent); outline-offset: -3px; }
.kce-side { flex: 0 0 380px; max-width: 420px; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 12px; border-left: 1px solid var(--kce-line); }
.kce h1 { font-size: 1.15rem; margin: 0; }
.kce h2 { font-size: 1.05rem; margin: 0 0 8px; }
.kce h3 { font-size: 0.95rem; margin: 10px 0 4px; color: var(--kce-muted); }
.kce-card { background: var(--kce-card); border: 1px solid var(--kce-line); border-radius: 10px; padding: 12px; }
.kce-note { color: var(--kce-muted); font-size: 0.9rem; margin: 6px 0 0; }
.kce-button { min-height: 44px; min-width: 44px; padding: 8px 12px; border-radius: 8px; border: 1px solid #9aa7b6;
  background: #fff; color: var(--kce-ink); font: inherit; font-size: 0.95rem; cursor: pointer; }
.kce-button:hover { border-color: var(--kce-accent); }
.kce-button:focus-visible, .kce-number:focus-visible { outline: 3px solid var(--kce-accent); outline-offset: 2px; }
.kce-button[aria-pressed="true"] { background: var(--kce-accent); border-color: var(--kce-accent); color: #fff; }
.kce-button-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.kce-views { position: absolute; top: 10px; left: 10px; right: 10px; display: flex; flex-wrap: wrap; gap: 6px; z-index: 2; pointer-events: none; }
.kce-views .kce-button { pointer-events: auto; background: rgba(255,255,255,0.92); }
.kce-views .kce-button[aria-pressed="true"] { background: var(--kce-accent); }
.kce-badge { position: absolute; top: 64px; left: 10px; margin: 0; z-index: 2; padding: 6px 10px; border-radius: 8px;
  background: #7c2d12; color: #fff; font-weight: 600; font-size: 0.9rem; }
.kce-legend { position: absolute; left: 10px; bottom: 10px; z-index: 2; display: flex; flex-direction: column; gap: 6px;
  padding: 8px 10px; border-radius: 8px; background: rgba(255,255,255,0.92); border: 1px solid var(--kce-line); width: 230px; font-size: 0.85rem; }
.kce-key-title { display: block; font-weight: 600; }
.kce-key-bar { display: block; height: 12px; border-radius: 3px; border: 1px solid #9aa7b6; }
.kce-key-ends { display: block; position: relative; height: 1.3em; color: var(--kce-muted); }
.kce-key-ends > span { position: absolute; top: 0; white-space: nowrap; }
.kce-key-note { display: block; color: var(--kce-muted); font-size: 0.78rem; }
.kce-labels { position: absolute; inset: 0; pointer-events: none; z-index: 1; }
.kce-label { position: absolute; left: 0; top: 0; white-space: nowrap; padding: 3px 8px; border-radius: 6px; font-size: 15px; font-weight: 600;
  line-height: 1.3; background: rgba(17, 24, 39, 0.86); color: #fff; pointer-events: none; user-select: none; }
.kce-leaders { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; }
.kce-leader { stroke: rgba(17, 24, 39, 0.85); stroke-width: 1.5; }
.kce-leader-dot { fill: #fff; stroke: rgba(17, 24, 39, 0.9); stroke-width: 1.5; }
.kce-message { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; padding: 24px; text-align: center; }
.kce-message > div { max-width: 420px; background: #fff; border: 1px solid var(--kce-line); border-radius: 10px; padding: 16px; }
.kce-steps { margin: 0; padding-left: 0; list-style: none; }
.kce-step { padding: 4px 0; }
.kce-number { font: inherit; font-weight: 700; color: var(--kce-accent); background: #eaf1fb; border: 1px solid #b9cdea; border-radius: 6px;
  padding: 2px 6px; min-height: 32px; cursor: pointer; }
.kce-sources { margin: 6px 0 4px; padding: 8px; border-left: 3px solid var(--kce-accent); background: #f6f8fb; font-size: 0.88rem; }
.kce-sources p { margin: 0 0 4px; }
.kce-confidence { font-weight: 700; padding: 0 4px; border-radius: 4px; }
.kce-confidence-high { background: #d9f0e3; color: #14532d; }
.kce-confidence-medium { background: #fdf2d0; color: #713f12; }
.kce-confidence-low { background: #fde2e1; color: #7f1d1d; }
.kce-bands { margin: 8px 0 0; padding: 0; list-style: none; font-size: 0.92rem; }
.kce-bands li { padding: 2px 0; }
.kce-disclaimer { display: inline-block; margin: 0 0 4px; padding: 2px 8px; border-radius: 6px; background: #fff4d6; color: #713f12; font-weight: 700; }
.kce-symptoms ul { margin: 0; padding-left: 20px; }
.kce-controls { padding: 8px 8px 4px; }
.kce-controls h2 { padding: 4px 4px 0; }
@media (max-width: 900px), (orientation: portrait) {
  .kce { flex-direction: column; overflow-y: auto; }
  .kce-stage { flex: 0 0 auto; height: 58vh; }
  .kce-side { flex: 0 0 auto; max-width: none; overflow: visible; border-left: 0; border-top: 1px solid var(--kce-line); }
  .kce-legend { width: 200px; font-size: 0.8rem; }
}
`

const STYLE_ATTR = 'data-kce-styles'

/**
 * Inserts the explorer's CSS into `root` once (shared by every explorer in that root); returns a cleanup
 * that removes it when the last explorer there is gone.
 */
export function insertStyles(root: Document | ShadowRoot, id: string, css: string): () => void {
  const host = root instanceof Document ? root.head : root
  let el = host.querySelector<HTMLStyleElement>(`style[${STYLE_ATTR}="${id}"]`)
  if (!el) {
    el = document.createElement('style')
    el.setAttribute(STYLE_ATTR, id)
    el.textContent = css
    host.prepend(el)
  }
  const users = Number(el.dataset.users ?? '0') + 1
  el.dataset.users = String(users)
  const style = el
  return () => {
    const left = Number(style.dataset.users ?? '1') - 1
    style.dataset.users = String(left)
    if (left <= 0) style.remove()
  }
}

/**
 * leva styles its panel with stitches, which writes into a <style> in document.head: rules a shadow root
 * cannot see. Inside a shadow root, copy those rules in, and again whenever the panel's DOM changes (stitches
 * adds rules as new controls first render). In a document nothing is needed.
 */
export function mirrorLevaStyles(root: Document | ShadowRoot, panel: HTMLElement): () => void {
  if (root instanceof Document) return () => {}
  const el = document.createElement('style')
  el.setAttribute(STYLE_ATTR, 'leva')
  root.prepend(el)
  let copiedRules = -1
  const copy = () => {
    for (const sheet of Array.from(document.styleSheets)) {
      let rules: CSSRuleList
      try {
        rules = sheet.cssRules
      } catch {
        continue
      }
      if (!rules[0]?.cssText.startsWith('--sxs')) continue
      let count = 0
      let text = ''
      for (const r of Array.from(rules)) {
        count += r instanceof CSSGroupingRule ? r.cssRules.length + 1 : 1
        if (!r.cssText.startsWith('--sxs')) text += r.cssText + '\n'
      }
      if (count !== copiedRules) {
        copiedRules = count
        // stitches themes its tokens on :root, which means nothing in a shadow tree: use :host too.
        el.textContent = text.replace(/:root/g, ':host')
      }
      return
    }
  }
  copy()
  let queued = false
  const observer = new MutationObserver(() => {
    if (queued) return
    queued = true
    queueMicrotask(() => {
      queued = false
      copy()
    })
  })
  observer.observe(panel, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] })
  return () => {
    observer.disconnect()
    el.remove()
  }
}
