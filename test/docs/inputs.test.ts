// The README's attribute table and the element's published input properties are generated from the input
// descriptor table (src/state/schema.ts); these fail when an input changes without them.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { DTS_URL, README_URL, readmeTable, withDtsBlock, withReadmeTable } from '../../scripts/docs/inputDocs'
import { INPUTS } from '../../src/state/schema'

test('README.md attribute table matches src/state/schema.ts (run npm run docs:inputs)', () => {
  const readme = readFileSync(README_URL, 'utf8')
  expect(readme).toContain(readmeTable())
  expect(withReadmeTable(readme)).toBe(readme)
  for (const d of INPUTS) expect(readme).toContain(`\`${d.param}\``)
})

test('kinetic-chain-explorer.d.ts declares every input property (run npm run docs:inputs)', async () => {
  const dts = readFileSync(DTS_URL, 'utf8')
  expect(await withDtsBlock(dts)).toBe(dts)
  // `lang` is HTMLElement's own string property; the others are the element's, null where unset.
  for (const d of INPUTS)
    expect(dts).toMatch(new RegExp(`^  ${d.property}: ${d.kind === 'lang' ? 'string' : '.+ \\| null'}$`, 'm'))
})
