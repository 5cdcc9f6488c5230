// Play, pause, scrub, speed and single steps for the gait cycle (issue 13), under the 3D while walking or
// running. The clock (src/state/gaitClock.ts) is the one source of where the cycle is; this reads it through
// its listeners and writes to it; the speed is an input (time-scale) in the store.
import { useState, useSyncExternalStore } from 'react'
import { stanceShare } from '../../kinematics/solveGait'
import { useExplorer, useExplorerStore } from '../../state/context'
import { STEP_CYCLE, TIME_SCALES, isGait, type TimeScale } from '../../state/gaitClock'
import { useI18n } from '../../i18n/context'

/** Speeds in the order they are offered, slowest first. */
const SPEEDS: readonly TimeScale[] = [...TIME_SCALES].sort((a, b) => Number(a) - Number(b))
/** The scrub bar's resolution: per cent of the cycle. */
const SCRUB_STEPS = 100

export function GaitControls() {
  const store = useExplorerStore()
  const activity = useExplorer((s) => s.input.activity)
  const timeScale = useExplorer((s) => s.timeScale)
  const { t, n } = useI18n()
  const T = t.gait
  const { clock } = store.getState()
  const playing = useSyncExternalStore(clock.subscribe, () => clock.playing)
  const cycle = useSyncExternalStore(clock.subscribe, () => clock.cycle)
  const [reducedMotion] = useState(
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  )
  if (!isGait(activity)) return null

  const percent = Math.round(cycle * SCRUB_STEPS)
  const right = stanceShare(activity, cycle) >= 0
  const left = stanceShare(activity, cycle + 0.5) >= 0
  const phase = right && left ? T.bothFeet : right ? T.rightFoot : left ? T.leftFoot : T.flight
  return (
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
      <span className="kce-gait-phase" aria-hidden="true">
        {phase}
      </span>
      {reducedMotion && !playing && <p className="kce-note kce-gait-note">{T.reducedMotion}</p>}
    </div>
  )
}
