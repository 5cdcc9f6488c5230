import { describe, expect, it } from 'vitest'
import { NEUTRAL_FOOT } from '../../src/kinematics'
import { PRESETS, PRESET_IDS } from '../../src/state/presets'
import { applyPatch, createExplorerStore, defaultInputs, selectPose } from '../../src/state/store'

describe('explorer store', () => {
  it('starts neutral: the core neutral foot on both sides, standing', () => {
    const s = defaultInputs()
    expect(s.input.left).toEqual(NEUTRAL_FOOT)
    expect(s.input.right).toEqual(NEUTRAL_FOOT)
    expect(s.preset).toBe('neutral')
  })

  it('presets sit in the bands their sentences name', () => {
    expect(PRESETS['flat-feet'].right.navicularHeightMm).toBeGreaterThanOrEqual(27)
    expect(PRESETS['flat-feet'].right.navicularHeightMm).toBeLessThanOrEqual(35)
    expect(PRESETS['flat-feet'].right.calcanealEversionDeg).toBeGreaterThanOrEqual(8)
    expect(PRESETS['high-arches'].left.navicularHeightMm).toBeGreaterThanOrEqual(56)
    expect(PRESETS['high-arches'].left.calcanealEversionDeg).toBeLessThan(0)
    expect(PRESETS['right-overpronated'].left).toEqual(NEUTRAL_FOOT)
    expect(PRESETS['downhill-running'].activity).toBe('downhill-running')
    for (const id of PRESET_IDS) expect(PRESETS[id].description.length).toBeGreaterThan(40)
  })

  it('applies a preset, then explicit values on top, and forgets the preset once inputs leave it', () => {
    const { next } = applyPatch(defaultInputs(), {
      preset: 'right-overpronated',
      left: { navicularHeightMm: 40 },
    })
    expect(next.input.right).toEqual(PRESETS['right-overpronated'].right)
    expect(next.input.left.navicularHeightMm).toBe(40)
    expect(next.preset).toBeNull()
  })

  it('clamps out-of-range numbers and names the field; ignores unknown values', () => {
    const { next, warnings } = applyPatch(defaultInputs(), {
      right: { navicularHeightMm: 120 },
      exaggerate: 9,
      activity: 'flying' as never,
      layers: { xray: true } as never,
    })
    expect(next.input.right.navicularHeightMm).toBe(75)
    expect(next.exaggerate).toBe(5)
    expect(next.input.activity).toBe('standing')
    expect(warnings.join('\n')).toMatch(/right\.navicularHeightMm: 120 mm.*75 mm/)
    expect(warnings.join('\n')).toContain('"flying"')
    expect(warnings.join('\n')).toContain('"xray"')
  })

  it('derives the pose (never stores it) and solves once per input', () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated' })
    const a = selectPose(store.getState())
    expect(selectPose(store.getState())).toBe(a)
    expect(a.right.tibialInternalRotationDeg).toBeGreaterThan(0)
    expect('pose' in store.getState()).toBe(false)
    store.getState().apply({ exaggerate: 3 })
    expect(selectPose(store.getState())).toBe(a)
    store.getState().apply({ right: { calcanealEversionDeg: 12 } })
    expect(selectPose(store.getState()).right.tibialInternalRotationDeg).toBeGreaterThan(
      a.right.tibialInternalRotationDeg,
    )
  })

  it('each explorer has its own store', () => {
    const one = createExplorerStore().store
    const two = createExplorerStore().store
    one.getState().apply({ preset: 'flat-feet' })
    expect(two.getState().preset).toBe('neutral')
  })

  it('links the feet when they start alike, not when they start apart', () => {
    expect(createExplorerStore({ preset: 'flat-feet' }).store.getState().linkFeet).toBe(true)
    expect(createExplorerStore({ preset: 'right-overpronated' }).store.getState().linkFeet).toBe(false)
  })
})
