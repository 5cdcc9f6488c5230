// The comparison: which reference the ghost skeleton shows (none, neutral feet, the same feet barefoot), and,
// while one is shown, the numbers now and in the reference side by side for the links that differ.
import { useId } from 'react'
import type { ChainPose } from '../../kinematics/types'
import { useExplorer } from '../../state/context'
import { COMPARE_MODES, type CompareMode } from '../../state/schema'
import { poseOf } from '../../state/store'
import { referenceInput } from '../../state/compare'
import { fmtDeg, fmtMm } from '../format'
import { TOUR_TEXT } from './tourText'

type Row = { key: string; label: string; now: number; ref: number; fmt: (x: number) => string }

const ROW_LABELS = {
  eversion: 'heel eversion',
  tibia: 'shin turned in',
  femur: 'thigh turned in',
  ilium: 'pelvis side tipped forward',
  shortening: 'leg functionally shorter',
  piriformis: 'piriformis longer',
  irritation: 'sciatic irritation index',
  tilt: 'Pelvis tilted forward',
  obliquity: 'Pelvis lower on the right',
  lumbar: 'lower back extended (L1–S1)',
} as const

const signedDeg = (x: number) => (Math.abs(x) < 0.05 ? '0°' : `${x < 0 ? '−' : ''}${fmtDeg(x)}`)
const signedMm = (x: number) => (Math.abs(x) < 0.05 ? '0 mm' : `${x < 0 ? '−' : ''}${fmtMm(x)}`)
const index = (x: number) => x.toFixed(2)

export function compareRows(now: ChainPose, ref: ChainPose): Row[] {
  const rows: Row[] = []
  for (const side of ['right', 'left'] as const) {
    const S = side === 'right' ? 'Right' : 'Left'
    const n = now[side]
    const r = ref[side]
    const ext = (p: ChainPose) => p.lumbar.reduce((s, l) => s + l.extensionDeg[side], 0)
    rows.push(
      {
        key: `${side}-eversion`,
        label: `${S} ${ROW_LABELS.eversion}`,
        now: n.calcanealEversionDeg,
        ref: r.calcanealEversionDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-tibia`,
        label: `${S} ${ROW_LABELS.tibia}`,
        now: n.tibialInternalRotationDeg,
        ref: r.tibialInternalRotationDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-femur`,
        label: `${S} ${ROW_LABELS.femur}`,
        now: n.femoralInternalRotationDeg,
        ref: r.femoralInternalRotationDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-ilium`,
        label: `${S} ${ROW_LABELS.ilium}`,
        now: n.iliumAnteriorRotationDeg,
        ref: r.iliumAnteriorRotationDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-shortening`,
        label: `${S} ${ROW_LABELS.shortening}`,
        now: n.functionalShorteningMm,
        ref: r.functionalShorteningMm,
        fmt: signedMm,
      },
      {
        key: `${side}-lumbar`,
        label: `${S} ${ROW_LABELS.lumbar}`,
        now: ext(now),
        ref: ext(ref),
        fmt: signedDeg,
      },
      {
        key: `${side}-piriformis`,
        label: `${S} ${ROW_LABELS.piriformis}`,
        now: n.piriformisLengthChangeMm,
        ref: r.piriformisLengthChangeMm,
        fmt: signedMm,
      },
      {
        key: `${side}-irritation`,
        label: `${S} ${ROW_LABELS.irritation}`,
        now: n.sciaticIrritation,
        ref: r.sciaticIrritation,
        fmt: index,
      },
    )
  }
  rows.push(
    {
      key: 'tilt',
      label: ROW_LABELS.tilt,
      now: now.pelvis.anteriorTiltDeg,
      ref: ref.pelvis.anteriorTiltDeg,
      fmt: signedDeg,
    },
    {
      key: 'obliquity',
      label: ROW_LABELS.obliquity,
      now: now.pelvis.obliquityDeg,
      ref: ref.pelvis.obliquityDeg,
      fmt: signedDeg,
    },
  )
  // Only the links that changed: a difference that shows once rounded.
  return rows.filter((row) => row.fmt(row.now) !== row.fmt(row.ref))
}

/** `choose`: the reference can be chosen here (not in a widget whose host set controls="none"). */
export function ComparePanel({ choose }: { choose: boolean }) {
  const id = useId()
  const compare = useExplorer((s) => s.compare)
  const input = useExplorer((s) => s.input)
  const apply = useExplorer((s) => s.apply)
  const rows = compare === 'off' ? [] : compareRows(poseOf(input), poseOf(referenceInput(input, compare)))
  if (!choose && compare === 'off') return null
  return (
    <section className="kce-card kce-compare" aria-labelledby={`${id}-h`} data-testid="compare">
      <h2 id={`${id}-h`}>{TOUR_TEXT.compare}</h2>
      <div className="kce-compare-modes" role="radiogroup" aria-labelledby={`${id}-h`} hidden={!choose}>
        {COMPARE_MODES.map((m: CompareMode) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={compare === m}
            className="kce-button"
            data-compare={m}
            onClick={() => apply({ compare: m })}
          >
            {TOUR_TEXT.compareOptions[m]}
          </button>
        ))}
      </div>
      {compare !== 'off' && (
        <>
          <p className="kce-note">{TOUR_TEXT.compareHint}</p>
          {rows.length === 0 ? (
            <p className="kce-note" data-testid="compare-none">
              {TOUR_TEXT.compareNoChange}
            </p>
          ) : (
            <table className="kce-compare-table" data-testid="compare-table">
              <caption className="kce-sr-only">{TOUR_TEXT.compareTable.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{TOUR_TEXT.compareTable.what}</th>
                  <th scope="col">{TOUR_TEXT.compareTable.now}</th>
                  <th scope="col">{TOUR_TEXT.compareTable.reference[compare]}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} data-row={r.key}>
                    <th scope="row">{r.label}</th>
                    <td>{r.fmt(r.now)}</td>
                    <td>{r.fmt(r.ref)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
