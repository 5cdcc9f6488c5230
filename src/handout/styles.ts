// The handout's look, on screen and on paper. One page on both A4 (210 × 297 mm) and US Letter
// (216 × 279 mm): @page sets no size (the printer's paper decides), and the page is laid out for the smaller
// printable area of the two (about 190 × 259 mm at 10 mm margins). The toolbar is for the screen only.
export const HANDOUT_CSS = `
@page { margin: 10mm; }
html, body { margin: 0; background: #f3f5f8; }
body { font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2937; }
.handout { max-width: 186mm; margin: 16px auto; padding: 16px; background: #fff; box-sizing: border-box; }
.handout-tools { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 12px; }
.handout-tools button { min-height: 44px; padding: 8px 14px; border-radius: 8px; border: 1px solid #8a97a8;
  background: #fff; color: #1f2937; font: inherit; cursor: pointer; }
.handout-tools button:first-child { background: #1d4f99; border-color: #1d4f99; color: #fff; }
.handout-head { display: flex; justify-content: space-between; gap: 12px; align-items: flex-start;
  border-bottom: 2px solid #1d3b66; padding-bottom: 6px; }
.handout h1 { font-size: 1.35rem; margin: 0; color: #1d3b66; }
.handout h2 { font-size: 1rem; margin: 8px 0 4px; color: #1d3b66; }
.handout h3 { font-size: 0.92rem; margin: 6px 0 2px; }
.handout-sub { margin: 2px 0 0; font-size: 0.85rem; color: #4b5563; }
.handout-clinic { margin: 0; text-align: right; font-weight: 600; max-width: 45%; overflow-wrap: anywhere; }
.handout-label { font-weight: 400; color: #4b5563; }
.handout-disclaimer { margin: 6px 0; font-weight: 600; }
.handout-top { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; }
.handout-picture { margin: 0; }
.handout-picture img { width: 100%; height: auto; display: block; border: 1px solid #d1d5db; border-radius: 4px; }
.handout-picture figcaption { font-size: 0.8rem; color: #374151; margin-top: 2px; }
.handout-wait { aspect-ratio: 4 / 3; display: grid; place-items: center; border: 1px dashed #9ca3af; margin: 0; }
.handout-chain ul { margin: 0; padding-left: 1.1em; font-size: 0.86rem; }
.handout-qr { display: flex; gap: 8px; align-items: flex-start; margin-top: 8px; }
.handout-qr svg { width: 32mm; height: 32mm; flex: none; }
.handout-qr p { margin: 0 0 3px; font-size: 0.8rem; }
.handout-link { overflow-wrap: anywhere; color: #1d4f99; font-size: 0.7rem !important; }
.handout-private { color: #4b5563; }
.handout .kce-card { margin-top: 6px; }
.handout .kce-card h2 { margin-top: 6px; }
.handout .kce-card ul { margin: 0; padding-left: 1.1em; font-size: 0.82rem; }
.handout .kce-card p { margin: 2px 0; font-size: 0.82rem; }
.handout .kce-disclaimer { display: none; }
.handout .kce-urgent { font-weight: 600; }
.handout-sources ul { margin: 0; padding-left: 1.1em; font-size: 0.7rem; color: #374151; }
.handout-capture { position: fixed; left: -10000px; top: 0; }
@media (max-width: 700px) {
  .handout { margin: 0; padding: 12px; }
  .handout-top { grid-template-columns: 1fr; }
  .handout-head { flex-direction: column; }
  .handout-clinic { text-align: left; max-width: none; }
}
@media print {
  html, body { background: #fff; }
  body { font-size: 8pt; }
  .handout { margin: 0; padding: 0; max-width: none; }
  .handout-tools { display: none; }
  .handout h1 { font-size: 13pt; }
  .handout-top { grid-template-columns: 66mm minmax(0, 1fr); gap: 8px; }
  .handout-chain ul { font-size: 7.5pt; }
  .handout .kce-card ul, .handout .kce-card p { font-size: 7.2pt; }
  .handout .kce-card li { margin: 0; }
  .handout-sources ul { font-size: 6pt; columns: 2; column-gap: 6mm; }
  .handout-sources li { break-inside: avoid; }
  .handout h2 { font-size: 10pt; margin: 4px 0 1px; }
  .handout h3 { font-size: 9pt; margin: 4px 0 1px; }
  .handout-disclaimer { font-size: 9pt; }
  .handout-qr svg { width: 26mm; height: 26mm; }
  .handout-qr p { font-size: 7.5pt; }
  .handout-picture img { max-height: 50mm; object-fit: contain; background: #eef1f5; }
  .handout-capture { display: none; }
}
`
