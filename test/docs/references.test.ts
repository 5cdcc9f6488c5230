// The chain panel's references are docs/sources.md's, generated into src/ui/references.ts; this fails when
// sources.md changes without it (run npm run docs:references).
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseReferences } from '../../scripts/docs/references'
import { REFERENCES } from '../../src/ui/references'

const md = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8')

test('src/ui/references.ts matches docs/sources.md (run npm run docs:references)', () => {
  expect(REFERENCES).toEqual(parseReferences(md))
  expect(REFERENCES.length).toBeGreaterThan(50)
})

test('every link the panel can show is written in docs/sources.md, and every DOI or PubMed link there reaches the panel', () => {
  const links = REFERENCES.flatMap((r) => r.parts.filter((p) => typeof p !== 'string').map((p) => p[1]))
  for (const url of links) expect(md).toContain(`](${url})`)
  const studies = md.slice(md.indexOf('## Foot posture'), md.indexOf('## Other sources in the notes'))
  for (const [, url] of studies.matchAll(/\]\((https:\/\/(?:doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)[^)]+)\)/g))
    expect(links).toContain(url)
})
