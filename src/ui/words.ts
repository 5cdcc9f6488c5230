// The dictionary's words for the core's band ids and the state layer's level words: the core names bands by
// id (and keeps English labels for its own messages); what a person reads comes from here.
import type { I18n } from '../i18n'
import type { LevelWord } from '../state/colourScales'

export const archWord = (i18n: I18n, id: string): string =>
  i18n.t.bands.arch[id as keyof I18n['t']['bands']['arch']] ?? id
export const pronationWord = (i18n: I18n, id: string): string =>
  i18n.t.bands.pronation[id as keyof I18n['t']['bands']['pronation']] ?? id
export const stressWord = (i18n: I18n, id: string): string =>
  i18n.t.bands.stress[id as keyof I18n['t']['bands']['stress']] ?? id
export const levelText = (i18n: I18n, word: LevelWord): string => i18n.t.bands.level[word]
