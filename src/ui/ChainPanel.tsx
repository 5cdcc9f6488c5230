// Walks up the chain in plain words with the live numbers; each number opens the source and confidence of
// the coupling that produced it. Reads the solved pose; computes nothing of its own. While walking or running
// the numbers are the gait frame's at the clock's moment (solveGait; issue 13: everything follows the cycle),
// rewritten at most ten times a second while playing and exact when paused; a caption says which moment.
import { useId, useMemo, useState } from 'react'
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
import { solveGait } from '../kinematics/solveGait'
import { useExplorer, useExplorerStore } from '../state/context'
import { isGait } from '../state/gaitClock'
import { GaitMomentCaption } from './gait/GaitMomentCaption'
import { useGaitMoment } from './gait/useGaitMoment'
import { footOf, type FootInputs } from '../state/schema'
import { selectPose } from '../state/store'
import { signedWith } from './format'
import { useI18n } from '../i18n/context'
import type { I18n } from '../i18n'
import { archWord, levelText, pronationWord, stressWord } from './words'
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
  /** Measured on the posed skeleton (a muscle's length), not coupled: the heading says how. */
  measured?: boolean
}

function Sources({ ids, id, note }: { ids: readonly CouplerId[]; id: string; note?: Step['note'] }) {
  const { t } = useI18n()
  const c = t.chain
  const couplers = ids.flatMap((cid) => couplerById(cid) ?? [])
  const refs = referencesIn(note?.text, ...couplers.flatMap((c) => [c.source, c.assumption, c.dissent]))
  return (
    <div className="kce-sources" id={id}>
      {note && (
        <div className="kce-source">
          <p>
            <strong>{note.title}</strong>
            {note.measured ? `: ${c.measuredText}` : ''}{' '}
            <span className={`kce-confidence kce-confidence-${note.confidence}`}>
              {c.confidence[note.confidence]}
            </span>
          </p>
          <p>{note.text}</p>
        </div>
      )}
      {couplers.map((k) => {
        // The language's own words for this coupler, else the core's English in plain words.
        const w = t.sources[k.id] ?? {
          from: plainWords(k.from),
          to: plainWords(k.to),
          unit: plainWords(k.unit),
          source: plainWords(k.source),
          assumption: k.assumption && plainWords(k.assumption),
          dissent: k.dissent && plainWords(k.dissent),
        }
        return (
          <div key={k.id} className="kce-source">
            <p>
              <strong>{w.to}</strong>
              {c.from}
              {w.from}: {fmtGain(k.gain)} {w.unit}.{' '}
              <span className={`kce-confidence kce-confidence-${k.confidence}`}>
                {c.confidence[k.confidence]}
              </span>
            </p>
            <p>{w.source}</p>
            {w.assumption && (
              <p className="kce-note">
                {c.assumed}
                {w.assumption}
              </p>
            )}
            {w.dissent && (
              <p className="kce-note">
                {c.disagree}
                {w.dissent}
              </p>
            )}
          </div>
        )
      })}
      {refs.length > 0 && (
        <div className="kce-refs">
          <p>
            <strong>{c.references}</strong>
            {c.referencesNote}
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
  const { t } = useI18n()
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
          title={t.chain.whereFrom}
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
              title={t.chain.whereFrom}
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

/** The words' bands, read from the one table that also colours the nerve: "low below 0.25, moderate from …". */
const bandsText = (i18n: I18n): string =>
  LEVEL_BANDS.map((b, i) =>
    i === 0
      ? i18n.t.chain.bandBelow(levelText(i18n, b.word), i18n.index(LEVEL_BANDS[1]!.from))
      : i18n.t.chain.bandFrom(levelText(i18n, b.word), i18n.index(b.from)),
  ).join(', ')

/**
 * What a number is where no coupler alone says it: the heel and arch as set (absolute, with where their bands
 * come from), and the indices this project defined (facet stress, sciatic irritation, shock, back-muscle effort).
 */
function notes(i18n: I18n) {
  const { n } = i18n
  const w = i18n.t.chain.notes
  const bands = bandsText(i18n)
  return {
    inputFoot: { title: w.inputFoot.title, text: w.inputFoot.text(n), confidence: 'medium' },
    stress: { title: w.stress.title, text: w.stress.text(n), confidence: 'low' },
    irritation: { title: w.irritation.title, text: w.irritation.text(n, bands), confidence: 'low' },
    shock: { title: w.shock.title, text: w.shock.text(n, bands), confidence: 'low' },
    effort: { title: w.effort.title, text: w.effort.text(n, bands), confidence: 'low' },
    shoe: { title: w.shoe.title, text: w.shoe.text(n), confidence: 'high' },
  } as const satisfies Record<string, Note>
}

/** A stress as its change from standing, or "beyond the scale" past the top of the stress colours. */
const stressPct = (i18n: I18n, stress: number): string =>
  stress > STRESS_SCALE.max ? i18n.t.chain.beyondScale : i18n.pct(stressChangeFromStanding(stress))

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
function muscleSteps(side: SideName, pose: ChainPose, i18n: I18n): Step[] {
  const muscles = pose.muscles?.[side]
  if (!muscles) return []
  const c = i18n.t.chain
  return MUSCLE_IDS.map((id) => {
    const m = muscles[id]
    return {
      key: `muscle-${id}`,
      before: c.muscleHeld(i18n.t.muscles[id]),
      value: signedWith(m.lengthChangeMm, c.longerBy, c.shorterBy, c.atLength, i18n.mm),
      after: Math.abs(m.lengthChangeMm) < 0.05 ? '' : c.ofLength(i18n.pct2(m.lengthChangePct)),
      sources: MUSCLE_SOURCES,
      note: {
        title: c.measured,
        text: i18n.t.muscleNotes[id] ?? MUSCLE_INFO[id].what,
        confidence: MUSCLE_INFO[id].confidence,
        measured: true,
      },
    }
  })
}

/** What the foot stands in, as a step of its own: only where it wears something. */
function footwearSteps(foot: FootInputs, limb: LimbPose, activity: Activity, i18n: I18n): Step[] {
  const c = i18n.t.chain
  const steps: Step[] = []
  if (foot.heelHeightMm > 0)
    steps.push({
      key: 'shoe',
      before: c.shoe,
      value: c.shoeValue(i18n.n(Math.round(foot.heelHeightMm))),
      after: c.shoeAfter,
      sources: [],
      note: notes(i18n).shoe,
    })
  if (foot.medialPostDeg > 0) {
    const posed = NEUTRAL_FOOT.calcanealEversionDeg + limb.calcanealEversionDeg
    steps.push({
      key: 'orthotic',
      before: c.orthotic(i18n.n(foot.medialPostDeg, Number.isInteger(foot.medialPostDeg) ? 0 : 1)),
      value: signedWith(limb.orthoticEversionReductionDeg, c.lessEverted, c.moreEverted, c.asItIs, i18n.deg),
      after:
        limb.orthoticEversionReductionDeg >= 0.05
          ? c.orthoticAt(i18n.deg(posed), posed < 0)
          : activity === 'walking'
            ? c.orthoticWalking
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
  i18n: I18n,
): Step[] {
  const c = i18n.t.chain
  const note = notes(i18n)
  const l5s1 = pose.lumbar.find((l) => l.level === 'L5-S1')
  const l4l5 = pose.lumbar.find((l) => l.level === 'L4-L5')
  const ext = l5s1?.extensionDeg[side] ?? 0
  const stress = l5s1?.stress[side] ?? 0
  const other: SideName = side === 'right' ? 'left' : 'right'
  const otherStress = l5s1?.stress[other] ?? 0
  // The two parts of the stress, as changes from standing: they can point to different sides.
  const parts = l5s1?.stressParts
  const partPct = (x: number | undefined) => i18n.pct((x ?? 0) / (pose.load.activeBodyWeights * 0.16))
  const partsText = parts ? c.parts(partPct(parts.extension[side]), partPct(parts.sideBend[side])) : ''
  const eversion = foot.calcanealEversionDeg
  return [
    {
      key: 'heel',
      before: c.heel(side, eversion < 0),
      value: i18n.deg(eversion),
      after: c.heelAfter(
        pronationWord(i18n, pronationBand(eversion).id),
        i18n.n(Math.round(foot.navicularHeightMm)),
        archWord(i18n, archBand(foot.navicularHeightMm).id),
      ),
      sources: [],
      note: note.inputFoot,
    },
    ...footwearSteps(foot, limb, activity, i18n),
    {
      key: 'tibia',
      before: c.tibia,
      value: signedWith(limb.tibialInternalRotationDeg, c.turnedIn, c.turnedOut, c.notTurned, i18n.deg),
      after: '',
      sources: ['eversionToTibialRotation', 'archHeightToTransfer'],
    },
    {
      key: 'femur',
      before: c.femur,
      value: signedWith(limb.femoralInternalRotationDeg, c.turnedIn, c.turnedOut, c.notTurned, i18n.deg),
      after: '',
      sources: ['tibialToFemoralRotation'],
    },
    {
      key: 'ilium',
      before: c.ilium(side),
      value: signedWith(limb.iliumAnteriorRotationDeg, c.tippedForward, c.tippedBack, c.level, i18n.deg),
      after: '',
      sources: ['femoralRotationToPelvicDrive', 'pelvicDriveOtherSideShare'],
    },
    {
      key: 'L5-S1',
      before: c.l5s1(side),
      value: signedWith(ext, c.extended, c.flexed, c.notBent, i18n.deg),
      // Stress is told as its change from quiet standing, and against the other side: the asymmetry is the
      // point, and the absolute index (0.16 standing) means little to a patient.
      after: c.facetStress(stressWord(i18n, stressBand(stress).id)),
      sources: ['iliumToSameSideExtension', 'anteriorTiltToLordosis', 'lordosisShareL5S1'],
      then: {
        before: '',
        value: `${stressPct(i18n, stress)}${stress > STRESS_SCALE.max ? '' : c.vsStanding}`,
        after: `${
          Math.abs(stress - otherStress) > 0.0005
            ? c.moreLess(stress > otherStress, other, stressPct(i18n, otherStress))
            : ''
        }${partsText}${l4l5 ? `; L4–L5 ${stressPct(i18n, l4l5.stress[side])}` : ''})`,
        sources: [
          'facetShareStanding',
          'extensionRangePerLevel',
          'iliumToSameSideExtension',
          'obliquityToLumbarSideBend',
          'sideBendRangeL5S1',
          'facetShareCeiling',
        ],
        note: note.stress,
      },
    },
    {
      key: 'nerve',
      before: c.piriformis,
      value: signedWith(limb.piriformisLengthChangeMm, c.lengthened, c.shortened, c.unchanged, i18n.mm),
      after: c.irritation(levelText(i18n, levelWord(limb.sciaticIrritation))),
      sources: [...MUSCLE_SOURCES, 'femoralRotationToPiriformis'],
      note: {
        title: c.measured,
        text: i18n.t.muscleNotes.piriformis ?? MUSCLE_INFO.piriformis.what,
        confidence: MUSCLE_INFO.piriformis.confidence,
        measured: true,
      },
      then: {
        before: '',
        value: c.ofOne(i18n.index(limb.sciaticIrritation)),
        after: ')',
        sources: ['piriformisTensionReference', 'sciaticRootWeight', 'sciaticPiriformisWeight'],
        note: note.irritation,
      },
    },
  ]
}

/** The load of each footstrike (none in standing) and the back muscles' work on heels. */
function loadSteps(
  pose: ChainPose,
  activity: Activity,
  footStrike: 'rearfoot' | 'forefoot',
  i18n: I18n,
): Step[] {
  const c = i18n.t.chain
  const { activeBodyWeights, impactBodyWeights, spineShockIndex, paraspinalEffortIndex } = pose.load
  const steps: Step[] = []
  if (activity !== 'standing') {
    const running = activity !== 'walking'
    steps.push({
      key: 'load',
      before: c.footstrike,
      value: c.bodyWeights(i18n.n(activeBodyWeights, 1)),
      after:
        impactBodyWeights > 0
          ? c.impact(
              i18n.n(impactBodyWeights, 1),
              levelText(i18n, levelWord(spineShockIndex)),
              i18n.index(spineShockIndex),
            )
          : running && footStrike === 'forefoot'
            ? c.forefootNoPeak
            : c.midStance,
      sources: [
        activity === 'walking' ? 'walkingLoad' : 'runningLoad',
        ...(running ? (['runningImpactLoad', 'forefootImpactShare', 'shockPostureGain'] as const) : []),
        ...(activity === 'downhill-running' ? (['downhillImpactFactor'] as const) : []),
      ],
      ...(impactBodyWeights > 0 ? { note: notes(i18n).shock } : {}),
    })
  }
  if (paraspinalEffortIndex > 0)
    steps.push({
      key: 'back-muscles',
      before: c.backMuscles,
      value: `${levelText(i18n, levelWord(paraspinalEffortIndex))} (${c.ofOne(i18n.index(paraspinalEffortIndex))})`,
      after: c.backMusclesAfter,
      sources: ['heelParaspinalReference', 'heelParaspinalExponent', 'heelHeightToPelvicTilt'],
      note: notes(i18n).effort,
    })
  return steps
}

export function ChainPanel() {
  const input = useExplorer((s) => s.input)
  const activity = input.activity
  const { clock } = useExplorerStore().getState()
  const moment = useGaitMoment(clock, isGait(activity))
  const cycle = moment?.cycle ?? null
  const standingPose = useExplorer(selectPose)
  const frame = useMemo(() => (cycle === null ? null : solveGait(input, cycle)), [input, cycle])
  const pose: ChainPose = frame ?? standingPose
  const i18n = useI18n()
  const c = i18n.t.chain
  // The side that moves more is told first: that is the story the patient came with. Decided on the activity's
  // pose, not the moment's, so the sides do not swap places at every step while the cycle plays.
  const order: SideName[] =
    Math.abs(standingPose.left.iliumAnteriorRotationDeg) >
    Math.abs(standingPose.right.iliumAnteriorRotationDeg) + 1e-6
      ? ['left', 'right']
      : ['right', 'left']
  const p = pose.pelvis
  const heels = footOf(input, 'left').heelHeightMm > 0 || footOf(input, 'right').heelHeightMm > 0
  const pelvisSteps: Step[] = [
    {
      key: 'tilt',
      before: c.pelvis,
      value: signedWith(p.anteriorTiltDeg, c.pelvisForward, c.pelvisBack, c.notTipped, i18n.deg),
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
      value: signedWith(p.obliquityDeg, c.rightLower, c.leftLower, c.levelSides, i18n.deg),
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
      before: c.lumbar,
      value: signedWith(
        pose.lumbar.reduce((sum, l) => sum + (l.lateralFlexionDeg ?? 0), 0),
        c.bentRight,
        c.bentLeft,
        c.straight,
        i18n.deg,
      ),
      after: Math.abs(p.obliquityDeg) >= 0.05 ? c.towardHigh : ',',
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
      value: signedWith(p.torsionDeg, c.twistedRight, c.twistedLeft, c.notTwisted, i18n.deg),
      after: '.',
      sources: ['pelvicDriveDifferenceToTorsion'],
    },
    ...loadSteps(pose, activity, input.footStrike ?? 'rearfoot', i18n),
  ]
  return (
    <section className="kce-card kce-chain" aria-labelledby="kce-chain-h" data-testid="chain-panel">
      <h2 id="kce-chain-h">{c.heading}</h2>
      <p className="kce-note">{c.intro}</p>
      {frame && moment && (
        <GaitMomentCaption activity={activity} moment={moment} frame={frame} clock={clock} side={order[0]!} />
      )}
      {order.map((side) => (
        <div key={side} className="kce-chain-side" data-side={side}>
          <h3>{c.sideHeading(side)}</h3>
          <ol className="kce-steps">
            {sideSteps(side, footOf(input, side), pose[side], pose, activity, i18n).map((s) => (
              <StepRow key={s.key} step={s} />
            ))}
          </ol>
          <h4>{c.muscles(side)}</h4>
          <ul className="kce-steps kce-muscles" data-testid={`muscles-${side}`}>
            {muscleSteps(side, pose, i18n).map((s) => (
              <StepRow key={s.key} step={s} />
            ))}
          </ul>
        </div>
      ))}
      <p className="kce-note">
        {c.musclesNote1}
        <em>{c.musclesHeld}</em>
        {c.musclesNote2}
      </p>
      <h3>{c.pelvisHeading}</h3>
      <ul className="kce-steps">
        {pelvisSteps.map((s) => (
          <StepRow key={s.key} step={s} />
        ))}
      </ul>
      <p className="kce-note">{c.smallNote}</p>
    </section>
  )
}
