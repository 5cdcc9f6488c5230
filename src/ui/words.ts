// The dictionary's words for the core's band ids and the state layer's level words: the core names bands by
// id (and keeps English labels for its own messages); what a person reads comes from here.
import type { I18n } from '../i18n'
import { archBand, pronationBand } from '../kinematics/limits'
import type { LevelWord } from '../state/colourScales'
import type { FootField } from '../state/schema'

export const archWord = (i18n: I18n, id: string): string =>
  i18n.t.bands.arch[id as keyof I18n['t']['bands']['arch']] ?? id
export const pronationWord = (i18n: I18n, id: string): string =>
  i18n.t.bands.pronation[id as keyof I18n['t']['bands']['pronation']] ?? id
export const stressWord = (i18n: I18n, id: string): string =>
  i18n.t.bands.stress[id as keyof I18n['t']['bands']['stress']] ?? id
export const levelText = (i18n: I18n, word: LevelWord): string => i18n.t.bands.level[word]

/** The clinical band of one foot input, in words: "low arch", "highly pronated (FPI +10 to +12)", "mid heel". */
export function footBand(i18n: I18n, field: FootField, v: number): string {
  switch (field) {
    case 'navicularHeightMm':
      return archWord(i18n, archBand(v).id)
    case 'calcanealEversionDeg': {
      const p = pronationBand(v)
      return `${pronationWord(i18n, p.id)} (${i18n.lang === 'es' ? p.fpi.replace(' to ', ' a ') : p.fpi})`
    }
    case 'heelHeightMm':
      return i18n.t.bands.heel(v)
    case 'medialPostDeg':
      return i18n.t.bands.post(i18n.n(v, Number.isInteger(v) ? 0 : 1))
  }
}
