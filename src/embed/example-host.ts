// example.html's own script: what a clinic's developer writes to listen to the widgets and drive them.
import type {
  EmbedEvent,
  ExplorerSnapshot,
  KineticChainExplorerElement,
  PresetId,
} from './kinetic-chain-explorer'

const fmt = (n: number) => (Math.round(n * 10) / 10).toFixed(1)
const summary = (s: ExplorerSnapshot) =>
  `pelvis tilt ${fmt(s.pose.pelvis.anteriorTiltDeg)}°, obliquity ${fmt(s.pose.pelvis.obliquityDeg)}°; ` +
  `most loaded facet ${s.pose.lumbarPeak.level} ${s.pose.lumbarPeak.side} (extension ${fmt(s.pose.lumbarPeak.extensionDeg)}°)`

for (const el of document.querySelectorAll<KineticChainExplorerElement>('kinetic-chain-explorer')) {
  const out = document.getElementById(`${el.id}-summary`)
  if (!out) continue
  el.addEventListener('ready', () => (out.textContent = 'Ready. Drag to turn the model.'))
  el.addEventListener('change', (e) => (out.textContent = summary(e.detail)))
  el.addEventListener('error', (e) => (out.textContent = `Could not load: ${e.detail.message}`))
}
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-target]')) {
  b.addEventListener('click', () => {
    const el = document.getElementById(b.dataset.target ?? '') as KineticChainExplorerElement | null
    if (el) el.preset = b.dataset.preset as PresetId // the property mirrors the attribute
  })
}

// The iframe: same-origin here, so embed.html allows this page without an allow-origin parameter.
const frame = document.getElementById('frame') as HTMLIFrameElement
const frameOut = document.getElementById('frame-summary')
const target = new URL(frame.src, location.href).origin
window.addEventListener('message', (e: MessageEvent<EmbedEvent>) => {
  if (e.origin !== target || e.source !== frame.contentWindow || !frameOut) return
  if (e.data.type === 'kce:change' || e.data.type === 'kce:state') {
    if (e.data.state) frameOut.textContent = summary(e.data.state)
  } else if (e.data.type === 'kce:ready') frameOut.textContent = 'Ready.'
})
for (const b of document.querySelectorAll<HTMLButtonElement>(
  'button[data-frame-preset], button[data-frame-view]',
)) {
  b.addEventListener('click', () => {
    const msg = b.dataset.framePreset
      ? { type: 'kce:set-inputs', inputs: { preset: b.dataset.framePreset } }
      : { type: 'kce:set-view', view: b.dataset.frameView }
    frame.contentWindow?.postMessage(msg, target)
  })
}
