// The leva panel: a thin writer into the explorer's store, and a mirror of it (presets and the URL change the
// store; the panel follows). Each explorer has its own leva store, rendered in the explorer's own DOM.
import { useEffect, useState } from 'react'
import type { I18n } from '../i18n'
import { useI18n } from '../i18n/context'
import { footBand } from './words'
import { LevaPanel, folder, useControls, useCreateStore } from 'leva'
import type { Activity } from '../kinematics'
import { useExplorerStore } from '../state/context'
import type { ExplorerStoreState } from '../state/store'
import {
  EXAGGERATE_INPUT,
  FOOT_FIELDS,
  LAYER_IDS,
  SIDES,
  footOf,
  type FootInputs,
  type InputPatch,
} from '../state/schema'

/** Leva's option lists: the label shown → the value. */
const options = (labels: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(labels).map(([id, label]) => [label, id]))
/** Foot strike matters only where there is running. */
const RUNNING: readonly Activity[] = ['running', 'downhill-running']

/** The feet are set together ("both", shown while linked) or one by one. */
const SCOPES = ['both', ...SIDES] as const
type Scope = (typeof SCOPES)[number]
/** Leva keys of the foot rows: `left_navicularHeightMm`, `both_band`. */
const footKey = (scope: Scope, field: string) => `${scope}_${field}`

/** Product look: the explorer's colours and large rows for fingers (≥ 44 px touch targets). */
const THEME = {
  colors: {
    elevation1: '#e9edf2',
    elevation2: '#ffffff',
    elevation3: '#eef1f5',
    accent1: '#2459a6',
    accent2: '#1d4f99',
    accent3: '#163d78',
    highlight1: '#4b5563',
    highlight2: '#1f2937',
    highlight3: '#111827',
    vivid1: '#b45309',
    folderWidgetColor: '#4b5563',
    folderTextColor: '#1f2937',
    toolTipBackground: '#1f2937',
    toolTipText: '#ffffff',
  },
  radii: { xs: '4px', sm: '6px', lg: '10px' },
  space: { xs: '4px', sm: '8px', md: '12px', rowGap: '6px', colGap: '8px' },
  // The product's own type, not leva's monospace (which also cut "Heel eversion (°)" off on tablets).
  fonts: {
    sans: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    mono: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  },
  fontSizes: { root: '15px', toolTip: '14px' },
  sizes: {
    rootWidth: '100%',
    controlWidth: '50%',
    rowHeight: '44px',
    folderTitleHeight: '44px',
    checkboxSize: '24px',
    scrubberWidth: '12px',
    scrubberHeight: '28px',
    numberInputMinWidth: '48px',
  },
  shadows: { level1: 'none', level2: '0 2px 8px rgba(0,0,0,0.15)' },
  fontWeights: { label: '500', folder: '600', button: '600' },
}

/** The clinical band of a foot, shown under its sliders: "low arch · highly pronated (FPI +10 to +12)". */
const bandText = (f: FootInputs, i18n: I18n) =>
  FOOT_FIELDS.filter((spec) => f[spec.field] !== spec.optionalDefault) // "flat", "no orthotic" go unsaid
    .map((spec) => footBand(i18n, spec.field, f[spec.field]))
    .join(' · ')

/** The panel's values for a store state. */
function levaValues(s: ExplorerStoreState, i18n: I18n): Record<string, unknown> {
  const values: Record<string, unknown> = {
    linked: s.linkFeet,
    activity: s.input.activity,
    footStrike: s.input.footStrike ?? 'rearfoot',
    exaggerate: s.exaggerate,
    ...s.layers,
  }
  for (const scope of SCOPES) {
    // While linked, the one set of rows shows the right foot (linking copies it to the left).
    const foot = footOf(s.input, scope === 'both' ? 'right' : scope)
    for (const spec of FOOT_FIELDS) values[footKey(scope, spec.field)] = foot[spec.field]
    values[footKey(scope, 'band')] = bandText(foot, i18n)
  }
  return values
}

