// Walks up the chain in plain words with the live numbers; each number opens the source and confidence of
// the coupling that produced it. Reads the solved pose; computes nothing of its own.
import { useId, useState } from 'react'
import {
  MUSCLE_IDS,
  MUSCLE_INFO,
  archBand,
  couplerById,
  pronationBand,
  stressBand,
  stressChangeFromStanding,
  type CouplerId,
} from '../kinematics'
import { NEUTRAL_FOOT, type Activity } from '../kinematics'
import type { ChainPose, LimbPose } from '../kinematics/types'
import { levelWord } from '../state/colourScales'
import { useExplorer } from '../state/context'
import { footOf, type FootInputs } from '../state/schema'
import { selectPose } from '../state/store'
import { fmtDeg, fmtIndex, fmtMm, signed } from './format'

type SideName = 'left' | 'right'

interface Step {
  key: string
  /** Text before the number, the number, text after it. */
  before: string
  value: string
  after: string
  sources: readonly CouplerId[]
  /** Where a number is measured rather than coupled (the muscles): what it is, and how sure. */
  note?: { text: string; confidence: 'high' | 'medium' | 'low' }
}

function Sources({ ids, id, note }: { ids: readonly CouplerId[]; id: string; note?: Step['note'] }) {
  return (
    <div className="kce-sources" id={id}>
      {note && (
        <div className="kce-source">
          <p>
            <strong>Measured on the posed skeleton</strong>: the length of the muscle’s path through points on
            its bones, posed by the links below (no gain of its own).{' '}
            <span className={`kce-confidence kce-confidence-${note.confidence}`}>
              {note.confidence} confidence
            </span>
          </p>
          <p>{note.text}</p>
        </div>
      )}
      {ids.length === 0 && !note && <p>This is an input: the number you set.</p>}
      {ids.map((cid) => {
        const c = couplerById(cid)
        if (!c) return null
        return (
          <div key={cid} className="kce-source">
            <p>
              <strong>{c.to}</strong> from {c.from}: {c.gain.toFixed(2)} {c.unit}.{' '}
              <span className={`kce-confidence kce-confidence-${c.confidence}`}>
                {c.confidence} confidence
              </span>
            </p>
            <p>{c.source}</p>
            {c.assumption && <p className="kce-note">Assumed: {c.assumption}</p>}
          </div>
        )
      })}
    </div>
  )
}

function StepRow({ step }: { step: Step }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <li className="kce-step" data-step={step.key}>
      <span>
        {step.before}
        <button
          type="button"
          className="kce-number"
          aria-expanded={open}
          aria-controls={id}
          title="Where this number comes from"
          onClick={() => setOpen(!open)}
        >
          {step.value}
        </button>
        {step.after}
      </span>
      {open && <Sources ids={step.sources} id={id} note={step.note} />}
    </li>
  )
}

/** A relative change as a signed whole percentage: +18%, −4%, 0%. */
const pct = (x: number): string => {
  const r = Math.round(x * 100)
  return r > 0 ? `+${r}%` : r < 0 ? `−${-r}%` : '0%'
}

/** A per-cent change with two decimals and its sign: +0.43%, −1.13%. */
const pct2 = (x: number): string =>
  Math.abs(x) < 0.005 ? '0%' : `${x > 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}%`

/** The links that pose a muscle's bones: feet → legs → pelvis → lumbar spine. */
const MUSCLE_SOURCES: readonly CouplerId[] = [
  'eversionToTibialRotation',
  'tibialToFemoralRotation',
  'femoralRotationToPelvicDrive',
  'pelvicDriveDifferenceToTorsion',
  'eversionToShortening',
  'iliumToSameSideExtension',
  'obliquityToLumbarSideBend',
]

