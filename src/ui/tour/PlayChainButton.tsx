// The toolbar's "Play the chain": starts the tour from the foot with the inputs as they are (or stops it).
import { useI18n } from '../../i18n/context'
import { useTour } from './useTour'

/** `fit`: the toolbar's room: the whole words, the short form, or the play sign alone (a small widget). */
export function PlayChainButton({ fit }: { fit: 'long' | 'short' | 'compact' }) {
  const { clock, play, dispatch } = useTour()
  const w = useI18n().t.tour
  return (
    <button
      type="button"
      className="kce-button kce-play-chain"
      data-testid="play-chain"
      aria-pressed={clock.active}
      aria-label={w.playChainLabel}
      title={w.shortcutHint}
      onClick={() => (clock.active ? dispatch({ type: 'stop' }) : void play())}
    >
      {fit === 'long' ? w.playChain : fit === 'short' ? w.playChainShort : '▶'}
    </button>
  )
}
