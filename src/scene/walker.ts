// The walker's per-frame work (issue 13), for <Skeleton>: solve the gait frame (and the same instant on
// neutral feet, so the exaggeration scales only the foot-posture chain), draw the chain with applyPose, then the
// treadmill layer (gaitPosing.ts). Holds its scratch and the treadmill of the current input, so a frame
// allocates only what solveGait returns.
//
// The treadmill (belt speed, landing points, surge schedule) is built from the legs as drawn at one fixed moment
// of the cycle, TREADMILL_CYCLE, whatever the moment the input arrives: an input changed at 60% of the cycle
// walks exactly as one set at 0% (the legs' geometry changes a little through the cycle with the chain).
import { NEUTRAL_FOOT, solveGait, type ChainInput } from '../kinematics'
import { LUMBAR_LEVELS } from '../anatomy/names'
import { DRAWN_SIZE, drawnGaitTarget, lumbarSlot } from './drawnPose'
import {
  applyTreadmill,
  buildTreadmill,
  copyLegs,
  emptyLegs,
  emptyTreadmillPose,
  legGeometry,
  placeSoleMarkers,
  solveTreadmill,
  treadmillMoments,
  type Treadmill,
  type TreadmillPose,
} from './gaitPosing'
import { applyPose } from './posing'
import type { PosedRig } from './rigContext'

/**
 * While the cycle plays, the stress colours follow the force with this time constant (s of the cycle's own
 * time): running's flight phases unload the facets twice a cycle (about three times a second at 1×), and a
 * colour swinging that fast from red to blue would flash (WCAG 2.3.1). Scrubbing and steps show the instant.
 */
const STRESS_LAG_S = 0.25
/** The cycle's moment whose legs the treadmill is built from: right heel strike. */
export const TREADMILL_CYCLE = 0
const STRESS_SLOTS = LUMBAR_LEVELS.flatMap((_, i) => [lumbarSlot(i, 'stressL'), lumbarSlot(i, 'stressR')])

export class Walker {
  private readonly lastStress = new Float32Array(STRESS_SLOTS.length)
  private hasStress = false
  private readonly scratch = new Float32Array(DRAWN_SIZE)
  private readonly legs = emptyLegs()
  private readonly treadmillPose = emptyTreadmillPose()
  private treadmill: Treadmill | null = null
  private key: { input: ChainInput; exaggerate: number; beltPerCycleM: number | undefined } | null = null
  private neutralInput: ChainInput | null = null

  /** The last pose's stance contacts and the belt points they stand on (the tests read them). */
  get contact(): TreadmillPose['contact'] {
    return this.treadmillPose.contact
  }

  /** Standing: no belt. */
  stand(posed: PosedRig): void {
    posed.gait = null
  }

  /** Draws the chain (no treadmill yet) for `input` at `cycle` into posed.drawn. */
  private drawChain(posed: PosedRig, input: ChainInput, exaggerate: number, cycle: number): void {
    const neutralInput = this.neutralInput!
    drawnGaitTarget(
      solveGait(input, cycle),
      input,
      solveGait(neutralInput, cycle),
      neutralInput,
      exaggerate,
      posed.drawn,
      this.scratch,
    )
  }

  /**
   * Poses `posed` for `input` at `cycle`; sets posed.gait (the belt's travel). `beltPerCycleM`, when given, is
   * the belt to walk on (the compare ghost walks on the skeleton's drawn belt, not one built from its own legs:
   * its pelvis surges so its stance foot stays on that belt's points); otherwise the belt is built from these legs.
   */
  pose(
    posed: PosedRig,
    input: ChainInput,
    exaggerate: number,
    cycle: number,
    playedSeconds = 0,
    beltPerCycleM?: number,
  ): void {
    const fresh =
      !this.key ||
      this.key.input !== input ||
      this.key.exaggerate !== exaggerate ||
      this.key.beltPerCycleM !== beltPerCycleM
    if (fresh || !this.treadmill) {
      this.key = { input, exaggerate, beltPerCycleM }
      this.neutralInput = { ...input, left: NEUTRAL_FOOT, right: NEUTRAL_FOOT }
      // The belt's speed and the pelvis' surge schedule belong to the legs of this input at TREADMILL_CYCLE:
      // built once for it, from that moment whatever this frame's, so the walk does not depend on when the
      // input arrived.
      // The pelvis' path through double support is anchored to the legs as drawn at its ends (landings and
      // toe-offs, treadmillMoments), so it does not move with this frame's legs.
      const ends = treadmillMoments(input.activity).map((c) => {
        this.drawChain(posed, input, exaggerate, c)
        applyPose(posed.rig, posed.drawn)
        return { cycle: c, legs: copyLegs(legGeometry(posed.rig, this.legs), emptyLegs()) }
      })
      this.drawChain(posed, input, exaggerate, TREADMILL_CYCLE)
      applyPose(posed.rig, posed.drawn)
      legGeometry(posed.rig, this.legs)
      this.treadmill = buildTreadmill(input.activity, this.legs, beltPerCycleM, ends)
    }
    this.drawChain(posed, input, exaggerate, cycle)
    if (playedSeconds > 0 && this.hasStress) {
      const f = 1 - Math.exp(-playedSeconds / STRESS_LAG_S)
      STRESS_SLOTS.forEach((slot, i) => {
        posed.drawn[slot] = this.lastStress[i]! + (posed.drawn[slot]! - this.lastStress[i]!) * f
      })
    }
    STRESS_SLOTS.forEach((slot, i) => {
      this.lastStress[i] = posed.drawn[slot]!
    })
    this.hasStress = true
    applyPose(posed.rig, posed.drawn)
    legGeometry(posed.rig, this.legs)
    const treadmill = this.treadmill!
    placeSoleMarkers(posed.rig, this.legs)
    solveTreadmill(treadmill, this.legs, cycle, this.treadmillPose)
    applyTreadmill(posed.rig, treadmill, cycle, this.treadmillPose)
    posed.gait ??= { beltM: 0, beltPerCycleM: 0 }
    posed.gait.beltM = this.treadmillPose.beltM
    posed.gait.beltPerCycleM = treadmill.beltPerCycleM
  }
}
