// Lumbar spine, sacral base and lower thoracic context, built up from the L5-S1 centre (model mm, axial).
// Sizes are real-adult (docs/domain.md, anatomy §2.6 iii; the OpenSim spine is 0.75-0.8x adult, §7),
// placement is Christophy 2012 (S6), lordosis is the §5.4 recommendation split 2/3 disc wedge, 1/3 body
// wedge. (`§n` = Anatomy section n of docs/domain.md; `Sn` and the tags: docs/sources.md.)
import { lift, type Mm3, type M3 } from './frame'

const RAD = Math.PI / 180

/** L5-S1 intervertebral joint centre, Christophy sacrum frame (-98, 71, 0) = gait2392 pelvis frame (S6 R §2.6 i). */
export const L5_S1_CENTRE_MM: Mm3 = lift([-98, 950 + 71, 0])
/** Sacral slope: S1 endplate to horizontal (§5.3 recommended 40°, D from S13-S15). */
export const SACRAL_SLOPE_DEG = 40

/** One motion segment, bottom (L5-S1) first in SEGMENTS below. */
interface SegmentSpec {
  readonly upper: string
  /** Segmental lordosis = disc wedge + wedge of the vertebra above (§5.4 recommended, D). */
  readonly lordosisDeg: number
  /** Middle disc height (S20 R). */
  readonly discHeightMm: number
  /** Vertebral body mid-height of the upper vertebra (S7 R cohort mean 27.75; thoracic C). */
  readonly bodyHeightMm: number
  /** Upper-endplate width / depth of the upper vertebra (Panjabi 1992, C). */
  readonly bodyWidthMm: number
  readonly bodyDepthMm: number
  /** Fraction of the segment angle carried by the disc (§5.4: about 2/3). */
  readonly discShare: number
}

export const SEGMENTS: readonly SegmentSpec[] = [
  {
    upper: 'L5',
    lordosisDeg: 22,
    discHeightMm: 12.99,
    bodyHeightMm: 27.75,
    bodyWidthMm: 49,
    bodyDepthMm: 35,
    discShare: 2 / 3,
  },
  {
    upper: 'L4',
    lordosisDeg: 15,
    discHeightMm: 13.82,
    bodyHeightMm: 27.75,
    bodyWidthMm: 46,
    bodyDepthMm: 35,
    discShare: 2 / 3,
  },
  {
    upper: 'L3',
    lordosisDeg: 10,
    discHeightMm: 12.45,
    bodyHeightMm: 27.75,
    bodyWidthMm: 44,
    bodyDepthMm: 35,
    discShare: 2 / 3,
  },
  {
    upper: 'L2',
    lordosisDeg: 7,
    discHeightMm: 11.59,
    bodyHeightMm: 27.75,
    bodyWidthMm: 42,
    bodyDepthMm: 34,
    discShare: 2 / 3,
  },
  {
    upper: 'L1',
    lordosisDeg: 4,
    discHeightMm: 10.0,
    bodyHeightMm: 27.0,
    bodyWidthMm: 40,
    bodyDepthMm: 33,
    discShare: 2 / 3,
  },
  // Thoracolumbar junction 0° (S16 R); T11/T12 starts the kyphosis (§2.6 iv, thoracic discs tilt -23°..+20°, M).
  {
    upper: 'T12',
    lordosisDeg: 0,
    discHeightMm: 8,
    bodyHeightMm: 25,
    bodyWidthMm: 38,
    bodyDepthMm: 31,
    discShare: 0.5,
  },
  {
    upper: 'T11',
    lordosisDeg: -4,
    discHeightMm: 7,
    bodyHeightMm: 23,
    bodyWidthMm: 36,
    bodyDepthMm: 29,
    discShare: 0.5,
  },
]

export interface VertebraGeom {
  readonly name: string
  /** Centre of the disc below this vertebra = the joint centre it rotates about (its node origin). */
  readonly jointCentreMm: M3
  /** Tilt of the disc mid-plane normal below (deg, + = normal leans anterior). */
  readonly discTiltDeg: number
  readonly discHeightMm: number
  readonly discWedgeDeg: number
  /** Lower and upper endplate centres and tilts of this vertebra's body. */
  readonly lowerPlateMm: M3
  readonly lowerTiltDeg: number
  readonly upperPlateMm: M3
  readonly upperTiltDeg: number
  readonly bodyCentreMm: M3
  readonly bodyTiltDeg: number
  readonly bodyHeightMm: number
  readonly bodyWidthMm: number
  readonly bodyDepthMm: number
}

