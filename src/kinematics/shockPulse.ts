// The footstrike shock over one gait cycle (issue 14, README "Walking and running"): one pulse per foot contact,
// found from solveGait's phases, sized by the vertical force solveGait gives at the impact moment, and
// attenuated level by level as it climbs foot → tibia → femur → pelvis → lumbar. Pure; the scene draws it
// (src/scene/ShockPulse.tsx) and the chart reads the same frames.
//
// What is measured and what is assumed:
// - Measured: the force peaks behind the strength (Keller 1996 walking and running; Gottschall & Kram 2005: the
//   impact +54% downhill; Lieberman 2010: no impact transient with a forefoot strike), through solveGait; that
//   the shock is attenuated on its way up, most of it in the legs (Derrick 1998; Shorten & Winslow 1992).
// - Assumed (low confidence): the share passed on at each level (shockPassShare, one figure for every level);
//   that a deviated foot lets more of it past the foot (shockPostureGain, the core's spine-shock coupler, per
//   foot here: the core's spine index reads the mean of both). No study shows over-pronation raising shock
//   (the over-pronation side of the U-shape is the least sure); an orthotic leaves it unchanged (Sinclair 2017:
//   tibial shock unchanged), so it does not change the pulse.
// - Strength: the force under the foot at the impact time (impactTiming of stance). For a rearfoot strike that
//   is the impact peak itself; for a forefoot strike, which has no transient, it is the force reached by then,
//   a measure of the lower loading rate. Standing has no contact and so no pulse.
import { C } from './couplers'
import { loadPeaks, postureDeviation } from './solveChain'
import { solveValidGait } from './solveGait'
import type { ChainInput, GaitFrame } from './types'
import { validateInput } from './validate'

/** The levels the shock climbs, from the ground up. */
export const SHOCK_LEVELS = ['foot', 'tibia', 'femur', 'pelvis', 'lumbar'] as const
export type ShockLevel = (typeof SHOCK_LEVELS)[number]
export type ShockSide = 'left' | 'right'

/** The strongest footstrike the core knows (downhill running, rearfoot strike): strength 1 at the foot. */
export const SHOCK_REFERENCE_BODY_WEIGHTS = loadPeaks('downhill-running', 'rearfoot').impactBodyWeights

/**
 * How long the drawn pulse takes to climb from the ground to the lumbar spine, as a share of the cycle. The
 * real wave takes milliseconds; it is slowed so the eye can follow it (a display choice, not a measurement).
 */
export const SHOCK_TRAVEL_CYCLE = 0.2

export interface ShockPulse {
  side: ShockSide
  /** Share of the cycle (from the right heel strike) at which this foot meets the ground. */
  contactCycle: number
  /** Vertical force under this foot at the impact time of its stance, body weights (solveGait). */
  strengthBodyWeights: number
  /** The core's impact peak for this input (load.impactBodyWeights); 0 for a forefoot strike. */
  impactBodyWeights: number
  /** Relative strength reaching each level (SHOCK_LEVELS order), 0..1; 1 = the reference strike at the foot. */
  arrival: number[]
}

/** Samples of one cycle used to find the contacts: 0 and ½ (the two heel strikes) fall on samples. */
const SAMPLES = 200

/** The share of the pulse passed from the foot to each level, before the foot's posture (shockPassShare). */
export function levelShare(levelIndex: number): number {
  return Math.pow(C.shockPassShare.gain, levelIndex)
}

/**
 * The footstrike pulses of one cycle: one per contact per side, in order of contact. None for standing (no
 * contact). Invalid input is clamped as solveGait does.
 */
