// The posture and what it does, in a sentence: the one-line summary of a narrow embed and the text
// description of the 3D view (read by screen readers). Plain functions of the inputs and the solved pose.
import { EN, type I18n } from '../i18n'
import { archBand, pronationBand, stressChangeFromStanding } from '../kinematics'
import type { ChainInput, ChainPose, FootPosture } from '../kinematics/types'
import { affectedSide } from '../state/affectedSide'
import { levelWord } from '../state/colourScales'
import type { CameraView, Side } from '../state/schema'
import { archWord, levelText, pronationWord } from './words'

/** A foot in clinical words: "low arch, highly pronated"; null where both are in the normal band. */
function footWords(foot: FootPosture, i18n: I18n): string | null {
  const arch = archBand(foot.navicularHeightMm)
  const heel = pronationBand(foot.calcanealEversionDeg)
  const parts = [
    arch.id === 'normal' ? null : archWord(i18n, arch.id),
    heel.id === 'neutral' ? null : pronationWord(i18n, heel.id),
  ]
  const shown = parts.filter((p): p is string => p !== null)
  return shown.length ? shown.join(', ') : null
}

/** Both feet: "Right foot low arch, highly pronated", "Both feet low arch, highly pronated", "Neutral feet". */
export function feetWords(input: ChainInput, i18n: I18n = EN): string {
  const d = i18n.t.describe
  const l = footWords(input.left, i18n)
  const r = footWords(input.right, i18n)
  if (l === null && r === null) return d.neutralFeet
  if (l === r) return d.bothFeet(l!)
  if (l === null) return d.rightFoot(r!)
  if (r === null) return d.leftFoot(l)
  return d.feetApart(l, r)
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

/**
 * One line for a narrow embed: the feet, the activity when it is not standing, and where the chain ends up.
 * "Right foot low arch, highly pronated: right side of the pelvis tips forward 2.0°; L5–S1 right most
 * loaded (+26% vs standing)."
 */
export function postureLine(input: ChainInput, pose: ChainPose, i18n: I18n = EN): string {
  const { t } = i18n
  const d = t.describe
  const activity = input.activity === 'standing' ? null : t.activities[input.activity]
  const side = affectedSide(pose)
  const ilium = pose[side].iliumAnteriorRotationDeg
  const peak = peakFacet(pose)
  const effects: string[] = []
  if (Math.abs(ilium) >= 0.05) effects.push(d.pelvisTips(side, ilium > 0, i18n.deg(ilium)))
  if (peak && Math.abs(peak.change) >= 0.005)
    effects.push(
      peak.change > 0
        ? d.mostLoad(peak.level, peak.side, i18n.pct(peak.change))
        : d.facetLoad(i18n.pct(peak.change)),
    )
  const what = effects.length ? effects.join('; ') : d.noChange
  return d.line(feetWords(input, i18n), activity, what)
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
  i18n: I18n = EN,
  /** Walking or running: the moment of the cycle the numbers are read at (describe.moment), told first. */
  moment?: string,
): string {
  const { t } = i18n
  const d = t.describe
  const side = affectedSide(pose)
  const limb = pose[side]
  const where = orbited ? d.turnedByHand : d.view(t.views[view])
  const line = postureLine(input, pose, i18n)
  const parts = [d.skeleton(where, moment ? `${moment} ${line}` : line)]
  if (Math.abs(limb.tibialInternalRotationDeg) >= 0.05)
    parts.push(
      d.shin(
        side,
        limb.tibialInternalRotationDeg > 0,
        i18n.deg(limb.tibialInternalRotationDeg),
        i18n.deg(limb.femoralInternalRotationDeg),
      ),
    )
  const l5 = pose.lumbar.find((l) => l.level === 'L5-S1')
  if (l5)
    parts.push(
      d.facetStress(
        i18n.pct(stressChangeFromStanding(l5.stress.right)),
        i18n.pct(stressChangeFromStanding(l5.stress.left)),
      ),
    )
  parts.push(
    d.nerve(
      levelText(i18n, levelWord(pose.right.sciaticIrritation)),
      levelText(i18n, levelWord(pose.left.sciaticIrritation)),
    ),
  )
  if (exaggerate !== 1) parts.push(d.drawn(i18n.n(exaggerate, Number.isInteger(exaggerate) ? 0 : 1)))
  return parts.join(' ')
}

/** The briefest line (a narrow embed's summary): "Right foot low arch, highly pronated · most load L5–S1 right +26%". */
export function briefLine(input: ChainInput, pose: ChainPose, i18n: I18n = EN): string {
  const { t } = i18n
  const activity = input.activity === 'standing' ? null : t.activities[input.activity]
  const peak = peakFacet(pose)
  const effect =
    peak && peak.change >= 0.005
      ? t.describe.briefLoad(peak.level, peak.side, i18n.pct(peak.change))
      : t.describe.briefNone
  return t.describe.brief(feetWords(input, i18n), activity, effect)
}
