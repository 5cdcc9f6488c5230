// What may follow and what may help (docs/domain.md#the-story-in-order, items 10–11), for the posture and the
// activity on screen, always marked as information. It names its sources (docs/sources.md#care-and-urgent-signs),
// says where a guideline advises against something the story mentions, lists the signs that need urgent care,
// and never gives a dose.
import { useI18n } from '../i18n/context'
import { archBand, pronationBand } from '../kinematics'
import type { ChainInput, ChainPose } from '../kinematics/types'
import { affectedSide } from '../state/affectedSide'
import { useExplorer } from '../state/context'
import { footOf, SIDES } from '../state/schema'
import { selectPose } from '../state/store'

/** What the inputs show, in the terms the advice depends on. */
function situation(input: ChainInput, pose: ChainPose) {
  const feet = SIDES.map((side) => {
    const f = footOf(input, side)
    const arch = archBand(f.navicularHeightMm).id
    const heel = pronationBand(f.calcanealEversionDeg).id
    return {
      side,
      pronated: heel === 'pronated' || heel === 'highly-pronated' || arch === 'low' || arch === 'very-low',
      supinated:
        heel === 'supinated' || heel === 'highly-supinated' || arch === 'high' || arch === 'very-high',
      heelMm: f.heelHeightMm,
      postDeg: f.medialPostDeg,
    }
  })
  const deviated = feet.filter((f) => f.pronated || f.supinated)
  return {
    side: affectedSide(pose),
    pronated: feet.some((f) => f.pronated),
    supinated: feet.some((f) => f.supinated),
    oneSided: deviated.length === 1,
    deviated: deviated.length > 0,
    heels: feet.some((f) => f.heelMm >= 20),
    orthotic: feet.some((f) => f.postDeg > 0),
    running: input.activity === 'running' || input.activity === 'downhill-running',
    downhill: input.activity === 'downhill-running',
    rearfoot: (input.footStrike ?? 'rearfoot') === 'rearfoot',
  }
}

export function SymptomsPanel() {
  const input = useExplorer((s) => s.input)
  const pose = useExplorer(selectPose)
  const { t } = useI18n()
  const w = t.symptoms
  const s = situation(input, pose)
  const calm = !s.deviated && !s.heels && !s.running
  return (
    <section className="kce-card kce-symptoms" aria-labelledby="kce-symptoms-h" data-testid="symptoms">
      <h2 id="kce-symptoms-h">{w.heading}</h2>
      <p className="kce-disclaimer" role="note">
        {w.disclaimer}
      </p>
      <h3>{w.follow}</h3>
      {calm ? (
        <p className="kce-note">{w.calm}</p>
      ) : (
        <ul>
          {(s.deviated || s.heels) && <li>{w.backPain}</li>}
          {s.deviated && <li>{w.hip}</li>}
          {s.deviated && <li>{w.numbness(s.oneSided ? s.side : null)}</li>}
          {s.heels && <li>{w.heels}</li>}
          {s.running && <li>{w.running(s.downhill)}</li>}
        </ul>
      )}
      <h3>{w.help}</h3>
      <ul>
        <li>
          <strong>{w.exercise}</strong>
          {w.exerciseText}
        </li>
        {s.pronated && (
          <li>
            <strong>{w.orthotics}</strong>
            {w.orthoticsText(s.orthotic)}
          </li>
        )}
        {s.supinated && (
          <li>
            <strong>{w.cushioned}</strong>
            {w.cushionedText}
          </li>
        )}
        {(s.deviated || s.heels) && (
          <li>
            <strong>{w.footwear}</strong>
            {w.footwearText(s.heels)}
          </li>
        )}
        {s.running && (
          <li>
            <strong>{w.landing}</strong>
            {w.landingText(s.rearfoot, s.downhill)}
          </li>
        )}
        <li>
          <strong>{w.clinician}</strong>
          {w.clinicianText}
        </li>
      </ul>
      <h3>{w.urgentHeading}</h3>
      <p className="kce-urgent">{w.urgent}</p>
      <p className="kce-note kce-symptoms-sources">{w.sources}</p>
    </section>
  )
}
