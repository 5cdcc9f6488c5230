// embed.html: the widget filling an iframe, configured by URL parameters (the element's attribute names)
// and driven by postMessage from the origins the embedder allows.
import type { KineticChainExplorerElement } from './kinetic-chain-explorer'
import { allowedOrigins, parentOriginOf, startBridge, type BridgeCounts } from './bridge'

const TAG = 'kinetic-chain-explorer'
/** The stage's height over its width in a self-sizing iframe (kce:resize), and the widget's floor. */
const STAGE_ASPECT = 3 / 4
const MIN_HEIGHT_PX = 320
const warn = (m: string) => console.warn(`Kinetic Chain Explorer (embed.html): ${m}`)

// The element's script is loaded by its own <script> tag (the same file clinics use); wait for it so
// that attribute names come from the element itself.
void customElements.whenDefined(TAG).then(() => {
  const observed = (customElements.get(TAG) as unknown as { observedAttributes: string[] }).observedAttributes
  const params = new URLSearchParams(location.search)
  const el = document.createElement(TAG) as KineticChainExplorerElement
  for (const [name, value] of params) {
    if (name === 'allow-origin') continue
    if (observed.includes(name)) el.setAttribute(name, value)
    else warn(`ignored URL parameter ${name}="${value}" (not one of ${observed.join(', ')}, allow-origin)`)
  }
  const parentOrigin = parentOriginOf(window)
  // Test and diagnostic: what the bridge received and sent (read by the browser tests).
  const counts: BridgeCounts = { received: 0, replies: 0, events: 0 }
  ;(window as Window & { kceBridge?: BridgeCounts }).kceBridge = counts
  startBridge({
    target: el,
    win: window,
    allowed: allowedOrigins(params, location.origin, parentOrigin, warn),
    parentOrigin,
    warn,
    counts,
    resize: (notify) => {
      const needed = () => {
        const width = document.documentElement.clientWidth
        const brief = el.shadowRoot?.querySelector<HTMLElement>('.brief')?.offsetHeight ?? 0
        return Math.max(MIN_HEIGHT_PX, width * STAGE_ASPECT + brief)
      }
      const observer = new ResizeObserver(() => notify(needed()))
      observer.observe(document.documentElement)
      // The summary's height changes with its words (the posture), at the same width.
      void customElements.whenDefined(TAG).then(() => {
        const brief = el.shadowRoot?.querySelector('.brief')
        if (brief) observer.observe(brief)
      })
    },
  })
  document.body.appendChild(el)
})
