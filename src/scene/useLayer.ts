// Whether a layer is shown; components re-render only when their own layer flips.
import type { LayerId } from '../app/types'
import { useExplorer } from '../state/context'

export const useLayer = (id: LayerId): boolean => useExplorer((s) => s.layers[id])
