// Input rules (architecture.md): a value merely out of range is clamped and reported in `warnings`, naming
// the field; nonsense (missing, non-finite, not a number, unknown field or activity) throws an Error naming
// the field. Nothing that reaches the solver can produce a NaN.
import { INPUT_LIMITS } from './clinical'
import { ACTIVITIES, type Activity, type ChainInput, type FootPosture } from './types'

const FOOT_FIELDS = Object.keys(INPUT_LIMITS) as (keyof FootPosture)[]
const INPUT_FIELDS = ['left', 'right', 'activity']

export interface ValidatedInput {
  input: ChainInput
  warnings: string[]
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function rejectUnknownFields(value: Record<string, unknown>, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      throw new Error(`${prefix}${key}: unknown field (expected one of ${known.join(', ')})`)
  }
}

function validateFoot(value: unknown, side: 'left' | 'right', warnings: string[]): FootPosture {
  if (!isRecord(value)) throw new Error(`${side}: missing or not an object`)
  rejectUnknownFields(value, FOOT_FIELDS, `${side}.`)
  const foot = {} as FootPosture
  for (const field of FOOT_FIELDS) {
    const name = `${side}.${field}`
    const raw = value[field]
    if (raw === undefined) throw new Error(`${name}: missing`)
    if (typeof raw !== 'number') throw new Error(`${name}: not a number (${JSON.stringify(raw)})`)
    if (!Number.isFinite(raw)) throw new Error(`${name}: not a finite number (${raw})`)
    const { min, max, unit } = INPUT_LIMITS[field]
    const clamped = Math.min(max, Math.max(min, raw))
    if (clamped !== raw) {
      warnings.push(
        `${name}: ${raw} ${unit} is outside the valid range ${min}..${max} ${unit}; clamped to ${clamped}`,
      )
    }
    foot[field] = clamped
  }
  return foot
}

export function isActivity(value: unknown): value is Activity {
  return typeof value === 'string' && (ACTIVITIES as readonly string[]).includes(value)
}

/** Checks and clamps a ChainInput. Throws an Error naming the field for anything that is not a clampable number. */
export function validateInput(value: unknown): ValidatedInput {
  if (!isRecord(value)) throw new Error('input: missing or not an object')
  rejectUnknownFields(value, INPUT_FIELDS, '')
  const warnings: string[] = []
  const left = validateFoot(value.left, 'left', warnings)
  const right = validateFoot(value.right, 'right', warnings)
  const activity = value.activity
  if (!isActivity(activity)) {
    throw new Error(
      `activity: unknown value ${JSON.stringify(activity)} (expected one of ${ACTIVITIES.join(', ')})`,
    )
  }
  return { input: { left, right, activity }, warnings }
}
