// The chain panel tells the muscles (mm and per cent, for each side) and the spine's side-bend, with the facet
// stress's two parts, from the solved pose; read as static markup (no effects needed).
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { ExplorerStoreContext } from '../../src/state/context'
import { createExplorerStore } from '../../src/state/store'
import { ChainPanel } from '../../src/ui/ChainPanel'

function panelText(preset: 'right-overpronated' | 'flat-feet' | 'neutral'): string {
  const { store } = createExplorerStore({ preset })
  const html = renderToStaticMarkup(
    <ExplorerStoreContext.Provider value={store}>
      <ChainPanel />
    </ExplorerStoreContext.Provider>,
  )
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

describe('chain panel: muscles and the side-bend', () => {
  it('right foot over-pronated: each side lists its nine muscles with mm and per cent; the right quadratus lumborum is held longer, the left shorter; the spine bends toward the left', () => {
    const text = panelText('right-overpronated')
    expect(text).toMatch(/Right muscles/)
    expect(text).toMatch(/Left muscles/)
    expect(text.match(/held (longer|shorter) by \d+\.\d mm \([+−]\d+\.\d\d% of its length\)/g)!.length).toBe(
      18,
    )
    const right = text.slice(text.indexOf('Right muscles'))
    expect(right).toMatch(
      /quadratus lumborum \(deep back muscle at the side of the spine\) held longer by 0\.7 mm/,
    )
    const left = text.slice(text.indexOf('Left muscles'))
    expect(left).toMatch(
      /quadratus lumborum \(deep back muscle at the side of the spine\) held shorter by 2\.3 mm/,
    )
    expect(text).toMatch(/lumbar spine side-bent toward the left by 6\.0° \(toward the high side/)
    expect(text).toMatch(/from extension \+\d+%, from the side-bend [+−]\d+%/)
    expect(text).toMatch(/not the change muscle tissue makes over months/)
    expect(text).toMatch(/studies do not settle which side loads more/)
  })

  it('flat feet: hip flexors and the lumbar back muscles held shorter, hamstrings longer, on both sides; neutral: every muscle at its length', () => {
    const text = panelText('flat-feet')
    for (const side of ['Right', 'Left']) {
      const part = text.slice(text.indexOf(`${side} muscles`), text.indexOf(`${side} muscles`) + 1500)
      expect(part).toMatch(/iliopsoas \(hip flexor\) held shorter by 1\.2 mm/)
      expect(part).toMatch(/hamstrings held longer by 1\.9 mm/)
      expect(part).toMatch(/erector spinae, lumbar \(back muscle beside the spine\) held shorter by 2\.0 mm/)
    }
    expect(panelText('neutral').match(/held at its length/g)!.length).toBe(18)
  })
})