/** What a change of one panel value means for the store. */
function patchFor(key: string, value: unknown): InputPatch | 'link' {
  if (key === 'linked') return 'link'
  if (key === 'activity') return { activity: value as InputPatch['activity'] }
  if (key === 'footStrike') return { footStrike: value as InputPatch['footStrike'] }
  if (key === 'exaggerate') return { exaggerate: value as number }
  const [scope, field] = key.split('_') as [Scope | undefined, string | undefined]
  if (field) {
    const foot = { [field]: value as number }
    return scope === 'both' ? { left: foot, right: foot } : { [scope as string]: foot }
  }
  return { layers: { [key]: value as boolean } }
}

const scopeName = (i18n: I18n, scope: Scope): string =>
  scope === 'both'
    ? i18n.t.controls.bothFeet
    : scope === 'left'
      ? i18n.t.controls.leftFoot
      : i18n.t.controls.rightFoot
const folderTitles = (i18n: I18n) => [
  i18n.t.controls.leftFoot,
  i18n.t.controls.rightFoot,
  i18n.t.controls.show,
]

/** Sets an attribute only when it changes (the panel's MutationObserver watches the DOM's structure only). */
const put = (el: Element, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value)
}

/**
 * Each foot number as a spin button named with its foot, range and value in words ("Left foot: Arch (mm)",
 * 28 mm, "low arch"); leva's drag track is left to pointers (the number field is the keyboard's way in). The
 * folder headers become buttons a keyboard reaches.
 */
