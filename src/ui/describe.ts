// The posture and what it does, in a sentence: the one-line summary of a narrow embed and the text
// description of the 3D view (read by screen readers). Plain functions of the inputs and the solved pose.
import { archBand, pronationBand, stressChangeFromStanding } from '../kinematics'
import type { ChainInput, ChainPose, FootPosture } from '../kinematics/types'
import { affectedSide } from '../state/affectedSide'
import { levelWord } from '../state/colourScales'
import { ACTIVITY_LABELS, VIEW_LABELS, type CameraView, type Side } from '../state/schema'
import { fmtDeg } from './format'

const SIDE_WORD: Record<Side, string> = { left: 'Left', right: 'Right' }

/** A foot in clinical words: "low arch, highly pronated"; null where both are in the normal band. */
function footWords(foot: FootPosture): string | null {
  const arch = archBand(foot.navicularHeightMm)
  const heel = pronationBand(foot.calcanealEversionDeg)
  const parts = [arch.id === 'normal' ? null : arch.label, heel.id === 'neutral' ? null : heel.label]
  const shown = parts.filter((p): p is string => p !== null)
  return shown.length ? shown.join(', ') : null
}

/** Both feet: "Right foot low arch, highly pronated", "Both feet low arch, highly pronated", "Neutral feet". */
export function feetWords(input: ChainInput): string {
  const l = footWords(input.left)
  const r = footWords(input.right)
  if (l === null && r === null) return 'Neutral feet'
  if (l === r) return `Both feet ${l}`
  if (l === null) return `Right foot ${r}`
  if (r === null) return `Left foot ${l}`
  return `Left foot ${l}; right foot ${r}`
}

/** The most stressed facet (level and side) and its change from quiet standing. */
export function peakFacet(pose: ChainPose): { level: string; side: Side; change: number } | null {
  let best: { level: string; side: Side; stress: number } | null = null
  for (const l of pose.lumbar)
    for (const side of ['right', 'left'] as const)
      if (!best || l.stress[side] > best.stress + 1e-9)
        best = { level: l.level, side, stress: l.stress[side] }
  return (
    best && {
      level: best.level.replace('-', '–'),
      side: best.side,
      change: stressChangeFromStanding(best.stress),
    }
  )
}

/** A relative change as a signed whole percentage: +18%, −4%. */
const pct = (x: number): string => {
  const r = Math.round(x * 100)
  return r > 0 ? `+${r}%` : r < 0 ? `−${-r}%` : '0%'
}

/**
 * One line for a narrow embed: the feet, the activity when it is not standing, and where the chain ends up.
 * "Right foot low arch, highly pronated: right side of the pelvis tips forward 2.0°; L5–S1 right most
 * loaded (+26% vs standing)."
 */
export function postureLine(input: ChainInput, pose: ChainPose): string {
  const activity = input.activity === 'standing' ? '' : ` (${ACTIVITY_LABELS[input.activity].toLowerCase()})`
  const side = affectedSide(pose)
  const ilium = pose[side].iliumAnteriorRotationDeg
  const peak = peakFacet(pose)
  const effects: string[] = []
  if (Math.abs(ilium) >= 0.05)
    effects.push(`${side} side of the pelvis tips ${ilium > 0 ? 'forward' : 'back'} ${fmtDeg(ilium)}`)
  if (peak && Math.abs(peak.change) >= 0.005)
    effects.push(
      peak.change > 0
        ? `most load on ${peak.level} ${peak.side} (${pct(peak.change)} vs standing)`
        : `facet load ${pct(peak.change)} vs standing`,
    )
  const what = effects.length ? effects.join('; ') : 'no change up the chain'
  return `${feetWords(input)}${activity}: ${what}.`
}

/**
 * What the 3D view shows now, for screen readers: the view, the posture, the stressed levels and the nerve.
 * Numbers are the real ones (the drawing's exaggeration is named, never applied).
 */
export function sceneDescription(
  input: ChainInput,
  pose: ChainPose,
  view: CameraView,
  exaggerate: number,
  orbited: boolean,
): string {
  const side = affectedSide(pose)
  const limb = pose[side]
  const where = orbited ? 'turned by hand' : `${VIEW_LABELS[view].toLowerCase()} view`
  const parts = [`3D skeleton, ${where}. ${postureLine(input, pose)}`]
  if (Math.abs(limb.tibialInternalRotationDeg) >= 0.05)
    parts.push(
      `${SIDE_WORD[side]} shin bone turned ${limb.tibialInternalRotationDeg > 0 ? 'in' : 'out'} ${fmtDeg(limb.tibialInternalRotationDeg)}, thigh bone ${fmtDeg(limb.femoralInternalRotationDeg)}.`,
    )
  const l5 = pose.lumbar.find((l) => l.level === 'L5-S1')
  if (l5)
    parts.push(
      `Facet stress at L5–S1: right ${pct(stressChangeFromStanding(l5.stress.right))}, left ${pct(stressChangeFromStanding(l5.stress.left))} vs standing.`,
    )
  parts.push(
    `Sciatic nerve irritation: right ${levelWord(pose.right.sciaticIrritation)}, left ${levelWord(pose.left.sciaticIrritation)}.`,
  )
  if (exaggerate !== 1) parts.push(`Movements drawn ${exaggerate}× larger; the numbers are real.`)
  return parts.join(' ')
}

/** The briefest line (a narrow embed's summary): "Right foot low arch, highly pronated · most load L5–S1 right +26%". */
export function briefLine(input: ChainInput, pose: ChainPose): string {
  const activity = input.activity === 'standing' ? '' : `, ${ACTIVITY_LABELS[input.activity].toLowerCase()}`
  const peak = peakFacet(pose)
  const effect =
    peak && peak.change >= 0.005
      ? `most load ${peak.level} ${peak.side} ${pct(peak.change)}`
      : 'no added load up the chain'
  return `${feetWords(input)}${activity} · ${effect}`
}
