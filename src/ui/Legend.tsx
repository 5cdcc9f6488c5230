// The colour keys, drawn from the same scales the 3D view uses; only the keys for visible layers show. The
// stress key says what the colours are read against (standing) and, when the drawing is exaggerated, that the
// colour change is exaggerated too.
import { IRRITATION_SCALE, LENGTH_SCALE, STRESS_SCALE } from '../state/colourScales'
import { useExplorer } from '../state/context'
import { STRESS_BASELINE } from '../state/stressBaseline'

/** Text marks under a bar, at positions 0..1 along it. */
type Mark = readonly [string, number]

function Key({
  title,
  gradient,
  ends,
  note,
}: {
  title: string
  gradient: string
  ends: readonly Mark[]
  note?: string
}) {
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
      {note && <span className="kce-key-note">{note}</span>}
    </div>
  )
}

export function Legend() {
  const layers = useExplorer((s) => s.layers)
  const k = useExplorer((s) => s.exaggerate)
  if (!layers.stress && !layers.nerve && !layers.muscle) return null
  return (
    <section className="kce-legend" aria-label="Colour key">
      {layers.stress && (
        <Key
          title="Joint stress, each side (discs, facet dots)"
          gradient={STRESS_SCALE.css()}
          ends={[
            ['standing', (STRESS_BASELINE - STRESS_SCALE.min) / (STRESS_SCALE.max - STRESS_SCALE.min)],
            ['high', 1],
          ]}
          note={
            k === 1
              ? 'Against standing on neutral feet. Real changes are small: Exaggerate 3× shows them clearly.'
              : `Against standing on neutral feet; the change is drawn ${k}× stronger.`
          }
        />
      )}
      {layers.nerve && (
        <Key
          title="Sciatic nerve irritation"
          gradient={IRRITATION_SCALE.css()}
          ends={[
            ['calm', 0],
            ['irritated (glows)', 1],
          ]}
        />
      )}
      {layers.muscle && (
        <Key
          title="Piriformis muscle"
          gradient={LENGTH_SCALE.css()}
          ends={[
            ['shortened', 0],
            ['lengthened', 1],
          ]}
        />
      )}
    </section>
  )
}
