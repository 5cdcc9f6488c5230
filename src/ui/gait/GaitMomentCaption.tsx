// The chain panel's caption while walking or running (issue 13): the moment of the cycle its numbers are read
// at, which feet are down and the force under each, and a way to the chain's largest moment (mid-stance of the
// side that moves more) for a clinician who wants the peak to show a patient rather than a passing instant.
import { chainPeakCycle, stanceShare } from '../../kinematics/solveGait'
import type { Activity, GaitFrame } from '../../kinematics/types'
import type { GaitClock } from '../../state/gaitClock'
import { useI18n } from '../../i18n/context'
import type { GaitMoment } from './useGaitMoment'

export function GaitMomentCaption({
  activity,
  moment,
  frame,
  clock,
  side,
}: {
  activity: Activity
  /** The moment the numbers are read at (share of the cycle from the right heel strike), and whether it plays. */
  moment: GaitMoment
  frame: GaitFrame
  clock: GaitClock
  /** The side whose mid-stance peak the button goes to. */
  side: 'left' | 'right'
}) {
  const { t, n } = useI18n()
  const T = t.gait
  const { cycle, playing } = moment
  const pct = Math.round(cycle * 100) % 100
  const right = stanceShare(activity, cycle) >= 0
  const left = stanceShare(activity, cycle + 0.5) >= 0
  const feet = right && left ? T.bothFeet : right ? T.rightFoot : left ? T.leftFoot : T.flight
  const force = frame.groundReactionBodyWeights
  return (
    <div className="kce-gait-moment" data-testid="chain-moment">
      <p className="kce-note">
        {T.moment(n(pct), feet)} {T.momentForces(n(force.right, 1), n(force.left, 1))}
        {playing ? ` ${T.momentPlaying}` : ''}
      </p>
      <button
        type="button"
        className="kce-button kce-gait-peak"
        data-testid="chain-to-peak"
        onClick={() => {
          clock.pause()
          clock.seek(chainPeakCycle(activity, side))
        }}
      >
        {T.toPeak(side)}
      </button>
    </div>
  )
}
