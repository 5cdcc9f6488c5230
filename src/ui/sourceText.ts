// The coupler table's texts in plain words for the chain panel (no code field names), and the references of
// docs/sources.md that a text cites. The texts themselves stay in src/kinematics/couplers.ts and
// docs/sources.md (through the generated references.ts); nothing here restates a study.
import { REFERENCES, type RefPart } from './references'

/** The core's field and coupler names, as a clinician says them. Longest first where one contains another. */
const PLAIN: readonly (readonly [RegExp, string])[] = [
  [/\bload\.impactBodyWeights\b/g, 'the impact peak (body weights)'],
  [/\bload\.activeBodyWeights\b/g, 'the mid-stance load (body weights)'],
  [/\bload\.spineShockIndex\b/g, 'the spine shock index'],
  [/\bload\.paraspinalEffortIndex\b/g, 'the back-muscle effort index'],
  [/\bpelvis\.anteriorTiltDeg\b/g, 'pelvic forward tilt'],
  [/\bpelvis\.obliquityDeg\b/g, 'pelvic obliquity (one side lower)'],
  [/\bpelvis\.torsionDeg\b/g, 'pelvic twist (torsion)'],
  [/\borthoticEversionReductionDeg\b/g, 'the heel eversion the orthotic takes off'],
  [/\bcalcanealEversionDeg\b/g, 'heel eversion'],
  [/\bnavicularHeightMm\b/g, 'arch height'],
  [/\btibialInternalRotationDeg\b/g, 'shin bone turning in'],
  [/\bfemoralInternalRotationDeg\b/g, 'thigh bone turning in'],
  [/\biliumAnteriorRotationDeg\b/g, 'that side of the pelvis tipping forward'],
  [/\bfunctionalShorteningMm\b/g, 'functional shortening of the leg'],
  [/\bpiriformisLengthChangeMm\b/g, 'piriformis length change'],
  [/\bsciaticIrritation\b/g, 'the sciatic irritation index'],
  [/\bheelHeightMm\b/g, 'heel height'],
  [/\bmedialPostDeg\b/g, 'the orthotic’s medial post'],
  [/\bfootStrike\b/g, 'foot strike'],
  [/\bfootLegLengthRange\b/g, 'the largest leg-length difference two feet can make'],
  [/\bsupinationDriveShare\b/g, 'the share a supinated foot passes on'],
  [/\borthoticPostSaturation\b/g, 'the largest post tested (5°)'],
  [/\bheelParaspinalReference\b/g, 'the 8 cm heel that was measured'],
  [/\bsrc\/anatomy\b/g, 'the model’s anatomy'],
  [/\bIR\b/g, 'internal rotation'],
  [/\bactivity '([a-z-]+)'/g, '$1'],
  [/'(standing|walking|running|downhill-running|forefoot|rearfoot)'/g, '$1'],
]

/** A coupler text in plain words: field names replaced, any other camelCase name split into words. */
export function plainWords(text: string): string {
  let s = text
  for (const [re, words] of PLAIN) s = s.replace(re, words)
  return s
    .replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, (w) => w.replace(/([A-Z])/g, ' $1').toLowerCase())
    .replace(/downhill-running/g, 'downhill running')
}

/** How a heading of docs/sources.md is cited in text: "Levine and Whittle 1996" as "Levine & Whittle 1996". */
function citePattern(key: string): RegExp {
  const m = /^(.*?) (\d{4})$/.exec(key)
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (!m) return new RegExp(`\\b${esc(key)}\\b`)
  const names = esc(m[1]!).replace(/ and /g, ' (?:and|&) ')
  return new RegExp(`\\b${names}(?: et al\\.?)? ${m[2]}\\b`)
}

const PATTERNS = REFERENCES.map((r) => [citePattern(r.key), r] as const)

export interface CitedReference {
  key: string
  parts: readonly RefPart[]
}

/** The references of docs/sources.md that any of these texts cites, in the order of sources.md. */
export function referencesIn(...texts: readonly (string | undefined)[]): CitedReference[] {
  const all = texts.filter(Boolean).join(' ')
  return PATTERNS.filter(([re]) => re.test(all)).map(([, r]) => r)
}
