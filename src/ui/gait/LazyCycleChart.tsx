// The cycle chart, fetched only when it is first shown: its module (and the ~100 solveGait samples it takes)
// stays out of the explorer's first load, which embeds pay for (issue 14; `npm run bench` prints its size).
import { Suspense, lazy } from 'react'
import type { CycleChartProps } from './CycleChart'
import { useI18n } from '../../i18n/context'

const CycleChart = lazy(() => import('./CycleChart'))

export function LazyCycleChart(props: CycleChartProps) {
  const { t } = useI18n()
  return (
    <Suspense fallback={<p className="kce-note">{t.shock.loading}</p>}>
      <CycleChart {...props} />
    </Suspense>
  )
}
