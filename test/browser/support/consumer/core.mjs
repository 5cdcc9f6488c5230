// A clinic's own code using the package's kinematic core in Node (test/browser/package.test.ts).
import { solveChain, NEUTRAL_FOOT } from 'kinetic-chain-explorer/core'

const pose = solveChain({
  left: NEUTRAL_FOOT,
  right: { navicularHeightMm: 90, calcanealEversionDeg: 10 },
  activity: 'standing',
})
console.log(JSON.stringify({ tilt: pose.pelvis.anteriorTiltDeg, warnings: pose.warnings }))
