// Every number of the chain panel opens where it comes from, with a confidence, in plain words; the nerve's
// word is the band its colour is drawn from; a stress past the top of the colour scale says so.
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { PRESET_IDS } from '../../src/state/presets'
import { ExplorerStoreContext } from '../../src/state/context'
import { createExplorerStore } from '../../src/state/store'
import type { InputPatch } from '../../src/state/schema'
import { IRRITATION_SCALE, LEVEL_BANDS, STRESS_SCALE, levelWord } from '../../src/state/colourScales'
import { chainPeakCycle } from '../../src/kinematics/solveGait'
import { ChainPanel } from '../../src/ui/ChainPanel'
import { fmtIndex } from '../../src/ui/format'
import { REFERENCES } from '../../src/ui/references'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let cleanup: (() => void) | undefined
afterEach(() => {
  cleanup?.()
  cleanup = undefined
})

function mount(...patches: InputPatch[]): HTMLElement {
  const { store } = createExplorerStore(...patches)
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  act(() =>
    root.render(
      <ExplorerStoreContext.Provider value={store}>
        <ChainPanel />
      </ExplorerStoreContext.Provider>,
    ),
  )
  cleanup = () => {
    act(() => root.unmount())
    host.remove()
  }
  return host
}

/** The panel as static text; while walking or running, read at cycle share `at` (the gait clock's moment). */
function staticTextAt(at: number, ...patches: InputPatch[]): string {
  const { store } = createExplorerStore(...patches)
  store.getState().clock.seek(at)
  return renderToStaticMarkup(
    <ExplorerStoreContext.Provider value={store}>
      <ChainPanel />
    </ExplorerStoreContext.Provider>,
  )
    .replace(/<\/(h\d|p|li|ol|ul)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
}
const staticText = (...patches: InputPatch[]): string => staticTextAt(0, ...patches)

describe('chain panel: every number opens its source', () => {
  it.each(PRESET_IDS)(
    '%s: each number button opens a block with a confidence, in plain words, with its references',
    (preset) => {
      const host = mount({ preset })
      const buttons = [...host.querySelectorAll<HTMLButtonElement>('button.kce-number')]
      expect(buttons.length).toBeGreaterThan(20)
      let withReference = 0
      for (const b of buttons) {
        act(() => b.click())
        expect(b.getAttribute('aria-expanded')).toBe('true')
        const block = host.querySelector(`[id="${b.getAttribute('aria-controls')}"]`)
        expect(block, b.textContent ?? '').not.toBeNull()
        expect(block!.textContent!.trim().length).toBeGreaterThan(40)
        expect(block!.querySelector('.kce-confidence')?.textContent).toMatch(/^(high|medium|low) confidence$/)
        // Plain language: no field name of the code (camelCase) in the words about the number.
        for (const p of block!.querySelectorAll('.kce-source p'))
          expect(p.textContent, p.textContent ?? '').not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/)
        const refs = block!.querySelectorAll('.kce-refs li')
        if (refs.length > 0) withReference++
        // Only links that docs/sources.md records (through the generated table).
        for (const a of block!.querySelectorAll('.kce-refs a')) {
          const href = a.getAttribute('href')
          expect(REFERENCES.some((r) => r.parts.some((p) => typeof p !== 'string' && p[1] === href))).toBe(
            true,
          )
        }
        act(() => b.click())
      }
      // Inputs and measured lengths cite their bands' and links' studies: every number names a study.
      expect(withReference).toBe(buttons.length)
    },
  )

  it('the heel and arch are told as set (absolute), the angles above as changes from neutral', () => {
    const text = staticText({ preset: 'right-overpronated' })
    expect(text).toMatch(/Heel and arch as you set them; the other angles are changes from neutral/)
    expect(text).toMatch(
      /Right heel everted 10° \(highly pronated, as set\), arch 30 mm \(low arch, as set\)/,
    )
  })

  it('the project’s own indices say so and point to their formula', () => {
    const host = mount({ preset: 'downhill-running' })
    /** Opens the last number of a step (the index, where a step has two). */
    const open = (key: string) => {
      const b = [...host.querySelectorAll<HTMLButtonElement>(`[data-step="${key}"] button.kce-number`)].at(
        -1,
      )!
      act(() => b.click())
      return host.querySelector(`[id="${b.getAttribute('aria-controls')}"]`)!.textContent!
    }
    const nerve = open('nerve')
    expect(nerve).toMatch(/An index this project defined: sciatic nerve irritation.*item 13/)
    expect(nerve).toMatch(/low below 0\.25, moderate from 0\.25, high from 0\.50/)
    expect(open('L5-S1')).toMatch(/An index this project defined: facet joint stress.*item 11/)
    expect(open('load')).toMatch(/An index this project defined: shock reaching the spine.*item 14/)
  })
})

