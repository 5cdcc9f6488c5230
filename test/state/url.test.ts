import { describe, expect, it } from 'vitest'
import { parseParams, serialiseParams } from '../../src/state/url'
import { applyPatch, defaultInputs } from '../../src/state/store'

const from = (q: string) => {
  const p = new URLSearchParams(q)
  return parseParams((n) => p.get(n))
}

describe('URL parameters', () => {
  it('reads every parameter into a patch', () => {
    const { patch, warnings } = from(
      'left-arch-mm=30&left-eversion-deg=9.5&right-arch-mm=60&right-eversion-deg=-3&activity=running&exaggerate=3&view=feet&layers=bones,nerve',
    )
    expect(warnings).toEqual([])
    expect(patch).toEqual({
      left: { navicularHeightMm: 30, calcanealEversionDeg: 9.5 },
      right: { navicularHeightMm: 60, calcanealEversionDeg: -3 },
      activity: 'running',
      exaggerate: 3,
      view: 'feet',
      layers: { bones: true, stress: false, nerve: true, muscle: false, labels: false },
    })
  })

  it('ignores malformed values with a warning naming the value', () => {
    const { patch, warnings } = from(
      'right-arch-mm=8mm&activity=skipping&view=top&preset=flat&exaggerate=&layers=bones,xray',
    )
    expect(patch.right).toBeUndefined()
    expect(patch.activity).toBeUndefined()
    expect(patch.view).toBeUndefined()
    expect(patch.preset).toBeUndefined()
    expect(patch.exaggerate).toBeUndefined()
    expect(patch.layers?.bones).toBe(true)
    for (const bad of ['"8mm"', '"skipping"', '"top"', '"flat"', '""', '"xray"'])
      expect(warnings.join('\n')).toContain(bad)
  })

  it('round-trips a custom state and a preset', () => {
    const custom = applyPatch(defaultInputs(), {
      left: { navicularHeightMm: 33, calcanealEversionDeg: 8 },
      right: { navicularHeightMm: 47, calcanealEversionDeg: 4 },
      activity: 'walking',
      exaggerate: 2.5,
      view: 'lumbar',
      layers: { labels: false },
    }).next
    const back = applyPatch(defaultInputs(), from(serialiseParams(custom).toString()).patch).next
    expect(back.input).toEqual(custom.input)
    expect([back.exaggerate, back.view, back.layers]).toEqual([custom.exaggerate, custom.view, custom.layers])

    const preset = applyPatch(defaultInputs(), { preset: 'right-overpronated' }).next
    const q = serialiseParams(preset).toString()
    expect(q).toBe('preset=right-overpronated')
    expect(applyPatch(defaultInputs(), from(q).patch).next.input).toEqual(preset.input)
  })

  it('writes nothing but the preset for the neutral default', () => {
    expect(serialiseParams(defaultInputs()).toString()).toBe('preset=neutral')
  })
})
