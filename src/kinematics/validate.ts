// Input rules (README "The kinematic core's API"): a value merely out of range is clamped and reported in
// `warnings`, naming the field; nonsense (missing, non-finite, not a number, unknown field or value) throws
// an Error naming the field. Nothing that reaches the solver can produce a NaN.
import { INPUT_LIMITS, type Limit } from './clinical'
import {
  ACTIVITIES,
  FOOT_STRIKES,
  type Activity,
  type ChainInput,
  type FootPosture,
  type FootStrike,
  type Footwear,
} from './types'

const FOOT_FIELDS: readonly (keyof FootPosture)[] = ['navicularHeightMm', 'calcanealEversionDeg']
const FOOTWEAR_FIELDS: readonly (keyof Footwear)[] = ['heelHeightMm', 'medialPostDeg']
const SIDES = ['left', 'right'] as const
const INPUT_FIELDS = ['left', 'right', 'activity', 'footwear', 'footStrike']

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

/**
 * A short, never-throwing display of any value for an error message: strings quoted, BigInt as `12n`,
 * symbols and functions by their description, objects as JSON when that works (circular ones, or ones
 * holding a BigInt, as `[object]`), cut to 60 characters.
 */
export function safeDisplay(value: unknown): string {
  let text: string
  switch (typeof value) {
    case 'string':
      text = JSON.stringify(value)
      break
    case 'bigint':
      text = `${value.toString()}n`
      break
    case 'symbol':
      text = value.toString()
      break
    case 'function':
      text = '[function]'
      break
    case 'undefined':
      text = 'undefined'
      break
    case 'object':
      if (value === null) {
        text = 'null'
        break
      }
      try {
        text = JSON.stringify(value) ?? '[object]'
      } catch {
        text = Array.isArray(value) ? '[array]' : '[object]'
      }
      break
    default:
      text = String(value)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/**
 * The one clamp for every numeric input (the core uses it for each field; the app's state layer calls it
 * the same way). Throws `Error('<field>: missing')` for undefined, `Error('<field>: not a number (<value>)')`
 * for anything else that is not a number (string, BigInt, object, null...), and
 * `Error('<field>: not a finite number (NaN)')` for NaN or ±Infinity. Otherwise returns the value clamped
 * into [min, max], pushing `<field>: <raw> <unit> is outside the valid range <min>..<max> <unit>; clamped to
 * <clamped>` onto `warnings` when it clamps. Tiny numbers such as 1e-7 are valid numbers.
 */
export function clampToLimit(field: string, raw: unknown, limit: Limit, warnings: string[]): number {
  if (raw === undefined) throw new Error(`${field}: missing`)
  if (typeof raw !== 'number') throw new Error(`${field}: not a number (${safeDisplay(raw)})`)
  if (!Number.isFinite(raw)) throw new Error(`${field}: not a finite number (${raw})`)
  const { min, max, unit } = limit
  const clamped = Math.min(max, Math.max(min, raw))
  if (clamped !== raw) {
    warnings.push(
      `${field}: ${raw} ${unit} is outside the valid range ${min}..${max} ${unit}; clamped to ${clamped}`,
    )
  }
  return clamped
}

function validateFoot(value: unknown, side: 'left' | 'right', warnings: string[]): FootPosture {
  if (!isRecord(value)) throw new Error(`${side}: missing or not an object`)
  rejectUnknownFields(value, FOOT_FIELDS, `${side}.`)
  const foot = {} as FootPosture
  for (const field of FOOT_FIELDS) {
    foot[field] = clampToLimit(`${side}.${field}`, value[field], INPUT_LIMITS[field], warnings)
  }
  return foot
}

/**
 * Footwear of one side, all fields optional (missing = barefoot, 0). Present fields are clamped like every
 * other number and named by their path, e.g. `footwear.right.heelHeightMm`.
 */
function validateFootwear(value: unknown, side: 'left' | 'right', warnings: string[]): Footwear {
  const wear = { heelHeightMm: 0, medialPostDeg: 0 }
  if (value === undefined) return wear
  const prefix = `footwear.${side}`
  if (!isRecord(value)) throw new Error(`${prefix}: not an object (${safeDisplay(value)})`)
  rejectUnknownFields(value, FOOTWEAR_FIELDS, `${prefix}.`)
  for (const field of FOOTWEAR_FIELDS) {
    const raw = value[field]
    if (raw !== undefined)
      wear[field] = clampToLimit(`${prefix}.${field}`, raw, INPUT_LIMITS[field], warnings)
  }
  return wear
}

export function isFootStrike(value: unknown): value is FootStrike {
  return typeof value === 'string' && (FOOT_STRIKES as readonly string[]).includes(value)
}

export function isActivity(value: unknown): value is Activity {
  return typeof value === 'string' && (ACTIVITIES as readonly string[]).includes(value)
}

/**
 * Checks and clamps a ChainInput. Throws an Error naming the field for anything that is not a clampable number
 * or a known value. The validated input always carries `footwear` (both sides, every field) and `footStrike`.
 */
export function validateInput(value: unknown): ValidatedInput {
  if (!isRecord(value)) throw new Error('input: missing or not an object')
  rejectUnknownFields(value, INPUT_FIELDS, '')
  const warnings: string[] = []
  const left = validateFoot(value.left, 'left', warnings)
  const right = validateFoot(value.right, 'right', warnings)
  const activity = value.activity
  if (!isActivity(activity)) {
    throw new Error(
      `activity: unknown value ${safeDisplay(activity)} (expected one of ${ACTIVITIES.join(', ')})`,
    )
  }
  const footwear = value.footwear
  if (footwear !== undefined) {
    if (!isRecord(footwear)) throw new Error(`footwear: not an object (${safeDisplay(footwear)})`)
    rejectUnknownFields(footwear, SIDES, 'footwear.')
  }
  const wear = footwear as Record<string, unknown> | undefined
  const footwearLeft = validateFootwear(wear?.left, 'left', warnings)
  const footwearRight = validateFootwear(wear?.right, 'right', warnings)
  const footStrike = value.footStrike === undefined ? 'rearfoot' : value.footStrike
  if (!isFootStrike(footStrike)) {
    throw new Error(
      `footStrike: unknown value ${safeDisplay(footStrike)} (expected one of ${FOOT_STRIKES.join(', ')})`,
    )
  }
  return {
    input: { left, right, activity, footwear: { left: footwearLeft, right: footwearRight }, footStrike },
    warnings,
  }
}
