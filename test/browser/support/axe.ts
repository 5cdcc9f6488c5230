// axe-core in the page under test (self-hosted from node_modules: no CDN), for the accessibility checks of
// the explorer and stage tests.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

const AXE = readFileSync(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')

export interface Violation {
  id: string
  impact: string
  where: string[]
}

/** Serious and critical axe-core violations on the page (open shadow roots included). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE })
  const violations = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run(
            c?: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }>
        }
      }
    ).axe.run(document)
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      where: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
