// The toolbar's "Play the chain": starts the tour from the foot with the inputs as they are (or stops it).
import { TOUR_TEXT } from './tourText'
import { useTour } from './useTour'

/** `fit`: the toolbar's room: the whole words, the short form, or the play sign alone (a small widget). */
export function PlayChainButton({ fit }: { fit: 'long' | 'short' | 'compact' }) {
  const { clock, play, dispatch } = useTour()
  return (
    <button
      type="button"
      className="kce-button kce-play-chain"
      data-testid="play-chain"
      aria-pressed={clock.active}
      aria-label={TOUR_TEXT.playChain.replace(/^▶\s*/, '')}
      title={TOUR_TEXT.shortcutHint}
      onClick={() => (clock.active ? dispatch({ type: 'stop' }) : void play())}
    >
      {fit === 'long'
        ? TOUR_TEXT.playChain
        : fit === 'short'
          ? TOUR_TEXT.playChainShort
          : TOUR_TEXT.playChainIcon}
    </button>
  )
}
