// Solve time of the kinematic core. Budgets: one solveChain call well under 10 µs on this machine, one
// solveGait call (a gait frame: the fitted cycle plus the phase-weighted chain) under 20 µs.
// Baseline in the same run: validateInput alone (the copying and checking every call must do).
import { performance } from 'node:perf_hooks'
import { NEUTRAL_FOOT, solveChain, solveGait, validateInput, type ChainInput } from '../../src/kinematics'

const BATCH = 20_000
const ROUNDS = 40

function inputs(): ChainInput[] {
  // A spread of realistic feet, shoes and foot strikes so no single branch is measured alone; every other
  // input is barefoot with nothing optional given.
  const out: ChainInput[] = []
  for (let i = 0; i < 64; i++) {
    const input: ChainInput = {
      left: { navicularHeightMm: 20 + ((i * 7) % 50), calcanealEversionDeg: -10 + ((i * 3) % 25) },
      right: { ...NEUTRAL_FOOT, calcanealEversionDeg: -5 + (i % 20) },
      activity: (['standing', 'walking', 'running', 'downhill-running'] as const)[i % 4]!,
    }
    if (i % 2 === 1) {
      input.footwear = {
        left: { heelHeightMm: (i * 5) % 90 },
        right: { heelHeightMm: (i * 3) % 40, medialPostDeg: i % 8 },
      }
      input.footStrike = i % 3 === 0 ? 'forefoot' : 'rearfoot'
    }
    out.push(input)
  }
  return out
}

function medianNsPerCall(fn: (x: ChainInput) => unknown, xs: ChainInput[]): number {
  const samples: number[] = []
  let sink = 0
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now()
    for (let i = 0; i < BATCH; i++) sink += fn(xs[i & 63]!) ? 1 : 0
    samples.push(((performance.now() - t0) * 1e6) / BATCH)
  }
  if (sink < 0) console.log(sink) // keep the calls observable
  samples.sort((a, b) => a - b)
  return samples[samples.length >> 1]!
}

export async function run(): Promise<void> {
  const xs = inputs()
  medianNsPerCall(solveChain, xs) // warm up the JIT
  const validate = medianNsPerCall(validateInput, xs)
  const solve = medianNsPerCall(solveChain, xs)
  console.log(`validateInput (baseline): median ${(validate / 1000).toFixed(3)} µs per call`)
  console.log(
    `solveChain:               median ${(solve / 1000).toFixed(3)} µs per call (${(solve / validate).toFixed(1)}× the baseline)`,
  )
  console.log(
    `budget 10 µs:             ${solve / 1000 < 10 ? 'within' : 'OVER'} (${((solve / 1000 / 10) * 100).toFixed(1)}% of budget)`,
  )
  // A different cycle share each call (a frame's worth of motion), over the same inputs.
  let call = 0
  const gaitFrame = (x: ChainInput) => solveGait(x, (call++ * 0.0137) % 1)
  medianNsPerCall(gaitFrame, xs)
  const gait = medianNsPerCall(gaitFrame, xs)
  console.log(
    `solveGait:                median ${(gait / 1000).toFixed(3)} µs per call (${(gait / solve).toFixed(2)}× solveChain)`,
  )
  console.log(
    `budget 20 µs:             ${gait / 1000 < 20 ? 'within' : 'OVER'} (${((gait / 1000 / 20) * 100).toFixed(1)}% of budget)`,
  )
}
