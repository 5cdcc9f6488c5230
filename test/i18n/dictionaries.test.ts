// The dictionaries: Spanish has every key English has (the compiler checks the types; this checks the values
// at run time too, so a key filled with an empty string or left as English text is caught), and numbers are
// written the locale's way.
import { describe, expect, it } from 'vitest'
import { en, type Messages } from '../../src/i18n/en'
import { es } from '../../src/i18n/es'
import { WIDGET_WORDS } from '../../src/i18n/widget'
import { COUPLERS } from '../../src/kinematics/couplers'
import { MUSCLE_IDS } from '../../src/anatomy/muscles'
import { createI18n, i18nFor, resolveLocale } from '../../src/i18n'
import { langOf, parseLocaleTag } from '../../src/i18n/lang'

type Tree = { [k: string]: unknown }
/** Every leaf of a dictionary as [path, value]. */
function leaves(o: Tree, at = ''): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? leaves(v as Tree, `${at}${k}.`)
      : [[`${at}${k}`, v] as [string, unknown]],
  )
}
/** One argument for any entry: called, it is a number formatter; read as text, a word. */
const arg = Object.assign(() => '7', { toString: () => 'x', toLowerCase: () => 'x' })

/** A leaf's text for a comparison: strings as they are, functions called with sample arguments. */
function sample(v: unknown): string {
  if (typeof v === 'string') return v
  const f = v as (...a: unknown[]) => string
  return f(...Array.from({ length: f.length }, () => arg))
}

describe('dictionaries', () => {
  // The coupler and muscle notes are maps by id: English's words are the core's own (checked below).
  const byId = (k: string) => k.startsWith('sources.') || k.startsWith('muscleNotes.')
  const enLeaves = leaves(en as unknown as Tree).filter(([k]) => !byId(k))
  const esLeaves = new Map(leaves(es as unknown as Tree).filter(([k]) => !byId(k)))

  it('Spanish has exactly the keys of English, each of the same kind', () => {
    expect([...esLeaves.keys()].sort()).toEqual(enLeaves.map(([k]) => k).sort())
    for (const [k, v] of enLeaves) expect(typeof esLeaves.get(k), k).toBe(typeof v)
  })

  it('no Spanish entry is empty, and sentences are not left in English', () => {
    // Short words may be the same in both (L4–L5, Tibia, Iliopsoas); a sentence never is.
    for (const [k, v] of enLeaves) {
      const theirs = sample(esLeaves.get(k))
      expect(theirs.trim().length, k).toBeGreaterThan(0)
      const words = sample(v)
        .split(/\s+/)
        .filter((w) => /[a-z]{2,}/i.test(w))
      if (words.length > 3) expect(theirs, k).not.toBe(sample(v))
    }
  })

  it('Spanish words every coupler of the core and every muscle note, with an assumption and a dissent where English has one', () => {
    for (const c of COUPLERS) {
      const w = es.sources[c.id]
      expect(w, c.id).toBeDefined()
      expect(Boolean(w!.assumption), `${c.id}.assumption`).toBe(Boolean(c.assumption))
      expect(Boolean(w!.dissent), `${c.id}.dissent`).toBe(Boolean(c.dissent))
      // Figures stay as published: every number of the English source is in the Spanish one.
      for (const num of c.source.match(/\d+(\.\d+)?/g) ?? [])
        expect(w!.source, `${c.id}: ${num}`).toContain(num)
    }
    expect(Object.keys(es.sources).sort()).toEqual(COUPLERS.map((c) => c.id).sort())
    expect(Object.keys(es.muscleNotes).sort()).toEqual([...MUSCLE_IDS].sort())
  })

  it('the widget’s words exist in both languages', () => {
    expect(Object.keys(WIDGET_WORDS.es).sort()).toEqual(Object.keys(WIDGET_WORDS.en).sort())
  })

  it('numbers follow the full locale: es-US and es-MX write 1.5, es-ES writes 1,5', () => {
    expect(createI18n('es-US', es).n(1.5, 1)).toBe('1.5')
    expect(createI18n('es-MX', es).n(1.5, 1)).toBe('1.5')
    expect(createI18n('es-ES', es).n(1.5, 1)).toBe('1,5')
    expect(createI18n('en', en).deg(-2.04)).toBe('2.0°')
    expect(createI18n('es-ES', es).deg(2.04)).toBe('2,0°')
    expect(createI18n('en', en).n(-3)).toBe('−3')
  })

  it('reads language tags: es-MX asks for Spanish, fr and nonsense for none', () => {
    expect(langOf('es-MX')).toBe('es')
    expect(langOf('EN-us')).toBe('en')
    expect(langOf('fr')).toBeUndefined()
    expect(parseLocaleTag('es_MX')).toBeUndefined()
    expect(parseLocaleTag('es-mx')).toBe('es-MX')
    expect(resolveLocale('es-US')).toEqual({ lang: 'es', locale: 'es-US' })
  })

  it('fetches Spanish when asked for', async () => {
    const i18n = await i18nFor('es-MX')
    expect(i18n.t.symptoms.disclaimer).toBe('Información, no un diagnóstico.')
    expect(i18n.locale).toBe('es-MX')
  })
})

// The type is what the compiler checks; a test that a Messages object cannot lack a key would be a type test:
// @ts-expect-error Spanish without a key is not a dictionary.
const _missing: Messages = { ...es, langName: undefined }
