// The explorer's CSS, inserted into the container's root node (the document, or the shadow root the embed
// mounts in), never as a global stylesheet the widget could not see from inside a shadow DOM. Every rule is
// scoped under .kce so a host page's styles and ours stay apart.
export const EXPLORER_CSS = `
.kce { --_ink: var(--kce-ink, #1f2937); --_muted: var(--kce-muted, #4b5563); --_accent: var(--kce-accent, #2459a6); --_bg: var(--kce-bg, #f4f6f9); --_card: var(--kce-card, #ffffff);
  --_line: var(--kce-line, #d5dbe3); --_focus: var(--kce-focus, #b45309); box-sizing: border-box; display: flex; width: 100%; height: 100%; min-height: 0;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--_ink); background: var(--_bg); }
.kce *, .kce *::before, .kce *::after { box-sizing: inherit; }
.kce-sr-only { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0; }
/* The 3D column: the toolbar, then the stage. Nothing but labels and an opened key or notice lies over the 3D. */
.kce-main { position: relative; flex: 1 1 auto; min-width: 0; min-height: 0; display: flex; flex-direction: column; background: var(--_bg); }
.kce-toolbar { flex: 0 0 auto; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px;
  background: #e8edf3; border-bottom: 1px solid var(--_line); }
.kce-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-left: auto; }
.kce-stage { position: relative; flex: 1 1 auto; min-width: 0; min-height: 0; background: linear-gradient(#dfe6ee, #f4f6f9); overflow: hidden; }
.kce-gait { flex: 0 0 auto; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px;
  background: #e8edf3; border-top: 1px solid var(--_line); }
.kce-gait-scrub { flex: 1 1 120px; min-width: 100px; min-height: 44px; accent-color: var(--_accent); }
.kce-gait-play { min-width: 72px; }
/* The gait controls' chart button and its sheet: only in a narrow widget, where the side panel (and the chart's
   card in it, with the toolbar's button) is not shown; the same condition as the embed's layout
   (src/embed/styles.ts). The sheet sits under the controls and takes its room from the 3D while open. */
.kce-gait-chart { display: none; min-width: 44px; min-height: 44px; padding: 0 10px; align-items: center; justify-content: center; }
.kce-gait-sheet { display: none; flex: 0 0 auto; min-height: 0; max-height: clamp(150px, 45cqh, 100cqh - 210px);
  overflow-y: auto; padding: 6px 10px 8px;
  background: #fff; border-top: 1px solid var(--_line); }
.kce-gait-sheet h2 { font-size: 0.95rem; margin: 4px 0 6px; }
@container kce-widget not (((min-width: 840px) and (min-height: 460px)) or (min-width: 960px)) {
  .kce-gait-chart { display: inline-flex; }
  .kce-gait-sheet { display: block; }
  /* Room for the chart button in the controls' first row, at a phone's width too (no extra row). */
  .kce-gait-scrub { flex-basis: 48px; min-width: 48px; }
}
.kce-gait-phase { color: var(--_muted); font-size: 0.85rem; }
.kce-gait-note { flex: 1 1 100%; margin: 0; }
.kce-main[data-toolbar="compact"] .kce-gait { padding: 4px 6px; gap: 4px; flex-wrap: nowrap; }
.kce-main[data-toolbar="compact"] .kce-gait-phase, .kce-main[data-toolbar="compact"] .kce-gait-note { display: none; }
.kce-stage canvas { display: block; touch-action: none; outline: none; }
.kce-stage canvas:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
.kce-side { flex: 0 0 clamp(260px, 32%, 420px); min-width: 0; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 12px;
  border-left: 1px solid var(--_line); }
.kce h1 { font-size: 1.15rem; margin: 0; }
.kce h2 { font-size: 1.05rem; margin: 0 0 8px; }
.kce h3 { font-size: 0.95rem; margin: 10px 0 4px; color: var(--_muted); }
.kce-card { background: var(--_card); border: 1px solid var(--_line); border-radius: 10px; padding: 12px; }
/* The language switch sits in the first card's heading row (beside "Start from"): it adds no height. */
.kce-side { position: relative; }
.kce-lang { position: absolute; top: 25px; right: 25px; display: flex; gap: 4px; z-index: 1; }
.kce-lang + .kce-presets h2 { min-height: 44px; display: flex; align-items: center; padding-right: 170px; }
.kce-lang .kce-button { min-height: 44px; padding: 6px 10px; font-size: 0.9rem; }
.kce-note { color: var(--_muted); font-size: 0.9rem; margin: 6px 0 0; }
.kce-button { min-height: 44px; min-width: 44px; padding: 8px 12px; border-radius: 8px; border: 1px solid #8a97a8;
  background: #fff; color: var(--_ink); font: inherit; font-size: 0.95rem; line-height: 1.2; cursor: pointer; }
.kce-button:hover { border-color: var(--_accent); }
.kce-button:focus-visible, .kce-number:focus-visible, .kce-select:focus-visible, .kce-notice:focus-visible, .kce-more:focus-visible,
.kce a:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.kce-button[aria-pressed="true"] { background: var(--_accent); border-color: var(--_accent); color: #fff; }
.kce-button-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.kce-button-grid .kce-button { padding: 6px 8px; font-size: 0.9rem; }
.kce-presets .kce-note { font-size: 0.85rem; }
.kce-preset-note[data-folded] { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
.kce-more { min-height: 32px; padding: 2px 6px; margin: 2px 0 0 -6px; border: 0; background: none; color: var(--_accent);
  font: inherit; font-size: 0.85rem; font-weight: 600; text-decoration: underline; cursor: pointer; }
.kce-views { display: flex; flex-wrap: wrap; gap: 4px; }
.kce-views .kce-button { padding: 8px 10px; }
.kce-select { min-height: 44px; padding: 8px 4px; border-radius: 8px; border: 1px solid #8a97a8; background: #fff;
  color: var(--_ink); font: inherit; font-size: 0.95rem; }
.kce-notice { min-height: 44px; padding: 4px 10px; border-radius: 8px; border: 0; background: #7c2d12; color: #fff;
  font: inherit; font-size: 0.85rem; font-weight: 600; line-height: 1.2; cursor: pointer; white-space: nowrap; }
.kce-main[data-toolbar="compact"] .kce-toolbar { padding: 4px 6px; gap: 4px; }
.kce-main[data-toolbar="compact"] .kce-tools { gap: 4px; }
.kce-notice[aria-expanded="true"] { box-shadow: inset 0 0 0 2px #fff; }
.kce-key-toggle { display: inline-flex; align-items: center; gap: 6px; padding: 8px 10px; font-size: 0.9rem; }
.kce-key-swatch { display: inline-block; width: 22px; height: 12px; border-radius: 3px; border: 1px solid #8a97a8; }
.kce-key-toggle[aria-expanded="true"] { background: #eaf1fb; border-color: var(--_accent); }
.kce-cycle-toggle[aria-expanded="true"] { background: #eaf1fb; border-color: var(--_accent); }
.kce-popover, .kce-legend { position: absolute; z-index: 3; border-radius: 8px; background: rgba(255,255,255,0.96);
  border: 1px solid var(--_line); box-shadow: 0 2px 10px rgba(0,0,0,0.12); }
.kce-popover[hidden], .kce-legend[hidden] { display: none; }
.kce-popover { top: 8px; right: 8px; max-width: min(26em, calc(100% - 16px)); max-height: calc(100% - 16px); overflow-y: auto;
  padding: 10px 12px; font-size: 0.9rem; }
.kce-popover p { margin: 0 0 6px; }
.kce-close { float: right; min-height: 40px; }
.kce-legend[data-corner="right"] { left: auto; right: 8px; }
.kce-legend { left: 8px; bottom: 8px; display: flex; flex-direction: column; gap: 4px; padding: 6px 10px; width: 210px;
  font-size: 0.8rem; line-height: 1.25; }
.kce-key-title { display: block; font-weight: 600; }
.kce-key-bar { display: block; height: 10px; border-radius: 3px; border: 1px solid #9aa7b6; }
.kce-key-ends { display: block; position: relative; height: 1.25em; color: var(--_muted); }
.kce-key-ends > span { position: absolute; top: 0; white-space: nowrap; }
.kce-labels { position: absolute; inset: 0; pointer-events: none; z-index: 1; }
.kce-label { position: absolute; left: 0; top: 0; white-space: nowrap; padding: 2px 7px; border-radius: 6px; font-size: 15px; font-weight: 600;
  line-height: 1.3; background: rgba(17, 24, 39, 0.86); color: #fff; pointer-events: none; user-select: none; }
.kce-leaders { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; }
.kce-leader { stroke: rgba(17, 24, 39, 0.85); stroke-width: 1.5; }
.kce-leader-dot { fill: #fff; stroke: rgba(17, 24, 39, 0.9); stroke-width: 1.5; }
.kce-message { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; padding: 24px; text-align: center; }
.kce-message > div { max-width: 420px; background: #fff; border: 1px solid var(--_line); border-radius: 10px; padding: 16px; }
.kce-steps { margin: 0; padding-left: 0; list-style: none; }
.kce-step { padding: 4px 0; }
.kce-gait-moment { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin: 6px 0 2px; padding: 6px 8px;
  border-left: 3px solid var(--_accent); background: #f6f8fb; }
.kce-gait-moment .kce-note { margin: 0; flex: 1 1 14em; font-variant-numeric: tabular-nums; }
.kce-chain .kce-number { font-variant-numeric: tabular-nums; }
.kce-number { font: inherit; font-weight: 700; color: var(--_accent); background: #eaf1fb; border: 1px solid #b9cdea; border-radius: 4px;
  padding: 2px 6px; min-height: 32px; cursor: pointer; }
.kce-sources { margin: 6px 0 4px; padding: 8px; border-left: 3px solid var(--_accent); background: #f6f8fb; font-size: 0.88rem; }
.kce-sources p { margin: 0 0 4px; }
.kce-refs ul { margin: 2px 0 0; padding-left: 18px; }
.kce-refs li { margin: 0 0 3px; overflow-wrap: anywhere; }
.kce-confidence { font-weight: 700; padding: 0 4px; border-radius: 4px; }
.kce-confidence-high { background: #d9f0e3; color: #14532d; }
.kce-confidence-medium { background: #fdf2d0; color: #713f12; }
.kce-confidence-low { background: #fde2e1; color: #7f1d1d; }
.kce-bands { margin: 8px 0 0; padding: 0; list-style: none; font-size: 0.92rem; }
.kce-bands li { padding: 2px 0; }
.kce-disclaimer { display: inline-block; margin: 0 0 4px; padding: 2px 8px; border-radius: 6px; background: #fff4d6; color: #713f12; font-weight: 700; }
.kce-symptoms ul { margin: 0; padding-left: 20px; }
.kce-symptoms li + li { margin-top: 4px; }
.kce-urgent { margin: 0; padding: 8px 10px; border-left: 4px solid #b91c1c; background: #fef2f2; color: #7f1d1d; }
.kce-controls { padding: 8px 8px 4px; }
.kce-controls h2 { padding: 4px 4px 0; }
/* leva's controls: a visible focus ring on every one of them (its checkboxes draw none of their own). */
.kce-controls input:focus-visible, .kce-controls select:focus-visible, .kce-controls button:focus-visible,
.kce-controls [tabindex]:focus-visible { outline: 3px solid var(--_focus) !important; outline-offset: 1px; }
.kce-controls input[type="checkbox"]:focus-visible + label { outline: 3px solid var(--_focus); outline-offset: 2px; }
/* Play the chain: the toolbar's button, the first visit's invitation and the tour's bar, all between the toolbar
   and the stage (never over it: a caption must not hide the link it tells about). The caption keeps room for three
   lines (the longest captions at tablet width), so the 3D does not jump, and redraw at another size, each time a
   step's caption is a line longer. */
.kce-play-chain { font-weight: 700; border-color: var(--_accent); color: var(--_accent); white-space: nowrap; }
.kce-play-chain[aria-pressed="true"] { color: #fff; }
.kce-tour { flex: 0 0 auto; padding: 6px 8px; background: #fffbea; border-bottom: 1px solid #e8d9a8; }
.kce-invite { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; padding: 10px 12px; border-radius: 10px;
  background: #fffbea; border: 1px solid #e8d9a8; }
.kce-invite p { margin: 0; flex: 1 1 100%; font-size: 0.95rem; }
.kce-invite-plain { padding: 6px 10px; flex-wrap: nowrap; }
.kce-invite-plain .kce-note { margin: 0; font-size: 0.85rem; flex: 1 1 10em; line-height: 1.25; }
.kce-invite-go { font-weight: 700; background: var(--_accent); border-color: var(--_accent); color: #fff; }
.kce-tour-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.kce-tour-btn { padding: 4px 8px; display: inline-flex; align-items: center; justify-content: center; }
.kce-tour-btn:disabled { opacity: 0.45; cursor: default; }
.kce-tour-step { font-weight: 700; margin: 0 4px; flex: 1 1 0; min-width: 0; line-height: 1.2; }
.kce-tour-close { margin-left: auto; }
.kce-tour-caption { margin: 4px 2px 0; font-size: 0.98rem; line-height: 1.35; min-height: 4.05em; }
.kce-tour-hint { margin: 2px; font-size: 0.85rem; }
.kce-main[data-toolbar="compact"] .kce-tour { padding: 4px 6px; }
.kce-main[data-toolbar="compact"] .kce-tour-caption { font-size: 0.88rem; margin-top: 2px; }
.kce-compare-modes { display: flex; flex-wrap: wrap; gap: 4px; }
.kce-compare-modes .kce-button { padding: 6px 8px; font-size: 0.9rem; }
.kce-compare-modes .kce-button[aria-checked="true"] { background: var(--_accent); border-color: var(--_accent); color: #fff; }
.kce-compare-table { width: 100%; border-collapse: collapse; margin-top: 6px; font-size: 0.9rem; }
.kce-compare-table th, .kce-compare-table td { padding: 3px 4px; border-bottom: 1px solid var(--_line); text-align: right; }
.kce-compare-table th[scope="row"], .kce-compare-table thead th:first-child { text-align: left; font-weight: 500; }
/* Touch screens: every control at least 44 px (the chain's numbers too). */
@media (pointer: coarse) {
  .kce-number { min-height: 44px; padding: 4px 10px; margin: 2px 0; }
  .kce-close { min-height: 44px; }
  .kce-more { min-height: 44px; min-width: 44px; }
  .kce-controls input[type="checkbox"] + label { width: 44px; height: 44px; }
  .kce-controls input[type="checkbox"] + label > svg { width: 24px; height: 24px; }
}
/*
 * The page (not a widget: an embed lays itself out by its own size, src/embed/styles.ts): on a phone or a
 * tablet in portrait the words go under the 3D, which stays in view (sticky) while they are read.
 */
@media (orientation: portrait) and (max-width: 1023.98px), (max-width: 639.98px) {
  :root .kce { flex-direction: column; height: auto; min-height: 100%; align-self: flex-start; }
  :root .kce-main { position: sticky; top: 0; z-index: 5; flex: 0 0 auto; }
  :root .kce-stage { flex: 0 0 auto; height: max(52vh, 160px); }
  :root .kce-side { flex: 0 0 auto; max-width: none; overflow: visible; border-left: 0; border-top: 1px solid var(--_line); }
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
