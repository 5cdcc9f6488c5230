// configure.html: a clinic's web manager chooses the widget's starting point and look, sees it live, and
// copies the iframe or element code. The form is built from the input descriptor table (src/state/schema.ts),
// so it offers exactly the attributes and URL parameters the widget reads, and checks them with the same
// parser (src/state/url.ts).
import type { KineticChainExplorerElement } from './kinetic-chain-explorer'
import { CONTROLS_MODES, INPUTS, LAYER_IDS, LAYER_LABELS, type InputDescriptor } from '../state/schema'
import { parseParam } from '../state/url'

const TAG = 'kinetic-chain-explorer'
/** Where dist/ is served: the snippets point here. */
const BASE = new URL('.', location.href).href

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const form = $<HTMLFormElement>('options')
const inputs = $<HTMLDivElement>('inputs')

/** The attributes of the element itself, beside the inputs. */
const ELEMENT_OPTIONS = [
  { param: 'controls', label: 'Controls in the widget', options: CONTROLS_MODES, fallback: 'minimal' },
] as const

function labelOf(d: InputDescriptor): string {
  if (d.kind === 'foot') return `${d.side === 'left' ? 'Left' : 'Right'} foot: ${d.spec.label}`
  if (d.kind === 'number') return d.label
  return d.param[0]!.toUpperCase() + d.param.slice(1).replace('-', ' ')
}

function select(name: string, options: readonly string[], blank: string): HTMLSelectElement {
  const s = document.createElement('select')
  s.name = name
  for (const o of ['', ...options]) {
    const opt = document.createElement('option')
    opt.value = o
    opt.textContent = o || blank
    s.append(opt)
  }
  return s
}

/** One form field per input, in the table's order: the preset first, then the feet, then the view options. */
function buildForm(): void {
  const groups = new Map<string, HTMLFieldSetElement>()
  const group = (title: string) => {
    let g = groups.get(title)
    if (!g) {
      g = document.createElement('fieldset')
      g.append(Object.assign(document.createElement('legend'), { textContent: title }))
      groups.set(title, g)
      inputs.append(g)
    }
    return g
  }
  for (const d of INPUTS) {
    const label = document.createElement('label')
    label.textContent = labelOf(d)
    if (d.kind === 'foot' || d.kind === 'number') {
      const limit = d.kind === 'foot' ? d.spec.limit : d.limit
      const i = Object.assign(document.createElement('input'), {
        type: 'number',
        name: d.param,
        min: String(limit.min),
        max: String(limit.max),
        step: String(d.kind === 'foot' ? d.spec.step : d.step),
        placeholder: 'as the preset',
      })
      label.append(i)
      group(d.kind === 'foot' ? `${d.side === 'left' ? 'Left' : 'Right'} foot` : 'View').append(label)
    } else if (d.kind === 'choice') {
      label.append(select(d.param, d.options, d.key === 'preset' ? '(neutral)' : '(default)'))
      group(d.key === 'view' || d.key === 'timeScale' ? 'View' : 'Starting point').append(label)
    } else if (d.kind === 'flag') {
      // A boolean attribute: checked writes it (as "true"), unchecked leaves it out.
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name: d.param,
        value: 'true',
      })
      label.prepend(box, ' ')
      group('View').append(label)
    } else if (d.kind === 'lang') {
      label.append(select(d.param, d.options, '(the visitor’s browser)'))
      group('View').append(label)
    } else {
      const g = group('Layers shown')
      for (const id of LAYER_IDS) {
        const l = document.createElement('label')
        const box = Object.assign(document.createElement('input'), {
          type: 'checkbox',
          name: 'layer',
          value: id,
        })
        box.checked = true
        l.append(box, ` ${LAYER_LABELS[id]}`)
        g.append(l)
      }
      continue
    }
  }
  for (const o of ELEMENT_OPTIONS) {
    const label = document.createElement('label')
    label.textContent = o.label
    label.append(select(o.param, o.options, `(${o.fallback})`))
    group('View').append(label)
  }
}

/** The chosen values as attribute/URL parameter pairs (only those set), and what the parser refuses. */
function chosen(): { params: [string, string][]; warnings: string[] } {
  const data = new FormData(form)
  const params: [string, string][] = []
  const warnings: string[] = []
  for (const d of INPUTS) {
    if (d.kind === 'layers') {
      const on = data.getAll('layer').map(String)
      if (on.length !== LAYER_IDS.length) params.push([d.param, on.join(',')])
      continue
    }
    const raw = String(data.get(d.param) ?? '').trim()
    if (!raw) continue
    const r = parseParam(d, raw)
    if (r.why) warnings.push(`${labelOf(d)}: "${raw}" ${r.why}`)
    else params.push([d.param, raw])
  }
  for (const o of ELEMENT_OPTIONS) {
    const v = String(data.get(o.param) ?? '')
    if (v) params.push([o.param, v])
  }
  return { params, warnings }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

function snippet(params: [string, string][]): string {
  const height = Math.max(320, Number($<HTMLInputElement>('height').value) || 480)
  const way = String(new FormData(form).get('way'))
  if (way === 'element') {
    const attrs = params.map(([k, v]) => `\n    ${k}="${escape(v)}"`).join('')
    return [
      `<script type="module" src="${BASE}${TAG}.js"></script>`,
      `<div style="height: ${height}px">`,
      `  <${TAG}${attrs}\n  ></${TAG}>`,
      `</div>`,
    ].join('\n')
  }
  const q = new URLSearchParams(params)
  const origin = $<HTMLInputElement>('origin').value.trim()
  q.append('allow-origin', origin ? new URL(origin).origin : 'https://www.your-clinic.example')
  return `<iframe\n  src="${escape(`${BASE}embed.html?${q}`)}"\n  title="Kinetic Chain Explorer: how your feet affect your lower back"\n  loading="lazy"\n  style="width: 100%; height: ${height}px; border: 0"\n></iframe>`
}

/** The preview: the element itself, with the chosen attributes (both ways show the same widget). */
const preview = document.createElement(TAG) as KineticChainExplorerElement
preview.setAttribute('loading', 'eager')
$<HTMLDivElement>('preview-frame').append(preview)

function update(): void {
  const { params, warnings } = chosen()
  // Attributes the form no longer sets go back to the widget's defaults.
  for (const d of [...INPUTS.map((i) => i.param), ...ELEMENT_OPTIONS.map((o) => o.param)])
    if (!params.some(([k]) => k === d)) preview.removeAttribute(d)
  if (!params.some(([k]) => k === 'preset')) preview.setAttribute('preset', 'neutral')
  for (const [k, v] of params) preview.setAttribute(k, v)
  $<HTMLDivElement>('preview-frame').style.height =
    `${Math.max(320, Number($<HTMLInputElement>('height').value) || 480)}px`
  $<HTMLParagraphElement>('warnings').textContent = warnings.join('; ')
  let text: string
  try {
    text = snippet(params)
  } catch {
    text = 'Your site’s address is not a web address (e.g. https://www.your-clinic.example).'
  }
  $<HTMLTextAreaElement>('snippet').value = text
}

buildForm()
form.addEventListener('input', update)
form.addEventListener('change', update)
$<HTMLButtonElement>('copy').addEventListener('click', async () => {
  const area = $<HTMLTextAreaElement>('snippet')
  try {
    await navigator.clipboard.writeText(area.value)
    $<HTMLSpanElement>('copied').textContent = 'Copied.'
  } catch {
    area.select() // no clipboard permission: the text is selected for Ctrl+C
    $<HTMLSpanElement>('copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.'
  }
})
update()
