// Type-checked by test/browser/package.test.ts: both entry points' declarations, as a developer uses them.
import { solveChain, type ChainInput, type ChainPose } from 'kinetic-chain-explorer/core'
import type { InputPatch, KineticChainExplorerElement } from 'kinetic-chain-explorer'

const input: ChainInput = {
  left: { navicularHeightMm: 45, calcanealEversionDeg: 4 },
  right: { navicularHeightMm: 30, calcanealEversionDeg: 10 },
  activity: 'running',
  footwear: { right: { medialPostDeg: 5 } },
  footStrike: 'forefoot',
}
const pose: ChainPose = solveChain(input)
export const tilt: number = pose.pelvis.anteriorTiltDeg

const patch: InputPatch = { right: { heelHeightMm: 40 }, view: 'feet' }
export function drive(el: KineticChainExplorerElement): string[] {
  el.rightArchMm = 28
  return el.setInputs(patch)
}
