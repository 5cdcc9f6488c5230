// The walker's per-frame work (issue 13), for <Skeleton>: solve the gait frame (and the same instant on
// neutral feet, so the exaggeration scales only the foot-posture chain), draw the chain with applyPose, then the
// treadmill layer (gaitPosing.ts). Holds its scratch and the treadmill of the current input, so a frame
// allocates only what solveGait returns.
import { NEUTRAL_FOOT, solveGait, type ChainInput } from '../kinematics'
import { DRAWN_SIZE, drawnGaitTarget } from './drawnPose'
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

export class Walker {
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
  pose(posed: PosedRig, input: ChainInput, exaggerate: number, cycle: number): void {
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
