// Every word the chain tour and the comparison show, in one module: button labels, aria labels and the
// captions' templates. A plain typed object of strings and functions, so a translation can replace it whole.
// The captions say the live numbers (the solved pose, never the drawn exaggeration) and cite the coupler that
// produced them, with its confidence.
import { MUSCLE_INFO, couplerById, type Confidence, type CouplerId, type MuscleId } from '../../kinematics'
import type { ChainLink, SidedChange, TourFacts } from '../../state/tour'
import { fmtDeg, fmtMm } from '../format'

type SideName = 'left' | 'right'
/** Below this a number reads as "no change". */
const EPS = 0.05

export interface TourText {
  play: string
  pause: string
  resume: string
  next: string
  previous: string
  restart: string
  close: string
  /** The toolbar's button (and its short form where room is tight). */
  playChain: string
  playChainShort: string
  /** The sign alone, where a small widget has no room for words (its aria-label says them). */
  playChainIcon: string
  /** The stage's invitation on the first visit. */
  invitation: string
  invitationAction: string
  invitationDismiss: string
  /** Under the side panel's play button once the invitation is gone. */
  playHint: string
  /** "Step 2 of 7: tibia". */
  stepOf: (index: number, total: number, link: ChainLink) => string
  linkName: Record<ChainLink, string>
  /** The keyboard shortcut, told in the button's title. */
  shortcutHint: string
  stillsHint: string
  tourRegion: string
  compare: string
  compareOptions: Record<'off' | 'neutral' | 'barefoot', string>
  compareHint: string
  compareTable: {
    caption: string
    what: string
    now: string
    reference: Record<'neutral' | 'barefoot', string>
  }
  compareNoChange: string
  confidence: Record<Confidence, string>
  caption: (facts: TourFacts) => string
}

const sideWord = (s: SideName) => (s === 'left' ? 'Left' : 'Right')