/** Each muscle of one side: held shorter or longer by the posture, in mm and per cent of its length. */
function muscleSteps(side: SideName, pose: ChainPose): Step[] {
  const muscles = pose.muscles?.[side]
  if (!muscles) return []
  return MUSCLE_IDS.map((id) => {
    const m = muscles[id]
    return {
      key: `muscle-${id}`,
      before: `${MUSCLE_INFO[id].name} held `,
      value: signed(m.lengthChangeMm, 'longer by', 'shorter by', 'at its length', fmtMm),
      after: Math.abs(m.lengthChangeMm) < 0.05 ? '' : ` (${pct2(m.lengthChangePct)} of its length)`,
      sources: MUSCLE_SOURCES,
      note: { text: MUSCLE_INFO[id].what, confidence: MUSCLE_INFO[id].confidence },
    }
  })
}

/** What the foot stands in, as a step of its own: only where it wears something. */
function footwearSteps(foot: FootInputs, limb: LimbPose, activity: Activity): Step[] {
  const steps: Step[] = []
  if (foot.heelHeightMm > 0)
    steps.push({
      key: 'shoe',
      before: 'in shoes with a ',
      value: `${Math.round(foot.heelHeightMm)} mm heel`,
      after: ' (the heel raised, the ankle pointing down)',
      sources: [],
    })
  if (foot.medialPostDeg > 0) {
    const posed = NEUTRAL_FOOT.calcanealEversionDeg + limb.calcanealEversionDeg
    steps.push({
      key: 'orthotic',
      before: `→ an orthotic with a ${foot.medialPostDeg}° medial post holds the heel `,
      value: signed(limb.orthoticEversionReductionDeg, 'less everted by', 'more everted by', 'as it is'),
      after:
        limb.orthoticEversionReductionDeg >= 0.05
          ? ` (at ${fmtDeg(posed)}${posed < 0 ? ' inverted' : ''})`
          : activity === 'walking'
            ? ' (in walking, studies found no consistent effect)'
            : '',
      sources: [
        'orthoticEversionReduction',
        'orthoticPostSaturation',
        activity === 'walking' ? 'orthoticWalkingShare' : 'orthoticStandingShare',
      ],
    })
  }
  return steps
}

function sideSteps(
  side: SideName,
  foot: FootInputs,
  limb: LimbPose,
  pose: ChainPose,
  activity: Activity,
): Step[] {
  const Side = side === 'right' ? 'Right' : 'Left'
  const l5s1 = pose.lumbar.find((l) => l.level === 'L5-S1')
  const l4l5 = pose.lumbar.find((l) => l.level === 'L4-L5')
  const ext = l5s1?.extensionDeg[side] ?? 0
  const stress = l5s1?.stress[side] ?? 0
  const other: SideName = side === 'right' ? 'left' : 'right'
  const otherStress = l5s1?.stress[other] ?? 0
  // The two parts of the stress, as changes from standing: they can point to different sides.
  const parts = l5s1?.stressParts
  const partPct = (x: number | undefined) => pct((x ?? 0) / (pose.load.activeBodyWeights * 0.16))
  const partsText = parts
    ? `; from extension ${partPct(parts.extension[side])}, from the side-bend ${partPct(parts.sideBend[side])}`
    : ''
  const eversion = foot.calcanealEversionDeg
  return [
    {
      key: 'heel',
      before: `${Side} heel ${eversion < 0 ? 'inverted' : 'everted'} `,
      value: fmtDeg(eversion),
      after: ` (${pronationBand(eversion).label}), arch ${Math.round(foot.navicularHeightMm)} mm (${archBand(foot.navicularHeightMm).label})`,
      sources: [],
    },
    ...footwearSteps(foot, limb, activity),
    {
      key: 'tibia',
      before: '→ shin bone (tibia) ',
      value: signed(limb.tibialInternalRotationDeg, 'turned in', 'turned out', 'not turned'),
      after: '',
      sources: ['eversionToTibialRotation', 'archHeightToTransfer'],
    },
    {
      key: 'femur',
      before: '→ thigh bone (femur) ',
      value: signed(limb.femoralInternalRotationDeg, 'turned in', 'turned out', 'not turned'),
      after: '',
      sources: ['tibialToFemoralRotation'],
    },
    {
      key: 'ilium',
      before: `→ ${side} side of the pelvis (ilium) `,
      value: signed(limb.iliumAnteriorRotationDeg, 'tipped forward', 'tipped back', 'level'),
      after: '',
      sources: ['femoralRotationToPelvicDrive', 'pelvicDriveOtherSideShare'],
    },
    {
      key: 'L5-S1',
      before: `→ ${side} side of L5–S1 `,
      value: signed(ext, 'extended', 'flexed', 'not bent'),
      // Stress is told as its change from quiet standing, and against the other side: the asymmetry is the
      // point, and the absolute index (0.16 standing) means little to a patient.
      after: `, facet joint stress ${stressBand(stress).label} (${pct(stressChangeFromStanding(stress))} vs standing${
        Math.abs(stress - otherStress) > 0.0005
          ? `; ${stress > otherStress ? 'more' : 'less'} than the ${other} side, ${pct(stressChangeFromStanding(otherStress))}`
          : ''
      }${partsText}${l4l5 ? `; L4–L5 ${pct(stressChangeFromStanding(l4l5.stress[side]))}` : ''})`,
      sources: [
        'iliumToSameSideExtension',
        'anteriorTiltToLordosis',
        'lordosisShareL5S1',
        'facetShareStanding',
        'extensionRangePerLevel',
        'obliquityToLumbarSideBend',
        'sideBendRangeL5S1',
      ],
    },
    {
      key: 'nerve',
      before: '→ piriformis ',
      value: signed(limb.piriformisLengthChangeMm, 'lengthened', 'shortened', 'unchanged', fmtMm),
      after: `; sciatic nerve irritation ${levelWord(limb.sciaticIrritation)} (${fmtIndex(limb.sciaticIrritation)} of 1)`,
      sources: [
        'femoralRotationToPiriformis',
        'piriformisTensionReference',
        'sciaticRootWeight',
        'sciaticPiriformisWeight',
      ],
    },
  ]
}

