// `npm run bench`: runs every benchmark in scripts/bench/ in turn and prints its figures.
// Each one compares against a baseline measured in the same run; none asserts a time.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench')
const only = process.argv.slice(2)
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const name = file.replace(/\.ts$/, '')
  if (only.length && !only.includes(name)) continue
  console.log(`\n== ${name}`)
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> }
  await mod.run()
}
