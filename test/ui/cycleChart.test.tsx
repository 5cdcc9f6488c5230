// The cycle chart (src/ui/gait/CycleChart.tsx, cycleChartData.ts): its cursor follows `cycle`, dragging and
// the arrow keys call onScrub, the compare curves are drawn only when given, and the description names each
// side's peaks and when they happen, checked against solveGait sampled here (the oracle); the glow's legend.
import { createI18n } from '../../src/i18n'
import { es } from '../../src/i18n/es'
import { en } from '../../src/i18n/en'
import { act, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { NEUTRAL_FOOT, solveGait, type ChainInput } from '../../src/kinematics'
import { ShockLegend } from '../../src/ui/gait/ShockLegend'
import CycleChart, { type CycleChartProps } from '../../src/ui/gait/CycleChart'
import {
  chartDescription,
  chartLayout,
  cycleChartData,
  footMoment,
  xOf,
} from '../../src/ui/gait/cycleChartData'
import { render } from './support/render'

const running: ChainInput = {
  left: NEUTRAL_FOOT,
  right: { navicularHeightMm: 30, calcanealEversionDeg: 10 },
  activity: 'running',
}
const neutralRunning: ChainInput = { left: NEUTRAL_FOOT, right: NEUTRAL_FOOT, activity: 'running' }

let rerenderChart: ((next: ReactNode) => void) | undefined
function mount(props: CycleChartProps): HTMLElement {
  const { host, rerender } = render(<CycleChart {...props} />)
  rerenderChart = rerender
  return host
}
const rerender = (props: CycleChartProps) => rerenderChart!(<CycleChart {...props} />)
const cursorX = (el: HTMLElement): number =>
  Number(el.querySelector('[data-testid="cycle-cursor"]')!.getAttribute('x1'))

describe('cursor', () => {
  it('sits at the current moment and follows `cycle` (wrapping: 1.6 is 0.6); the slider tells the per cent', () => {
    const layout = chartLayout(360)
    const el = mount({ inputs: running, cycle: 0.25, onScrub: () => {} })
    expect(cursorX(el)).toBeCloseTo(xOf(layout, 0.25), 6)
    rerender({ inputs: running, cycle: 1.6, onScrub: () => {} })
    expect(cursorX(el)).toBeCloseTo(xOf(layout, 0.6), 6)
    const slider = el.querySelector('[role="slider"]')!
    expect(slider.getAttribute('aria-valuenow')).toBe('60')
    expect(slider.getAttribute('aria-valuetext')).toBe('60% of the cycle')
    expect(slider.getAttribute('aria-label')).toBe(en.shock.cursor)
  })
})

describe('scrubbing', () => {
  it('a pointer drag across the plot calls onScrub with the moment under the pointer, while dragging only', () => {
    const onScrub = vi.fn()
    const el = mount({ inputs: running, cycle: 0, onScrub })
    const layout = chartLayout(360)
    const drag = el.querySelector('[data-testid="cycle-chart-drag"]')!
    const fire = (type: string, x: number) =>
      act(() => {
        drag.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, pointerId: 1 }))
      })
    fire('pointerdown', xOf(layout, 0.3))
    fire('pointermove', xOf(layout, 0.45))
    fire('pointerup', xOf(layout, 0.45))
    fire('pointermove', xOf(layout, 0.9)) // not dragging any more
    expect(onScrub.mock.calls.map(([c]) => Math.round(c * 1000) / 1000)).toEqual([0.3, 0.45])
  })

  it('arrow keys step 1% (shift: 10%), wrapping at the ends; Home goes to the right heel strike', () => {
    const onScrub = vi.fn()
    const el = mount({ inputs: running, cycle: 0.25, onScrub })
    const slider = el.querySelector('[role="slider"]')!
    const key = (k: string, shiftKey = false) =>
      act(() => {
        slider.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }))
      })
    key('ArrowRight')
    key('ArrowLeft')
    key('ArrowRight', true)
    key('Home')
    rerender({ inputs: running, cycle: 0, onScrub })
    key('ArrowLeft')
    expect(onScrub.mock.calls.map(([c]) => c)).toEqual([0.26, 0.24, 0.35, 0, 0.99])
  })
})

describe('curves', () => {
  it('each panel draws both sides; the compare curves only when reference inputs are given', () => {
    const el = mount({ inputs: running, cycle: 0, onScrub: () => {} })
    for (const panel of ['eversion', 'l5s1', 'force'])
      for (const side of ['left', 'right'])
        expect(el.querySelector(`[data-testid="series-${panel}-${side}"]`)!.getAttribute('d')).toMatch(
          /^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){100}$/,
        )
    expect(el.querySelector('[data-testid^="ghost-"]')).toBeNull()
    rerender({ inputs: running, referenceInputs: neutralRunning, cycle: 0, onScrub: () => {} })
    expect(el.querySelectorAll('[data-testid^="ghost-"]').length).toBe(6)
  })
})

