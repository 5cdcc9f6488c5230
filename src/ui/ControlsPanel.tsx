// The leva panel: a thin writer into the explorer's store, and a mirror of it (presets and the URL change the
// store; the panel follows). Each explorer has its own leva store, rendered in the explorer's own DOM.
import { useEffect } from 'react'
import { LevaPanel, folder, useControls, useCreateStore } from 'leva'
import { archBand, pronationBand, type Activity } from '../kinematics'
import type { FootPosture } from '../kinematics/types'
import { EVERSION_DEG, EXAGGERATE, NAVICULAR_HEIGHT_MM } from '../state/limits'
import { useExplorerStore } from '../state/context'
import { LAYER_IDS, type ExplorerStoreState } from '../state/store'
import type { InputPatch, LayerId } from '../app/types'

const ACTIVITY_OPTIONS: Record<string, Activity> = {
  Standing: 'standing',
  Walking: 'walking',
  Running: 'running',
  'Running downhill': 'downhill-running',
}
const LAYER_LABELS: Record<LayerId, string> = {
  bones: 'Bones',
  stress: 'Joint stress',
  nerve: 'Sciatic nerve',
  muscle: 'Piriformis',
  labels: 'Labels',
}

// Short row labels (they must read in full in the panel's label column on a 768 px wide tablet); the hint
// (tooltip) says what is measured.
const ARCH_LABEL = 'Arch (mm)'
const ARCH_HINT = 'Navicular height standing, mm (normal 36–55)'
const EVERSION_LABEL = 'Heel eversion (°)'
const EVERSION_HINT =
  'Heel eversion, resting calcaneal stance position, degrees (neutral 2–6; pronated from 8–10; negative = inverted)'

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
    folderTitleHeight: '40px',
    checkboxSize: '24px',
    scrubberWidth: '12px',
    scrubberHeight: '28px',
    numberInputMinWidth: '48px',
  },
  shadows: { level1: 'none', level2: '0 2px 8px rgba(0,0,0,0.15)' },
  fontWeights: { label: '500', folder: '600', button: '600' },
}

/** The clinical band of a foot, shown under its sliders: "low arch · highly pronated (FPI +10 to +12)". */
const bandText = (f: FootPosture) => {
  const p = pronationBand(f.calcanealEversionDeg)
  return `${archBand(f.navicularHeightMm).label} · ${p.label} (${p.fpi})`
}

/** The panel's values for a store state. */
function levaValues(s: ExplorerStoreState) {
  return {
    bothBand: bandText(s.input.right),
    leftBand: bandText(s.input.left),
    rightBand: bandText(s.input.right),
    linked: s.linkFeet,
    bothArch: s.input.right.navicularHeightMm,
    bothEversion: s.input.right.calcanealEversionDeg,
    leftArch: s.input.left.navicularHeightMm,
    leftEversion: s.input.left.calcanealEversionDeg,
    rightArch: s.input.right.navicularHeightMm,
    rightEversion: s.input.right.calcanealEversionDeg,
    activity: s.input.activity,
    exaggerate: s.exaggerate,
    ...s.layers,
  }
}
type LevaValues = ReturnType<typeof levaValues>

/** What a change of one panel value means for the store. */
function patchFor(
  key: Exclude<keyof LevaValues, 'bothBand' | 'leftBand' | 'rightBand'>,
  value: unknown,
  s: ExplorerStoreState,
): InputPatch | 'link' {
  const n = value as number
  switch (key) {
    case 'linked':
      return 'link'
    case 'bothArch':
      return { left: { navicularHeightMm: n }, right: { navicularHeightMm: n } }
    case 'bothEversion':
      return { left: { calcanealEversionDeg: n }, right: { calcanealEversionDeg: n } }
    case 'leftArch':
      return { left: { navicularHeightMm: n } }
    case 'leftEversion':
      return { left: { calcanealEversionDeg: n } }
    case 'rightArch':
      return { right: { navicularHeightMm: n } }
    case 'rightEversion':
      return { right: { calcanealEversionDeg: n } }
    case 'activity':
      return { activity: value as Activity }
    case 'exaggerate':
      return { exaggerate: n }
    default:
      return { layers: { ...s.layers, [key]: value as boolean } }
  }
}

