// The widget's own styles, scoped by its shadow root: nothing here reaches the host page, and the host
// page's rules do not reach in (only inherited properties such as font and colour cross, on purpose,
// so the widget's text matches the page it sits on).
export const ELEMENT_CSS = `
:host {
  display: block;
  position: relative;
  /* Sized by its container: full width, the container's height when it has one, else a sensible floor. */
  width: 100%;
  height: 100%;
  min-height: 320px;
  contain: content;
  overflow: hidden;
  border-radius: 8px;
  background: #f3f5f7;
  color: #1d2733;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  /* A vertical swipe over the widget scrolls the page on phones; horizontal drags orbit the model. */
  touch-action: pan-y;
}
:host([hidden]) { display: none; }
/* The widget: the explorer's stage over a summary line where the widget is narrow; the poster, the progress
   and an error lie over all of it. */
.widget { position: absolute; inset: 0; display: flex; flex-direction: column; container: kce-widget / size; }
.stage { position: relative; flex: 1 1 auto; min-height: 0; touch-action: pan-y; }
.poster, .status { position: absolute; inset: 0; }
/* OrbitControls sets touch-action: none inline on the canvas and on the 3D's wrapper (R3F's event source);
   the page must still scroll, also for a swipe that starts just beside the 3D (a touch is matched with some
   slack around its point). */
.stage canvas, .stage .kce-stage > div:first-child { touch-action: pan-y !important; }
.poster {
  display: flex; align-items: center; justify-content: center;
  margin: 0; padding: 0; border: 0; width: 100%; height: 100%;
  background: #f3f5f7; cursor: pointer; font: inherit; color: inherit;
}
.poster img { width: 100%; height: 100%; object-fit: contain; display: block; }
.poster .logo { position: absolute; top: 12px; left: 12px; max-width: 40%; max-height: 20%; display: flex; }
.poster ::slotted([slot="logo"]) { max-width: 100%; max-height: 100%; }
.poster ::slotted([slot="poster"]) { width: 100%; height: 100%; object-fit: contain; display: block; }
.poster slot[name="poster"] { display: contents; }
.poster .cta {
  position: absolute; bottom: 16px; left: 50%; transform: translateX(-50%);
  padding: 10px 18px; border-radius: 999px; background: var(--kce-accent, #1d4ed8); color: #fff; font-weight: 600;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); white-space: nowrap;
}
.poster:focus-visible .cta { outline: 3px solid #f59e0b; outline-offset: 2px; }
.status {
  display: flex; flex-direction: column; align-items: center; justify-content: flex-end;
  padding-bottom: 20px; gap: 8px; pointer-events: none;
}
.status[hidden], .poster[hidden], .error[hidden], .brief[hidden], .brief-open[hidden] { display: none; }
.bar { width: min(240px, 60%); height: 6px; border-radius: 3px; background: rgb(29 78 216 / 0.2); overflow: hidden; }
.bar > span { display: block; height: 100%; width: 0; background: var(--kce-accent, #1d4ed8); transition: width 0.3s ease; }
.label { background: rgb(255 255 255 / 0.85); padding: 2px 8px; border-radius: 4px; }
.error {
  position: absolute; inset: auto 12px 12px 12px; padding: 10px 12px; border-radius: 6px;
  background: #fee2e2; color: #7f1d1d; border: 1px solid #fca5a5;
}
/* The narrow widget's summary: one line of posture, the disclaimer and the link to the full explorer. */
.brief { flex: 0 0 auto; display: none; flex-direction: column; gap: 0; padding: 4px 10px 2px; background: #fff;
  border-top: 1px solid #d5dbe3; font-size: 13px; line-height: 1.35; }
.brief p { margin: 0; }
.brief-line { font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.brief-foot { display: flex; align-items: center; justify-content: space-between; column-gap: 10px; }
.brief-note { flex: 1 1 auto; min-width: 0; color: #713f12; font-weight: 600; }
.brief-open { flex: 0 0 auto; display: inline-flex; align-items: center; min-height: 44px; color: #1d4ed8; font-weight: 600; white-space: nowrap; }
.brief-open:focus-visible { outline: 3px solid #b45309; outline-offset: 1px; }
.brief-open::after { content: " ↗"; }
/* The explorer lays itself out by the widget's size, not the viewport's. The side panel (presets, the chain in
   words, the controls; min(360px, 40%) wide) sits beside the 3D only where the 3D keeps a useful width and
   half the widget: 480 px and more beside the panel from 840 px wide, if the widget is 460 px high (shorter, the
   toolbar's row would leave the 3D under half), and from 960 px wide at any height (measured with
   shared/tools/stage-coverage.mjs; test/browser/stage.test.ts holds it). Narrower: the 3D alone with its toolbar,
   and the summary line under it. */
@container kce-widget ((min-width: 840px) and (min-height: 460px)) or (min-width: 960px) {
  .kce { flex-direction: row; overflow: hidden; }
  .kce-side { flex: 0 0 min(360px, 40%); max-width: none; overflow-y: auto; border-top: 0; border-left: 1px solid #d5dbe3; }
}
@container kce-widget not (((min-width: 840px) and (min-height: 460px)) or (min-width: 960px)) {
  .kce { flex-direction: column; overflow: hidden; }
  .kce-side { display: none; }
  /* The cycle chart lives in the side panel (issue 14): no button for it where the panel is not shown. */
  .kce-cycle-toggle { display: none; }
  .brief { display: flex; }
}
@media (prefers-reduced-motion: reduce) { .bar > span { transition: none; } }
`

/**
 * Constructable stylesheets are not subject to a Content-Security-Policy's style-src, so the widget needs
 * no 'unsafe-inline' for its own styles; Safari before 16.4 lacks them and gets a <style> element instead.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return
  }
  const style = document.createElement('style')
  style.textContent = css
  root.prepend(style)
}