/** Unit normal in the sagittal plane for a tilt (deg, + = leaning anterior). */
export const tiltNormal = (tiltDeg: number): M3 => [Math.sin(tiltDeg * RAD), Math.cos(tiltDeg * RAD), 0]
/** Unit anterior direction in the plane of a tilted endplate. */
export const tiltAnterior = (tiltDeg: number): M3 => [Math.cos(tiltDeg * RAD), -Math.sin(tiltDeg * RAD), 0]
const along = (p: Mm3, n: Mm3, d: number): M3 => [p[0] + n[0] * d, p[1] + n[1] * d, p[2] + n[2] * d]

/** Walk up from the S1 endplate: disc, body, disc, body ... (pure; the result is SPINE). */
export function buildSpine(): { s1PlateMm: M3; s1TiltDeg: number; vertebrae: VertebraGeom[] } {
  const first = SEGMENTS[0]!
  const w0 = first.lordosisDeg * first.discShare
  const s1PlateMm = along(L5_S1_CENTRE_MM, tiltNormal(SACRAL_SLOPE_DEG - w0 / 2), -first.discHeightMm / 2)
  let plate: M3 = s1PlateMm
  let tilt = SACRAL_SLOPE_DEG
  const vertebrae: VertebraGeom[] = []
  for (const s of SEGMENTS) {
    const wd = s.lordosisDeg * s.discShare
    const wb = s.lordosisDeg - wd
    const discTilt = tilt - wd / 2
    const centre = along(plate, tiltNormal(discTilt), s.discHeightMm / 2)
    const lowerPlate = along(centre, tiltNormal(discTilt), s.discHeightMm / 2)
    const lowerTilt = tilt - wd
    const bodyTilt = lowerTilt - wb / 2
    const bodyCentre = along(lowerPlate, tiltNormal(bodyTilt), s.bodyHeightMm / 2)
    const upperPlate = along(bodyCentre, tiltNormal(bodyTilt), s.bodyHeightMm / 2)
    const upperTilt = lowerTilt - wb
    vertebrae.push({
      name: s.upper,
      jointCentreMm: centre,
      discTiltDeg: discTilt,
      discHeightMm: s.discHeightMm,
      discWedgeDeg: wd,
      lowerPlateMm: lowerPlate,
      lowerTiltDeg: lowerTilt,
      upperPlateMm: upperPlate,
      upperTiltDeg: upperTilt,
      bodyCentreMm: bodyCentre,
      bodyTiltDeg: bodyTilt,
      bodyHeightMm: s.bodyHeightMm,
      bodyWidthMm: s.bodyWidthMm,
      bodyDepthMm: s.bodyDepthMm,
    })
    plate = upperPlate
    tilt = upperTilt
  }
  return { s1PlateMm, s1TiltDeg: SACRAL_SLOPE_DEG, vertebrae }
}

export const SPINE = buildSpine()
export const vertebraGeom = (name: string): VertebraGeom => {
  const v = SPINE.vertebrae.find((x) => x.name === name)
  if (!v) throw new Error(`no vertebra ${name}`)
  return v
}

/**
 * Facet joint centre of a lumbar level, right side (E): behind the disc centre by half the body depth plus the
 * pedicle and canal (S7 R: canal depth 16.7 mm) and lateral by half the interfacet width, which widens
 * from L1-L2 to L5-S1 (C). Mirror z for the left.
 */
export const FACET_OFFSET_MM: Record<
  string,
  { posteriorMm: number; lateralMm: number; upMm: number; angleDeg: number }
> = {
  // angleDeg: facet plane to the sagittal plane, sagittal above and coronal below (S7 R mean 60.6°, range 27.6-85.8; per-level C).
  'L1-L2': { posteriorMm: 40, lateralMm: 14, upMm: 4, angleDeg: 30 },
  'L2-L3': { posteriorMm: 40, lateralMm: 15, upMm: 4, angleDeg: 35 },
  'L3-L4': { posteriorMm: 40, lateralMm: 17, upMm: 4, angleDeg: 42 },
  'L4-L5': { posteriorMm: 40, lateralMm: 19, upMm: 4, angleDeg: 50 },
  'L5-S1': { posteriorMm: 40, lateralMm: 23, upMm: 4, angleDeg: 55 },
}

/** Facet joint centre, right side, model mm. `level` 'L4-L5' sits at the L4-L5 disc (the centre of L4's joint). */
export function facetCentreMm(level: string): M3 {
  const upper = level.split('-')[0]!
  const v = vertebraGeom(upper)
  const o = FACET_OFFSET_MM[level]
  if (!o) throw new Error(`no facet level ${level}`)
  const a = tiltAnterior(v.discTiltDeg)
  const n = tiltNormal(v.discTiltDeg)
  const p = along(along(v.jointCentreMm, a, -o.posteriorMm), n, o.upMm)
  return [p[0], p[1], o.lateralMm]
}
