// The cycle chart, fetched only when it is first shown: its module (and the ~100 solveGait samples it takes)
// stays out of the explorer's first load, which embeds pay for (issue 14; `npm run bench` prints its size).
import { Suspense, lazy } from 'react'
import type { CycleChartProps } from './CycleChart'
import { SHOCK_TEXT } from './shockText'

const CycleChart = lazy(() => import('./CycleChart'))

export function LazyCycleChart(props: CycleChartProps) {
  return (
    <Suspense fallback={<p className="kce-note">{SHOCK_TEXT.loading}</p>}>
      <CycleChart {...props} />
    </Suspense>
  )
}
