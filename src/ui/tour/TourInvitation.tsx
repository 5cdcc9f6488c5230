// The first thing a visitor of the full explorer is offered: the chain played on a telling posture (the right
// foot flat and over-pronated, the left neutral, drawn at 3× with the neutral ghost beside it), so the order
// of the links and the difference between the two sides are both on screen within seconds. Shown only while
// the inputs are the untouched default; "Not now" or any change of the inputs puts it away.
import { useState } from 'react'
import { useExplorer, useExplorerStore } from '../../state/context'
import { TOUR_TEXT } from './tourText'
import { useTour } from './useTour'

/** Drawn at 3×: a 2° turn shows as 6°, enough to see on a tablet; the notice in the toolbar says so. */
const INVITATION_EXAGGERATE = 3

export function TourInvitation() {
  const store = useExplorerStore()
  const { clock, play } = useTour()
  const untouched = useExplorer((s) => s.preset === 'neutral' && s.exaggerate === 1 && s.compare === 'off')
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || clock.active || !untouched) return null
  return (
    <div className="kce-invite" data-testid="tour-invitation" role="region" aria-label={TOUR_TEXT.tourRegion}>
      <p>{TOUR_TEXT.invitation}</p>
      <button
        type="button"
        className="kce-button kce-invite-go"
        onClick={() => {
          setDismissed(true)
          store.getState().apply({
            preset: 'right-overpronated',
            exaggerate: INVITATION_EXAGGERATE,
            compare: 'neutral',
          })
          void play()
        }}
      >
        {TOUR_TEXT.invitationAction}
      </button>
      <button type="button" className="kce-button kce-invite-no" onClick={() => setDismissed(true)}>
        {TOUR_TEXT.invitationDismiss}
      </button>
    </div>
  )
}
