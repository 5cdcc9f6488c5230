// React's way to the words: the explorer's root provides the I18n for its language (App), components read it.
import { createContext, useContext, useEffect, useMemo, useState } from 'react'
import { EN, createI18n, loadMessages, messagesNow, resolveLocale, type I18n } from './index'

export const I18nContext = createContext<I18n>(EN)

/** The words and number formats of the explorer's language. */
export const useI18n = (): I18n => useContext(I18nContext)

/**
 * The words for a requested locale (null: the browser's). Spanish arrives by dynamic import: until it is
 * here the words stay English, then the explorer re-renders in Spanish (mountExplorer fetches it before the
 * first render, so a page that starts in Spanish never shows English).
 */
export function useI18nFor(requested: string | null): I18n {
  const { lang, locale } = resolveLocale(requested)
  const [, loaded] = useState(0)
  const t = messagesNow(lang)
  useEffect(() => {
    if (t) return
    let live = true
    loadMessages(lang).then(
      () => live && loaded((x) => x + 1),
      () => {}, // stays English; a later switch may retry
    )
    return () => {
      live = false
    }
  }, [lang, t])
  return useMemo(() => (t ? createI18n(locale, t) : EN), [locale, t])
}
