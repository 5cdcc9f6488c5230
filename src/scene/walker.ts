// The walker's per-frame work (issue 13), for <Skeleton>: solve the gait frame (and the same instant on
// neutral feet, so the exaggeration scales only the foot-posture chain), draw the chain with applyPose, then the
// treadmill layer (gaitPosing.ts). Holds its scratch and the treadmill of the current input, so a frame
// allocates only what solveGait returns.
import { NEUTRAL_FOOT, solveGait, type ChainInput } from '../kinematics'
import { LUMBAR_LEVELS } from '../anatomy/names'
import { DRAWN_SIZE, drawnGaitTarget, lumbarSlot } from './drawnPose'
import {
  applyTreadmill,
  buildTreadmill,
  emptyLegs,
  emptyTreadmillPose,
  legGeometry,
  placeSoleMarkers,
  solveTreadmill,
  type Treadmill,
} from './gaitPosing'
import { applyPose } from './posing'
import type { PosedRig } from './rigContext'

/**
 * While the cycle plays, the stress colours follow the force with this time constant (s of the cycle's own
 * time): running's flight phases unload the facets twice a cycle (about three times a second at 1×), and a
 * colour swinging that fast from red to blue would flash (WCAG 2.3.1). Scrubbing and steps show the instant.
 */
const STRESS_LAG_S = 0.25
const STRESS_SLOTS = LUMBAR_LEVELS.flatMap((_, i) => [lumbarSlot(i, 'stressL'), lumbarSlot(i, 'stressR')])

export class Walker {
  private readonly lastStress = new Float32Array(STRESS_SLOTS.length)
  private hasStress = false
  private readonly scratch = new Float32Array(DRAWN_SIZE)
  private readonly legs = emptyLegs()
  private readonly treadmillPose = emptyTreadmillPose()
  private treadmill: Treadmill | null = null
  private key: { input: ChainInput; exaggerate: number } | null = null
  private neutralInput: ChainInput | null = null

  /** Standing: no belt. */
  stand(posed: PosedRig): void {
    posed.gait = null
  }

  /** Poses `posed` for `input` at `cycle`; sets posed.gait (the belt's travel). */
  pose(posed: PosedRig, input: ChainInput, exaggerate: number, cycle: number, playedSeconds = 0): void {
    const fresh = !this.key || this.key.input !== input || this.key.exaggerate !== exaggerate
    if (fresh) {
      this.key = { input, exaggerate }
      this.neutralInput = { ...input, left: NEUTRAL_FOOT, right: NEUTRAL_FOOT }
    }
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
    // The belt's speed and the pelvis' height schedule belong to the legs of this input: built once for it.
    if (fresh || !this.treadmill) this.treadmill = buildTreadmill(input.activity, this.legs)
    placeSoleMarkers(posed.rig, this.legs)
    solveTreadmill(this.treadmill, this.legs, cycle, this.treadmillPose)
    applyTreadmill(posed.rig, this.treadmill, cycle, this.treadmillPose)
    posed.gait ??= { beltM: 0, beltPerCycleM: 0 }
    posed.gait.beltM = this.treadmillPose.beltM
    posed.gait.beltPerCycleM = this.treadmill.beltPerCycleM
  }
}