/** The load of each footstrike (none in standing) and the back muscles' work on heels. */
function loadSteps(pose: ChainPose, activity: Activity, footStrike: 'rearfoot' | 'forefoot'): Step[] {
  const { activeBodyWeights, impactBodyWeights, spineShockIndex, paraspinalEffortIndex } = pose.load
  const steps: Step[] = []
  if (activity !== 'standing') {
    const running = activity !== 'walking'
    steps.push({
      key: 'load',
      before: 'Each footstrike: ',
      value: `${activeBodyWeights.toFixed(1)} body weights`,
      after:
        impactBodyWeights > 0
          ? ` at mid-stance, after an impact peak of ${impactBodyWeights.toFixed(1)} as the heel lands; shock reaching the spine ${levelWord(spineShockIndex)} (${fmtIndex(spineShockIndex)} of 1).`
          : running && footStrike === 'forefoot'
            ? ' at mid-stance; landing on the forefoot removes the impact peak, so little shock reaches the spine.'
            : ' at mid-stance.',
      sources: [
        activity === 'walking' ? 'walkingLoad' : 'runningLoad',
        ...(running ? (['runningImpactLoad', 'forefootImpactShare', 'shockPostureGain'] as const) : []),
        ...(activity === 'downhill-running' ? (['downhillImpactFactor'] as const) : []),
      ],
    })
  }
  if (paraspinalEffortIndex > 0)
    steps.push({
      key: 'back-muscles',
      before: 'Back muscles on heels: extra work ',
      value: `${levelWord(paraspinalEffortIndex)} (${fmtIndex(paraspinalEffortIndex)} of 1)`,
      after: '; the low back is mostly not arched more.',
      sources: ['heelParaspinalReference', 'heelParaspinalExponent', 'heelHeightToPelvicTilt'],
    })
  return steps
}