describe('description (screen readers): the peaks and when they happen, from the data', () => {
  /** The oracle: solveGait sampled at every 1%, highest value and its moment. */
  function oraclePeak(inp: ChainInput, read: (f: ReturnType<typeof solveGait>) => number) {
    let best = -Infinity
    let at = 0
    for (let i = 0; i < 100; i++) {
      const v = read(solveGait(inp, i / 100))
      if (v > best + 1e-12) [best, at] = [v, i]
    }
    return { value: best, percent: at }
  }

  it('running, right foot flat: names each side’s L5–S1, force and eversion peak with its value, its per cent and where the foot is', () => {
    const el = mount({ inputs: running, cycle: 0, onScrub: () => {} })
    const text = el.querySelector('[data-testid="cycle-chart-description"]')!.textContent!
    expect(el.querySelector('svg')!.getAttribute('aria-describedby')).toBe(
      el.querySelector('[data-testid="cycle-chart-description"]')!.id,
    )
    for (const side of ['right', 'left'] as const) {
      const l5 = oraclePeak(running, (f) => f.lumbar[4]!.stress[side])
      const force = oraclePeak(running, (f) => f.groundReactionBodyWeights[side])
      const ev = oraclePeak(running, (f) => f.joints[side].rearfootEversionDeg)
      const where = (p: number) => footMoment('running', side, p / 100)
      expect(text).toContain(
        `${side} ${l5.value.toFixed(2)} at ${l5.percent}% of the cycle (${side} foot in ${where(l5.percent)})`,
      )
      expect(text).toContain(
        `${side} ${force.value.toFixed(1)} body weights at ${force.percent}% of the cycle`,
      )
      expect(text).toContain(`${side} ${ev.value.toFixed(1)}° at ${ev.percent}% of the cycle`)
      // Loads peak while that foot is on the ground.
      expect(where(force.percent)).not.toBe('swing')
    }
    expect(text).toMatch(/^L5–S1 facet stress peaks: right /)
  })

  it('the right heel strike lands in the right’s early stance, the left’s half a cycle later; standing says there is no cycle', () => {
    expect(footMoment('running', 'right', 0.02)).toBe('early stance')
    expect(footMoment('running', 'left', 0.52)).toBe('early stance')
    expect(footMoment('running', 'left', 0.02)).toBe('swing')
    expect(chartDescription(cycleChartData({ ...running, activity: 'standing' }))).toMatch(/no gait cycle/)
  })
})

describe('the glow’s legend', () => {
  it('says what the glow shows and how sure it is, with each side’s strike in body weights; under reduced motion that it stands still; nothing for standing', () => {
    const text = (inp: ChainInput, reduced = false) =>
      renderToStaticMarkup(<ShockLegend input={inp} reducedMotion={reduced} />).replace(/<[^>]+>/g, '')
    const t = text({ ...neutralRunning, activity: 'downhill-running' })
    expect(t).toMatch(/foot → tibia → femur → pelvis → lumbar spine/)
    expect(t).toMatch(/assumed \(low confidence\)/)
    expect(t).toMatch(/least sure/)
    expect(t).toContain(
      `${en.shock.pulseStrength('right', '3.1')}; ${en.shock.pulseStrength('left', '3.1')}.`,
    )
    expect(t).not.toMatch(/Reduced motion/)
    expect(text(neutralRunning, true)).toMatch(/Reduced motion: the glow stands still/)
    expect(text({ ...neutralRunning, activity: 'standing' })).toBe('')
    expect(text(neutralRunning)).not.toMatch(/orthotic/)
    expect(text({ ...neutralRunning, footwear: { right: { medialPostDeg: 5 } } })).toMatch(
      /The orthotic does not change the glow.*Sinclair 2017/,
    )
  })
  it('describes the chart in Spanish, numbers the locale’s way (es-ES: 0,28)', () => {
    const d = chartDescription(cycleChartData(running), 'neutral', createI18n('es-ES', es))
    expect(d).toMatch(/^Carga facetaria L5–S1, picos: derecho \d,\d\d al \d+% del ciclo \(pie derecho en /)
    expect(d).toContain(es.shock.ghostNote.neutral)
    expect(d).not.toMatch(/\b(peaks|stance|body weights|of the cycle)\b/)
  })
})
