// The narrow widget's summary line in the widget's language: loaded with the explorer (after activation),
// never by the element's first script, with the dictionary it needs.
import type { ExplorerState } from '../app/types'
import { i18nFor } from '../i18n'
import { briefLine } from '../ui/describe'

export async function briefText(state: ExplorerState): Promise<string> {
  return briefLine(state.input, state.pose, await i18nFor(state.lang))
}
