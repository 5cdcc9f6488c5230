// Documentation that a clone can follow: every relative link in the READMEs and docs/ reaches a file in the
// repository (and, with a #fragment into a Markdown file, a heading or explicit anchor in it), and no file
// in the repository points at the project's research notes outside it: a `*.md` named in code, tests or
// docs must exist here, and `docs/sources.md`, `docs/domain.md`, `docs/architecture.md` carry what those
// notes held.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const THIS_FILE = fileURLToPath(import.meta.url)
const ROOT = resolve(dirname(THIS_FILE), '../..')
const rel = (p: string) => relative(ROOT, p).split('\\').join('/')
const read = (p: string) => readFileSync(p, 'utf8')

function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === '__screenshots__' || name.startsWith('.')) continue
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...walk(p, keep))
    else if (keep(p)) out.push(p)
  }
  return out
}

const TEXT = /\.(ts|tsx|mts|mjs|js|cjs|css|html|md|json)$/
/** The Markdown whose links must resolve. */
const MARKDOWN = [
  join(ROOT, 'README.md'),
  join(ROOT, 'public/models/README.md'),
  ...walk(join(ROOT, 'docs'), (p) => p.endsWith('.md')),
]
/** Every text file that may cite documentation: sources, scripts, tests, docs, the model's README, root configs. */
const CITING = [
  ...MARKDOWN,
  ...['src', 'scripts', 'test'].flatMap((d) => walk(join(ROOT, d), (p) => TEXT.test(p))),
  ...readdirSync(ROOT)
    .filter((n) => TEXT.test(n) && !n.startsWith('package') && statSync(join(ROOT, n)).isFile())
    .map((n) => join(ROOT, n)),
].filter((p, i, all) => all.indexOf(p) === i)

/** GitHub's heading anchor: inline markup and HTML dropped, lower case, punctuation removed, spaces → '-'. */
export function githubSlug(heading: string): string {
  return heading
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** Markdown with fenced code blocks blanked out (line count kept). */
const withoutFences = (md: string): string[] => {
  let fenced = false
  return md.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced
      return ''
    }
    return fenced ? '' : line
  })
}

/** Every anchor a Markdown file offers: heading slugs (with GitHub's -1, -2 for repeats) and explicit ids. */
export function anchorsOf(md: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of withoutFences(md)) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (h) {
      const base = githubSlug(h[1]!)
      const n = seen.get(base) ?? 0
      seen.set(base, n + 1)
      anchors.add(n === 0 ? base : `${base}-${n}`)
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!)
  }
  return anchors
}

interface Link {
  line: number
  target: string
}
/** Relative links of a Markdown file: inline `[text](target)` and `[ref]: target`, outside code. */
export function relativeLinks(md: string): Link[] {
  const links: Link[] = []
  withoutFences(md).forEach((raw, i) => {
    const line = raw.replace(/`[^`]*`/g, '')
    const targets = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
      ...[...line.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]!),
    ]
    for (const target of targets)
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push({ line: i + 1, target })
  })
  return links
}

const anchorCache = new Map<string, Set<string>>()
const anchorsIn = (file: string) => {
  if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(read(file)))
  return anchorCache.get(file)!
}

/** Why a link from `from` to `target` does not resolve, or undefined when it does. */
function brokenLink(from: string, target: string): string | undefined {
  const [pathPart, fragment] = target.split('#', 2) as [string, string | undefined]
  const file = pathPart === '' ? from : resolve(dirname(from), decodeURIComponent(pathPart))
  if (!file.startsWith(ROOT + '/') && file !== ROOT) return 'points outside the repository'
  if (!existsSync(file)) return 'no such file'
  if (fragment && file.endsWith('.md') && !anchorsIn(file).has(decodeURIComponent(fragment)))
    return `no heading or anchor #${fragment} in ${rel(file)}`
  return undefined
}

describe('documentation links resolve inside the repository', () => {
  test('the anchor rules: GitHub heading slugs and explicit anchors', () => {
    expect(githubSlug('Levine and Whittle 1996')).toBe('levine-and-whittle-1996')
    expect(githubSlug('Levine & Whittle 1996')).toBe('levine--whittle-1996')
    expect(githubSlug('Anatomy §0.1: axes and units')).toBe('anatomy-01-axes-and-units')
    expect(githubSlug('<a id="michonski-2019"></a>Michoński 2019')).toBe('michoński-2019')
    expect([...anchorsOf('# A\n## A\n<a id="x"></a>\n```\n# not a heading\n```\n')]).toEqual([
      'a',
      'a-1',
      'x',
    ])
    expect(relativeLinks('[a](docs/x.md#y) [b](https://e.org) `[c](no.md)` \n[r]: ../z.md')).toEqual([
      { line: 1, target: 'docs/x.md#y' },
      { line: 2, target: '../z.md' },
    ])
  })

  test('the README and docs/ exist and the docs the code cites are there', () => {
    for (const doc of ['docs/sources.md', 'docs/domain.md', 'docs/architecture.md'])
      expect(existsSync(join(ROOT, doc)), doc).toBe(true)
  })

  for (const file of MARKDOWN)
    test(`every relative link in ${rel(file)} reaches a file (and heading) in the repository`, () => {
      const broken = relativeLinks(read(file)).flatMap(({ line, target }) => {
        const why = brokenLink(file, target)
        return why ? [`${rel(file)}:${line} ${target}: ${why}`] : []
      })
      expect(broken).toEqual([])
    })
})

describe('nothing points at documents a clone does not contain', () => {
  // Built from parts so that this file does not name them itself.
  const OUTSIDE = ['domain', 'design'].map((d) => ['shared', d].join('/'))

  test(`no file in src/, scripts/, test/, docs/, the READMEs or the root configs mentions ${OUTSIDE.join(' or ')}`, () => {
    const hits = CITING.flatMap((file) =>
      read(file)
        .split('\n')
        .flatMap((line, i) =>
          OUTSIDE.some((o) => line.includes(o))
            ? [`${rel(file)}:${i + 1}: ${line.trim().slice(0, 120)}`]
            : [],
        ),
    )
    expect(hits).toEqual([])
  })

  test('every Markdown file named in code, tests and docs exists here (as a path, or a file under docs/)', () => {
    const docNames = new Set(
      walk(join(ROOT, 'docs'), (p) => p.endsWith('.md')).map((p) => p.slice(p.lastIndexOf('/') + 1)),
    )
    const hits: string[] = []
    for (const file of CITING.filter((f) => f !== THIS_FILE)) {
      read(file)
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.matchAll(
            /(?<![\w/.-])((?:\.{1,2}\/|[\w-]+\/)*[\w-]+\.md)\b(#[^\s)'"`,;]+)?/g,
          )) {
            const path = m[1]!
            const fragment = m[2]?.replace(/[.:]+$/, '')
            const candidates = [resolve(ROOT, path), resolve(dirname(file), path)]
            if (!path.includes('/') && docNames.has(path)) candidates.push(join(ROOT, 'docs', path))
            const found = candidates.find((c) => c.startsWith(ROOT + '/') && existsSync(c))
            const where = `${rel(file)}:${i + 1}: ${m[0]}`
            if (!found) hits.push(`${where} (no such file in the repository)`)
            else if (fragment && !anchorsIn(found).has(fragment.slice(1)))
              hits.push(`${where} (no anchor ${fragment} in ${rel(found)})`)
          }
        })
    }
    expect(hits).toEqual([])
  })
})
