// The comparison: which reference the ghost skeleton shows (none, neutral feet, the same feet barefoot), and,
// while one is shown, the numbers now and in the reference side by side for the links that differ.
import { useId } from 'react'
import type { ChainPose } from '../../kinematics/types'
import { useExplorer } from '../../state/context'
import { COMPARE_MODES, type CompareMode } from '../../state/schema'
import { poseOf } from '../../state/store'
import { referenceInput } from '../../state/compare'
import { EN, type I18n } from '../../i18n'
import { useI18n } from '../../i18n/context'

type Row = { key: string; label: string; now: number; ref: number; fmt: (x: number) => string }

/** The links that differ between the pose now and the reference, labelled and formatted in `i18n`'s language. */
export function compareRows(now: ChainPose, ref: ChainPose, i18n: I18n = EN): Row[] {
  const { t, deg, mm, index } = i18n
  const L = t.tour.rows
  const signedDeg = (x: number) => (Math.abs(x) < 0.05 ? deg(0) : `${x < 0 ? '−' : ''}${deg(x)}`)
  const signedMm = (x: number) => (Math.abs(x) < 0.05 ? mm(0) : `${x < 0 ? '−' : ''}${mm(x)}`)
  const rows: Row[] = []
  for (const side of ['right', 'left'] as const) {
    const n = now[side]
    const r = ref[side]
    const ext = (p: ChainPose) => p.lumbar.reduce((s, l) => s + l.extensionDeg[side], 0)
    rows.push(
      {
        key: `${side}-eversion`,
        label: L.eversion(side),
        now: n.calcanealEversionDeg,
        ref: r.calcanealEversionDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-tibia`,
        label: L.tibia(side),
        now: n.tibialInternalRotationDeg,
        ref: r.tibialInternalRotationDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-femur`,
        label: L.femur(side),
        now: n.femoralInternalRotationDeg,
        ref: r.femoralInternalRotationDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-ilium`,
        label: L.ilium(side),
        now: n.iliumAnteriorRotationDeg,
        ref: r.iliumAnteriorRotationDeg,
        fmt: signedDeg,
      },
      {
        key: `${side}-shortening`,
        label: L.shortening(side),
        now: n.functionalShorteningMm,
        ref: r.functionalShorteningMm,
        fmt: signedMm,
      },
      {
        key: `${side}-lumbar`,
        label: L.lumbar(side),
        now: ext(now),
        ref: ext(ref),
        fmt: signedDeg,
      },
      {
        key: `${side}-piriformis`,
        label: L.piriformis(side),
        now: n.piriformisLengthChangeMm,
        ref: r.piriformisLengthChangeMm,
        fmt: signedMm,
      },
      {
        key: `${side}-irritation`,
        label: L.irritation(side),
        now: n.sciaticIrritation,
        ref: r.sciaticIrritation,
        fmt: index,
      },
    )
  }
  rows.push(
    {
      key: 'tilt',
      label: L.tilt,
      now: now.pelvis.anteriorTiltDeg,
      ref: ref.pelvis.anteriorTiltDeg,
      fmt: signedDeg,
    },
    {
      key: 'obliquity',
      label: L.obliquity,
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
  const i18n = useI18n()
  const w = i18n.t.tour
  const rows =
    compare === 'off' ? [] : compareRows(poseOf(input), poseOf(referenceInput(input, compare)), i18n)
  if (!choose && compare === 'off') return null
  return (
    <section className="kce-card kce-compare" aria-labelledby={`${id}-h`} data-testid="compare">
      <h2 id={`${id}-h`}>{w.compare}</h2>
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
            {w.compareOptions[m]}
          </button>
        ))}
      </div>
      {compare !== 'off' && (
        <>
          <p className="kce-note">{w.compareHint}</p>
          {rows.length === 0 ? (
            <p className="kce-note" data-testid="compare-none">
              {w.compareNoChange}
            </p>
          ) : (
            <table className="kce-compare-table" data-testid="compare-table">
              <caption className="kce-sr-only">{w.compareTable.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.compareTable.what}</th>
                  <th scope="col">{w.compareTable.now}</th>
                  <th scope="col">{w.compareTable.reference[compare]}</th>
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
