// Play, pause, scrub, speed and single steps for the gait cycle (issue 13), under the 3D while walking or
// running. The clock (src/state/gaitClock.ts) is the one source of where the cycle is; this reads it through
// its listeners and writes to it; the speed is an input (time-scale) in the store. Where the side panel (and so
// the cycle chart's card) is not shown, a narrow widget, a chart button here opens the chart as a sheet under
// the controls (the 3D gives it the room while it is open; closed, it takes none: styles.ts shows the button
// and the sheet only in that layout).
import { useCallback, useId, useState, useSyncExternalStore } from 'react'
import { stanceShare } from '../../kinematics/solveGait'
import { useExplorer, useExplorerStore } from '../../state/context'
import { STEP_CYCLE, TIME_SCALES, isGait, type TimeScale } from '../../state/gaitClock'
import { useI18n } from '../../i18n/context'
import { LazyCycleChart } from './LazyCycleChart'
import { useGaitCycle } from './useGaitCycle'

/** Speeds in the order they are offered, slowest first. */
const SPEEDS: readonly TimeScale[] = [...TIME_SCALES].sort((a, b) => Number(a) - Number(b))
/** The scrub bar's resolution: per cent of the cycle. */
const SCRUB_STEPS = 100

export function GaitControls() {
  const store = useExplorerStore()
  const input = useExplorer((s) => s.input)
  const activity = input.activity
  const timeScale = useExplorer((s) => s.timeScale)
  const { t, n } = useI18n()
  const T = t.gait
  const { clock } = store.getState()
  const playing = useSyncExternalStore(clock.subscribe, () => clock.playing)
  const cycle = useSyncExternalStore(clock.subscribe, () => clock.cycle)
  const [reducedMotion] = useState(
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  )
  const [chartOpen, setChartOpen] = useState(false)
  const sheetId = useId()
  const chartCycle = useGaitCycle(chartOpen && isGait(activity) ? clock : null)
  const onScrub = useCallback(
    (c: number) => {
      clock.pause()
      clock.seek(c)
    },
    [clock],
  )
  if (!isGait(activity)) return null

  const percent = Math.round(cycle * SCRUB_STEPS)
  const right = stanceShare(activity, cycle) >= 0
  const left = stanceShare(activity, cycle + 0.5) >= 0
  const phase = right && left ? T.bothFeet : right ? T.rightFoot : left ? T.leftFoot : T.flight
  return (
    <>
      <div className="kce-gait" role="group" aria-label={T.controls} data-testid="gait-controls">
        <button
          type="button"
          className="kce-button kce-gait-play"
          aria-pressed={playing}
          data-testid="gait-play"
          onClick={() => (playing ? clock.pause() : clock.play())}
        >
          {playing ? T.pause : T.play}
        </button>
        <button
          type="button"
          className="kce-button"
          aria-label={T.stepBack}
          title={T.stepBack}
          onClick={() => clock.step(-1)}
        >
          ‹
        </button>
        <input
          type="range"
          className="kce-gait-scrub"
          min={0}
          max={SCRUB_STEPS - 1}
          step={Math.round(STEP_CYCLE * SCRUB_STEPS) / 2}
          value={percent % SCRUB_STEPS}
          aria-label={T.scrub}
          aria-valuetext={T.position(n(percent % SCRUB_STEPS), phase)}
          data-testid="gait-scrub"
          onChange={(e) => {
            clock.pause()
            clock.seek(Number(e.currentTarget.value) / SCRUB_STEPS)
          }}
        />
        <button
          type="button"
          className="kce-button"
          aria-label={T.stepForward}
          title={T.stepForward}
          onClick={() => clock.step(1)}
        >
          ›
        </button>
        <label className="kce-gait-speed">
          <span className="kce-sr-only">{T.speed}</span>
          <select
            className="kce-select"
            value={timeScale}
            data-testid="gait-speed"
            onChange={(e) => store.getState().apply({ timeScale: e.currentTarget.value as TimeScale })}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {T.speedValue(n(Number(s), (s.split('.')[1] ?? '').length))}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="kce-button kce-gait-chart"
          aria-expanded={chartOpen}
          aria-controls={sheetId}
          aria-label={t.shock.toggle}
          title={t.shock.toggle}
          data-testid="gait-chart-toggle"
          onClick={() => setChartOpen(!chartOpen)}
        >
          {/* Three small curves: the chart's three panels. */}
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              d="M2 5 q3 -4 6 0 t6 0 t4 -1 M2 11 q3 3 6 0 t6 0 t4 1 M2 17 q4 -4 8 0 t8 -1"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
        </button>
        <span className="kce-gait-phase" aria-hidden="true">
          {phase}
        </span>
        {reducedMotion && !playing && <p className="kce-note kce-gait-note">{T.reducedMotion}</p>}
      </div>
      {chartOpen && (
        <section
          className="kce-gait-sheet"
          id={sheetId}
          aria-label={t.shock.chartTitle}
          data-testid="gait-chart-sheet"
        >
          <button type="button" className="kce-button kce-close" onClick={() => setChartOpen(false)}>
            <span aria-hidden="true">×</span>
            <span className="kce-sr-only">{t.shock.chartClose}</span>
          </button>
          <h2>{t.shock.chartTitle}</h2>
          <LazyCycleChart inputs={input} cycle={chartCycle} onScrub={onScrub} />
        </section>
      )}
    </>
  )
}
