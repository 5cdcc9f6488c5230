// The chain tour's bar, between the toolbar and the 3D (never over it, so a caption cannot hide the link it
// tells about): previous, play or pause, next, restart, which link of how many, the caption, and close.
// Under reduced motion each link is a still the person moves on from.
import { useI18n } from '../../i18n/context'
import { TourButton } from './TourButton'
import { useTour } from './useTour'

export function TourBar() {
  const { clock, total, link, caption, dispatch } = useTour()
  const { t, n } = useI18n()
  const w = t.tour
  if (!clock.active || !link) return null
  const playing = clock.playing
  return (
    <section className="kce-tour" aria-label={w.region} data-testid="tour" data-link={link}>
      <div className="kce-tour-controls">
        <TourButton
          icon="previous"
          label={w.previous}
          disabled={clock.step <= 0}
          onClick={() => dispatch({ type: 'previous' })}
        />
        {!clock.stills && (
          <TourButton
            icon={playing ? 'pause' : clock.completed ? 'restart' : 'play'}
            label={playing ? w.pause : clock.completed ? w.restart : w.resume}
            title={`${playing ? w.pause : w.play} (${w.shortcutHint})`}
            testId="tour-play"
            onClick={() => dispatch({ type: playing ? 'pause' : clock.completed ? 'restart' : 'play' })}
          />
        )}
        <TourButton
          icon="next"
          label={w.next}
          testId="tour-next"
          disabled={clock.step >= total - 1}
          onClick={() => dispatch({ type: 'next' })}
        />
        <TourButton icon="restart" label={w.restart} onClick={() => dispatch({ type: 'restart' })} />
        <span className="kce-tour-step" data-testid="tour-step">
          {w.stepOf(n(clock.step + 1), n(total), w.linkName[link])}
        </span>
        <TourButton
          icon="close"
          label={w.close}
          className="kce-tour-close"
          onClick={() => dispatch({ type: 'stop' })}
        />
      </div>
      <p className="kce-tour-caption" aria-live="polite" data-testid="tour-caption">
        {caption}
      </p>
      {clock.stills && clock.step === 0 && <p className="kce-note kce-tour-hint">{w.stillsHint}</p>}
    </section>
  )
}
