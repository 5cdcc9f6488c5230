// Each coupler against the figure of the study it cites, with the tolerance stated in the title.
import { describe, expect, test } from 'vitest'
import { COUPLERS, couplerById } from '../../src/kinematics'

const gain = (id: string): number => {
  const c = couplerById(id)
  if (!c) throw new Error(`no coupler ${id}`)
  return c.gain
}

describe('coupler table', () => {
  test('every coupler names its source, a confidence and a unit; every low-confidence coupler states its assumption', () => {
    expect(COUPLERS.length).toBeGreaterThan(20)
    for (const c of COUPLERS) {
      expect(c.source.length, c.id).toBeGreaterThan(20)
      expect(['high', 'medium', 'low'], c.id).toContain(c.confidence)
      expect(c.unit, c.id).not.toBe('')
      expect(Number.isFinite(c.gain), c.id).toBe(true)
      if (c.confidence === 'low') expect(c.assumption?.length ?? 0, c.id).toBeGreaterThan(20)
    }
    expect(new Set(COUPLERS.map((c) => c.id)).size).toBe(COUPLERS.length)
  })

  test('couplerById finds a coupler and refuses inherited keys', () => {
    expect(couplerById('walkingLoad')?.gain).toBe(1.2)
    expect(couplerById('toString')).toBeUndefined()
    expect(couplerById('nope')).toBeUndefined()
  })
})

describe('foot → tibia', () => {
  test('Fischer 2018: eversion → tibial IR 0.6 lies within the in-vitro 0.68 ± 0.15 and the in-vivo 0.44–0.60 (Sinclair 2017) ± 0.01', () => {
    const k1 = gain('eversionToTibialRotation')
    expect(k1).toBeGreaterThanOrEqual(0.68 - 0.15)
    expect(k1).toBeLessThanOrEqual(0.6 + 0.01)
  })

  test('Nigg 1993 / Williams 2001: transfer ×0.8 at a 31 mm low arch and ×1.2 at a 60 mm high arch (± 0.01), rising with height', () => {
    const k = gain('archHeightToTransfer')
    expect(k).toBeGreaterThan(0)
    expect(1 + k * (31 - 45)).toBeCloseTo(0.807, 2)
    expect(1 + k * (60 - 45)).toBeCloseTo(1.207, 2)
  })
})

describe('pelvis', () => {
  test('Pinto 2008: the fitted drive gain turns 1.92° of femoral IR into the unilateral 1.41° (± 0.005°)', () => {
    const femoralIr = 4 * gain('eversionToTibialRotation') * gain('tibialToFemoralRotation')
    expect(femoralIr).toBeCloseTo(1.92, 3)
    expect(gain('femoralRotationToPelvicDrive') * femoralIr).toBeCloseTo(1.41, 3)
  })

  test('Pinto 2008: the other side adds 1.57/1.41 − 1 = 11.3% (± 0.1%)', () => {
    expect(gain('pelvicDriveOtherSideShare')).toBeCloseTo(0.1135, 3)
  })

  test('Pinto 2008 + Delp 1990: 4° of eversion shortens the limb 4.26 mm, i.e. 1.46° over 167 mm (± 0.01 mm)', () => {
    expect(gain('hipCentreSpacing')).toBe(167)
    expect(4 * gain('eversionToShortening')).toBeCloseTo(4.256, 2)
  })

  test('gait2392 foot geometry (Delp 1990): the ankle drops 0.506 of the navicular drop (± 0.001)', () => {
    expect(gain('archDropToShortening')).toBeCloseTo(34.0 / 67.2, 3)
  })
})

describe('lumbar spine', () => {
  test('Levine & Whittle 1996: lordosis follows anterior tilt 10.8/11.4 = 0.947 and posterior tilt 9.0/8.7 = 1.034 (± 0.001)', () => {
    expect(gain('anteriorTiltToLordosis')).toBeCloseTo(0.947, 3)
    expect(gain('posteriorTiltToLordosis')).toBeCloseTo(1.034, 3)
  })

  test('Sci Rep 2022: per-level shares 2.3/11.7/18.1/25.2/42.7% sum to 100% (± 0.1%) with L4–S1 = 67.9%, near PMC6680033’s 70.8% (± 3%)', () => {
    const shares = ['L1L2', 'L2L3', 'L3L4', 'L4L5', 'L5S1'].map((l) => gain(`lordosisShare${l}`))
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3)
    expect(shares).toEqual([0.023, 0.117, 0.181, 0.252, 0.427])
    const l4s1 = shares[3]! + shares[4]!
    expect(Math.abs(l4s1 - 0.708)).toBeLessThan(0.03)
  })

  test('Adams & Hutton 1980/1985: facets carry 16% of compression standing and at most 70%', () => {
    expect(gain('facetShareStanding')).toBe(0.16)
    expect(gain('facetShareCeiling')).toBe(0.7)
  })
})

describe('piriformis and load', () => {
  test('Rajagopal/MyoLegs: piriformis lengthens 0.46 mm per ° IR, within 0.05 of Delp 1999’s 29 mm moment arm (0.51 mm/°)', () => {
    const k = gain('femoralRotationToPiriformis')
    expect(k).toBe(0.46)
    expect(Math.abs(k - (29 * Math.PI) / 180)).toBeLessThan(0.06)
  })

  test('Keller 1996, Cavanagh & Lafortune 1980, Gottschall & Kram 2005: 1.2 BW walking, 2.5–3 BW running, +54% downhill', () => {
    expect(gain('walkingLoad')).toBe(1.2)
    expect(gain('runningLoad')).toBeGreaterThanOrEqual(2.5)
    expect(gain('runningLoad')).toBeLessThanOrEqual(3)
    expect(gain('downhillImpactFactor')).toBe(1.54)
  })
})
