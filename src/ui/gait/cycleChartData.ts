// The cycle chart's numbers (issue 14): one gait cycle sampled through solveGait (each side's rearfoot
// eversion and L5–S1 facet stress, and the vertical force under each foot), their peaks, the sentence that
// describes them for screen readers, and the chart's geometry. Pure: the component (CycleChart.tsx) only draws.
import { solveGait, stanceShare } from '../../kinematics/solveGait'
import type { ShockSide } from '../../kinematics/shockPulse'
import type { ChainInput, Sided } from '../../kinematics/types'
import { EN, type I18n } from '../../i18n'
import type { CompareMode } from '../../state/schema'

/** What the compare curves show: neutral feet, or the same feet barefoot. */
export type ReferenceMode = Exclude<CompareMode, 'off'>

/** Samples per cycle: every 1%; the curve closes on itself (100% = 0%). */
export const CHART_SAMPLES = 100

export const PANELS = ['eversion', 'l5s1', 'force'] as const
export type PanelId = (typeof PANELS)[number]

export interface CycleChartData {
  activity: ChainInput['activity']
  /** Per panel and side, CHART_SAMPLES + 1 values at cycle i / CHART_SAMPLES (the last equals the first). */
  series: Record<PanelId, Sided<number[]>>
}

const L5S1 = 4

/** Where one foot is in its own cycle at a moment (from solveGait's stance share). */
export type FootMoment = 'early stance' | 'mid-stance' | 'late stance' | 'swing' | 'standing'

/** Samples one cycle of `input` (about 100 solveGait calls: memoise per input). */
export function cycleChartData(input: ChainInput): CycleChartData {
  const series = {
    eversion: { left: [], right: [] },
    l5s1: { left: [], right: [] },
    force: { left: [], right: [] },
  } as Record<PanelId, Sided<number[]>>
  for (let i = 0; i <= CHART_SAMPLES; i++) {
    const f = solveGait(input, (i % CHART_SAMPLES) / CHART_SAMPLES)
    for (const s of ['left', 'right'] as const) {
      series.eversion[s].push(f.joints[s].rearfootEversionDeg)
      series.l5s1[s].push(f.lumbar[L5S1]!.stress[s])
      series.force[s].push(f.groundReactionBodyWeights[s])
    }
  }
  return { activity: input.activity, series }
}

export interface Peak {
  side: ShockSide
  value: number
  /** Share of the cycle at which the value is highest (the first such sample). */
  cycle: number
}

export function peakOf(values: readonly number[], side: ShockSide): Peak {
  let at = 0
  for (let i = 1; i < CHART_SAMPLES; i++) if (values[i]! > values[at]! + 1e-12) at = i
  return { side, value: values[at]!, cycle: at / CHART_SAMPLES }
}

/** Where a foot is in its own cycle at a moment: thirds of its stance, or swing. */
export function footMoment(activity: ChainInput['activity'], side: ShockSide, cycle: number): FootMoment {
  if (activity === 'standing') return 'standing'
  // The left foot strikes half a cycle after the right (solveGait).
  const s = stanceShare(activity, side === 'right' ? cycle : cycle + 0.5)
  if (s < 0) return 'swing'
  return s < 1 / 3 ? 'early stance' : s < 2 / 3 ? 'mid-stance' : 'late stance'
}

/** The chart in words, in `i18n`'s language: for each panel, each side's peak, when in the cycle, and where
 * that foot is then; with the compare curves drawn (`ghost`: their reference), a sentence that says so. */
export function chartDescription(
  data: CycleChartData,
  ghost: ReferenceMode | null = null,
  i18n: I18n = EN,
): string {
  const { t, n, index } = i18n
  const w = t.shock
  if (data.activity === 'standing') return w.standingNote
  const format: Record<PanelId, (x: number) => string> = {
    eversion: (x) => `${n(x, 1)}°`,
    l5s1: index,
    force: (x) => t.chain.bodyWeights(n(x, 1)),
  }
  const moment = (side: ShockSide, m: FootMoment) =>
    m === 'swing' ? w.footInAir(side) : w.footIn(side, w.moments[m])
  const sentences = (['l5s1', 'force', 'eversion'] as const).map((panel) =>
    w.peaks(
      w.describe[panel],
      (['right', 'left'] as const)
        .map((side) => {
          const p = peakOf(data.series[panel][side], side)
          return w.peakAt(
            side,
            format[panel](p.value),
            n(Math.round(p.cycle * 100)),
            moment(side, footMoment(data.activity, side, p.cycle)),
          )
        })
        .join('; '),
    ),
  )
  if (ghost) sentences.push(w.ghostNote[ghost])
  return sentences.join(' ')
}

// ── Geometry ─────────────────────────────────────────────────────────────────────────────────────────
export interface ChartLayout {
  width: number
  height: number
  /** The plot's left edge (after the value labels) and width, px. */
  plotLeft: number
  plotWidth: number
  /** Per panel: its top and height, px. */
  panels: Record<PanelId, { top: number; height: number }>
}

const PANEL_HEIGHT = 64
const PANEL_TITLE = 18
const GAP = 10
const TOP = 24 // the side legend
const AXIS = 20
const LEFT = 38
const RIGHT = 10

export function chartLayout(width: number): ChartLayout {
  const w = Math.max(240, width)
  const panels = {} as ChartLayout['panels']
  let y = TOP
  for (const id of PANELS) {
    panels[id] = { top: y + PANEL_TITLE, height: PANEL_HEIGHT }
    y += PANEL_TITLE + PANEL_HEIGHT + GAP
  }
  return { width: w, height: y - GAP + AXIS, plotLeft: LEFT, plotWidth: w - LEFT - RIGHT, panels }
}

/** x of a moment of the cycle. */
export const xOf = (layout: ChartLayout, cycle: number): number => layout.plotLeft + cycle * layout.plotWidth

/** The moment of the cycle under an x (px from the chart's left edge), clamped to the plot. */
export function cycleAtX(layout: ChartLayout, x: number): number {
  const c = (x - layout.plotLeft) / layout.plotWidth
  return Math.min(1 - 1 / (CHART_SAMPLES * 10), Math.max(0, c))
}

export interface Range {
  min: number
  max: number
}

/** A panel's value range over every series drawn in it (the reference's too), rounded outward. */
export function panelRange(panel: PanelId, sets: readonly CycleChartData[]): Range {
  let min = Infinity
  let max = -Infinity
  for (const d of sets)
    for (const s of ['left', 'right'] as const)
      for (const v of d.series[panel][s]) {
        min = Math.min(min, v)
        max = Math.max(max, v)
      }
  if (panel !== 'eversion') min = 0
  const step = panel === 'eversion' ? 5 : panel === 'force' ? 0.5 : 0.1
  const lo = Math.floor(min / step) * step
  const hi = Math.max(lo + step, Math.ceil(max / step) * step)
  return { min: lo, max: hi }
}

/** The SVG path of one series in its panel. */
export function seriesPath(
  layout: ChartLayout,
  panel: PanelId,
  range: Range,
  values: readonly number[],
): string {
  const { top, height } = layout.panels[panel]
  const span = range.max - range.min || 1
  let d = ''
  for (let i = 0; i < values.length; i++) {
    const x = xOf(layout, i / CHART_SAMPLES)
    const y = top + height * (1 - (values[i]! - range.min) / span)
    d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`
  }
  return d
}
