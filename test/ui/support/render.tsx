// Renders UI into the DOM (happy-dom) for the ui tests, and takes it down after each test. Importing this module
// registers that afterEach in the importing test file and tells React the tests run inside act().
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach } from 'vitest'
import { ExplorerStoreContext } from '../../../src/state/context'
import type { ExplorerStore } from '../../../src/state/store'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
})

/** Renders `ui` into a fresh element on the page; returns that element and a way to render new props into it. */
export function render(ui: ReactNode): { host: HTMLElement; rerender: (next: ReactNode) => void } {
  const el = (host = document.createElement('div'))
  document.body.append(el)
  const r = (root = createRoot(el))
  act(() => r.render(ui))
  return { host: el, rerender: (next) => act(() => r.render(next)) }
}

/** Renders `ui` with `store` as the explorer store into a fresh element on the page; returns that element. */
export function renderWithStore(store: ExplorerStore, ui: ReactNode): HTMLElement {
  return render(<ExplorerStoreContext.Provider value={store}>{ui}</ExplorerStoreContext.Provider>).host
}
