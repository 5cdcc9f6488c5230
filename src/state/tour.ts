// "Play the chain": the tour up the chain one link at a time, as pure functions (no timers, no three, no DOM).
// A step changes only its own link: the links below keep what earlier steps gave them, the links above stay as
// they stand with neutral feet in the same shoes and activity (the tour's rest). The foot step also carries the
// leg's functional shortening and the pelvic drop it makes: the hips must stay on the legs (the drop is the
// shortening's geometry, not a rotation the pelvis makes on its own). The scene draws tourFrame(); the captions
// (src/ui/tour/caption.ts) read the step's numbers from tourFacts().
import { NEUTRAL_FOOT } from '../kinematics/limits'
import type { ChainInput, ChainPose, LimbPose } from '../kinematics/types'

export const CHAIN_LINKS = ['foot', 'tibia', 'femur', 'pelvis', 'lumbar', 'nerve', 'muscles'] as const
export type ChainLink = (typeof CHAIN_LINKS)[number]

/** A second and a half of motion: slow enough to follow with a patient. */
export const STEP_MOTION_MS = 1600
/** Then a hold long enough to read the caption aloud. */
export const STEP_HOLD_MS = 4500
export const STEP_MS = STEP_MOTION_MS + STEP_HOLD_MS

/** The links this pose has: the muscles step only where the core measured muscles. */
export function tourLinks(pose: ChainPose): readonly ChainLink[] {
  return pose.muscles ? CHAIN_LINKS : CHAIN_LINKS.filter((l) => l !== 'muscles')
}

/** The tour's rest: the same activity, shoes and foot strike, on neutral feet. */
export function restInput(input: ChainInput): ChainInput {
  return { ...input, left: { ...NEUTRAL_FOOT }, right: { ...NEUTRAL_FOOT } }
}

