// Whenever the drawing is exaggerated the toolbar says so, in a chip that never covers the 3D or a control;
// tapping it tells what exactly is drawn larger (and what is not). The numbers stay real.
import { useI18n } from '../i18n/context'
import { useExplorer } from '../state/context'
import { isGait } from '../state/gaitClock'

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
  const { t, n } = useI18n()
  const x = n(k, Number.isInteger(k) ? 0 : 1)
  return (
    <>
      {/* Announced when the exaggeration changes; the chip below is what a sighted person reads. */}
      <span className="kce-sr-only" role="status">
        {k === 1 ? '' : t.toolbar.drawnAnnounce(x)}
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
              {t.toolbar.drawnShort(x)}
              <span className="kce-sr-only">{t.toolbar.drawnShortRest}</span>
            </>
          ) : (
            t.toolbar.drawnLong(x)
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
  const { t, n } = useI18n()
  if (!open || k === 1) return null
  const x = n(k, Number.isInteger(k) ? 0 : 1)
  return (
    <div className="kce-popover kce-notice-details" id={id} data-testid="exaggeration-details">
      <p>
        <strong>{t.toolbar.detailsTitle(x)}</strong> {t.toolbar.details(x)}
      </p>
      {isGait(activity) && <p>{t.gait.exaggeration}</p>}
      <p>{t.toolbar.detailsReal}</p>
      <button type="button" className="kce-button kce-close" onClick={onClose}>
        {t.toolbar.close}
      </button>
    </div>
  )
}