export function shockPulses(input: ChainInput): ShockPulse[] {
  const valid = validateInput(input).input
  if (valid.activity === 'standing') return []
  const phases: GaitFrame['phase'][] = []
  for (let i = 0; i < SAMPLES; i++) {
    const { phase } = solveValidGait(valid, i / SAMPLES)
    phases.push({ left: phase.left, right: phase.right })
  }
  const pulses: ShockPulse[] = []
  /** The first moment in (from, to] where this side's phase is `phase`, to 1e-9 of a cycle (bisection). */
  const edge = (side: ShockSide, from: number, to: number, phase: 'stance' | 'swing'): number => {
    let lo = from
    let hi = to
    while (hi - lo > 1e-9) {
      const mid = (lo + hi) / 2
      if (solveValidGait(valid, mid).phase[side] === phase) hi = mid
      else lo = mid
    }
    return hi
  }
  for (const side of ['right', 'left'] as const) {
    for (let i = 0; i < SAMPLES; i++) {
      const before = phases[(i + SAMPLES - 1) % SAMPLES]![side]
      if (before !== 'swing' || phases[i]![side] !== 'stance') continue
      const contact = edge(side, (i - 1) / SAMPLES, i / SAMPLES, 'stance')
      const contactCycle = contact - Math.floor(contact)
      // Toe-off: the first swing sample after the contact, refined.
      let j = i
      while (phases[j % SAMPLES]![side] === 'stance' && j < i + SAMPLES) j++
      const stanceCycle = edge(side, (j - 1) / SAMPLES, j / SAMPLES, 'swing') - contact
      const atImpact = solveValidGait(valid, contactCycle + C.impactTiming.gain * stanceCycle)
      const strengthBodyWeights = atImpact.groundReactionBodyWeights[side]
      // A deviated foot (either way: the U-shape) absorbs less, so more passes above it (shockPostureGain).
      const posture = 1 + C.shockPostureGain.gain * postureDeviation(valid[side])
      const atFoot = strengthBodyWeights / SHOCK_REFERENCE_BODY_WEIGHTS
      pulses.push({
        side,
        contactCycle,
        strengthBodyWeights,
        impactBodyWeights: atImpact.load.impactBodyWeights,
        arrival: SHOCK_LEVELS.map((_, k) => Math.min(1, atFoot * levelShare(k) * (k === 0 ? 1 : posture))),
      })
    }
  }
  return pulses.sort((a, b) => a.contactCycle - b.contactCycle)
}

/** Index into shockAt's output: side (right 0, left 1) × level. */
export const shockSlot = (side: ShockSide, levelIndex: number): number =>
  (side === 'right' ? 0 : SHOCK_LEVELS.length) + levelIndex

/** Width of the travelling front, in the climb's own units (foot 0 … lumbar 1). */
const FRONT_WIDTH = 0.3

/**
 * How brightly each level of each side shows the pulse at a moment of the cycle, 0..1, written into `out`
 * (length 2 × SHOCK_LEVELS, see shockSlot). `still` (reduced motion): no travelling front; while a pulse is
 * under way every level shows what reaches it, unmoving. Allocation-free: called once per animation frame.
 */
export function shockAt(
  pulses: readonly ShockPulse[],
  cycle: number,
  out: Float32Array,
  still = false,
  travelCycle = SHOCK_TRAVEL_CYCLE,
): Float32Array {
  out.fill(0)
  const top = SHOCK_LEVELS.length - 1
  for (const p of pulses) {
    const since = cycle - p.contactCycle - Math.floor(cycle - p.contactCycle)
    if (since >= travelCycle) continue
    // The front rises from just below the foot to just above the lumbar spine over travelCycle.
    const front = (since / travelCycle) * (1 + 2 * FRONT_WIDTH) - FRONT_WIDTH
    for (let k = 0; k <= top; k++) {
      const d = Math.abs(front - k / top) / FRONT_WIDTH
      const bump = still ? 1 : d >= 1 ? 0 : (1 - d * d) * (1 - d * d)
      const slot = shockSlot(p.side, k)
      out[slot] = Math.max(out[slot]!, p.arrival[k]! * bump)
    }
  }
  return out
}
