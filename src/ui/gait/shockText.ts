// Every user-visible string of the footstrike pulse and the cycle chart (issue 14), in one module, so the
// Spanish dictionary can take them over whole: plain strings, and functions for the sentences built from data.
import type { ShockSide } from '../../kinematics/shockPulse'

const pct = (cycle: number): string => `${Math.round(cycle * 100)}%`
const SIDE: Record<ShockSide, string> = { right: 'Right', left: 'Left' }
const side = (s: ShockSide): string => SIDE[s].toLowerCase()

/** Where one foot is in its own cycle at a moment (from solveGait's stance share). */
export type FootMoment = 'early stance' | 'mid-stance' | 'late stance' | 'swing' | 'standing'

export const SHOCK_TEXT = {
  // ── The toolbar's toggle and the chart's frame ──────────────────────────────────────────────────────
  toggle: 'Cycle chart',
  chartTitle: 'One gait cycle, from the right heel strike',
  chartClose: 'Close the cycle chart',
  loading: 'Loading the chart…',
  sideName: (s: ShockSide): string => SIDE[s],
  legendGhost: 'Compare (neutral feet)',
  /** Panel titles with their units. */
  panels: {
    eversion: 'Rearfoot eversion (°)',
    l5s1: 'L5–S1 facet stress (index 0–1)',
    force: 'Vertical force (body weights)',
  },
  axisStart: '0%',
  axisEnd: '100%',
  percentOfCycle: pct,
  // ── The cursor (a slider) ──────────────────────────────────────────────────────────────────────────
  cursorLabel: 'Moment in the gait cycle',
  cursorValue: (cycle: number): string => `${pct(cycle)} of the cycle`,
  cursorHint: 'Drag the line, or use the arrow keys, to move through the cycle.',
  // ── The description, computed from the data ────────────────────────────────────────────────────────
  footMoment: (s: ShockSide, moment: FootMoment): string =>
    moment === 'swing' ? `${side(s)} foot in the air` : `${side(s)} foot in ${moment}`,
  peakSentence: (
    what: string,
    peaks: readonly { side: ShockSide; value: string; cycle: number; moment: string }[],
  ): string =>
    `${what} peaks: ` +
    peaks.map((p) => `${side(p.side)} ${p.value} at ${pct(p.cycle)} of the cycle (${p.moment})`).join('; ') +
    '.',
  describeEversion: 'Rearfoot eversion',
  describeL5S1: 'L5–S1 facet stress',
  describeForce: 'Vertical force',
  bodyWeights: (bw: number): string => `${bw.toFixed(1)} body weights`,
  stressIndex: (x: number): string => x.toFixed(2),
  ghostNote: 'Faint grey lines: the same cycle with neutral feet.',
  standingNote: 'Standing: there is no gait cycle to chart.',
  // ── The footstrike pulse's legend ──────────────────────────────────────────────────────────────────
  pulseLegend:
    'Glow: the shock of each footstrike climbing foot → tibia → femur → pelvis → lumbar spine, fading as the legs absorb it. Its strength at the foot is the force at impact (measured); how much reaches each level is assumed (low confidence), and a flat or a rigid foot letting more through is the least sure part.',
  /** The colour key's short line. */
  pulseKey:
    'Orange ring: each footstrike’s shock climbing the leg (strength measured, how far it reaches assumed)',
  pulseOrthotic:
    'The orthotic does not change the glow: a medial post left tibial shock unchanged (Sinclair 2017).',
  pulseLegendStill: 'Reduced motion: the glow stands still at the moment you scrub to.',
  pulseStrength: (s: ShockSide, bw: number): string =>
    `${SIDE[s]} footstrike: ${bw.toFixed(1)} body weights at impact`,
} as const
