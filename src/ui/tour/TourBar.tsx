// The chain tour's bar, between the toolbar and the 3D (never over it, so a caption cannot hide the link it
// tells about): previous, play or pause, next, restart, which link of how many, the caption, and close.
// Under reduced motion each link is a still the person moves on from.
import { useI18n } from '../../i18n/context'
import { useTour } from './useTour'

/** Drawn icons (not font glyphs: media symbols are missing from many fonts). */
const PATHS = {
  previous: 'M6 5h2v14H6zM20 5v14L9 12z',
  next: 'M16 5h2v14h-2zM4 5v14l11-7z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  restart: 'M12 5V1L7 6l5 5V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z',
  close: 'M6 4.6 4.6 6l6 6-6 6L6 19.4l6-6 6 6 1.4-1.4-6-6 6-6L18 4.6l-6 6z',
} as const
function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  )
}

export function TourBar() {
  const { clock, total, link, caption, dispatch } = useTour()
  const { t, n } = useI18n()
  const w = t.tour
  if (!clock.active || !link) return null
  const playing = clock.playing
  return (
    <section className="kce-tour" aria-label={w.region} data-testid="tour" data-link={link}>
      <div className="kce-tour-controls">
        <button
          type="button"
          className="kce-button kce-tour-btn"
          aria-label={w.previous}
          title={w.previous}
          disabled={clock.step <= 0}
          onClick={() => dispatch({ type: 'previous' })}
        >
          <Icon name="previous" />
        </button>
        {!clock.stills && (
          <button
            type="button"
            className="kce-button kce-tour-btn"
            data-testid="tour-play"
            aria-label={playing ? w.pause : clock.completed ? w.restart : w.resume}
            title={`${playing ? w.pause : w.play} (${w.shortcutHint})`}
            onClick={() => dispatch({ type: playing ? 'pause' : clock.completed ? 'restart' : 'play' })}
          >
            <Icon name={playing ? 'pause' : clock.completed ? 'restart' : 'play'} />
          </button>
        )}
        <button
          type="button"
          className="kce-button kce-tour-btn"
          data-testid="tour-next"
          aria-label={w.next}
          title={w.next}
          disabled={clock.step >= total - 1}
          onClick={() => dispatch({ type: 'next' })}
        >
          <Icon name="next" />
        </button>
        <button
          type="button"
          className="kce-button kce-tour-btn"
          aria-label={w.restart}
          title={w.restart}
          onClick={() => dispatch({ type: 'restart' })}
        >
          <Icon name="restart" />
        </button>
        <span className="kce-tour-step" data-testid="tour-step">
          {w.stepOf(n(clock.step + 1), n(total), w.linkName[link])}
        </span>
        <button
          type="button"
          className="kce-button kce-tour-btn kce-tour-close"
          aria-label={w.close}
          title={w.close}
          onClick={() => dispatch({ type: 'stop' })}
        >
          <Icon name="close" />
        </button>
      </div>
      <p className="kce-tour-caption" aria-live="polite" data-testid="tour-caption">
        {caption}
      </p>
      {clock.stills && clock.step === 0 && <p className="kce-note kce-tour-hint">{w.stillsHint}</p>}
    </section>
  )
}
