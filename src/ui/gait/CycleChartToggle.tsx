// The toolbar's "Cycle chart" button (issue 14): shown for walking and running only; opens and closes the chart
// card in the side panel, whose code is fetched the first time it opens.
import { useExplorer } from '../../state/context'
import { isGait } from '../../state/gaitClock'
import { useI18n } from '../../i18n/context'

export function CycleChartToggle({
  open,
  chartId,
  onToggle,
}: {
  open: boolean
  chartId: string
  onToggle: () => void
}) {
  const gait = useExplorer((s) => isGait(s.input.activity))
  const { t } = useI18n()
  if (!gait) return null
  return (
    <button
      type="button"
      className="kce-button kce-cycle-toggle"
      aria-expanded={open}
      aria-controls={chartId}
      data-testid="cycle-chart-toggle"
      onClick={onToggle}
    >
      {t.shock.toggle}
    </button>
  )
}
