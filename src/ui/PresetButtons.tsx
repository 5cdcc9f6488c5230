// One tap to a starting point; the active preset is marked, and its sentence says what it shows.
import { PRESETS, PRESET_IDS } from '../state/presets'
import { useExplorer } from '../state/context'

export function PresetButtons() {
  const active = useExplorer((s) => s.preset)
  const apply = useExplorer((s) => s.apply)
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
      <p className="kce-note" aria-live="polite">
        {active ? PRESETS[active].description : 'Your own settings (not a preset).'}
      </p>
    </section>
  )
}
