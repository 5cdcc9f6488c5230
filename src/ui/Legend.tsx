// The colour keys, drawn from the same scales the 3D view uses; only the keys for visible layers show.
import { IRRITATION_SCALE, LENGTH_SCALE, STRESS_SCALE } from '../state/colourScales'
import { useExplorer } from '../state/context'

function Key({ title, gradient, low, high }: { title: string; gradient: string; low: string; high: string }) {
  return (
    <div className="kce-key">
      <span className="kce-key-title">{title}</span>
      <span className="kce-key-bar" style={{ background: `linear-gradient(to right, ${gradient})` }} aria-hidden="true" />
      <span className="kce-key-ends">
        <span>{low}</span>
        <span>{high}</span>
      </span>
    </div>
  )
}

export function Legend() {
  const layers = useExplorer((s) => s.layers)
  if (!layers.stress && !layers.nerve && !layers.muscle) return null
  return (
    <section className="kce-legend" aria-label="Colour key">
      {layers.stress && <Key title="Disc and facet joint stress" gradient={STRESS_SCALE.css()} low="normal" high="high" />}
      {layers.nerve && <Key title="Sciatic nerve irritation" gradient={IRRITATION_SCALE.css()} low="calm" high="irritated (glows)" />}
      {layers.muscle && <Key title="Piriformis muscle" gradient={LENGTH_SCALE.css()} low="shortened" high="lengthened" />}
    </section>
  )
}
