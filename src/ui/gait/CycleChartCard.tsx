// The side panel's gait card (issue 14): the footstrike glow's legend whenever the cycle can play, and, when
// the toolbar's "Cycle chart" is open, the chart (loaded lazily) following the explorer's gait clock. Scrubbing
// the chart pauses the cycle and moves it, as the scrub bar does. With compare on, the chart also draws the
// compare ghost's reference (neutral feet, or the same feet barefoot) faintly.
import { useCallback, useMemo } from 'react'
import { referenceInput } from '../../state/compare'
import { useI18n } from '../../i18n/context'
import { useExplorer, useExplorerStore } from '../../state/context'
import { isGait } from '../../state/gaitClock'
import { LazyCycleChart } from './LazyCycleChart'
import { ShockLegend } from './ShockLegend'
import { useGaitCycle } from './useGaitCycle'

export function CycleChartCard({
  id,
  open,
  reducedMotion,
  onClose,
}: {
  id: string
  open: boolean
  reducedMotion: boolean
  onClose: () => void
}) {
  const store = useExplorerStore()
  const { clock } = store.getState()
  const input = useExplorer((s) => s.input)
  const compare = useExplorer((s) => s.compare)
  // The compare ghost's reference, drawn faintly in the chart (issue 14): one object per input and mode, so
  // the chart samples its cycle once per change.
  const reference = useMemo(
    () => (compare === 'off' ? undefined : referenceInput(input, compare)),
    [input, compare],
  )
  const { t } = useI18n()
  const cycle = useGaitCycle(open ? clock : null)
  const onScrub = useCallback(
    (c: number) => {
      clock.pause()
      clock.seek(c)
    },
    [clock],
  )
  if (!isGait(input.activity)) return null
  return (
    <section className="kce-card" id={id} aria-label={t.shock.chartTitle} data-testid="gait-card">
      {open && (
        <>
          <button type="button" className="kce-button kce-close" onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span className="kce-sr-only">{t.shock.chartClose}</span>
          </button>
          <h2>{t.shock.chartTitle}</h2>
          <LazyCycleChart
            inputs={input}
            referenceInputs={reference}
            referenceMode={compare === 'off' ? undefined : compare}
            cycle={cycle}
            onScrub={onScrub}
          />
        </>
      )}
      <ShockLegend input={input} reducedMotion={reducedMotion} />
    </section>
  )
}
