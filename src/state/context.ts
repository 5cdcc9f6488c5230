// The explorer's store reaches its components through context, so two explorers on one page never share it.
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { ExplorerStore, ExplorerStoreState } from './store'

export const ExplorerStoreContext = createContext<ExplorerStore | null>(null)

export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext)
  if (!store) throw new Error('useExplorerStore: no ExplorerStoreContext provider above this component')
  return store
}

/** Subscribes the component to one slice of the explorer's state. */
export function useExplorer<T>(selector: (s: ExplorerStoreState) => T): T {
  return useStore(useExplorerStore(), selector)
}
