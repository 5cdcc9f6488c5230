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
import { LEVEL_BANDS, STRESS_SCALE, levelWord } from '../state/colourScales'
import { useExplorer } from '../state/context'
import { footOf, type FootInputs } from '../state/schema'
import { selectPose } from '../state/store'
import { fmtDeg, fmtIndex, fmtMm, signed } from './format'
import { plainWords, referencesIn } from './sourceText'

type SideName = 'left' | 'right'

interface Step {
  key: string
  /** Text before the number, the number, text after it. */
  before: string
  value: string
  after: string
  sources: readonly CouplerId[]
  /**
   * What the number is where no coupler alone says it: an input as set, a length measured on the posed
   * skeleton, an index the project defined. A heading, what it is, and how sure.
   */
  note?: Note
  /** A second number in the same line (an index after the angle that drives it), with its own source. */
  then?: Omit<Step, 'key' | 'then'>
}

interface Note {
  title: string
  text: string
  confidence: 'high' | 'medium' | 'low'
}

/** Where a muscle's number comes from: measured, not coupled. */
const MEASURED = 'Measured on the posed skeleton'
const MEASURED_TEXT =
  'The length of the muscle’s path through points on its bones, posed by the links below (no gain of its own).'

function Sources({ ids, id, note }: { ids: readonly CouplerId[]; id: string; note?: Step['note'] }) {
  const couplers = ids.flatMap((cid) => couplerById(cid) ?? [])
  const refs = referencesIn(note?.text, ...couplers.flatMap((c) => [c.source, c.assumption, c.dissent]))
  return (
    <div className="kce-sources" id={id}>
      {note && (
        <div className="kce-source">
          <p>
            <strong>{note.title}</strong>
            {note.title === MEASURED ? `: ${MEASURED_TEXT}` : ''}{' '}
            <span className={`kce-confidence kce-confidence-${note.confidence}`}>
              {note.confidence} confidence
            </span>
          </p>
          <p>{note.text}</p>
        </div>
      )}
      {couplers.map((c) => (
        <div key={c.id} className="kce-source">
          <p>
            <strong>{plainWords(c.to)}</strong> from {plainWords(c.from)}: {fmtGain(c.gain)}{' '}
            {plainWords(c.unit)}.{' '}
            <span className={`kce-confidence kce-confidence-${c.confidence}`}>{c.confidence} confidence</span>
          </p>
          <p>{plainWords(c.source)}</p>
          {c.assumption && <p className="kce-note">Assumed: {plainWords(c.assumption)}</p>}
          {c.dissent && <p className="kce-note">Studies that disagree: {plainWords(c.dissent)}</p>}
        </div>
      ))}
      {refs.length > 0 && (
        <div className="kce-refs">
          <p>
            <strong>References</strong> (from the project’s sources list; a link only where it records one)
          </p>
          <ul>
            {refs.map((r) => (
              <li key={r.key} data-ref={r.key}>
                {r.parts.map((part, i) =>
                  typeof part === 'string' ? (
                    part
                  ) : (
                    <a key={i} href={part[1]} target="_blank" rel="noopener noreferrer">
                      {part[0]}
                    </a>
                  ),
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

function StepRow({ step }: { step: Step }) {
  const [open, setOpen] = useState(false)
  const [openThen, setOpenThen] = useState(false)
  const id = useId()
  const thenId = useId()
  const { then } = step
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
        {then && (
          <>
            {then.before}
            <button
              type="button"
              className="kce-number"
              aria-expanded={openThen}
              aria-controls={thenId}
              title="Where this number comes from"
              onClick={() => setOpenThen(!openThen)}
            >
              {then.value}
            </button>
            {then.after}
          </>
        )}
      </span>
      {open && <Sources ids={step.sources} id={id} note={step.note} />}
      {then && openThen && <Sources ids={then.sources} id={thenId} note={then.note} />}
    </li>
  )
}

/** A coupler's gain to three significant figures (0.0138, 0.6, 8.6, 167), as the README's table gives it. */
const fmtGain = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3))))

/** The heel and arch step: inputs, absolute, and where their bands come from. */
const INPUT_FOOT_NOTE: Note = {
  title: 'An input: the heel and arch you set',
  text: 'Absolute values as measured standing, not changes from neutral: the heel’s resting eversion (calcaneal stance position, degrees; negative = inverted) and the arch’s navicular height (mm). The model’s neutral is 4° and 45 mm. The words beside them are clinical bands: the arch from Nilsson et al. 2012 (254 adults: normal 36–55 mm, very low below 27, very high above 64); the heel from the clinical neutral of about 2–6° everted (Sobel et al. 1999 measured healthy adults at 6.07 ± 2.7°), with the Foot Posture Index bands of Redmond et al. 2008. The bands are clinical conventions: a foot near an edge may be read either way.',
  confidence: 'medium',
}

/** The facet stress index: the project's own, and where its formula is. */
const STRESS_NOTE: Note = {
  title: 'An index this project defined: facet joint stress',
  text: 'Not a measured force: the facets’ share of compression, 16% in standing (Adams & Hutton 1980), doubling at the end of a level’s extension range and again at the end of its side-bend range, capped at 70% (Adams & Hutton 1985), times the mid-stance load in body weights, capped at 1. Told as its change from quiet standing; past the top of the colour scale (0.50) it says “beyond the scale”. The formula is in the README, “How the model works”, item 11 (facet stress index), with every coupler below. Studies do not settle which side loads more.',
  confidence: 'low',
}

/** The words' bands, read from the one table that also colours the nerve: "low below 0.25, moderate from …". */
const BANDS_TEXT = LEVEL_BANDS.map((b, i) =>
  i === 0 ? `${b.word} below ${LEVEL_BANDS[1]!.from.toFixed(2)}` : `${b.word} from ${b.from.toFixed(2)}`,
).join(', ')

/** The sciatic irritation index: the project's own. */
const IRRITATION_NOTE: Note = {
  title: 'An index this project defined: sciatic nerve irritation (0 to 1)',
  text: `A teaching index, not a measurement: half a root term (the facet load at L4–S1 on that side, from posture) and half a piriformis tension term (full at 8.6 mm of lengthening, the path’s lengthening at 20° of hip internal rotation). No study gives nerve strain per degree of hip rotation. Its word follows the colour of the drawn nerve: ${BANDS_TEXT}. The formula is in the README, “How the model works”, item 13 (sciatic irritation index).`,
  confidence: 'low',
}

/** The spine shock index: the project's own. */
const SHOCK_NOTE: Note = {
  title: 'An index this project defined: shock reaching the spine (0 to 1)',
  text: `A teaching index: the impact peak of each footstrike as a share of downhill running’s 3.08 body weights, raised by up to a half for feet far from neutral (over-pronated or a rigid high arch), scaled so that 1 is the top. No study gives the size of that rise. The formula is in the README, “How the model works”, item 14 (load). Words: ${BANDS_TEXT}.`,
  confidence: 'low',
}

/** The back-muscle effort index: the project's own. */
const EFFORT_NOTE: Note = {
  title: 'An index this project defined: back-muscle effort on heels (0 to 1)',
  text: `A teaching index: 0 barefoot or in flat shoes, 1 at the 8 cm heel where Han 2015 measured more erector spinae activity, rising as the square of the heel height between (Bendix et al. 1984 found no change at 4.5 cm). The formula is in the README, “How the model works”, item 15 (back-muscle effort). Words: ${BANDS_TEXT}.`,
  confidence: 'low',
}

/** A stress as its change from standing, or "beyond the scale" past the top of the stress colours. */
const stressPct = (stress: number): string =>
  stress > STRESS_SCALE.max ? 'beyond the scale' : pct(stressChangeFromStanding(stress))

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
      note: { title: MEASURED, text: MUSCLE_INFO[id].what, confidence: MUSCLE_INFO[id].confidence },
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
      note: {
        title: 'An input: the heel height you set',
        text: 'An absolute height in mm, not a change from neutral: the shoe’s heel above the ball of the foot. The heels studied were 4.5 cm (Bendix et al. 1984), 5 cm (Franklin et al. 1995), 6.4 cm (Opila et al. 1988) and 8 cm (Han 2015); beyond 8 cm the model extrapolates. What the heel does to the pelvis and the back muscles is in the steps below, each with its study.',
        confidence: 'high',
      },
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
      after: ` (${pronationBand(eversion).label}, as set), arch ${Math.round(foot.navicularHeightMm)} mm (${archBand(foot.navicularHeightMm).label}, as set)`,
      sources: [],
      note: INPUT_FOOT_NOTE,
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
      after: `, facet joint stress ${stressBand(stress).label} (`,
      sources: ['iliumToSameSideExtension', 'anteriorTiltToLordosis', 'lordosisShareL5S1'],
      then: {
        before: '',
        value: `${stressPct(stress)}${stress > STRESS_SCALE.max ? '' : ' vs standing'}`,
        after: `${
          Math.abs(stress - otherStress) > 0.0005
            ? `; ${stress > otherStress ? 'more' : 'less'} than the ${other} side, ${stressPct(otherStress)}`
            : ''
        }${partsText}${l4l5 ? `; L4–L5 ${stressPct(l4l5.stress[side])}` : ''})`,
        sources: [
          'facetShareStanding',
          'extensionRangePerLevel',
          'iliumToSameSideExtension',
          'obliquityToLumbarSideBend',
          'sideBendRangeL5S1',
          'facetShareCeiling',
        ],
        note: STRESS_NOTE,
      },
    },
    {
      key: 'nerve',
      before: '→ piriformis ',
      value: signed(limb.piriformisLengthChangeMm, 'lengthened', 'shortened', 'unchanged', fmtMm),
      after: `; sciatic nerve irritation ${levelWord(limb.sciaticIrritation)} (`,
      sources: [...MUSCLE_SOURCES, 'femoralRotationToPiriformis'],
      note: {
        title: MEASURED,
        text: MUSCLE_INFO.piriformis.what,
        confidence: MUSCLE_INFO.piriformis.confidence,
      },
      then: {
        before: '',
        value: `${fmtIndex(limb.sciaticIrritation)} of 1`,
        after: ')',
        sources: ['piriformisTensionReference', 'sciaticRootWeight', 'sciaticPiriformisWeight'],
        note: IRRITATION_NOTE,
      },
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
      ...(impactBodyWeights > 0 ? { note: SHOCK_NOTE } : {}),
    })
  }
  if (paraspinalEffortIndex > 0)
    steps.push({
      key: 'back-muscles',
      before: 'Back muscles on heels: extra work ',
      value: `${levelWord(paraspinalEffortIndex)} (${fmtIndex(paraspinalEffortIndex)} of 1)`,
      after: '; the low back is mostly not arched more.',
      sources: ['heelParaspinalReference', 'heelParaspinalExponent', 'heelHeightToPelvicTilt'],
      note: EFFORT_NOTE,
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
        Heel and arch as you set them; the other angles are changes from neutral. Tap a number for its source.
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
