// The core must load and solve with react, three and the DOM libraries unavailable
// (docs/architecture.md#layers-and-what-each-may-import).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'

// vi.mock is hoisted above the imports, so its factory comes from vi.hoisted.
const { unavailable } = vi.hoisted(() => ({
  unavailable: (name: string) => () => {
    throw new Error(`${name} must not be imported by the kinematic core`)
  },
}))
vi.mock('react', unavailable('react'))
vi.mock('react-dom', unavailable('react-dom'))
vi.mock('three', unavailable('three'))
vi.mock('@react-three/fiber', unavailable('@react-three/fiber'))
vi.mock('leva', unavailable('leva'))
vi.mock('zustand', unavailable('zustand'))

describe('the kinematic core stands alone', () => {
  test('imports and solves with react, three, fiber, leva and zustand mocked away', async () => {
    const core = await import('../../src/kinematics')
    const pose = core.solveChain({ left: core.NEUTRAL_FOOT, right: core.NEUTRAL_FOOT, activity: 'walking' })
    expect(pose.load.peakBodyWeights).toBe(1.2)
  })

  test('no source file under src/kinematics imports anything but relative modules and src/anatomy', () => {
    const dir = join(__dirname, '../../src/kinematics')
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8')
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1]!
        expect(spec.startsWith('./') || spec.startsWith('../anatomy/'), `${file}: ${spec}`).toBe(true)
      }
    }
  })

  test('the core does not touch window or document', () => {
    const dir = join(__dirname, '../../src/kinematics')
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/\b(window|document)\./)
    }
  })
})
