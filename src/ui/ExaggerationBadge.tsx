// Whenever the drawing is exaggerated the toolbar says so, in a chip that never covers the 3D or a control;
// tapping it tells what exactly is drawn larger (and what is not). The numbers stay real.
import { useExplorer } from '../state/context'
import { isGait } from '../state/gaitClock'
import { GAIT_TEXT } from './gait/gaitText'

export function ExaggerationNotice({
  short,
  open,
  detailsId,
  onToggle,
}: {
  short: boolean
  open: boolean
  detailsId: string
  onToggle: () => void
}) {
  const k = useExplorer((s) => s.exaggerate)
  return (
    <>
      {/* Announced when the exaggeration changes; the chip below is what a sighted person reads. */}
      <span className="kce-sr-only" role="status">
        {k === 1 ? '' : `Movements drawn ${k}× larger for teaching. The numbers are real.`}
      </span>
      {k !== 1 && (
        <button
          type="button"
          className="kce-notice"
          aria-expanded={open}
          aria-controls={detailsId}
          data-testid="exaggeration-badge"
          onClick={onToggle}
        >
          {short ? (
            <>
              Drawn {k}×<span className="kce-sr-only"> larger for teaching; the numbers are real</span>
            </>
          ) : (
            <>Drawn {k}× larger · numbers real</>
          )}
        </button>
      )}
    </>
  )
}

/** What the exaggeration applies to, opened from the notice: over the top of the 3D, under the toolbar. */
export function ExaggerationDetails({
  id,
  open,
  onClose,
}: {
  id: string
  open: boolean
  onClose: () => void
}) {
  const k = useExplorer((s) => s.exaggerate)
  const activity = useExplorer((s) => s.input.activity)
  if (!open || k === 1) return null
  return (
    <div className="kce-popover kce-notice-details" id={id} data-testid="exaggeration-details">
      <p>
        <strong>Drawn {k}× larger for teaching.</strong> The turn of the shin and thigh, the tilt and twist of
        the pelvis and the bend of each lumbar level are drawn {k}× larger. The heel, the arch and the drop of
        the pelvis are drawn larger only as far as a real foot and pelvis can go. Joint-stress colours move{' '}
        {k}× further from standing; the nerve and muscle colours show the real values.
      </p>
      {isGait(activity) && <p>{GAIT_TEXT.exaggerationInGait}</p>}
      <p>Every number on screen is the real one.</p>
      <button type="button" className="kce-button kce-close" onClick={onClose}>
        Close
      </button>
    </div>
  )
}
