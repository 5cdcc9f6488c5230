// Renders the study references of docs/sources.md (each `###` heading's first paragraph: authors, year, title,
// journal and the links the notes record) as src/ui/references.ts, so the chain panel shows the references
// that docs/sources.md holds and nothing else. `npm run docs:references` rewrites it; a test checks it.
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

export const SOURCES_MD = new URL('../../docs/sources.md', import.meta.url)
export const OUT = new URL('../../src/ui/references.ts', import.meta.url)

/** A reference as text and links: a string is plain text, a pair is [link text, https address]. */
export type RefPart = string | readonly [string, string]
export interface Reference {
  /** The heading in docs/sources.md ("Pinto 2008", "Levine and Whittle 1996"). */
  key: string
  parts: RefPart[]
}

/** Plain text from Markdown: no bold, italics or code marks. */
const plain = (s: string): string =>
  s
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/_([^_]+)_/g, '$1')
    .replace(/`/g, '')

function parseParagraph(text: string): RefPart[] {
  const parts: RefPart[] = []
  const re = /\[([^\]]+)\]\(([^)]+)\)/g
  let last = 0
  let m: RegExpExecArray | null
  const pushText = (t: string) => {
    if (!t) return
    const prev = parts[parts.length - 1]
    if (typeof prev === 'string') parts[parts.length - 1] = prev + t
    else parts.push(t)
  }
  while ((m = re.exec(text))) {
    pushText(plain(text.slice(last, m.index)))
    const [, label, url] = m
    if (/^https:\/\//.test(url!)) parts.push([plain(label!), url!])
    else pushText(plain(label!))
    last = m.index + m[0].length
  }
  pushText(plain(text.slice(last)))
  return parts
}

/** Every study heading from the first study section up to the anatomy source table. */
export function parseReferences(md: string): Reference[] {
  const lines = md.split('\n')
  const refs: Reference[] = []
  let inStudies = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.startsWith('## ')) {
      if (line.startsWith('## Anatomy sources')) break
      if (line.startsWith('## Foot posture')) inStudies = true
      continue
    }
    if (!inStudies || !line.startsWith('### ')) continue
    const key = line
      .slice(4)
      .replace(/<a [^>]*><\/a>/g, '')
      .trim()
    let j = i + 1
    while (j < lines.length && lines[j]!.trim() === '') j++
    const para: string[] = []
    while (j < lines.length && lines[j]!.trim() !== '' && !lines[j]!.startsWith('#'))
      para.push(lines[j++]!.trim())
    refs.push({ key, parts: parseParagraph(para.join(' ')) })
  }
  return refs
}

export function referencesModule(md = readFileSync(SOURCES_MD, 'utf8')): string {
  const refs = parseReferences(md)
  return [
    '// Generated from docs/sources.md by npm run docs:references: do not edit (test/docs/references.test.ts).',
    '// Each study: its heading there, and its reference as text and [link text, address] pairs.',
    'export type RefPart = string | readonly [string, string]',
    '',
    `export const REFERENCES: readonly { key: string; parts: readonly RefPart[] }[] = ${JSON.stringify(refs, null, 2)}`,
    '',
  ].join('\n')
}

if (process.argv[1]?.endsWith('references.ts')) {
  const options = (await resolveConfig(OUT.pathname)) ?? {}
  writeFileSync(OUT, await format(referencesModule(), { ...options, filepath: OUT.pathname }))
  console.log('src/ui/references.ts written from docs/sources.md')
}
