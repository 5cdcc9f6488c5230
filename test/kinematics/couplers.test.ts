// Each coupler against the figure of the study it cites, with the tolerance stated in the title. A gain
// fitted to a figure is checked against that same figure only as a change detector (the title says so); the
// end-to-end checks against figures that were not used in any fit are in solveChain.test.ts.
import { describe, expect, test } from 'vitest'
import { COUPLERS, couplerById } from '../../src/kinematics'

const gain = (id: string): number => {
  const c = couplerById(id)
  if (!c) throw new Error(`no coupler ${id}`)
  return c.gain
}
const text = (id: string): string => {
  const c = couplerById(id)
  if (!c) throw new Error(`no coupler ${id}`)
  return `${c.source} ${c.assumption ?? ''} ${c.dissent ?? ''}`
}
const DEG = Math.PI / 180

describe('coupler table', () => {
  test('every coupler names its source, a confidence and a unit; every low-confidence coupler states its assumption; a dissent, where given, is a sentence', () => {
    expect(COUPLERS.length).toBeGreaterThan(30)
    for (const c of COUPLERS) {
      expect(c.source.length, c.id).toBeGreaterThan(20)
      expect(['high', 'medium', 'low'], c.id).toContain(c.confidence)
      expect(c.unit, c.id).not.toBe('')
      expect(Number.isFinite(c.gain), c.id).toBe(true)
      if (c.confidence === 'low') expect(c.assumption?.length ?? 0, c.id).toBeGreaterThan(20)
      if (c.dissent !== undefined) expect(c.dissent.length, c.id).toBeGreaterThan(20)
      // Comments and sources cite studies, never the project's notes outside the repository.
      expect(text(c.id), c.id).not.toMatch(/shared\/|biomechanics\.md|anatomy\.md|kinetic-chain\.md/)
    }
    expect(new Set(COUPLERS.map((c) => c.id)).size).toBe(COUPLERS.length)
  })

  test('couplerById finds a coupler and refuses inherited keys', () => {
    expect(couplerById('walkingLoad')?.gain).toBe(1.2)
    expect(couplerById('toString')).toBeUndefined()
    expect(couplerById('nope')).toBeUndefined()
  })

  test('the studies that found no effect are shown as dissent where they apply', () => {
    expect(couplerById('eversionToTibialRotation')?.dissent).toMatch(/Kim 2023.*not significantly/)
    expect(couplerById('femoralRotationToPelvicDrive')?.dissent).toMatch(/Duval et al\. 2010/)
    expect(couplerById('anteriorTiltToLordosis')?.dissent).toMatch(/Delisle.*Youdas.*Betsch/)
    expect(couplerById('orthoticEversionReduction')?.dissent).toMatch(/Nigg et al\. 1999/)
    expect(couplerById('heelHeightToPelvicTilt')?.dissent).toMatch(/de Oliveira Pezzan/)
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

  test('Khamis & Yizhar 2007: the femur ratio does not claim their r = 0.612–0.985 as a segment-to-segment coupling (it compares wedge conditions)', () => {
    expect(text('tibialToFemoralRotation')).toMatch(/consecutive wedge conditions, not one segment/)
  })
})

describe('orthotic', () => {
  test('change detector (fitted to Sinclair 2017): a 5° medial post lowers peak eversion 12.37 → 10.75°, 0.324° per degree (± 0.001)', () => {
    expect(gain('orthoticEversionReduction')).toBeCloseTo(0.324, 3)
    expect(gain('orthoticEversionReduction') * gain('orthoticPostSaturation')).toBeCloseTo(12.37 - 10.75, 10)
  })

  test('Wahmkow 2017: no systematic orthotic effect in walking (share 0); standing assumed as running (share 1, low confidence)', () => {
    expect(gain('orthoticWalkingShare')).toBe(0)
    expect(gain('orthoticStandingShare')).toBe(1)
    expect(couplerById('orthoticStandingShare')?.confidence).toBe('low')
  })
})

describe('pelvis', () => {
  test('change detector (fitted to Pinto 2008): the drive gain turns 1.92° of femoral IR into the unilateral 1.41° (± 0.005°)', () => {
    const femoralIr = 4 * gain('eversionToTibialRotation') * gain('tibialToFemoralRotation')
    expect(femoralIr).toBeCloseTo(1.92, 3)
    expect(gain('femoralRotationToPelvicDrive') * femoralIr).toBeCloseTo(1.41, 3)
  })

  test('change detector (fitted to Pinto 2008): the other side adds 1.57/1.41 − 1 = 11.3% (± 0.1%)', () => {
    expect(gain('pelvicDriveOtherSideShare')).toBeCloseTo(0.1135, 3)
  })

  test('Betsch 2011 / Duval 2010: supination passes on 0.4 of the pronation gain, below 1/2.41 so a high arch never outdoes its mirror low arch', () => {
    const k = gain('archHeightToTransfer')
    const worst = (1 + k * 30) / (1 - k * 30)
    expect(worst).toBeCloseTo(2.41, 2)
    expect(gain('supinationDriveShare')).toBeLessThan(1 / worst)
  })

  test('change detector (fitted to Young 2000): a 15 mm lift reaches the pelvis as 1.2°, i.e. a compensated share 0.233 (± 0.001) of the 5.1° uncompensated geometry', () => {
    const c = gain('legLengthCompensation')
    expect(c).toBeCloseTo(0.2332, 3)
    expect(Math.atan((c * 15) / gain('hipCentreSpacing')) / DEG).toBeCloseTo(1.2, 6)
    expect(Math.atan(15 / gain('hipCentreSpacing')) / DEG).toBeCloseTo(5.13, 2)
  })

  test('the obliquity bound from feet: the whole arch range (0.506 × 60 mm = 30.4 mm) compensated is 7.08 mm, i.e. 2.43° over 167 mm (± 0.01°)', () => {
    expect(gain('footLegLengthRange')).toBeCloseTo(
      gain('archDropToShortening') * 60 * gain('legLengthCompensation'),
      10,
    )
    expect(Math.atan(gain('footLegLengthRange') / gain('hipCentreSpacing')) / DEG).toBeCloseTo(2.43, 2)
  })

  test('change detector (fitted to Pinto 2008 through the bound): 4° of eversion gives 4.26 mm, i.e. 1.46° over 167 mm (± 0.01 mm)', () => {
    const dMax = gain('footLegLengthRange')
    expect(dMax * Math.tanh((4 * gain('eversionToShortening')) / dMax)).toBeCloseTo(4.256, 2)
  })

  test('gait2392 foot geometry (Delp 1990): the ankle drops 0.506 of the navicular drop (± 0.001); the model foot lifts its ankle 0.78 of a heel (± 0.01)', () => {
    expect(gain('archDropToShortening')).toBeCloseTo(34.0 / 67.2, 3)
    expect(gain('heelLiftToLimbLength')).toBeCloseTo(0.78, 2)
  })

  test('change detector (Franklin 1995, Bendix 1984, Opila 1988, Michoński 2019): heels tilt the pelvis back 0.2° per cm, 1° at Franklin’s 5 cm (± 0.01°)', () => {
    expect(gain('heelHeightToPelvicTilt') * 50).toBeCloseTo(-1, 2)
  })
})

describe('lumbar spine', () => {
  test('Levine & Whittle 1996: lordosis follows anterior tilt 10.8/11.4 = 0.947 and posterior tilt 9.0/8.7 = 1.034 (± 0.001)', () => {
    expect(gain('anteriorTiltToLordosis')).toBeCloseTo(0.947, 3)
    expect(gain('posteriorTiltToLordosis')).toBeCloseTo(1.034, 3)
  })

  test('Christophy 2012 rhythm: per-level shares of added extension 25.5/23.1/20.4/18.5/12.5% sum to 100% (± 0.1%), L4–S1 = 31% (at most 60%)', () => {
    const shares = ['L1L2', 'L2L3', 'L3L4', 'L4L5', 'L5S1'].map((l) => gain(`lordosisShare${l}`))
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3)
    expect(shares).toEqual([0.255, 0.231, 0.204, 0.185, 0.125])
    expect(shares[3]! + shares[4]!).toBeCloseTo(0.31, 10)
    expect(shares[3]! + shares[4]!).toBeLessThanOrEqual(0.6)
  })

  test('Adams & Hutton 1980/1985: facets carry 16% of compression standing and at most 70%', () => {
    expect(gain('facetShareStanding')).toBe(0.16)
    expect(gain('facetShareCeiling')).toBe(0.7)
  })
})

describe('piriformis, load and back muscles', () => {
  test('Rajagopal/MyoLegs: piriformis lengthens 0.46 mm per ° IR, within 0.05 of Delp 1999’s 29 mm moment arm (0.51 mm/°)', () => {
    const k = gain('femoralRotationToPiriformis')
    expect(k).toBe(0.46)
    expect(Math.abs(k - (29 * Math.PI) / 180)).toBeLessThan(0.06)
  })

  test('Rajagopal/MyoLegs: full piriformis tension at the 8.6 mm its path lengthens at 20° of hip IR (146.7 − 138.1 mm)', () => {
    expect(gain('piriformisTensionReference')).toBeCloseTo(146.7 - 138.1, 10)
  })

  test('Keller 1996, Cavanagh & Lafortune 1980, Gottschall & Kram 2005: 1.2 BW walking, 2.5–3 BW running active peak, +54% downhill on the impact only', () => {
    expect(gain('walkingLoad')).toBe(1.2)
    expect(gain('runningLoad')).toBeGreaterThanOrEqual(2.5)
    expect(gain('runningLoad')).toBeLessThanOrEqual(3)
    expect(gain('downhillImpactFactor')).toBe(1.54)
    expect(couplerById('downhillImpactFactor')?.to).toMatch(/impactBodyWeights/)
  })

  test('running impact peak 2.0 BW lies in the 1.5–2.5 BW noted for a rearfoot strike; Lieberman 2010: a forefoot strike has none (share 0)', () => {
    expect(gain('runningImpactLoad')).toBeGreaterThanOrEqual(1.5)
    expect(gain('runningImpactLoad')).toBeLessThanOrEqual(2.5)
    expect(gain('forefootImpactShare')).toBe(0)
  })

  test('Han 2015: the paraspinal effort index reaches 1 at 8 cm heels; Bendix 1984 (no EMG change at 4.5 cm): at 4.5 cm it is at most a third', () => {
    const ref = gain('heelParaspinalReference')
    const p = gain('heelParaspinalExponent')
    expect(ref).toBe(80)
    expect((45 / ref) ** p).toBeLessThan(1 / 3)
  })
})
