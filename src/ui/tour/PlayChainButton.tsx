// The toolbar's "Play the chain": starts the tour from the foot with the inputs as they are (or stops it).
import { TOUR_TEXT } from './tourText'
import { useTour } from './useTour'

export function PlayChainButton({ short }: { short: boolean }) {
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
      {short ? TOUR_TEXT.playChainShort : TOUR_TEXT.playChain}
    </button>
  )
}
