// The pose summary carried by `change` events and `kce:change` messages: the numbers a host page is
// likely to show beside the widget, not the whole pose (which can grow with the model).
import type { ExplorerState } from '../app/types'
import type { Footwear, LimbPose } from '../kinematics/types'
import { footOf, type Side } from '../state/schema'
import type { ExplorerSnapshot, PoseSummary, SideSummary } from './kinetic-chain-explorer'

function side(limb: LimbPose): SideSummary {
  return {
    tibialInternalRotationDeg: limb.tibialInternalRotationDeg,
    femoralInternalRotationDeg: limb.femoralInternalRotationDeg,
    iliumAnteriorRotationDeg: limb.iliumAnteriorRotationDeg,
    functionalShorteningMm: limb.functionalShorteningMm,
    sciaticIrritation: limb.sciaticIrritation,
    orthoticEversionReductionDeg: limb.orthoticEversionReductionDeg,
  }
}

export function summarizePose(pose: ExplorerState['pose']): PoseSummary {
  let peak: PoseSummary['lumbarPeak'] = { level: '', side: 'left', extensionDeg: 0, stress: -Infinity }
  for (const level of pose.lumbar) {
    for (const s of ['left', 'right'] as const) {
      if (level.stress[s] > peak.stress)
        peak = { level: level.level, side: s, extensionDeg: level.extensionDeg[s], stress: level.stress[s] }
    }
  }
  if (peak.stress === -Infinity) peak = { ...peak, stress: 0 }
  return {
    left: side(pose.left),
    right: side(pose.right),
    pelvis: { ...pose.pelvis },
    lumbarPeak: peak,
    load: { ...pose.load },
    warnings: [...pose.warnings],
  }
}

/** One foot's footwear, explicit (barefoot = zeros). */
function wear(state: ExplorerState, side: Side): Footwear {
  const f = footOf(state.input, side)
  return { heelHeightMm: f.heelHeightMm, medialPostDeg: f.medialPostDeg }
}

/** A plain, structured-clonable copy of the explorer's state (safe for postMessage and event details). */
export function snapshot(state: ExplorerState): ExplorerSnapshot {
  return {
    inputs: {
      left: { ...state.input.left },
      right: { ...state.input.right },
      activity: state.input.activity,
      footwear: { left: wear(state, 'left'), right: wear(state, 'right') },
      footStrike: state.input.footStrike ?? 'rearfoot',
    },
    exaggerate: state.exaggerate,
    view: state.view,
    layers: { ...state.layers },
    pose: summarizePose(state.pose),
  }
}
