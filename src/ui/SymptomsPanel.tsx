// What may follow and what may help (docs/domain.md#the-story-in-order, items 10–11), for the posture and the
// activity on screen, always marked as information. It names its sources (docs/sources.md#care-and-urgent-signs),
// says where a guideline advises against something the story mentions, lists the signs that need urgent care,
// and never gives a dose.
import { archBand, pronationBand } from '../kinematics'
import type { ChainInput, ChainPose } from '../kinematics/types'
import { affectedSide } from '../state/affectedSide'
import { useExplorer } from '../state/context'
import { footOf, SIDES, type Side } from '../state/schema'
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

const sideWord = (s: Side) => (s === 'right' ? 'right' : 'left')

export function SymptomsPanel() {
  const input = useExplorer((s) => s.input)
  const pose = useExplorer(selectPose)
  const s = situation(input, pose)
  const side = sideWord(s.side)
  const calm = !s.deviated && !s.heels && !s.running
  return (
    <section className="kce-card kce-symptoms" aria-labelledby="kce-symptoms-h" data-testid="symptoms">
      <h2 id="kce-symptoms-h">What may follow, and what may help</h2>
      <p className="kce-disclaimer" role="note">
        Information, not a diagnosis.
      </p>
      <h3>Symptoms that may follow</h3>
      {calm ? (
        <p className="kce-note">
          With these feet, standing or walking, the model shows little change up the chain. Back pain has many
          other causes.
        </p>
      ) : (
        <ul>
          {(s.deviated || s.heels) && <li>Lower back pain; rarely upper back or neck pain</li>}
          {s.deviated && <li>Muscle tightness, weakness or spasm around the hip and buttock</li>}
          {s.deviated && (
            <li>
              Numbness or tingling along the back of the {s.oneSided ? `${side} ` : ''}leg (sciatic nerve
              irritation)
            </li>
          )}
          {s.heels && <li>Tired, aching back muscles after standing long in high heels</li>}
          {s.running && (
            <li>
              Pain that builds with running{s.downhill ? ', more so downhill' : ''}: each footstrike passes
              more load up the legs
            </li>
          )}
        </ul>
      )}
      <h3>What may help</h3>
      <ul>
        <li>
          <strong>Exercise</strong>: a structured programme (strengthening, stretching, or group exercise) is
          the first treatment guidelines recommend for low back pain, with or without sciatica; staying active
          helps.
        </li>
        {s.pronated && (
          <li>
            <strong>Orthotics</strong> (over-the-counter or custom arch supports, a medial heel post)
            {s.orthotic ? ', as shown here,' : ''} limit how far the heel rolls in and can help foot and leg
            symptoms when the arch is the source. For low back pain itself, NICE advises against foot
            orthotics.
          </li>
        )}
        {s.supinated && (
          <li>
            <strong>Cushioned shoes</strong>: rigid, high-arched feet absorb less of each step&rsquo;s shock.
          </li>
        )}
        {(s.deviated || s.heels) && (
          <li>
            <strong>Footwear</strong>: supportive shoes with a low heel;{' '}
            {s.heels ? 'high heels, as here, make the back muscles work harder' : 'very high heels add load'}.
          </li>
        )}
        {s.running && (
          <li>
            <strong>How the foot lands</strong>:{' '}
            {s.rearfoot
              ? 'retraining the foot strike (landing nearer the forefoot has no impact peak)'
              : 'a forefoot strike, as here, has no impact peak'}
            {s.downhill ? '; shorter strides and less downhill running while it hurts' : ''}.
          </li>
        )}
        <li>
          <strong>What a clinician may consider</strong>: anti-inflammatory drugs; muscle relaxants; massage
          or other hands-on therapy, best alongside exercise; non-surgical decompression (traction), which
          NICE does not recommend for low back pain; surgery only when discs or nerves are damaged. Ask a
          clinician or pharmacist before taking any medicine.
        </li>
      </ul>
      <h3>Get urgent care</h3>
      <p className="kce-urgent">
        Go to an emergency department now if back pain comes with numbness around the genitals, buttocks or
        inner thighs; new trouble passing or holding urine or stool; or weakness in both legs, or in one leg
        getting worse. See a doctor soon if it comes with fever, unexplained weight loss, a history of cancer,
        or after a fall or injury. Back pain that persists is a reason to see a clinician.
      </p>
      <p className="kce-note kce-symptoms-sources">
        Sources: NICE guideline NG59, Low back pain and sciatica in over 16s (2016, updated 2020); the cauda
        equina warning signs of Greenhalgh, Finucane, Mercer and Selfe; the foot-to-back story of this
        explorer (its chain above, with the sources of each number).
      </p>
    </section>
  )
}
