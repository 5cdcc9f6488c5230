// The layer rules of docs/architecture.md, proved on the project's own ESLint config: for each layer, an
// import of a layer above it is an error, whether it names the layer's barrel ('../kinematics') or a file
// inside it ('../kinematics/types'), and an allowed import is not.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })

async function restricted(file: string, from: string): Promise<boolean> {
  const code = `import { x } from '${from}'\nexport const y = x\n`
  const [result] = await eslint.lintText(code, { filePath: file })
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports')
}

/** layer → what it must never import (barrel and deep forms are both tried for src layers). */
const FORBIDDEN: Record<string, string[]> = {
  anatomy: ['react', 'three', '../kinematics', '../state', '../scene', '../ui', '../app', '../embed'],
  kinematics: ['react', 'three', 'leva', 'zustand', '../state', '../scene', '../ui', '../app', '../embed'],
  state: ['three', '@react-three/fiber', 'leva', '../scene', '../ui', '../app', '../embed'],
  scene: ['../ui', '../app', '../embed'],
  ui: ['three', '@react-three/drei', '../scene', '../app', '../embed'],
  app: ['../embed'],
}
const ALLOWED: Record<string, string[]> = {
  anatomy: ['./names'],
  kinematics: ['../anatomy', '../anatomy/names'],
  state: ['../kinematics', '../kinematics/types', 'zustand/vanilla'],
  scene: ['three', '@react-three/fiber', '../state/store', '../kinematics'],
  ui: ['leva', 'react', '../state/schema', '../kinematics'],
  app: ['../scene/ExplorerCanvas', '../ui/ChainPanel', '../state'],
}

describe('lint enforces the layers (docs/architecture.md)', () => {
  for (const [layer, imports] of Object.entries(FORBIDDEN))
    it(`src/${layer}/ may not import ${imports.join(', ')} (barrel or deep)`, async () => {
      const file = `src/${layer}/probe.ts`
      for (const from of imports) {
        expect(await restricted(file, from), `${file} importing ${from}`).toBe(true)
        if (from.startsWith('../'))
          expect(await restricted(file, `${from}/some/file`), `${file} importing ${from}/…`).toBe(true)
      }
    })

  for (const [layer, imports] of Object.entries(ALLOWED))
    it(`src/${layer}/ may import ${imports.join(', ')}`, async () => {
      for (const from of imports) expect(await restricted(`src/${layer}/probe.ts`, from), from).toBe(false)
    })
})