export function ChainPanel() {
  const input = useExplorer((s) => s.input)
  const activity = input.activity
  const pose = useExplorer(selectPose)
  // The side that moves more is told first: that is the story the patient came with.
  const order: SideName[] =
    Math.abs(pose.left.iliumAnteriorRotationDeg) > Math.abs(pose.right.iliumAnteriorRotationDeg) + 1e-6
      ? ['left', 'right']
      : ['right', 'left']
  const p = pose.pelvis
  const heels = footOf(input, 'left').heelHeightMm > 0 || footOf(input, 'right').heelHeightMm > 0
  const pelvisSteps: Step[] = [
    {
      key: 'tilt',
      before: 'Pelvis ',
      value: signed(p.anteriorTiltDeg, 'tipped forward', 'tipped back', 'not tipped'),
      after: ',',
      sources: [
        'femoralRotationToPelvicDrive',
        'pelvicDriveOtherSideShare',
        'supinationDriveShare',
        ...(heels ? (['heelHeightToPelvicTilt'] as const) : []),
      ],
    },
    {
      key: 'obliquity',
      before: '',
      value: signed(p.obliquityDeg, 'right side lower by', 'left side lower by', 'level side to side'),
      after: ',',
      sources: [
        'eversionToShortening',
        'legLengthCompensation',
        'footLegLengthRange',
        ...(heels ? (['heelLiftToLimbLength'] as const) : []),
        'hipCentreSpacing',
      ],
    },
    {
      key: 'side-bend',
      before: 'lumbar spine ',
      value: signed(
        pose.lumbar.reduce((sum, l) => sum + (l.lateralFlexionDeg ?? 0), 0),
        'side-bent toward the right by',
        'side-bent toward the left by',
        'straight',
      ),
      after:
        Math.abs(p.obliquityDeg) >= 0.05 ? ' (toward the high side, keeping the trunk over the hips),' : ',',
      sources: [
        'obliquityToLumbarSideBend',
        'sideBendRangeL1L2',
        'sideBendRangeL2L3',
        'sideBendRangeL3L4',
        'sideBendRangeL4L5',
        'sideBendRangeL5S1',
      ],
    },
    {
      key: 'torsion',
      before: '',
      value: signed(
        p.torsionDeg,
        'twisted (right half forward)',
        'twisted (left half forward)',
        'not twisted',
      ),
      after: '.',
      sources: ['pelvicDriveDifferenceToTorsion'],
    },
    ...loadSteps(pose, activity, input.footStrike ?? 'rearfoot'),
  ]
  return (
    <section className="kce-card kce-chain" aria-labelledby="kce-chain-h" data-testid="chain-panel">
      <h2 id="kce-chain-h">Up the chain</h2>
      <p className="kce-note">
        Angles are changes from a neutral stance. Tap a number to see where it comes from and how sure it is.
      </p>
      {order.map((side) => (
        <div key={side} className="kce-chain-side" data-side={side}>
          <h3>{side === 'right' ? 'Right' : 'Left'} side</h3>
          <ol className="kce-steps">
            {sideSteps(side, footOf(input, side), pose[side], pose, activity).map((s) => (
              <StepRow key={s.key} step={s} />
            ))}
          </ol>
          <h4>{side === 'right' ? 'Right' : 'Left'} muscles</h4>
          <ul className="kce-steps kce-muscles" data-testid={`muscles-${side}`}>
            {muscleSteps(side, pose).map((s) => (
              <StepRow key={s.key} step={s} />
            ))}
          </ul>
        </div>
      ))}
      <p className="kce-note">
        Muscles are <em>held</em> shorter or longer by the posture, and some work harder (the back muscles on
        heels); this is not the change muscle tissue makes over months. Facet stress has two parts that can
        point to different sides, extension on the side tipped further forward and the side-bend’s concave
        side; studies do not settle which side loads more.
      </p>
      <h3>Pelvis and load</h3>
      <ul className="kce-steps">
        {pelvisSteps.map((s) => (
          <StepRow key={s.key} step={s} />
        ))}
      </ul>
      <p className="kce-note">
        Real sizes are small (about 1–2° of pelvic tilt) and some studies find no effect; the direction of
        each link is supported by studies.
      </p>
    </section>
  )
}
