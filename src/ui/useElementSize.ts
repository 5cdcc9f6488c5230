// The size of an element as laid out, kept current by a ResizeObserver: the explorer lays itself out by the
// room it has (a 320 px embed column or a desktop monitor), not by the window's size.
import { useEffect, useState } from 'react'

export interface Size {
  width: number
  height: number
}

export function useElementSize(el: Element | null): Size | null {
  const [size, setSize] = useState<Size | null>(null)
  useEffect(() => {
    if (!el) return
    const read = () => {
      const r = el.getBoundingClientRect()
      const next = { width: Math.round(r.width), height: Math.round(r.height) }
      setSize((s) => (s && s.width === next.width && s.height === next.height ? s : next))
    }
    read()
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(read)
    observer.observe(el)
    return () => observer.disconnect()
  }, [el])
  return size
}
