// The languages the explorer speaks and how a requested language tag is read. Plain TypeScript, no
// dictionary: the element's first, small script reads `lang` with this before anything else loads.

/** The languages with a dictionary; English is the reference (en.ts), Spanish is loaded when asked for. */
export const LANGS = ['en', 'es'] as const
export type Lang = (typeof LANGS)[number]

/** A BCP 47 tag as people write one: `es`, `es-MX`, `es-419`, `en-US` (not `spanish`, not `es_MX`). */
const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

/** The dictionary a tag asks for: `es-MX` → `es`; undefined where the tag is malformed or has none. */
export function langOf(tag: string): Lang | undefined {
  const t = tag.trim()
  if (!TAG.test(t)) return undefined
  const primary = t.split('-')[0]!.toLowerCase()
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined
}

/** A requested tag, tidied (`ES-mx` → `es-MX`), or undefined where it names no language we have. */
export function parseLocaleTag(raw: string): string | undefined {
  if (!langOf(raw)) return undefined
  try {
    return Intl.getCanonicalLocales(raw.trim())[0]
  } catch {
    return undefined
  }
}

/** The browser's first language we have (`navigator.languages`), else English. */
export function browserLocale(): string {
  const nav = typeof navigator === 'undefined' ? undefined : navigator
  const asked = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []
  for (const tag of asked) {
    const t = parseLocaleTag(tag)
    if (t) return t
  }
  return 'en'
}

/**
 * The locale in use: the one asked for (element, URL, message), else the browser's. The full tag is kept
 * for numbers: `es-US` and `es-MX` write 1.5 where `es-ES` writes 1,5 (Intl.NumberFormat knows which).
 */
export function resolveLocale(requested: string | null | undefined): { lang: Lang; locale: string } {
  const tag = (requested && parseLocaleTag(requested)) || browserLocale()
  return { lang: langOf(tag) ?? 'en', locale: tag }
}
