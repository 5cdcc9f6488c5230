// What `npm run build` adds to the app's build so that dist/ is also an installable package (package.json
// "exports"): the kinematic core as a plain ES module with its declarations (`kinetic-chain-explorer/core`),
// and the element's Custom Elements Manifest (custom-elements.json), written from the input descriptor table.
//   tsx scripts/package/build.ts [outDir]   (default dist)
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { customElementsManifest } from './manifest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export async function buildPackageExtras(outDir: string): Promise<void> {
  const out = resolve(ROOT, outDir)
  // The core: pure TypeScript, no dependency; one file, so Node and any bundler can import it.
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    publicDir: false,
    build: {
      outDir: join(out, 'core'),
      emptyOutDir: true,
      target: 'es2020',
      minify: false,
      lib: { entry: join(ROOT, 'src/kinematics/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  })
  // Its declarations, as tsc writes them (src/kinematics and the anatomy names it uses).
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-p',
      join(ROOT, 'tsconfig.core.json'),
      '--outDir',
      join(out, 'core/types'),
    ],
    { stdio: 'inherit' },
  )
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'custom-elements.json'), `${JSON.stringify(customElementsManifest(), null, 2)}\n`)
}

if (process.argv[1]?.endsWith('build.ts')) {
  await buildPackageExtras(process.argv[2] ?? 'dist')
  console.log('core, its declarations and custom-elements.json written')
}