describe('the nerve: its word and its colour agree', () => {
  const stops = LEVEL_BANDS.map((b) => b.from)
  /** The band of the colour scale's stops that holds t. */
  const colourBand = (t: number) => {
    let i = 0
    while (i + 1 < stops.length && t >= stops[i + 1]!) i++
    return LEVEL_BANDS[i]!.word
  }
  it('over a sweep of 0..1 the word is the band of the number shown, the colour is drawn from that band, and they change at the same numbers', () => {
    const a: [number, number, number] = [0, 0, 0]
    const b: [number, number, number] = [0, 0, 0]
    const changes: string[] = []
    let prev = ''
    for (let k = 0; k <= 1000; k++) {
      const x = k / 1000
      const shown = Number(fmtIndex(x))
      const word = levelWord(x)
      expect(word, `at ${x}`).toBe(colourBand(shown))
      // The colour drawn for x and the colour of the number shown are the same to the eye (rounding only).
      IRRITATION_SCALE.at(x, a)
      IRRITATION_SCALE.at(shown, b)
      for (let c = 0; c < 3; c++) expect(Math.abs(a[c]! - b[c]!)).toBeLessThan(0.02)
      if (word !== prev) changes.push(`${word}@${fmtIndex(x)}`)
      prev = word
    }
    // The bands start at the scale's stops; high starts where the nerve turns orange (0.5).
    expect(changes).toEqual(['low@0.00', 'moderate@0.25', 'high@0.50'])
    expect(levelWord(0.2449)).toBe('low')
    expect(levelWord(0.2451)).toBe('moderate') // shown as 0.25
    expect(levelWord(0.4951)).toBe('high') // shown as 0.50
    IRRITATION_SCALE.at(0.5, a)
    expect(a.map((v) => Math.round(v * 255))).toEqual([0xf9, 0x8e, 0x09])
  })

  it.each(PRESET_IDS)('%s: the panel writes each nerve word beside a number in its band', (preset) => {
    const text = staticText({ preset })
    const found = [...text.matchAll(/irritation (low|moderate|high) \((\d\.\d\d) of 1\)/g)]
    expect(found.length).toBe(2)
    for (const [, word, number] of found) expect(word).toBe(colourBand(Number(number)))
  })
})

describe('beyond the scale', () => {
  it('a facet stress past the top of the stress colours says "beyond the scale", not a large percentage', () => {
    // Downhill running on very flat, very pronated feet: extension pushes the L4–L5 stress past 0.50.
    const patch: InputPatch = {
      preset: 'downhill-running',
      left: { navicularHeightMm: 15, calcanealEversionDeg: 20 },
      right: { navicularHeightMm: 15, calcanealEversionDeg: 20 },
    }
    const { store } = createExplorerStore(patch)
    expect(store.getState().input.activity).not.toBe('standing')
    // While running the panel tells the moment: read it at the right foot's mid-stance chain peak.
    const peak = chainPeakCycle('downhill-running', 'right')
    const text = staticTextAt(peak, patch)
    expect(text).toMatch(/facet joint stress high \(beyond the scale; [^)]*L4–L5 beyond the scale\)/)
    expect(text).not.toMatch(/\d{4}%/)
    expect(STRESS_SCALE.max).toBe(0.5)
    // Below the scale's top the change from standing is still a percentage.
    expect(staticTextAt(0.3, { preset: 'downhill-running' })).toMatch(
      /facet joint stress high \(\+\d+% vs standing/,
    )
  })
})
