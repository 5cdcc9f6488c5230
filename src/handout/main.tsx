// The handout page (handout.html): one printable page of the state in its URL, in its language, with the
// picture of the view, the chain in plain words, what may help, the sources and a QR code that reopens the
// same view. Opened by the explorer's "Handout" button and the element's openHandout(); the browser's own
// print makes the PDF. The URL holds only the explorer's inputs, the language, an optional clinic line and
// where the QR points: no personal data.
import { createRoot } from 'react-dom/client'
import { i18nFor } from '../i18n'
import { createExplorerStore } from '../state/store'
import { parseParams } from '../state/url'
import { Handout } from './Handout'
import { HANDOUT_CSS } from './styles'

/** Text only, one line, at most 200 characters: React writes it as text, never as markup. */
export const clinicLine = (raw: string | null): string | null => {
  const t = (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, 200)
  return t || null
}

/** An http(s) address, or null: a `share` of any other scheme (javascript:, data:) is ignored. */
export function safeUrl(raw: string | null, base: string): string | null {
  if (!raw) return null
  try {
    const u = new URL(raw, base)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null
  } catch {
    return null
  }
}

async function start(root: HTMLElement) {
  const q = new URLSearchParams(window.location.search)
  const { patch, warnings } = parseParams((n) => q.get(n))
  const { store, warnings: clamped } = createExplorerStore(patch)
  for (const w of [...warnings, ...clamped]) console.warn(`Kinetic Chain Explorer handout: ${w}`)
  // The QR reopens the full explorer the site named, else the one beside this page.
  const share =
    safeUrl(q.get('share'), window.location.href) ?? new URL('index.html', window.location.href).href
  const i18n = await i18nFor(store.getState().lang)
  document.documentElement.lang = i18n.locale
  document.title = `${i18n.t.handout.title} · Kinetic Chain Explorer`
  const style = document.createElement('style')
  style.textContent = HANDOUT_CSS
  document.head.append(style)
  createRoot(root).render(
    <Handout store={store} i18n={i18n} clinic={clinicLine(q.get('clinic'))} share={share} />,
  )
}

const root = document.getElementById('handout')
if (root) void start(root)
