// The explorer's gait card, chart button and colour-key line (src/ui/gait/CycleChartCard.tsx,
// CycleChartToggle.tsx, src/ui/Legend.tsx): shown for walking and running only; the chart itself is mounted
// only when opened; scrubbing pauses the clock and moves it.
import { en } from '../../src/i18n/en'
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { createExplorerStore, type ExplorerStore } from '../../src/state/store'
import { Legend } from '../../src/ui/Legend'
import { CycleChartCard } from '../../src/ui/gait/CycleChartCard'
import { CycleChartToggle } from '../../src/ui/gait/CycleChartToggle'
import { renderWithStore } from './support/render'

const mount = (store: ExplorerStore, open: boolean): HTMLElement =>
  renderWithStore(
    store,
    <>
      <CycleChartToggle open={open} chartId="c" onToggle={() => {}} />
      <CycleChartCard id="c" open={open} reducedMotion={false} onClose={() => {}} />
      <Legend id="k" open />
    </>,
  )

describe('gait card', () => {
  it('standing: no chart button, no card, no glow line in the key', () => {
    const el = mount(createExplorerStore({ activity: 'standing' }).store, false)
    expect(el.querySelector('[data-testid="cycle-chart-toggle"]')).toBeNull()
    expect(el.querySelector('[data-testid="gait-card"]')).toBeNull()
    expect(el.querySelector('[data-testid="shock-key"]')).toBeNull()
  })

  it('running: the button controls the card; closed, the card holds only the glow’s legend; the key has its line', () => {
    const el = mount(createExplorerStore({ activity: 'running' }).store, false)
    const toggle = el.querySelector('[data-testid="cycle-chart-toggle"]')!
    expect(toggle.textContent).toBe(en.shock.toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(toggle.getAttribute('aria-controls')).toBe(el.querySelector('[data-testid="gait-card"]')!.id)
    expect(el.querySelector('[data-testid="shock-legend"]')).not.toBeNull()
    expect(el.querySelector('[data-testid="cycle-chart"]')).toBeNull()
    expect(el.querySelector('[data-testid="shock-key"]')!.textContent).toMatch(/Orange ring/)
  })

  it('open: the chart loads and follows the clock; scrubbing pauses the clock and seeks it', async () => {
    const { store } = createExplorerStore({ activity: 'running' })
    const { clock } = store.getState()
    clock.play()
    const el = mount(store, true)
    await act(async () => {
      await import('../../src/ui/gait/CycleChart')
    })
    await expect.poll(() => el.querySelector('[role="slider"]')).not.toBeNull()
    act(() => clock.seek(0.42))
    expect(el.querySelector('[role="slider"]')!.getAttribute('aria-valuenow')).toBe('42')
    act(() => {
      el.querySelector('[role="slider"]')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
      )
    })
    expect(clock.playing).toBe(false)
    expect(clock.cycle).toBeCloseTo(0.43, 9)
  })

  it('compare on: the chart draws the reference’s curves faintly, names them in its legend and its description; compare off: none', async () => {
    const { store } = createExplorerStore({ preset: 'right-overpronated', activity: 'running' })
    const el = mount(store, true)
    await act(async () => {
      await import('../../src/ui/gait/CycleChart')
    })
    await expect.poll(() => el.querySelector('[data-testid="cycle-chart"]')).not.toBeNull()
    const ghosts = () => el.querySelectorAll('[data-testid^="ghost-"]')
    const text = () => el.querySelector('[data-testid="cycle-chart"]')!.textContent!
    const d = (id: string) => el.querySelector(`[data-testid="${id}"]`)!.getAttribute('d')
    expect(ghosts().length).toBe(0)
    expect(text()).not.toContain(en.shock.legendGhost.neutral)
    act(() => void store.getState().apply({ compare: 'neutral' }))
    expect(ghosts().length).toBe(6) // 3 panels × 2 sides
    for (const g of ghosts()) {
      expect(g.getAttribute('stroke-opacity')).toBe('0.7')
      expect(Number(g.getAttribute('stroke-width'))).toBeLessThan(2)
    }
    expect(text()).toContain(en.shock.legendGhost.neutral)
    expect(el.querySelector('[data-testid="cycle-chart-description"]')!.textContent).toContain(
      en.shock.ghostNote.neutral,
    )
    // The reference is neutral feet: the over-pronated right heel's curve lies apart from it; set the right
    // foot neutral and the two coincide.
    expect(d('ghost-eversion-right')).not.toBe(d('series-eversion-right'))
    act(() => void store.getState().apply({ right: { navicularHeightMm: 45, calcanealEversionDeg: 4 } }))
    expect(d('ghost-eversion-right')).toBe(d('series-eversion-right'))
    act(() => void store.getState().apply({ compare: 'barefoot' }))
    expect(text()).toContain(en.shock.legendGhost.barefoot)
    expect(el.querySelector('[data-testid="cycle-chart-description"]')!.textContent).toContain(
      en.shock.ghostNote.barefoot,
    )
    act(() => void store.getState().apply({ compare: 'off' }))
    expect(ghosts().length).toBe(0)
    expect(el.querySelector('[data-testid="cycle-chart-description"]')!.textContent).not.toMatch(/grey/)
  })
})
