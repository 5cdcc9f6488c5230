// One tap to a starting point; the active preset is marked, and its sentence says what it shows. A long
// sentence folds to three lines (a "More" button opens it) so the chain in words below stays in view on a
// tablet.
import { useI18n } from '../i18n/context'
import { useState } from 'react'
import { PRESET_IDS } from '../state/presets'
import { useExplorer } from '../state/context'

/** Longer than this, the sentence folds (about three lines in the side panel). */
const FOLD_CHARS = 170

export function PresetButtons() {
  const active = useExplorer((s) => s.preset)
  const apply = useExplorer((s) => s.apply)
  const [unfolded, setUnfolded] = useState(false)
  const { t, n } = useI18n()
  const text = active ? t.presets.descriptions[active](n) : t.presets.own
  const long = text.length > FOLD_CHARS
  return (
    <section className="kce-card kce-presets" aria-labelledby="kce-presets-h">
      <h2 id="kce-presets-h">{t.presets.heading}</h2>
      <div className="kce-button-grid" role="group" aria-label={t.presets.group}>
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="kce-button"
            aria-pressed={active === id}
            data-preset={id}
            onClick={() => apply({ preset: id })}
          >
            {t.presets.labels[id]}
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
          {unfolded ? t.presets.less : t.presets.more}
          <span className="kce-sr-only">{t.presets.aboutPreset}</span>
        </button>
      )}
    </section>
  )
}
