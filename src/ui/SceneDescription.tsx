// The 3D view in words, for screen readers: what it shows now (posture, the stressed levels, the nerve),
// rewritten once the pose has settled after a change and announced politely. The canvas points at it
// (aria-describedby, set by the camera rig); the label overlay is hidden from screen readers, its words are here.
// Walking or running, it tells the numbers of the cycle's moment, as the chain panel does (issue 13), but only
// where the clock stands still (paused, scrubbed, stepped): it is a live region, and numbers rewritten while the
// cycle plays would be read out over and over. While playing it says once that it plays and how to stop it.
import { useI18n } from '../i18n/context'
import { useEffect, useMemo, useState } from 'react'
import { solveGait, stanceShare } from '../kinematics/solveGait'
import { useExplorer, useExplorerStore } from '../state/context'
import { isGait } from '../state/gaitClock'
import { selectPose } from '../state/store'
import { sceneDescription } from './describe'
import { useGaitMoment } from './gait/useGaitMoment'

/** About the time the drawn pose takes to ease to a new target. */
const SETTLE_MS = 700

export function SceneDescription({ id, orbited }: { id: string; orbited: boolean }) {
  const input = useExplorer((s) => s.input)
  const pose = useExplorer(selectPose)
  const view = useExplorer((s) => s.view)
  const k = useExplorer((s) => s.exaggerate)
  const { clock } = useExplorerStore().getState()
  const moment = useGaitMoment(clock, isGait(input.activity))
  const i18n = useI18n()
  const d = i18n.t.describe
  // The moment's frame, only where the clock stands still (no solve per rewrite while playing).
  const still = moment !== null && !moment.playing ? moment.cycle : null
  const frame = useMemo(() => (still === null ? null : solveGait(input, still)), [input, still])
  let text: string
  if (moment === null) text = sceneDescription(input, pose, view, k, orbited, i18n)
  else if (moment.playing || !frame) text = d.playing(i18n.t.activities[input.activity])
  else {
    const g = i18n.t.gait
    const right = stanceShare(input.activity, moment.cycle) >= 0
    const left = stanceShare(input.activity, moment.cycle + 0.5) >= 0
    const feet = right && left ? g.bothFeet : right ? g.rightFoot : left ? g.leftFoot : g.flight
    const pct = i18n.n(Math.round(moment.cycle * 100) % 100)
    text = sceneDescription(input, frame, view, k, orbited, i18n, d.moment(pct, feet))
  }
  const [shown, setShown] = useState(text)
  useEffect(() => {
    const t = setTimeout(() => setShown(text), SETTLE_MS)
    return () => clearTimeout(t)
  }, [text])
  return (
    <p
      className="kce-sr-only kce-scene-description"
      id={id}
      aria-live="polite"
      data-testid="scene-description"
    >
      {shown}
    </p>
  )
}
