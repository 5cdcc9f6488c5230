// The built app, for the browser tests, the benches and the poster script: built once into a private
// temporary folder and served on a free loopback port. A private folder keeps parallel runs (and a
// developer's own dist/) out of each other's way.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, preview, type InlineConfig } from 'vite'

export interface ServedBuild {
  /** Base URL of the preview server, ending in '/'. */
  url: string
  outDir: string
  /** Stops the server and removes the folder. */
  close(): Promise<void>
}

/** Builds with the project's vite config (or `config` on top of it) and serves the result. */
export async function serveBuild(prefix: string, config: InlineConfig = {}): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), prefix))
  // What ships: Vitest runs with NODE_ENV=test, under which vite builds with import.meta.env.DEV true (the
  // element would then load its model from the server root, not beside its script).
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', ...config, build: { ...config.build, outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const close = async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    rmSync(outDir, { recursive: true, force: true })
  }
  const url = server.resolvedUrls?.local[0]
  if (!url) {
    await close()
    throw new Error('vite preview did not report a URL')
  }
  return { url, outDir, close }
}

/** Gzip bytes of one file (level 9, as a CDN or server would send it). */
export const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length

/** Every file under a folder. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? filesUnder(p) : [p]
  })
}

/** Gzip bytes of all the JavaScript in a build. */
export const builtJsGzipBytes = (dir: string): number =>
  filesUnder(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipBytes(f), 0)
