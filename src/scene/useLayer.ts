// Whether a layer is shown; components re-render only when their own layer flips.
import type { LayerId } from '../state/schema'
import { useExplorer } from '../state/context'

export const useLayer = (id: LayerId): boolean => useExplorer((s) => s.layers[id])
