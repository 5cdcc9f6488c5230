// The package a web developer installs (issue 18): `npm pack` of the built dist/ with package.json's
// exports and files, installed from the tarball into an empty project with no network, used through both
// entry points: the kinematic core in Node (and its types under TypeScript), and the element in a page
// served from node_modules. Reuses the browser tests' build (globalSetup) instead of building again.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import { buildPackageExtras } from '../../scripts/package/build'
import { launchBrowser, openPage } from './support/browser'
import { SIGNAL_TIMEOUT_MS } from './support/signals'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

let consumer: string
let work: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kce-package-'))
  // The package as `npm pack` would make it from a built checkout (prepack runs npm run build).
  const staging = join(work, 'staging')
  cpSync(inject('distDir'), join(staging, 'dist'), { recursive: true })
  await buildPackageExtras(join(staging, 'dist'))
  for (const f of ['package.json', 'README.md', 'docs'])
    cpSync(join(ROOT, f), join(staging, f), { recursive: true })
  npm(['pack', '--ignore-scripts', '--pack-destination', work], staging)
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!
  consumer = join(work, 'consumer')
  cpSync(join(ROOT, 'test/browser/support/consumer'), consumer, { recursive: true })
  // No registry is asked: the package has no runtime dependency.
  npm(['install', '--offline', '--no-audit', '--no-fund', join(work, tarball)], consumer)
}, 300_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the installable package', () => {
  it('the core entry (kinetic-chain-explorer/core) runs in Node and its types check under TypeScript', () => {
    const out = execFileSync(process.execPath, ['core.mjs'], { cwd: consumer, encoding: 'utf8' })
    const { tilt, warnings } = JSON.parse(out) as { tilt: number; warnings: string[] }
    expect(tilt).toBeGreaterThan(0) // a flat right foot tips the pelvis forward
    expect(warnings).toEqual([
      'right.navicularHeightMm: 90 mm is outside the valid range 15..75 mm; clamped to 75',
    ])
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], {
      stdio: 'pipe',
    })
  })

  it('ships its manifest and model: custom-elements.json names every attribute; the element loads from node_modules', async () => {
    const manifest = (await import(
      join(consumer, 'node_modules/kinetic-chain-explorer/dist/custom-elements.json'),
      {
        with: { type: 'json' },
      }
    )) as { default: { modules: { declarations: { tagName: string; attributes: { name: string }[] }[] }[] } }
    const element = manifest.default.modules[0]!.declarations[0]!
    expect(element.tagName).toBe('kinetic-chain-explorer')
    expect(element.attributes.map((a) => a.name)).toContain('right-arch-mm')

    const server: PreviewServer = await preview({
      configFile: false,
      logLevel: 'warn',
      root: consumer,
      build: { outDir: consumer },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    })
    const browser = await launchBrowser()
    try {
      const { page, problems } = await openPage(browser, server.resolvedUrls!.local[0]!)
      await page
        .waitForFunction(() => (window as Window & { kceReady?: boolean }).kceReady === true, null, {
          timeout: SIGNAL_TIMEOUT_MS,
        })
        .catch((e: Error) => {
          throw new Error(`${e.message}\nwhat the page reported: ${problems.join('\n') || 'nothing'}`)
        })
      expect(
        await page.evaluate(() => document.querySelector('kinetic-chain-explorer')!.getState()?.inputs.right),
      ).toEqual({
        navicularHeightMm: 30,
        calcanealEversionDeg: 10,
      })
      expect(problems).toEqual([])
    } finally {
      await browser.close()
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    }
  })
})
