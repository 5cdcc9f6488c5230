// One tap to a starting point; the active preset is marked, and its sentence says what it shows. A long
// sentence folds to three lines (a "More" button opens it) so the chain in words below stays in view on a
// tablet.
import { useState } from 'react'
import { PRESETS, PRESET_IDS } from '../state/presets'
import { useExplorer } from '../state/context'

/** Longer than this, the sentence folds (about three lines in the side panel). */
const FOLD_CHARS = 170

export function PresetButtons() {
  const active = useExplorer((s) => s.preset)
  const apply = useExplorer((s) => s.apply)
  const [unfolded, setUnfolded] = useState(false)
  const text = active ? PRESETS[active].description : 'Your own settings (not a preset).'
  const long = text.length > FOLD_CHARS
  return (
    <section className="kce-card kce-presets" aria-labelledby="kce-presets-h">
      <h2 id="kce-presets-h">Start from</h2>
      <div className="kce-button-grid" role="group" aria-label="Presets">
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="kce-button"
            aria-pressed={active === id}
            data-preset={id}
            onClick={() => apply({ preset: id })}
          >
            {PRESETS[id].label}
          </button>
        ))}
      </div>
      <p
        className="kce-note kce-preset-note"
        aria-live="polite"
        data-folded={long && !unfolded ? true : undefined}
      >
        {text}
      </p>
      {long && (
        <button
          type="button"
          className="kce-more"
          aria-expanded={unfolded}
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded ? 'Less' : 'More'}
          <span className="kce-sr-only"> about this preset</span>
        </button>
      )}
    </section>
  )
}
