// The explorer's words in the language asked for. English is bundled with the explorer; Spanish is a chunk of
// its own, fetched by dynamic import() only when a page, a link, the element or a message asks for it (the
// widget's first script never carries either). React reads the words through I18nContext (context.ts); plain
// functions (describe.ts, the handout) take an I18n argument, English by default.
import { en, type Messages } from './en'
import { langOf, resolveLocale, type Lang } from './lang'
import { numberWords, type NumberWords } from './numbers'

export { LANGS, langOf, parseLocaleTag, resolveLocale, browserLocale, type Lang } from './lang'
export type { Messages } from './en'
export type { Num, NumberWords } from './numbers'

export interface I18n extends NumberWords {
  lang: Lang
  /** The full locale the numbers are written in (`es-MX`). */
  locale: string
  /** The dictionary. */
  t: Messages
}

const loaded: Partial<Record<Lang, Messages>> = { en }
const loading: Partial<Record<Lang, Promise<Messages>>> = {}

/** A language's dictionary; Spanish fetched once per page (a failed fetch may be retried later). */
export function loadMessages(lang: Lang): Promise<Messages> {
  const have = loaded[lang]
  if (have) return Promise.resolve(have)
  loading[lang] ??= import('./es').then(
    (m) => (loaded[lang] = m.es),
    (e: unknown) => {
      delete loading[lang]
      throw e
    },
  )
  return loading[lang]
}

/** The dictionary if it is already here (English always is). */
export const messagesNow = (lang: Lang): Messages | undefined => loaded[lang]

export function createI18n(locale: string, t: Messages): I18n {
  return { ...numberWords(locale), lang: langOf(locale) ?? 'en', locale, t }
}

/** English, for code that is not told a language (and for tests). */
export const EN: I18n = createI18n('en', en)

/** The words for a requested locale, once its dictionary is here (English if it cannot be fetched). */
export async function i18nFor(requested: string | null | undefined): Promise<I18n> {
  const { lang, locale } = resolveLocale(requested)
  try {
    return createI18n(locale, await loadMessages(lang))
  } catch {
    return EN
  }
}
