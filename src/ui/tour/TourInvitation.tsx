// The chain tour's place in the side panel. On the first visit of the full explorer (inputs untouched) it is
// an invitation to play the chain on a telling posture: the right foot flat and over-pronated, the left
// neutral, drawn at 3× with the neutral ghost beside it, so the order of the links and the difference between
// the two sides are both on screen within seconds. After that (or after "Not now") it is one button that plays
// the chain with the inputs as they are. It sits beside the 3D (under it on a phone), so the stage keeps its
// size; the toolbar carries a play button too where it has the room.
import { useState } from 'react'
import { useExplorer, useExplorerStore } from '../../state/context'
import { useI18n } from '../../i18n/context'
import { useTour } from './useTour'

/** Drawn at 3×: a 2° turn shows as 6°, enough to see on a tablet; the notice in the toolbar says so. */
const INVITATION_EXAGGERATE = 3

export function TourInvitation() {
  const store = useExplorerStore()
  const { clock, play } = useTour()
  const w = useI18n().t.tour
  const untouched = useExplorer((s) => s.preset === 'neutral' && s.exaggerate === 1 && s.compare === 'off')
  const [dismissed, setDismissed] = useState(false)
  if (clock.active) return null
  if (dismissed || !untouched)
    return (
      <div className="kce-invite kce-invite-plain" data-testid="tour-card">
        <button type="button" className="kce-button kce-invite-go" onClick={() => void play()}>
          {w.playChain}
        </button>
        <p className="kce-note">{w.playHint}</p>
      </div>
    )
  return (
    <div className="kce-invite" data-testid="tour-invitation" role="region" aria-label={w.region}>
      <p>{w.invitation}</p>
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
        {w.invitationAction}
      </button>
      <button type="button" className="kce-button kce-invite-no" onClick={() => setDismissed(true)}>
        {w.invitationDismiss}
      </button>
    </div>
  )
}