/** Ease in and out: a link starts and stops gently. */
export const easeInOut = (t: number): number => {
  const x = Math.min(1, Math.max(0, t))
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t

/** Where each link's fields come from at a step: 0 = rest, 1 = full, between = moving. */
function shares(step: number, progress: number): Record<ChainLink, number> {
  const out = {} as Record<ChainLink, number>
  CHAIN_LINKS.forEach((l, i) => {
    out[l] = i < step ? 1 : i > step ? 0 : easeInOut(progress)
  })
  return out
}

function limb(rest: LimbPose, full: LimbPose, s: Record<ChainLink, number>): LimbPose {
  return {
    ...full,
    calcanealEversionDeg: lerp(rest.calcanealEversionDeg, full.calcanealEversionDeg, s.foot),
    functionalShorteningMm: lerp(rest.functionalShorteningMm, full.functionalShorteningMm, s.foot),
    orthoticEversionReductionDeg: lerp(
      rest.orthoticEversionReductionDeg,
      full.orthoticEversionReductionDeg,
      s.foot,
    ),
    tibialInternalRotationDeg: lerp(rest.tibialInternalRotationDeg, full.tibialInternalRotationDeg, s.tibia),
    femoralInternalRotationDeg: lerp(
      rest.femoralInternalRotationDeg,
      full.femoralInternalRotationDeg,
      s.femur,
    ),
    iliumAnteriorRotationDeg: lerp(rest.iliumAnteriorRotationDeg, full.iliumAnteriorRotationDeg, s.pelvis),
    piriformisLengthChangeMm: lerp(rest.piriformisLengthChangeMm, full.piriformisLengthChangeMm, s.nerve),
    sciaticIrritation: lerp(rest.sciaticIrritation, full.sciaticIrritation, s.nerve),
  }
}

/**
 * The pose and input to draw at `step` (an index into CHAIN_LINKS), `progress` 0..1 through its motion.
 * Step −1 is the rest; a step past the last link is the full pose.
 */
export function tourFrame(
  full: { pose: ChainPose; input: ChainInput },
  rest: { pose: ChainPose; input: ChainInput },
  step: number,
  progress: number,
): { pose: ChainPose; input: ChainInput } {
  const s = shares(step, progress)
  const fp = full.pose
  const rp = rest.pose
  const pose: ChainPose = {
    ...fp,
    left: limb(rp.left, fp.left, s),
    right: limb(rp.right, fp.right, s),
    pelvis: {
      anteriorTiltDeg: lerp(rp.pelvis.anteriorTiltDeg, fp.pelvis.anteriorTiltDeg, s.pelvis),
      obliquityDeg: lerp(rp.pelvis.obliquityDeg, fp.pelvis.obliquityDeg, s.foot),
      torsionDeg: lerp(rp.pelvis.torsionDeg, fp.pelvis.torsionDeg, s.pelvis),
    },
    lumbar: fp.lumbar.map((l, i) => {
      const r = rp.lumbar[i] ?? l
      const t = s.lumbar
      return {
        ...l,
        extensionDeg: {
          left: lerp(r.extensionDeg.left, l.extensionDeg.left, t),
          right: lerp(r.extensionDeg.right, l.extensionDeg.right, t),
        },
        stress: {
          left: lerp(r.stress.left, l.stress.left, t),
          right: lerp(r.stress.right, l.stress.right, t),
        },
      }
    }),
    muscles: s.muscles === 1 || !rp.muscles ? fp.muscles : s.muscles === 0 ? rp.muscles : lerpMuscles(),
  }
  function lerpMuscles(): ChainPose['muscles'] {
    const side = (r: ChainPose['muscles']['left'], f: ChainPose['muscles']['left']) =>
      Object.fromEntries(
        Object.entries(f).map(([id, m]) => {
          const a = r[id as keyof typeof r]
          return [
            id,
            {
              lengthChangeMm: lerp(a.lengthChangeMm, m.lengthChangeMm, s.muscles),
              lengthChangePct: lerp(a.lengthChangePct, m.lengthChangePct, s.muscles),
            },
          ]
        }),
      ) as ChainPose['muscles']['left']
    return { left: side(rp.muscles.left, fp.muscles.left), right: side(rp.muscles.right, fp.muscles.right) }
  }
  const arch = (side: 'left' | 'right') => ({
    ...full.input[side],
    navicularHeightMm: lerp(rest.input[side].navicularHeightMm, full.input[side].navicularHeightMm, s.foot),
    calcanealEversionDeg: lerp(
      rest.input[side].calcanealEversionDeg,
      full.input[side].calcanealEversionDeg,
      s.foot,
    ),
  })
  return { pose, input: { ...full.input, left: arch('left'), right: arch('right') } }
}

/** Per side, what a step changed: the number a caption says (its change from the tour's rest). */
export interface SidedChange {
  left: number
  right: number
}

/** The numbers one step's caption tells, read from the live pose (never from the drawn, exaggerated one). */
export type TourFacts =
  | {
      link: 'foot'
      eversionDeg: SidedChange
      archMm: SidedChange
      shorteningMm: SidedChange
      dropDeg: number
    }
  | { link: 'tibia'; eversionDeg: SidedChange; tibiaDeg: SidedChange }
  | { link: 'femur'; tibiaDeg: SidedChange; femurDeg: SidedChange }
  | { link: 'pelvis'; iliumDeg: SidedChange; tiltDeg: number; torsionDeg: number }
  | { link: 'lumbar'; extensionDeg: SidedChange; level: string; stress: SidedChange }
  | { link: 'nerve'; piriformisMm: SidedChange; irritation: SidedChange; irritationRest: SidedChange }
  | { link: 'muscles'; largest: { side: 'left' | 'right'; muscle: string; pct: number } | null }

const sided = (f: (l: LimbPose) => number, pose: ChainPose): SidedChange => ({
  left: f(pose.left),
  right: f(pose.right),
})
const diff = (a: SidedChange, b: SidedChange): SidedChange => ({
  left: a.left - b.left,
  right: a.right - b.right,
})

/** What the step at `link` changed, between the rest and the full pose (the input's arch heights for the foot). */
export function tourFacts(
  link: ChainLink,
  full: { pose: ChainPose; input: ChainInput },
  rest: { pose: ChainPose; input: ChainInput },
): TourFacts {
  const f = full.pose
  const r = rest.pose
  const change = (g: (l: LimbPose) => number) => diff(sided(g, f), sided(g, r))
  switch (link) {
    case 'foot':
      return {
        link,
        eversionDeg: change((l) => l.calcanealEversionDeg),
        archMm: {
          left: full.input.left.navicularHeightMm - rest.input.left.navicularHeightMm,
          right: full.input.right.navicularHeightMm - rest.input.right.navicularHeightMm,
        },
        shorteningMm: change((l) => l.functionalShorteningMm),
        dropDeg: f.pelvis.obliquityDeg - r.pelvis.obliquityDeg,
      }
    case 'tibia':
      return {
        link,
        eversionDeg: change((l) => l.calcanealEversionDeg),
        tibiaDeg: change((l) => l.tibialInternalRotationDeg),
      }
    case 'femur':
      return {
        link,
        tibiaDeg: change((l) => l.tibialInternalRotationDeg),
        femurDeg: change((l) => l.femoralInternalRotationDeg),
      }
    case 'pelvis':
      return {
        link,
        iliumDeg: change((l) => l.iliumAnteriorRotationDeg),
        tiltDeg: f.pelvis.anteriorTiltDeg - r.pelvis.anteriorTiltDeg,
        torsionDeg: f.pelvis.torsionDeg - r.pelvis.torsionDeg,
      }
    case 'lumbar': {
      const total = (p: ChainPose, side: 'left' | 'right') =>
        p.lumbar.reduce((sum, l) => sum + l.extensionDeg[side], 0)
      // The level whose facet stress rose most, and by how much on each side.
      let best = f.lumbar[0]!
      let bestRise = -Infinity
      f.lumbar.forEach((l, i) => {
        const b = r.lumbar[i]!
        const rise = Math.max(l.stress.left - b.stress.left, l.stress.right - b.stress.right)
        if (rise > bestRise) {
          bestRise = rise
          best = l
        }
      })
      const bi = f.lumbar.indexOf(best)
      return {
        link,
        extensionDeg: {
          left: total(f, 'left') - total(r, 'left'),
          right: total(f, 'right') - total(r, 'right'),
        },
        level: best.level,
        stress: {
          left: best.stress.left - r.lumbar[bi]!.stress.left,
          right: best.stress.right - r.lumbar[bi]!.stress.right,
        },
      }
    }
    case 'nerve':
      return {
        link,
        piriformisMm: change((l) => l.piriformisLengthChangeMm),
        irritation: sided((l) => l.sciaticIrritation, f),
        irritationRest: sided((l) => l.sciaticIrritation, r),
      }
    case 'muscles': {
      let largest: { side: 'left' | 'right'; muscle: string; pct: number } | null = null
      for (const side of ['right', 'left'] as const)
        for (const [muscle, m] of Object.entries(f.muscles[side])) {
          const pct =
            m.lengthChangePct -
            (r.muscles[side][muscle as keyof (typeof r.muscles)['left']]?.lengthChangePct ?? 0)
          if (!largest || Math.abs(pct) > Math.abs(largest.pct)) largest = { side, muscle, pct }
        }
      return { link, largest }
    }
  }
}

// ── The tour's clock ─────────────────────────────────────────────────────────────────────────────────
/**
 * Where the tour is: `step` (−1 before the first), whether it plays, and how far into the step it was at the
 * clock reading `at` (ms, performance.now). Stills (reduced motion) never move on by themselves.
 */
export interface TourClock {
  active: boolean
  step: number
  playing: boolean
  /** ms into the current step (motion, then hold) at `at`. */
  elapsedMs: number
  at: number
  stills: boolean
  /** The last step's hold is over (or, as stills, the last step was reached). */
  completed: boolean
}

export const TOUR_OFF: TourClock = {
  active: false,
  step: -1,
  playing: false,
  elapsedMs: 0,
  at: 0,
  stills: false,
  completed: false,
}

/** ms into the current step at `now`. */
export const elapsedAt = (c: TourClock, now: number): number =>
  c.playing ? c.elapsedMs + Math.max(0, now - c.at) : c.elapsedMs

/** 0..1 through the current step's motion at `now` (stills are always at 1). */
export const motionAt = (c: TourClock, now: number): number =>
  c.stills ? 1 : Math.min(1, elapsedAt(c, now) / STEP_MOTION_MS)

export type TourAction =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'restart' }
  | { type: 'step'; index: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'stop' }
  /** The inputs changed: the current step starts again with the new numbers. */
  | { type: 'replay-step' }
  /** The clock ran past the current step's end. */
  | { type: 'tick' }

