// The leva panel: a thin writer into the explorer's store, and a mirror of it (presets and the URL change the
// store; the panel follows). Each explorer has its own leva store, rendered in the explorer's own DOM.
import { useEffect, useState } from 'react'
import { LevaPanel, folder, useControls, useCreateStore } from 'leva'
import type { Activity } from '../kinematics'
import { useExplorerStore } from '../state/context'
import type { ExplorerStoreState } from '../state/store'
import {
  ACTIVITY_LABELS,
  EXAGGERATE_INPUT,
  FOOT_STRIKE_LABELS,
  FOOT_FIELDS,
  LAYER_IDS,
  LAYER_LABELS,
  SIDES,
  footOf,
  type FootInputs,
  type InputPatch,
} from '../state/schema'

/** Leva's option lists: the label shown → the value. */
const options = (labels: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(labels).map(([id, label]) => [label, id]))
const ACTIVITY_OPTIONS = options(ACTIVITY_LABELS)
const FOOT_STRIKE_OPTIONS = options(FOOT_STRIKE_LABELS)
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
const bandText = (f: FootInputs) =>
  FOOT_FIELDS.filter((spec) => f[spec.field] !== spec.optionalDefault) // "flat", "no orthotic" go unsaid
    .map((spec) => spec.band(f[spec.field]))
    .join(' · ')

/** The panel's values for a store state. */
function levaValues(s: ExplorerStoreState): Record<string, unknown> {
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
    values[footKey(scope, 'band')] = bandText(foot)
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

const SCOPE_NAMES: Record<Scope, string> = { both: 'Both feet', left: 'Left foot', right: 'Right foot' }
const FOLDER_TITLES = ['Left foot', 'Right foot', 'Show']

/** Sets an attribute only when it changes (the panel's MutationObserver watches the DOM's structure only). */
const put = (el: Element, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value)
}

/**
 * Each foot number as a spin button named with its foot, range and value in words ("Left foot: Arch (mm)",
 * 28 mm, "low arch"); leva's drag track is left to pointers (the number field is the keyboard's way in). The
 * folder headers become buttons a keyboard reaches.
 */
function annotateLeva(root: HTMLElement, s: ExplorerStoreState): void {
  for (const scope of SCOPES) {
    const foot = footOf(s.input, scope === 'both' ? 'right' : scope)
    for (const spec of FOOT_FIELDS) {
      const input = root.querySelector<HTMLInputElement>(`input[id$="${footKey(scope, spec.field)}"]`)
      if (!input) continue
      const value = foot[spec.field]
      put(input, 'role', 'spinbutton')
      put(input, 'aria-label', `${SCOPE_NAMES[scope]}: ${spec.label}`)
      put(input, 'aria-valuemin', String(spec.limit.min))
      put(input, 'aria-valuemax', String(spec.limit.max))
      put(input, 'aria-valuenow', String(value))
      put(input, 'aria-valuetext', `${value} ${spec.limit.unit}, ${spec.band(value)}`)
      const track = input.parentElement?.previousElementSibling
      if (track) put(track, 'aria-hidden', 'true')
    }
  }
  for (const leaf of root.querySelectorAll('div')) {
    if (leaf.children.length || !FOLDER_TITLES.includes(leaf.textContent ?? '')) continue
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

  const [, set] = useControls(
    () => {
      const v = levaValues(store.getState())
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
              label: spec.label,
              hint: spec.hint,
            }
            return [key, { ...row, ...(render ? { render } : {}), ...write(key) }]
          }),
        ),
        [footKey(scope, 'band')]: {
          value: v[footKey(scope, 'band')] as string,
          editable: false,
          label: 'Band',
          ...(render ? { render } : {}),
        },
      })
      return {
        linked: { value: v.linked as boolean, label: 'Both feet', ...write('linked') },
        ...footRows('both', linked),
        'Left foot': folder(footRows('left'), { render: separate }),
        'Right foot': folder(footRows('right'), { render: separate }),
        activity: {
          value: v.activity as string,
          options: ACTIVITY_OPTIONS,
          label: 'Activity',
          ...write('activity'),
        },
        footStrike: {
          value: v.footStrike as string,
          options: FOOT_STRIKE_OPTIONS,
          label: 'Foot strike',
          hint: 'Running: which part of the foot lands first (a forefoot strike has no impact transient)',
          render: (get: (p: string) => unknown) => RUNNING.includes(get('activity') as Activity),
          ...write('footStrike'),
        },
        exaggerate: {
          value: v.exaggerate as number,
          min: EXAGGERATE_INPUT.limit.min,
          max: EXAGGERATE_INPUT.limit.max,
          step: EXAGGERATE_INPUT.step,
          label: EXAGGERATE_INPUT.label,
          ...write('exaggerate'),
        },
        Show: folder(
          Object.fromEntries(
            LAYER_IDS.map((id) => [id, { value: v[id] as boolean, label: LAYER_LABELS[id], ...write(id) }]),
          ),
          { collapsed: false },
        ),
      }
    },
    { store: levaStore },
    [],
  )

  // The mirror: presets, the URL and the host page change the store; the panel shows it.
  useEffect(() => {
    let shown = levaValues(store.getState())
    return store.subscribe((s) => {
      const next = levaValues(s)
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
  }, [store, set])

  // What leva does not say: which foot each number belongs to, its range and value, and folder headers a
  // keyboard can reach. Written onto leva's own DOM whenever it renders or the inputs change.
  const [section, setSection] = useState<HTMLElement | null>(null)
  useEffect(() => {
    if (!section) return
    const apply = () => annotateLeva(section, store.getState())
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
  }, [section, store])

  return (
    <section
      ref={setSection}
      className="kce-card kce-controls"
      aria-label="Foot posture and view controls"
      data-testid="controls"
    >
      <h2>Feet and activity</h2>
      <LevaPanel store={levaStore} fill flat titleBar={false} hideCopyButton theme={THEME} />
    </section>
  )
}
