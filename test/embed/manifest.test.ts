// The package's custom-elements.json (scripts/package/manifest.ts) against the element itself: every
// attribute the element observes is in the manifest, with its property, and nothing else; every part the
// manifest names is one the element sets.
import { describe, expect, it, vi } from 'vitest'
import { customElementsManifest } from '../../scripts/package/manifest'

vi.mock('../../src/app/mountExplorer', () => ({ mountExplorer: () => ({}) }))

describe('custom-elements.json', () => {
  it('lists exactly the attributes the element observes, each with its reflecting property', async () => {
    const { KineticChainExplorerElement } = await import('../../src/embed/element')
    const element = customElementsManifest().modules[0]!.declarations[0]!
    expect(element.tagName).toBe('kinetic-chain-explorer')
    expect(element.attributes.map((a) => a.name).sort()).toEqual(
      [...KineticChainExplorerElement.observedAttributes].sort(),
    )
    const el = new KineticChainExplorerElement()
    for (const a of element.attributes) expect(a.fieldName in el, `${a.name} → ${a.fieldName}`).toBe(true)
    el.setAttribute('right-arch-mm', '30')
    expect((el as unknown as { rightArchMm: number }).rightArchMm).toBe(30)
  })

  it('names the parts the element sets, and those the explorer inside it sets (checked in test/browser/theming.test.ts)', async () => {
    const { KineticChainExplorerElement } = await import('../../src/embed/element')
    const el = new KineticChainExplorerElement()
    const own = new Set([...el.shadowRoot!.querySelectorAll('[part]')].map((e) => e.getAttribute('part')))
    const declaration = customElementsManifest().modules[0]!.declarations[0]!
    const named = declaration.cssParts.map((p) => p.name)
    for (const p of own) expect(named, `part ${p}`).toContain(p)
    expect(named.filter((p) => !own.has(p)).sort()).toEqual(['legend', 'panel', 'toolbar'])
    const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((s) => s.name).sort()
    expect(declaration.slots.map((s) => s.name).sort()).toEqual(slots)
  })
})
