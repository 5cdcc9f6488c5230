// Screenshot baselines, as test/browser/explorer.test.ts keeps them: PNGs in test/browser/__screenshots__, a
// pixel differs when any channel differs by more than 24 of 255, and at most 1% of pixels may differ
// (SwiftShader is deterministic; 1% absorbs anti-aliasing and font hinting changes). `UPDATE_SCREENSHOTS=1`
// (re)writes baselines; outside CI a missing baseline is written too; in CI (CI=1) a missing baseline fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { Page } from 'playwright-core'

export const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '__screenshots__')
export const MAX_DIFF_SHARE = 0.01
export const PIXEL_THRESHOLD = 24

/** The share of differing pixels between two PNGs, decoded in the page (no image library needed). */
export async function diffShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a, b, threshold }) => {
      const decode = async (b64: string) => {
        const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
        const c = new OffscreenCanvas(bmp.width, bmp.height)
        const ctx = c.getContext('2d')!
        ctx.drawImage(bmp, 0, 0)
        return ctx.getImageData(0, 0, bmp.width, bmp.height)
      }
      const [x, y] = await Promise.all([decode(a), decode(b)])
      if (x.width !== y.width || x.height !== y.height) return 1
      let diff = 0
      for (let i = 0; i < x.data.length; i += 4)
        if (
          Math.abs(x.data[i]! - y.data[i]!) > threshold ||
          Math.abs(x.data[i + 1]! - y.data[i + 1]!) > threshold ||
          Math.abs(x.data[i + 2]! - y.data[i + 2]!) > threshold
        )
          diff++
      return diff / (x.width * x.height)
    },
    { a: a.toString('base64'), b: b.toString('base64'), threshold: PIXEL_THRESHOLD },
  )
}

/** `shot` (a PNG of what the page shows) against the committed baseline `name`. */
export async function matchesBaseline(page: Page, name: string, shot: Buffer): Promise<void> {
  const file = join(SHOTS, `${name}.png`)
  if (process.env.UPDATE_SCREENSHOTS === '1' || (!existsSync(file) && !process.env.CI)) {
    mkdirSync(SHOTS, { recursive: true })
    writeFileSync(file, shot)
    console.warn(`screenshots: wrote new baseline ${file}; commit it`)
    return
  }
  expect(existsSync(file), `${name}: no baseline ${file} (run with UPDATE_SCREENSHOTS=1 and commit it)`).toBe(
    true,
  )
  const share = await diffShare(page, readFileSync(file), shot)
  if (share > MAX_DIFF_SHARE) writeFileSync(join(SHOTS, `${name}.actual.png`), shot)
  expect(share, `${name}: ${(share * 100).toFixed(2)}% of pixels differ`).toBeLessThanOrEqual(MAX_DIFF_SHARE)
}