export function ControlsPanel() {
  const store = useExplorerStore()
  const levaStore = useCreateStore()

  const [, set] = useControls(
    () => {
      const v = levaValues(store.getState())
      // Only what the person did on the panel is written back; programmatic sets are the mirror.
      const write = (key: Exclude<keyof LevaValues, 'bothBand' | 'leftBand' | 'rightBand'>) => ({
        onChange: (value: unknown, _path: string, ctx: { fromPanel: boolean; initial: boolean }) => {
          if (!ctx.fromPanel || ctx.initial) return
          const s = store.getState()
          const patch = patchFor(key, value, s)
          if (patch === 'link') {
            s.setLinkFeet(value as boolean)
            // Linking starts both feet from the right foot's posture, so what is shown is what is drawn.
            if (value) s.apply({ left: { ...s.input.right } })
          } else s.apply(patch)
        },
      })
      const linked = (get: (p: string) => unknown) => Boolean(get('linked'))
      const separate = (get: (p: string) => unknown) => !get('linked')
      return {
        linked: { value: v.linked, label: 'Both feet', ...write('linked') },
        bothArch: {
          value: v.bothArch,
          ...NAVICULAR_HEIGHT_MM,
          label: ARCH_LABEL,
          hint: ARCH_HINT,
          render: linked,
          ...write('bothArch'),
        },
        bothEversion: {
          value: v.bothEversion,
          ...EVERSION_DEG,
          label: EVERSION_LABEL,
          hint: EVERSION_HINT,
          render: linked,
          ...write('bothEversion'),
        },
        bothBand: { value: v.bothBand, editable: false, label: 'Band', render: linked },
        'Left foot': folder(
          {
            leftArch: {
              value: v.leftArch,
              ...NAVICULAR_HEIGHT_MM,
              label: ARCH_LABEL,
              hint: ARCH_HINT,
              ...write('leftArch'),
            },
            leftEversion: {
              value: v.leftEversion,
              ...EVERSION_DEG,
              label: EVERSION_LABEL,
              hint: EVERSION_HINT,
              ...write('leftEversion'),
            },
            leftBand: { value: v.leftBand, editable: false, label: 'Band' },
          },
          { render: separate },
        ),
        'Right foot': folder(
          {
            rightArch: {
              value: v.rightArch,
              ...NAVICULAR_HEIGHT_MM,
              label: ARCH_LABEL,
              hint: ARCH_HINT,
              ...write('rightArch'),
            },
            rightEversion: {
              value: v.rightEversion,
              ...EVERSION_DEG,
              label: EVERSION_LABEL,
              hint: EVERSION_HINT,
              ...write('rightEversion'),
            },
            rightBand: { value: v.rightBand, editable: false, label: 'Band' },
          },
          { render: separate },
        ),
        activity: { value: v.activity, options: ACTIVITY_OPTIONS, label: 'Activity', ...write('activity') },
        exaggerate: { value: v.exaggerate, ...EXAGGERATE, label: 'Exaggerate ×', ...write('exaggerate') },
        Show: folder(
          Object.fromEntries(
            LAYER_IDS.map((id) => [id, { value: v[id], label: LAYER_LABELS[id], ...write(id) }]),
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
      const changed: Partial<Record<keyof LevaValues, unknown>> = {}
      let any = false
      for (const k of Object.keys(next) as (keyof LevaValues)[])
        if (next[k] !== shown[k]) {
          changed[k] = next[k]
          any = true
        }
      shown = next
      if (any) set(changed as Partial<LevaValues>)
    })
  }, [store, set])

  return (
    <section
      className="kce-card kce-controls"
      aria-label="Foot posture and view controls"
      data-testid="controls"
    >
      <h2>Feet and activity</h2>
      <LevaPanel store={levaStore} fill flat titleBar={false} hideCopyButton theme={THEME} />
    </section>
  )
}