/** The next clock for an action at `now`, with `total` links. Pure. */
export function tourReduce(
  c: TourClock,
  a: TourAction,
  now: number,
  total: number,
  stills: boolean,
): TourClock {
  const at = (step: number, playing: boolean): TourClock => ({
    active: true,
    step: Math.min(total - 1, Math.max(0, step)),
    playing: playing && !stills,
    elapsedMs: 0,
    at: now,
    stills,
    completed: stills && step >= total - 1,
  })
  switch (a.type) {
    case 'play':
      if (c.active && !c.completed && !c.playing && !stills) return { ...c, playing: true, at: now } // resume where it was
      if (c.active && c.playing) return c
      return at(0, true)
    case 'restart':
      return at(0, true)
    case 'pause':
      return c.playing ? { ...c, playing: false, elapsedMs: elapsedAt(c, now), at: now } : c
    case 'step':
      return at(a.index, c.active ? c.playing : false)
    case 'next':
      return at(c.step + 1, c.playing)
    case 'previous':
      return at(c.step - 1, c.playing)
    case 'stop':
      return { ...TOUR_OFF, stills }
    case 'replay-step':
      return c.active ? { ...c, elapsedMs: 0, at: now, completed: c.stills && c.completed } : c
    case 'tick': {
      if (!c.active || !c.playing) return c
      const e = elapsedAt(c, now)
      if (e < STEP_MS) return c
      if (c.step >= total - 1) return { ...c, playing: false, elapsedMs: STEP_MS, at: now, completed: true }
      return { ...at(c.step + 1, true), elapsedMs: e - STEP_MS }
    }
  }
}

/** ms until the clock next needs a tick (the current step's end), or null while it does not run. */
export function msToNextTick(c: TourClock, now: number): number | null {
  if (!c.active || !c.playing) return null
  return Math.max(0, STEP_MS - elapsedAt(c, now))
}

/** Below this a change is "no change" (the captions' rounding). */
const MOVED_EPS = 0.05

/**
 * Which sides a link moves at (so only they are lit): the heel or arch for the foot, the bone's turn for the
 * tibia and femur, the ilium for the pelvis; the lumbar levels, nerve and muscles are told as one.
 */
export function sidesMoved(facts: TourFacts): { left: boolean; right: boolean } {
  const moved = (c: SidedChange) => ({
    left: Math.abs(c.left) >= MOVED_EPS,
    right: Math.abs(c.right) >= MOVED_EPS,
  })
  switch (facts.link) {
    case 'foot': {
      const e = moved(facts.eversionDeg)
      const a = moved(facts.archMm)
      return { left: e.left || a.left, right: e.right || a.right }
    }
    case 'tibia':
      return moved(facts.tibiaDeg)
    case 'femur':
      return moved(facts.femurDeg)
    case 'pelvis':
      return moved(facts.iliumDeg)
    default:
      return { left: true, right: true }
  }
}