function annotateLeva(root: HTMLElement, s: ExplorerStoreState, i18n: I18n): void {
  const titles = folderTitles(i18n)
  for (const scope of SCOPES) {
    const foot = footOf(s.input, scope === 'both' ? 'right' : scope)
    for (const spec of FOOT_FIELDS) {
      const input = root.querySelector<HTMLInputElement>(`input[id$="${footKey(scope, spec.field)}"]`)
      if (!input) continue
      const value = foot[spec.field]
      put(input, 'role', 'spinbutton')
      put(input, 'aria-label', `${scopeName(i18n, scope)}: ${i18n.t.fields[spec.field].label}`)
      put(input, 'aria-valuemin', String(spec.limit.min))
      put(input, 'aria-valuemax', String(spec.limit.max))
      put(input, 'aria-valuenow', String(value))
      put(
        input,
        'aria-valuetext',
        `${i18n.n(value, Number.isInteger(value) ? 0 : 1)} ${spec.limit.unit}, ${footBand(i18n, spec.field, value)}`,
      )
      const track = input.parentElement?.previousElementSibling
      if (track) put(track, 'aria-hidden', 'true')
    }
  }
  for (const leaf of root.querySelectorAll('div')) {
    if (leaf.children.length || !titles.includes(leaf.textContent ?? '')) continue
    const title = leaf.parentElement
    if (!title) continue
    const open = !/rotate\(-/.test(title.querySelector('svg')?.getAttribute('style') ?? '')
    put(title, 'data-kce-folder', '')
    put(title, 'role', 'button')
    put(title, 'tabindex', '0')
    put(title, 'aria-expanded', String(open))
  }
}

export function ControlsPanel() {
  const store = useExplorerStore()
  const levaStore = useCreateStore()
  const i18n = useI18n()
  const c = i18n.t.controls

  const [, set] = useControls(
    () => {
      const v = levaValues(store.getState(), i18n)
      // Only what the person did on the panel is written back; programmatic sets are the mirror.
      const write = (key: string) => ({
        onChange: (value: unknown, _path: string, ctx: { fromPanel: boolean; initial: boolean }) => {
          if (!ctx.fromPanel || ctx.initial) return
          const s = store.getState()
          const patch = patchFor(key, value)
          if (patch === 'link') {
            s.setLinkFeet(value as boolean)
            // Linking starts both feet from the right foot's posture, so what is shown is what is drawn.
            if (value) s.apply({ left: footOf(s.input, 'right') })
          } else s.apply(patch)
        },
      })
      const linked = (get: (p: string) => unknown) => Boolean(get('linked'))
      const separate = (get: (p: string) => unknown) => !get('linked')
      /** One foot's rows: a slider per FOOT_FIELDS entry, then its clinical band. */
      const footRows = (scope: Scope, render?: (get: (p: string) => unknown) => boolean) => ({
        ...Object.fromEntries(
          FOOT_FIELDS.map((spec) => {
            const key = footKey(scope, spec.field)
            const { min, max } = spec.limit
            const row = {
              value: v[key] as number,
              min,
              max,
              step: spec.step,
              label: i18n.t.fields[spec.field].label,
              hint: i18n.t.fields[spec.field].hint,
            }
            return [key, { ...row, ...(render ? { render } : {}), ...write(key) }]
          }),
        ),
        [footKey(scope, 'band')]: {
          value: v[footKey(scope, 'band')] as string,
          editable: false,
          label: c.band,
          ...(render ? { render } : {}),
        },
      })
      return {
        linked: { value: v.linked as boolean, label: c.bothFeet, ...write('linked') },
        ...footRows('both', linked),
        [c.leftFoot]: folder(footRows('left'), { render: separate }),
        [c.rightFoot]: folder(footRows('right'), { render: separate }),
        activity: {
          value: v.activity as string,
          options: options(i18n.t.activities),
          label: c.activity,
          ...write('activity'),
        },
        footStrike: {
          value: v.footStrike as string,
          options: options(i18n.t.footStrikes),
          label: c.footStrike,
          hint: c.footStrikeHint,
          render: (get: (p: string) => unknown) => RUNNING.includes(get('activity') as Activity),
          ...write('footStrike'),
        },
        exaggerate: {
          value: v.exaggerate as number,
          min: EXAGGERATE_INPUT.limit.min,
          max: EXAGGERATE_INPUT.limit.max,
          step: EXAGGERATE_INPUT.step,
          label: c.exaggerate,
          ...write('exaggerate'),
        },
        [c.show]: folder(
          Object.fromEntries(
            LAYER_IDS.map((id) => [id, { value: v[id] as boolean, label: i18n.t.layers[id], ...write(id) }]),
          ),
          { collapsed: false },
        ),
      }
    },
    { store: levaStore },
    // A new language: the panel is built again with its words (the values come from the store).
    [i18n.lang],
  )

  // The mirror: presets, the URL and the host page change the store; the panel shows it.
  useEffect(() => {
    let shown = levaValues(store.getState(), i18n)
    return store.subscribe((s) => {
      const next = levaValues(s, i18n)
      const changed: Record<string, unknown> = {}
      let any = false
      for (const k of Object.keys(next))
        if (next[k] !== shown[k]) {
          changed[k] = next[k]
          any = true
        }
      shown = next
      if (any) set(changed as Parameters<typeof set>[0])
    })
  }, [store, set, i18n])

  // What leva does not say: which foot each number belongs to, its range and value, and folder headers a
  // keyboard can reach. Written onto leva's own DOM whenever it renders or the inputs change.
  const [section, setSection] = useState<HTMLElement | null>(null)
  useEffect(() => {
    if (!section) return
    const apply = () => annotateLeva(section, store.getState(), i18n)
    apply()
    const observer = new MutationObserver(apply)
    observer.observe(section, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style'],
    })
    const unsubscribe = store.subscribe(apply)
    const onKey = (e: KeyboardEvent) => {
      const title = (e.target as HTMLElement).closest?.('[data-kce-folder]')
      if (title && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault()
        ;(title as HTMLElement).click()
      }
    }
    section.addEventListener('keydown', onKey)
    return () => {
      observer.disconnect()
      unsubscribe()
      section.removeEventListener('keydown', onKey)
    }
  }, [section, store, i18n])

  return (
    <section ref={setSection} className="kce-card kce-controls" aria-label={c.region} data-testid="controls">
      <h2>{c.heading}</h2>
      <LevaPanel store={levaStore} fill flat titleBar={false} hideCopyButton theme={THEME} />
    </section>
  )
}
