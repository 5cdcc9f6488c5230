// The posture in words (src/ui/describe.ts): the narrow widget's summary line and the canvas's description
// name the feet as the clinical bands do and the side the story is about.
import { describe, expect, it } from 'vitest'
import { solveChain } from '../../src/kinematics'
import { affectedSide } from '../../src/state/affectedSide'
import { PRESETS } from '../../src/state/presets'
import type { PresetId } from '../../src/state/schema'
import { briefLine, feetWords, sceneDescription } from '../../src/ui/describe'

const preset = (id: PresetId) => {
  const p = PRESETS[id]
  const input = { left: { ...p.left }, right: { ...p.right }, activity: p.activity }
  return { input, pose: solveChain(input) }
}

describe('the posture in words', () => {
  it('names the deviating foot by its bands (Nilsson 2012 arch, Sobel 1999 heel)', () => {
    expect(feetWords(preset('neutral').input)).toBe('Neutral feet')
    expect(feetWords(preset('flat-feet').input)).toBe('Both feet low arch, highly pronated')
    expect(feetWords(preset('right-overpronated').input)).toBe('Right foot low arch, highly pronated')
    expect(feetWords(preset('left-overpronated').input)).toBe('Left foot low arch, highly pronated')
  })

  it('the affected side is the one whose hemipelvis tips further; right when both move alike', () => {
    expect(affectedSide(preset('left-overpronated').pose)).toBe('left')
    expect(affectedSide(preset('right-overpronated').pose)).toBe('right')
    expect(affectedSide(preset('neutral').pose)).toBe('right')
  })

  it('the summary line starts with the feet and says the activity when it is not standing', () => {
    const { input, pose } = preset('downhill-running')
    expect(briefLine(input, pose)).toMatch(/^Neutral feet, running downhill · /)
    const n = preset('neutral')
    expect(briefLine(n.input, n.pose)).toBe('Neutral feet · no added load up the chain')
  })

  it('the description names the view, the side and the nerve, and the exaggeration only when drawn larger', () => {
    const { input, pose } = preset('left-overpronated')
    const text = sceneDescription(input, pose, 'back', 3, false)
    expect(text).toMatch(/^3D skeleton, back view\. Left foot/)
    expect(text).toMatch(/Left shin bone turned in/)
    expect(text).toMatch(/Sciatic nerve irritation: right \w+, left \w+\./)
    expect(text).toMatch(/drawn 3× larger; the numbers are real/)
    expect(sceneDescription(input, pose, 'back', 1, true)).not.toMatch(/drawn/)
    expect(sceneDescription(input, pose, 'back', 1, true)).toMatch(/^3D skeleton, turned by hand\./)
  })
})
