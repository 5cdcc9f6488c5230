// The README's coupler table is generated from the code; this fails when a gain changes without it.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { couplerTableMarkdown, replaceBlock } from '../scripts/docs/couplerTable'

test('README.md coupler table matches src/kinematics/couplers.ts (run npm run docs:couplers)', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  expect(readme).toContain(couplerTableMarkdown())
  expect(replaceBlock(readme)).toBe(readme)
})

test('README.md gives the two quick-start commands', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  expect(readme).toMatch(/npm install && npm start/)
  expect(readme).toMatch(/^npm test$/m)
})
