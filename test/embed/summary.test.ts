import { describe, expect, it } from 'vitest'
import { BAREFOOT, solveChain } from '../../src/kinematics'
import { snapshot } from '../../src/embed/summary'
import type { ExplorerState } from '../../src/app/types'

const state = (): ExplorerState => {
  const input = {
    left: { navicularHeightMm: 45, calcanealEversionDeg: 4 },
    right: { navicularHeightMm: 28, calcanealEversionDeg: 12 },
    activity: 'walking' as const,
  }
  return {
    input,
    exaggerate: 2,
    view: 'back',
    layers: { bones: true, stress: true, nerve: false, muscle: true, labels: true },
    compare: 'off',
    pose: solveChain(input),
  }
}

describe('snapshot (detail of change events and kce:change messages)', () => {
  it('points at the most stressed lumbar facet of the pose', () => {
    const s = state()
    const snap = snapshot(s)
    const all = s.pose.lumbar.flatMap((l) => [l.stress.left, l.stress.right])
    expect(snap.pose.lumbarPeak.stress).toBe(Math.max(...all))
    const level = s.pose.lumbar.find((l) => l.level === snap.pose.lumbarPeak.level)
    expect(level?.stress[snap.pose.lumbarPeak.side]).toBe(snap.pose.lumbarPeak.stress)
    expect(level?.extensionDeg[snap.pose.lumbarPeak.side]).toBe(snap.pose.lumbarPeak.extensionDeg)
  })

  it('copies the numbers, is structured-clonable, and shares nothing with the live state', () => {
    const s = state()
    const snap = snapshot(s)
    // Footwear and foot strike are explicit in a snapshot (barefoot, heel first where the input left them out).
    expect(snap.inputs).toEqual({
      ...s.input,
      footwear: { left: BAREFOOT, right: BAREFOOT },
      footStrike: 'rearfoot',
    })
    expect(snap.pose.pelvis).toEqual(s.pose.pelvis)
    expect(snap.pose.right.femoralInternalRotationDeg).toBe(s.pose.right.femoralInternalRotationDeg)
    expect(structuredClone(snap)).toEqual(snap)
    snap.inputs.left.navicularHeightMm = 1
    snap.layers.bones = false
    expect(s.input.left.navicularHeightMm).toBe(45)
    expect(s.layers.bones).toBe(true)
  })
})