/** "Fischer 2018, moderate confidence": the first study a coupler cites, and how sure it is. */
export function cite(id: CouplerId): string {
  const c = couplerById(id)
  if (!c) return ''
  const m = /([A-Z][A-Za-z’'-]+)(?: et al\.?| (?:&|and) [A-Z][A-Za-z’'-]+)? (\d{4})/.exec(c.source)
  const who = m ? `${m[1]} ${m[2]}` : c.source.split(/[.(:]/)[0]!.trim()
  return `${who}, ${TOUR_TEXT.confidence[c.confidence]}`
}

/**
 * One change told per side: "Right heel everts 6.0°", "Both heels evert 6.0°", or null where neither moved.
 * `verb` gives the words for one side (singular) and both (plural) and the opposite direction.
 */
function told(
  change: SidedChange,
  noun: [string, string],
  pos: [string, string],
  neg: [string, string],
  fmt: (x: number) => string = fmtDeg,
): string | null {
  const l = Math.abs(change.left) >= EPS
  const r = Math.abs(change.right) >= EPS
  if (!l && !r) return null
  const verb = (x: number, plural: boolean) => (x > 0 ? pos : neg)[plural ? 1 : 0]
  if (l && r && fmt(change.left) === fmt(change.right) && Math.sign(change.left) === Math.sign(change.right))
    return `Both ${noun[1]} ${verb(change.right, true)} ${fmt(change.right)}`
  const one = (s: SideName) => `${sideWord(s)} ${noun[0]} ${verb(change[s], false)} ${fmt(change[s])}`
  if (l && r) return `${one('right')}, ${one('left').replace(/^Left/, 'left')}`
  return one(r ? 'right' : 'left')
}

const lower = (s: string) => s[0]!.toLowerCase() + s.slice(1)

function caption(f: TourFacts): string {
  switch (f.link) {
    case 'foot': {
      const heel = told(f.eversionDeg, ['heel', 'heels'], ['everts', 'evert'], ['inverts', 'invert'])
      const arch = told(f.archMm, ['arch', 'arches'], ['rises', 'rise'], ['drops', 'drop'], fmtMm)
      const legs = told(
        f.shorteningMm,
        ['leg', 'legs'],
        ['is functionally shorter by', 'are functionally shorter by'],
        ['is functionally longer by', 'are functionally longer by'],
        fmtMm,
      )
      if (!heel && !arch)
        return 'The feet stand neutral: no change at the foot, so nothing travels up the chain.'
      const first = [heel, arch && (heel ? lower(arch) : arch)].filter(Boolean).join(' and ')
      const drop =
        Math.abs(f.dropDeg) >= EPS
          ? `; the pelvis drops ${fmtDeg(f.dropDeg)} on the ${f.dropDeg > 0 ? 'right' : 'left'}`
          : ''
      return `${first} → ${legs ? lower(legs) : 'the legs keep their length'}${drop} (${cite('eversionToShortening')}).`
    }
    case 'tibia': {
      const tibia = told(
        f.tibiaDeg,
        ['shin bone', 'shin bones'],
        ['turns in', 'turn in'],
        ['turns out', 'turn out'],
      )
      const heel = told(f.eversionDeg, ['heel', 'heels'], ['everts', 'evert'], ['inverts', 'invert'])
      if (!tibia)
        return `No change at the shin: the heels did not move (${cite('eversionToTibialRotation')}).`
      return `${heel ?? 'The heels'} → ${lower(tibia)} (${cite('eversionToTibialRotation')}).`
    }
    case 'femur': {
      const femur = told(
        f.femurDeg,
        ['thigh bone', 'thigh bones'],
        ['turns in', 'turn in'],
        ['turns out', 'turn out'],
      )
      const tibia = told(
        f.tibiaDeg,
        ['shin', 'shins'],
        ['turned in', 'turned in'],
        ['turned out', 'turned out'],
      )
      if (!femur) return `No change at the thigh (${cite('tibialToFemoralRotation')}).`
      return `${tibia ?? 'The shins'} → ${lower(femur)} (${cite('tibialToFemoralRotation')}).`
    }
    case 'pelvis': {
      const ilium = told(
        f.iliumDeg,
        ['side of the pelvis', 'sides of the pelvis'],
        ['tips forward', 'tip forward'],
        ['tips back', 'tip back'],
      )
      if (!ilium) return `No change at the pelvis (${cite('femoralRotationToPelvicDrive')}).`
      const tilt =
        Math.abs(f.tiltDeg) >= EPS
          ? `; the whole pelvis tilts ${f.tiltDeg > 0 ? 'forward' : 'back'} ${fmtDeg(f.tiltDeg)}`
          : ''
      const twist = Math.abs(f.torsionDeg) >= EPS ? ` and twists ${fmtDeg(f.torsionDeg)}` : ''
      return `The thighs turning in → ${lower(ilium)}${tilt}${twist} (${cite('femoralRotationToPelvicDrive')}).`
    }
    case 'lumbar': {
      const ext = told(
        f.extensionDeg,
        ['side of the lower back', 'sides of the lower back'],
        ['extends', 'extend'],
        ['flattens', 'flatten'],
      )
      if (!ext) return `No change in the lower back (${cite('anteriorTiltToLordosis')}).`
      const s = Math.max(f.stress.left, f.stress.right)
      const stress =
        Math.abs(s) >= 0.005
          ? `; facet stress at ${f.level} ${s > 0 ? 'rises' : 'falls'} by ${Math.abs(s).toFixed(2)}`
          : ''
      return `The pelvis tipping → ${lower(ext)} (L1–S1)${stress} (${cite('anteriorTiltToLordosis')}).`
    }
    case 'nerve': {
      const pir = told(
        f.piriformisMm,
        ['piriformis', 'piriformis muscles'],
        ['lengthens by', 'lengthen by'],
        ['shortens by', 'shorten by'],
        fmtMm,
      )
      const side: SideName =
        Math.abs(f.irritation.left - f.irritationRest.left) >
        Math.abs(f.irritation.right - f.irritationRest.right)
          ? 'left'
          : 'right'
      const idx = `the ${side} sciatic irritation index reads ${f.irritation[side].toFixed(2)} (${f.irritationRest[side].toFixed(2)} with neutral feet)`
      return `${pir ?? 'The piriformis keeps its length'} → ${idx} (${cite('femoralRotationToPiriformis')}).`
    }
    case 'muscles': {
      const m = f.largest
      if (!m || Math.abs(m.pct) < EPS) return 'The other muscles keep their length: no change.'
      const info = MUSCLE_INFO[m.muscle as MuscleId]
      return `The muscles follow the bones: most, the ${m.side} ${info?.name ?? m.muscle}, ${m.pct > 0 ? 'lengthens' : 'shortens'} ${Math.abs(m.pct).toFixed(1)}% (measured on the posed skeleton, ${TOUR_TEXT.confidence[info?.confidence ?? 'medium']}).`
    }
  }
}

export const TOUR_TEXT: TourText = {
  play: 'Play',
  pause: 'Pause',
  resume: 'Resume',
  next: 'Next link',
  previous: 'Previous link',
  restart: 'Restart',
  close: 'Close the tour',
  playChain: '▶ Play the chain',
  playChainShort: '▶ Chain',
  playChainIcon: '▶',
  invitation: 'See how a flat right foot travels up to the lower back, one link at a time.',
  invitationAction: '▶ Play the chain',
  invitationDismiss: 'Not now',
  playHint: 'One link at a time, from the foot up, with the feet as they are set.',
  stepOf: (i, total, link) => `${i + 1} of ${total}: ${TOUR_TEXT.linkName[link]}`,
  linkName: {
    foot: 'foot',
    tibia: 'shin (tibia)',
    femur: 'thigh (femur)',
    pelvis: 'pelvis',
    lumbar: 'lower back',
    nerve: 'sciatic nerve and piriformis',
    muscles: 'other muscles',
  },
  shortcutHint: 'Shortcut: P plays or pauses; [ and ] step',
  stillsHint: 'Reduced motion: each link is a still; use Next to go on.',
  tourRegion: 'Play the chain',
  compare: 'Compare with',
  compareOptions: { off: 'Nothing', neutral: 'Neutral feet', barefoot: 'Same feet barefoot' },
  compareHint: 'A see-through skeleton shows the reference posture in the same place.',
  compareTable: {
    caption: 'Now against the reference',
    what: 'Link',
    now: 'Now',
    reference: { neutral: 'Neutral feet', barefoot: 'Barefoot' },
  },
  compareNoChange: 'No link differs from the reference.',
  confidence: { high: 'high confidence', medium: 'moderate confidence', low: 'low confidence' },
  caption,
}
