// The language switch: each language named in its own words (and marked with its own `lang`, so a screen
// reader says "Español" in Spanish). Writes `lang` into the store, like the element's attribute and the URL.
import { LANGS, langOf, type Lang } from '../i18n'
import { useI18n } from '../i18n/context'
import { useExplorer } from '../state/context'

/** Each language's own name: shown whatever the current language is. */
const NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' }

export function LanguageSwitch() {
  const { lang, t } = useI18n()
  const apply = useExplorer((s) => s.apply)
  const asked = useExplorer((s) => s.lang)
  return (
    <div className="kce-lang" role="group" aria-label={t.app.language} data-testid="language-switch">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          className="kce-button kce-lang-button"
          lang={l}
          aria-pressed={lang === l}
          data-lang={l}
          // Keep a region already asked for in the same language (es-MX stays es-MX).
          onClick={() => apply({ lang: asked && langOf(asked) === l ? asked : l })}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  )
}
