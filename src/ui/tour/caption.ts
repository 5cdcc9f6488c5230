// The chain tour's captions, built from the live numbers (the solved pose, never the drawn exaggeration) and
// the coupler that produced them, with its confidence, in the explorer's language: the words are the
// dictionary's (src/i18n, `tour`), the numbers the locale's; citations (author year) stay as published.
import { MUSCLE_INFO, couplerById, type CouplerId, type MuscleId } from '../../kinematics'
import { EN, type I18n } from '../../i18n'
import type { SidedChange, TourFacts } from '../../state/tour'

type SideName = 'left' | 'right'
/** Below this a number reads as "no change". */
const EPS = 0.05

/** "Fischer 2018, moderate confidence": the first study a coupler cites, and how sure it is. */
export function cite(id: CouplerId, i18n: I18n = EN): string {
  const c = couplerById(id)
  if (!c) return ''
  const m = /([A-Z][A-Za-z’'-]+)(?: et al\.?| (?:&|and) [A-Z][A-Za-z’'-]+)? (\d{4})/.exec(c.source)
  const who = m ? `${m[1]} ${m[2]}` : c.source.split(/[.(:]/)[0]!.trim()
  return i18n.t.tour.cite(who, i18n.t.tour.confidence[c.confidence])
}

type Change = (side: SideName | 'both', up: boolean, x: string) => string

const lower = (s: string) => s[0]!.toLowerCase() + s.slice(1)

/**
 * One change told per side: "Right heel everts 6.0°", "Both heels evert 6.0°", or null where neither moved.
 * `words` tells one side or both in either direction (the dictionary's `tour.change`).
 */
function told(change: SidedChange, words: Change, fmt: (x: number) => string): string | null {
  const l = Math.abs(change.left) >= EPS
  const r = Math.abs(change.right) >= EPS
  if (!l && !r) return null
  if (l && r && fmt(change.left) === fmt(change.right) && Math.sign(change.left) === Math.sign(change.right))
    return words('both', change.right > 0, fmt(change.right))
  const one = (s: SideName) => words(s, change[s] > 0, fmt(change[s]))
  if (l && r) return `${one('right')}, ${lower(one('left'))}`
  return one(r ? 'right' : 'left')
}

/** The caption of one link of the tour, in the language of `i18n`. */
export function tourCaption(f: TourFacts, i18n: I18n = EN): string {
  const { t, deg, mm, index, n } = i18n
  const w = t.tour
  const ch = w.change
  switch (f.link) {
    case 'foot': {
      const heel = told(f.eversionDeg, ch.heel, deg)
      const arch = told(f.archMm, ch.arch, mm)
      const legs = told(f.shorteningMm, ch.leg, mm)
      if (!heel && !arch) return w.footNeutral
      const first = [heel, arch && (heel ? lower(arch) : arch)].filter(Boolean).join(w.and)
      const drop = Math.abs(f.dropDeg) >= EPS ? w.pelvisDrops(deg(f.dropDeg), f.dropDeg > 0) : ''
      return w.step(first, `${legs ? lower(legs) : w.legsKeep}${drop}`, cite('eversionToShortening', i18n))
    }
    case 'tibia': {
      const tibia = told(f.tibiaDeg, ch.shin, deg)
      const heel = told(f.eversionDeg, ch.heel, deg)
      const c = cite('eversionToTibialRotation', i18n)
      if (!tibia) return w.shinNone(c)
      return w.step(heel ?? w.heels, lower(tibia), c)
    }
    case 'femur': {
      const femur = told(f.femurDeg, ch.thigh, deg)
      const tibia = told(f.tibiaDeg, ch.shinTurned, deg)
      const c = cite('tibialToFemoralRotation', i18n)
      if (!femur) return w.thighNone(c)
      return w.step(tibia ?? w.shins, lower(femur), c)
    }
    case 'pelvis': {
      const ilium = told(f.iliumDeg, ch.ilium, deg)
      const c = cite('femoralRotationToPelvicDrive', i18n)
      if (!ilium) return w.pelvisNone(c)
      const tilt = Math.abs(f.tiltDeg) >= EPS ? w.pelvisTilts(f.tiltDeg > 0, deg(f.tiltDeg)) : ''
      const twist = Math.abs(f.torsionDeg) >= EPS ? w.pelvisTwists(deg(f.torsionDeg)) : ''
      // The thighs turning in tip the pelvis forward; turning out, back (femoralRotationToPelvicDrive).
      const inward = f.iliumDeg.right + f.iliumDeg.left >= 0
      return w.step(w.thighsTurning(inward), `${lower(ilium)}${tilt}${twist}`, c)
    }
    case 'lumbar': {
      const ext = told(f.extensionDeg, ch.lowBack, deg)
      const c = cite('anteriorTiltToLordosis', i18n)
      if (!ext) return w.lumbarNone(c)
      const s = Math.max(f.stress.left, f.stress.right)
      const stress = Math.abs(s) >= 0.005 ? w.facetStress(f.level, s > 0, index(Math.abs(s))) : ''
      return w.step(w.pelvisTipping, `${w.lumbarLevels(lower(ext))}${stress}`, c)
    }
    case 'nerve': {
      const pir = told(f.piriformisMm, ch.piriformis, mm)
      const side: SideName =
        Math.abs(f.irritation.left - f.irritationRest.left) >
        Math.abs(f.irritation.right - f.irritationRest.right)
          ? 'left'
          : 'right'
      const idx = w.irritation(side, index(f.irritation[side]), index(f.irritationRest[side]))
      return w.step(pir ?? w.piriformisKeeps, idx, cite('femoralRotationToPiriformis', i18n))
    }
    case 'muscles': {
      const m = f.largest
      if (!m || Math.abs(m.pct) < EPS) return w.musclesNone
      const name = (t.muscles as Record<string, string>)[m.muscle] ?? m.muscle
      const confidence = w.confidence[MUSCLE_INFO[m.muscle as MuscleId]?.confidence ?? 'medium']
      return w.muscles(m.side, name, m.pct > 0, n(Math.abs(m.pct), 1), confidence)
    }
  }
}
