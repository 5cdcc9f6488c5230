// The colour keys, drawn from the same scales the 3D view uses; only the keys for visible layers show. The key
// folds into a button in the toolbar (a small swatch) and opens over a corner of the 3D view; it starts folded
// where the view is small. The stress key says what the colours are read against (standing); what the
// exaggeration does to the colours is told once, by the toolbar's notice.
import { useI18n } from '../i18n/context'
import { affectedSide } from '../state/affectedSide'
import { IRRITATION_SCALE, LENGTH_SCALE, STRESS_SCALE } from '../state/colourScales'
import { useExplorer } from '../state/context'
import type { CameraView, Side } from '../state/schema'
import { selectPose } from '../state/store'
import { STRESS_BASELINE } from '../state/stressBaseline'
import { isGait } from '../state/gaitClock'

/** Text marks under a bar, at positions 0..1 along it. */
type Mark = readonly [string, number]

function Key({ title, gradient, ends }: { title: string; gradient: string; ends: readonly Mark[] }) {
  return (
    <div className="kce-key">
      <span className="kce-key-title">{title}</span>
      <span
        className="kce-key-bar"
        style={{ background: `linear-gradient(to right, ${gradient})` }}
        aria-hidden="true"
      />
      <span className="kce-key-ends">
        {ends.map(([text, at]) => (
          <span key={text} style={{ left: `${at * 100}%`, transform: `translateX(-${at * 100}%)` }}>
            {text}
          </span>
        ))}
      </span>
    </div>
  )
}

/** Whether any coloured layer is shown (else there is no key). */
export const useHasKey = (): boolean =>
  useExplorer((s) => s.layers.stress || s.layers.nerve || s.layers.muscle)

/** The key's button in the toolbar: a small swatch of the stress scale and "Colour key" ("Key" where short). */
export function LegendToggle({
  short,
  open,
  legendId,
  onToggle,
}: {
  short: boolean
  open: boolean
  legendId: string
  onToggle: () => void
}) {
  const { t } = useI18n()
  return (
    <button
      type="button"
      className="kce-button kce-key-toggle"
      aria-expanded={open}
      aria-controls={legendId}
      data-testid="legend-toggle"
      onClick={onToggle}
    >
      <span
        className="kce-key-swatch"
        style={{ background: `linear-gradient(to right, ${STRESS_SCALE.css()})` }}
        aria-hidden="true"
      />
      {short ? (
        <>
          {t.toolbar.key}
          <span className="kce-sr-only">{t.toolbar.toTheColours}</span>
        </>
      ) : (
        t.toolbar.colourKey
      )}
    </button>
  )
}

/**
 * The key's corner: the bottom corner away from the affected side as the view shows it (seen from behind the
 * right side is on the right of the screen, from the front on the left), so it never hides the structures the
 * labels name.
 */
function corner(view: CameraView, side: Side): 'left' | 'right' {
  const rightOnScreenRight = view !== 'front'
  return (side === 'right') === rightOnScreenRight ? 'left' : 'right'
}

export function Legend({ id, open }: { id: string; open: boolean }) {
  const layers = useExplorer((s) => s.layers)
  const k = useExplorer((s) => s.exaggerate)
  const at = useExplorer((s) => corner(s.view, affectedSide(selectPose(s))))
  const gait = useExplorer((s) => isGait(s.input.activity))
  const any = layers.stress || layers.nerve || layers.muscle
  const { t, n } = useI18n()
  return (
    <section
      className="kce-legend"
      part="legend"
      id={id}
      aria-label={t.toolbar.colourKey}
      hidden={!open || !any}
      data-corner={at}
    >
      {layers.stress && (
        <Key
          title={t.legend.stress(k === 1 ? null : n(k, Number.isInteger(k) ? 0 : 1))}
          gradient={STRESS_SCALE.css()}
          ends={[
            [t.legend.standing, (STRESS_BASELINE - STRESS_SCALE.min) / (STRESS_SCALE.max - STRESS_SCALE.min)],
            [t.legend.high, 1],
          ]}
        />
      )}
      {layers.nerve && (
        <Key
          title={t.legend.nerve}
          gradient={IRRITATION_SCALE.css()}
          ends={[
            [t.legend.calm, 0],
            [t.legend.irritated, 1],
          ]}
        />
      )}
      {layers.muscle && (
        <Key
          title={t.legend.muscle(n(2))}
          gradient={LENGTH_SCALE.css()}
          ends={[
            // Short words: three longer ones overlap on the key's 190 px bar.
            [t.legend.shorter, 0],
            [t.legend.neutral, 0.5],
            [t.legend.longer, 1],
          ]}
        />
      )}
      {/* The footstrike glow (issue 14): in the key too, since narrow embeds show no side panel. */}
      {gait && (
        <p className="kce-key-title" data-testid="shock-key" style={{ fontWeight: 400, margin: 0 }}>
          <span
            aria-hidden="true"
            style={{
              display: 'inline-block',
              width: 9,
              height: 9,
              marginRight: 5,
              borderRadius: '50%',
              border: '2px solid #ea580c',
            }}
          />
          {t.shock.pulseKey}
        </p>
      )}
    </section>
  )
}
