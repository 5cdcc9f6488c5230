import { describe, expect, it } from 'vitest'
import { solveChain } from '../../src/kinematics'
import type { ChainInput } from '../../src/kinematics/types'
import { presetInput } from '../../src/state/defaults'
import {
  CHAIN_LINKS,
  STEP_HOLD_MS,
  STEP_MOTION_MS,
  STEP_MS,
  TOUR_OFF,
  motionAt,
  msToNextTick,
  restInput,
  tourFacts,
  tourFrame,
  tourLinks,
  tourReduce,
  sidesMoved,
} from '../../src/state/tour'

const solved = (input: ChainInput) => ({ input, pose: solveChain(input) })
const full = solved(presetInput('right-overpronated'))
const rest = solved(restInput(full.input))
const at = (step: number, progress: number) => tourFrame(full, rest, step, progress).pose

describe('tourFrame: one link at a time', () => {
  it('step −1 is the rest and a step past the last link is the full pose', () => {
    expect(at(-1, 0).right.tibialInternalRotationDeg).toBeCloseTo(
      rest.pose.right.tibialInternalRotationDeg,
      9,
    )
    expect(at(CHAIN_LINKS.length, 0)).toEqual({ ...full.pose })
  })

  it('during the tibia step only the tibia moves: the foot is full, the femur and pelvis at rest', () => {
    for (const p of [0, 0.3, 0.7, 1]) {
      const pose = at(1, p)
      expect(pose.right.calcanealEversionDeg).toBe(full.pose.right.calcanealEversionDeg)
      expect(pose.right.functionalShorteningMm).toBe(full.pose.right.functionalShorteningMm)
      expect(pose.right.femoralInternalRotationDeg).toBe(rest.pose.right.femoralInternalRotationDeg)
      expect(pose.right.iliumAnteriorRotationDeg).toBe(rest.pose.right.iliumAnteriorRotationDeg)
      expect(pose.pelvis.anteriorTiltDeg).toBe(rest.pose.pelvis.anteriorTiltDeg)
      expect(pose.lumbar[4]!.extensionDeg.right).toBe(rest.pose.lumbar[4]!.extensionDeg.right)
    }
    expect(at(1, 0).right.tibialInternalRotationDeg).toBe(rest.pose.right.tibialInternalRotationDeg)
    expect(at(1, 1).right.tibialInternalRotationDeg).toBe(full.pose.right.tibialInternalRotationDeg)
    const mid = at(1, 0.5).right.tibialInternalRotationDeg
    expect(mid).toBeGreaterThan(0)
    expect(mid).toBeLessThan(full.pose.right.tibialInternalRotationDeg)
  })

  it('the foot step carries the arch, the shortening and the pelvic drop it makes', () => {
    const f = tourFrame(full, rest, 0, 1)
    expect(f.input.right.navicularHeightMm).toBe(full.input.right.navicularHeightMm)
    expect(f.pose.pelvis.obliquityDeg).toBe(full.pose.pelvis.obliquityDeg)
    expect(f.pose.right.tibialInternalRotationDeg).toBe(rest.pose.right.tibialInternalRotationDeg)
  })

  it('has seven links with the core’s muscles', () => {
    expect(tourLinks(full.pose)).toEqual(CHAIN_LINKS)
  })
})

describe('tourFacts: what each caption says, from the live pose', () => {
  it('Fischer 2018 gain 0.6: the right tibia turns in 0.6 × the right heel’s eversion (arch scale aside)', () => {
    const f = tourFacts('tibia', full, rest)
    if (f.link !== 'tibia') throw new Error('wrong link')
    expect(f.eversionDeg.right).toBeCloseTo(full.pose.right.calcanealEversionDeg, 9)
    expect(f.tibiaDeg.right).toBeCloseTo(full.pose.right.tibialInternalRotationDeg, 9)
    expect(f.tibiaDeg.left).toBeCloseTo(0, 9)
  })
  it('neutral feet: every step says nothing changed', () => {
    const n = solved(presetInput('neutral'))
    const r = solved(restInput(n.input))
    const f = tourFacts('femur', n, r)
    if (f.link !== 'femur') throw new Error('wrong link')
    expect(f.femurDeg).toEqual({ left: 0, right: 0 })
  })
})

describe('sidesMoved: only the sides a link moves at are lit', () => {
  it('right over-pronated: the right tibia and femur, not the neutral left ones', () => {
    expect(sidesMoved(tourFacts('tibia', full, rest))).toEqual({ left: false, right: true })
    expect(sidesMoved(tourFacts('femur', full, rest))).toEqual({ left: false, right: true })
    expect(sidesMoved(tourFacts('foot', full, rest))).toEqual({ left: false, right: true })
  })
})

describe('tour clock', () => {
  const total = CHAIN_LINKS.length
  it('plays each step for its motion and hold, then moves on; completes after the last hold', () => {
    let c = tourReduce(TOUR_OFF, { type: 'play' }, 0, total, false)
    expect(c).toMatchObject({ active: true, step: 0, playing: true })
    expect(motionAt(c, STEP_MOTION_MS / 2)).toBeCloseTo(0.5, 9)
    expect(msToNextTick(c, 100)).toBe(STEP_MS - 100)
    c = tourReduce(c, { type: 'tick' }, STEP_MS - 1, total, false)
    expect(c.step).toBe(0)
    c = tourReduce(c, { type: 'tick' }, STEP_MS, total, false)
    expect(c.step).toBe(1)
    for (let i = 2; i <= total; i++) c = tourReduce(c, { type: 'tick' }, i * STEP_MS, total, false)
    expect(c).toMatchObject({ step: total - 1, playing: false, completed: true })
  })
  it('pause holds the step where it was; play resumes from there', () => {
    let c = tourReduce(TOUR_OFF, { type: 'play' }, 0, total, false)
    c = tourReduce(c, { type: 'pause' }, 500, total, false)
    expect(motionAt(c, 100_000)).toBeCloseTo(500 / STEP_MOTION_MS, 9)
    expect(tourReduce(c, { type: 'tick' }, 100_000, total, false)).toBe(c)
    c = tourReduce(c, { type: 'play' }, 100_000, total, false)
    expect(motionAt(c, 100_000 + 300)).toBeCloseTo(800 / STEP_MOTION_MS, 9)
    expect(STEP_HOLD_MS).toBeGreaterThan(STEP_MOTION_MS)
  })
  it('stills (reduced motion) never move on by themselves and complete at the last step', () => {
    let c = tourReduce(TOUR_OFF, { type: 'play' }, 0, total, true)
    expect(c.playing).toBe(false)
    expect(motionAt(c, 0)).toBe(1)
    expect(tourReduce(c, { type: 'tick' }, 1e9, total, true).step).toBe(0)
    c = tourReduce(c, { type: 'step', index: total - 1 }, 0, total, true)
    expect(c.completed).toBe(true)
  })
  it('next, previous and step stay within the links', () => {
    let c = tourReduce(TOUR_OFF, { type: 'step', index: 99 }, 0, total, false)
    expect(c.step).toBe(total - 1)
    c = tourReduce(c, { type: 'next' }, 0, total, false)
    expect(c.step).toBe(total - 1)
    c = tourReduce(c, { type: 'step', index: 0 }, 0, total, false)
    c = tourReduce(c, { type: 'previous' }, 0, total, false)
    expect(c.step).toBe(0)
  })
})
