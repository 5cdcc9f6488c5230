// Bone shapes as signed-distance fields, model mm (src/anatomy/frame.ts), right side or axial.
// Every landmark and joint centre comes from src/anatomy; the radii and offsets here only give each bone
// its form around them (anatomical estimates, E, checked by the tests against the dimensions of
// docs/domain.md, anatomy §2.3). A bare `§n` below is that Anatomy section of docs/domain.md; `Sn` and the
// tags R/D/M/E/C are explained in docs/sources.md#anatomy-sources-s1s44.
import {
  ANKLE_MM,
  CALCANEOCUBOID_MM,
  CUNEIFORM,
  HEEL_EVERSION_RANGE_DEG,
  NAVICULAR_CENTRE_MM,
  NAVICULAR_TUBEROSITY_MM,
  RAYS,
  SUBTALAR_AXIS,
  SUBTALAR_AXIS_POINT_MM,
  SUBTALAR_MM,
  TALONAVICULAR_MM,
  TALAR_DECLINATION_DEG,
  mtHeadMm,
  phalanges,
  rayDir,
} from '../../src/anatomy/foot'
import { ARCH_RANGE_MM, archAngles } from '../../src/anatomy/arch'
import { FOREFOOT_PAD_MM, add, dirDeclTrans, norm, scale, type M3, type Mm3 } from '../../src/anatomy/frame'
import { LEG, LONG_BONE, PELVIS, THORAX } from '../../src/anatomy/landmarks'
import {
  SPINE,
  facetCentreMm,
  tiltAnterior,
  tiltNormal,
  vertebraGeom,
  FACET_OFFSET_MM,
  type VertebraGeom,
} from '../../src/anatomy/spine'
import {
  cone,
  ellipsoid,
  frame,
  halfSpace,
  intersect,
  mirrorZ,
  plate,
  roundBox,
  smoothUnion,
  sphere,
  subtract,
  sweep,
  tube,
  union,
  type Shape,
  type Vec,
} from './sdf'

const RAD = Math.PI / 180
const P = (base: Mm3, dx: number, dy: number, dz: number): M3 => [base[0] + dx, base[1] + dy, base[2] + dz]
const X: Vec = [1, 0, 0]
const Y: Vec = [0, 1, 0]

// ---------------------------------------------------------------- femur
const H = PELVIS.hip.value
const K = LEG.knee.value

/** Femoral geometry from the §5.1 angles: shaft axis tilted 5.5° top-lateral, neck at 128° with 12° anteversion. */
export function femurAxes() {
  const ama = LONG_BONE.anatomicalMechanicalAngleDeg.value * RAD
  const nsa = LONG_BONE.neckShaftAngleDeg.value * RAD
  const av = LONG_BONE.anteversionDeg.value * RAD
  const distal: M3 = P(K, 2, 40, 2) // shaft centre above the condyles
  const zAt = (y: number) => distal[2] + (y - distal[1]) * Math.tan(ama)
  const tilt = Math.PI - nsa - ama // neck angle from vertical in the frontal plane
  const u: M3 = [Math.sin(av) * Math.sin(tilt), Math.cos(tilt), -Math.cos(av) * Math.sin(tilt)]
  // Neck base: where the neck axis meets the shaft axis (frontal plane).
  let L = 45
  for (let i = 0; i < 30; i++) {
    const zN = H[2] - L * u[2]
    const yN = H[1] - L * u[1]
    L += (zAt(yN) - zN) * 0.5
  }
  const neckBase: M3 = [H[0] - L * u[0], H[1] - L * u[1], H[2] - L * u[2]]
  return { u, neckBase, neckLengthMm: L, distal, zAt }
}

export function femur(): Shape {
  const { neckBase, distal, zAt } = femurAxes()
  const r = LONG_BONE.femoralHeadRadiusMm.value
  const head = sphere(H, r)
  const neck = sweep(
    [H, add(H, scale(norm([neckBase[0] - H[0], neckBase[1] - H[1], neckBase[2] - H[2]]), 25)), neckBase],
    [15, 13, 19],
    [12.5, 11, 15],
    X,
  )
  // Shaft with a 6-7 mm anterior bow (§2.3 M: 6.7° sagittal bow).
  const top = neckBase[1] - 8
  const bot = distal[1]
  const n = 7
  const pts: M3[] = []
  const hw: number[] = []
  const hd: number[] = []
  for (let i = 0; i <= n; i++) {
    const t = i / n
    const y = top + (bot - top) * t
    const x = neckBase[0] + (distal[0] - neckBase[0]) * t + 7 * Math.sin(Math.PI * t)
    pts.push([x, y, zAt(y)])
    hw.push([18, 15.5, 14, 13.5, 13.5, 14.5, 18, 27][i]!)
    hd.push([16, 15, 14.5, 14, 14, 14.5, 16, 19][i]!)
  }
  const shaft = sweep(pts, hw, hd, X)
  const gt = ellipsoid(P(LEG.greaterTrochanterLateral.value, -4, 9, -15), [20, 25, 14])
  const gtTip = ellipsoid(P(LEG.greaterTrochanterTip.value, 3, -3, 3), [10, 9, 10])
  const lt = ellipsoid(P(LEG.lesserTrochanter.value, 2, 0, 4), [9, 12, 8])
  const intertroch = cone(
    P(LEG.greaterTrochanterLateral.value, -10, 0, -16),
    P(LEG.lesserTrochanter.value, 2, 2, 8),
    11,
    8,
  )
  const lineaAspera = tube(
    [pts[2]!, pts[3]!, pts[4]!, pts[5]!].map((p) => P(p, -12, 0, 0)),
    [3, 4, 4, 3],
  )
  const latCondyle = ellipsoid(P(K, -6, -6, 21), [30, 22.5, 16])
  const medCondyle = ellipsoid(P(K, -6, -5, -21), [31, 23.5, 16.5])
  const latEpi = sphere(P(K, -6, 4, 29), 8)
  const medEpi = sphere(P(K, -8, 7, -29), 8.5)
  const trochlea = ellipsoid(P(K, 12, 16, 0), [16, 25, 33])
  const metaphysis = cone(P(distal, 0, 10, 0), P(K, -2, 8, 0), 20, 28)
  let s = smoothUnion(
    7,
    shaft,
    neck,
    head,
    gt,
    gtTip,
    lt,
    intertroch,
    lineaAspera,
    metaphysis,
    latCondyle,
    medCondyle,
    latEpi,
    medEpi,
    trochlea,
  )
  s = subtract(s, cone(P(K, -45, -16, 0), P(K, 2, -20, 0), 10, 9), 3) // intercondylar notch
  s = subtract(s, cone(P(K, 33, 44, 0), P(K, 26, -2, 0), 8, 7), 3) // trochlear groove
  s = subtract(s, sphere(P(H, 8, -6, -21), 4), 1.5) // fovea capitis
  return s
}

// ---------------------------------------------------------------- patella
export function patella(apex: Mm3): Shape {
  const h = LONG_BONE.patellaHeightMm.value
  const w = LONG_BONE.patellaWidthMm.value
  const body = ellipsoid(P(apex, -1, h * 0.55, 0), [12.5, h * 0.45, w / 2])
  const tip = cone(P(apex, -1, h * 0.4, 0), P(apex, 0, 3, 0), 14, 3)
  const ridge = cone(P(apex, -10, h * 0.25, 0), P(apex, -10, h * 0.8, 0), 4, 4)
  return subtract(smoothUnion(6, body, tip, ridge), halfSpace(P(apex, 0, h + 0.3, 0), [0, -1, 0]), 2)
}

// ---------------------------------------------------------------- tibia and fibula
const A = ANKLE_MM
/** Condylar surfaces 32.5 mm below the knee centre, 4 mm under the femoral condyles (cartilage); the
 * intercondylar eminence tops out 2 mm higher, so plateau-top to malleolus tip is §2.3's tibia length. */
export const PLATEAU_BELOW_KNEE_MM = 32.5
export const EMINENCE_ABOVE_PLATEAU_MM = 2
export const MEDIAL_MALLEOLUS_ABOVE_ANKLE_MM =
  K[1] - PLATEAU_BELOW_KNEE_MM + EMINENCE_ABOVE_PLATEAU_MM - LONG_BONE.tibiaLengthMm.value - ANKLE_MM[1]

export function tibia(): Shape {
  const yp = K[1] - PLATEAU_BELOW_KNEE_MM
  const plateau = roundBox([K[0] - 3, yp - 17, K[2]], [26, 17, 34], 9)
  const dishes = union(
    sphere([K[0] - 3, yp + 40 - 1.5, K[2] - 17], 40),
    sphere([K[0] - 5, yp + 40 - 1.5, K[2] + 17], 40),
  )
  const eminence = union(
    ellipsoid([K[0] - 3, yp - 2, K[2] - 4], [7, 2 + EMINENCE_ABOVE_PLATEAU_MM, 3]),
    ellipsoid([K[0] - 3, yp - 2, K[2] + 4], [7, 1.5 + EMINENCE_ABOVE_PLATEAU_MM, 3]),
  )
  const shaftPts: M3[] = [
    [K[0] - 3, yp - 25, K[2]],
    [K[0] - 2, yp - 70, K[2] - 1],
    [K[0] - 1, 330, K[2] - 2],
    [A[0], 220, A[2] - 2],
    [A[0], 150, A[2] - 2],
    [A[0], 115, A[2] - 1],
  ]
  const shaft = sweep(shaftPts, [26, 15.5, 12, 11, 13, 20], [22, 16, 13.5, 12.5, 13.5, 17], X)
  const crest = tube(
    [P(K, 14, -80, -3), [K[0] + 11, 330, K[2] - 4], [A[0] + 10, 220, A[2] - 4], [A[0] + 9, 160, A[2] - 4]],
    [4, 3, 3, 3],
  )
  const tuberosity = ellipsoid(P(K, 20, -PLATEAU_BELOW_KNEE_MM - 28, 2), [7, 15, 10])
  const pilon = roundBox([A[0], A[1] + 31, A[2]], [19, 15, 22], 8)
  const medMall = ellipsoid([A[0] + 6, A[1] + MEDIAL_MALLEOLUS_ABOVE_ANKLE_MM + 16, A[2] - 29], [10, 16, 6])
  const fibNotch = ellipsoid([A[0] - 8, A[1] + 32, A[2] + 22], [8, 12, 5])
  let s = smoothUnion(6, plateau, eminence, shaft, crest, tuberosity, pilon, medMall, fibNotch)
  s = subtract(s, dishes, 2)
  // Plafond: the talar dome (cylinder about the ankle axis) pressed into the distal tibia.
  s = subtract(
    s,
    cone(
      [A[0], A[1], A[2] - 40],
      [A[0], A[1], A[2] + 40],
      LONG_BONE.talarDomeAboveAnkleMm.value + 1,
      LONG_BONE.talarDomeAboveAnkleMm.value + 1,
    ),
    1.5,
  )
  return s
}

export const FIBULA_TIP_Y_MM = LEG.fibularHeadTop.value[1] - LONG_BONE.fibulaLengthMm.value

export function fibula(): Shape {
  const top = LEG.fibularHeadTop.value
  const head = ellipsoid(P(top, 0, -10, 1), [12, 10, 10.5])
  const latMallC: M3 = [A[0] - 12, FIBULA_TIP_Y_MM + 18, A[2] + 28]
  const lat = ellipsoid(latMallC, [11, 18, 7.5])
  const shaft = sweep(
    [
      P(top, 0, -15, 1),
      P(top, -3, -120, 2),
      P(top, -4, -250, 1),
      [latMallC[0] + 1, latMallC[1] + 22, latMallC[2] - 1],
      latMallC,
    ],
    [7.5, 7, 6.5, 8, 7],
    [7, 7.5, 7, 9, 9],
    X,
  )
  return smoothUnion(5, head, shaft, lat)
}

// ---------------------------------------------------------------- spine
const along = (p: Mm3, n: Mm3, d: number): M3 => [p[0] + n[0] * d, p[1] + n[1] * d, p[2] + n[2] * d]

/** Elliptic body between two tilted planes with a 6% waist; posterior wall flattened. */
function vertebralBody(
  v: VertebraGeom,
  bulge = 0,
  planesFrom?: { lower: [M3, number]; upper: [M3, number] },
): Shape {
  const c = v.bodyCentreMm
  const n = tiltNormal(v.bodyTiltDeg)
  const a = tiltAnterior(v.bodyTiltDeg)
  const rw = v.bodyWidthMm / 2 + bulge
  const rd = v.bodyDepthMm / 2 + bulge
  const half = v.bodyHeightMm / 2
  const lower = planesFrom?.lower ?? [v.lowerPlateMm, v.lowerTiltDeg]
  const upper = planesFrom?.upper ?? [v.upperPlateMm, v.upperTiltDeg]
  const nl = tiltNormal(lower[1])
  const nu = tiltNormal(upper[1])
  const cyl: Shape = {
    d: (x, y, z) => {
      const px = x - c[0],
        py = y - c[1],
        pz = z
      const h = px * n[0] + py * n[1]
      const t = Math.min(1, (h / half) ** 2)
      const waist = bulge > 0 ? 1 + 0.05 * (1 - t) : 1 - 0.06 * (1 - t)
      const ca = (px * a[0] + py * a[1]) / (rd * waist)
      const cz = pz / (rw * waist)
      // Kidney-shaped: posterior half flatter.
      const caa = ca < 0 ? ca * 1.25 : ca
      return (Math.sqrt(caa * caa + cz * cz) - 1) * Math.min(rd, rw) * waist
    },
    box: [c[0] - rw - 30, c[1] - rw - 30, -rw - 2, c[0] + rw + 30, c[1] + rw + 30, rw + 2],
  }
  const below = halfSpace(lower[0], [-nl[0], -nl[1], 0])
  const above = halfSpace(upper[0], nu)
  return intersect(intersect(cyl, below, 2.5), above, 2.5)
}

// C, §2.6 iii (tip to tip ≈70 at L1, 90–95 at L3, 85–90 at L5), less the 10% the review of issue 16 measured too wide.
const TP_HALF_SPAN: Record<string, number> = { L1: 33, L2: 36, L3: 41.5, L4: 40, L5: 39, T12: 30, T11: 32 }
const CANAL_HALF_WIDTH: Record<string, number> = {
  L1: 11.5,
  L2: 12,
  L3: 12.5,
  L4: 13,
  L5: 13.5,
  T12: 10.5,
  T11: 10,
} // S7 R 26.7 mm mean
/** Facet centre above (SAP) for a vertebra; T12/L1 and T11/T12 extrapolated like L1-L2 (E). */
const facetAbove = (name: string): M3 => {
  const lvl = { L5: 'L4-L5', L4: 'L3-L4', L3: 'L2-L3', L2: 'L1-L2' }[name]
  if (lvl) return facetCentreMm(lvl)
  const up = name === 'L1' ? 'T12' : 'T11'
  const g = vertebraGeom(up)
  const an = tiltAnterior(g.discTiltDeg)
  const p = along(along(g.jointCentreMm, an, -38), tiltNormal(g.discTiltDeg), 4)
  return [p[0], p[1], 13]
}
const facetBelow = (name: string): M3 => {
  const lvl = { L5: 'L5-S1', L4: 'L4-L5', L3: 'L3-L4', L2: 'L2-L3', L1: 'L1-L2' }[name]
  if (lvl) return facetCentreMm(lvl)
  return facetAbove(name === 'T12' ? 'L1' : 'T12')
}
const facetAngle = (name: string): number => ({ L5: 55, L4: 50, L3: 42, L2: 35, L1: 30 })[name] ?? 20

export function vertebra(name: string): Shape {
  const v = vertebraGeom(name)
  const thoracic = name.startsWith('T')
  const c = v.bodyCentreMm
  const n = tiltNormal(v.bodyTiltDeg)
  const a = tiltAnterior(v.bodyTiltDeg)
  const back = v.bodyDepthMm / 2
  const canal = CANAL_HALF_WIDTH[name]!
  const body = vertebralBody(v)
  const parts: Shape[] = [body]
  const sideParts = (sgn: 1 | -1): Shape[] => {
    const pz = (p: M3, z: number): M3 => [p[0], p[1], z * sgn]
    const pedStart = pz(along(along(c, a, -back + 5), n, 3), v.bodyWidthMm / 2 - 9)
    const pillar = pz(along(along(c, a, -back - 15), n, 3), canal + 5)
    const spinousBase = pz(along(along(c, a, -back - 16.7 - 9), n, -1), 0)
    const fa = facetAbove(name)
    const fb = facetBelow(name)
    // The articular processes meet at the facet centre across a joint space (issue 16: they overlapped by
    // 3.5–4.8 mm): each facet's plate stands half its thickness plus 0.8 mm off the centre along the facet's
    // normal (the superior process lateral, the inferior one of the vertebra above medial).
    const ang = facetAngle(name) * RAD
    const fn: M3 = norm([-Math.sin(ang) * a[0], -Math.sin(ang) * a[1], Math.cos(ang) * sgn])
    // The inferior process faces the superior process of the bone below, at that bone's facet angle.
    const below = { L5: null, L4: 'L5', L3: 'L4', L2: 'L3', L1: 'L2' }[name]
    const angBelow =
      below === null ? FACET_OFFSET_MM['L5-S1']!.angleDeg * RAD : below ? facetAngle(below) * RAD : ang
    // ... and in that bone's frame (its own tilt in the lordosis), so the two plates are parallel.
    const aBelow =
      below === null
        ? tiltAnterior(SPINE.s1TiltDeg)
        : below
          ? tiltAnterior(vertebraGeom(below).bodyTiltDeg)
          : a
    const fnBelow: M3 = norm([
      -Math.sin(angBelow) * aBelow[0],
      -Math.sin(angBelow) * aBelow[1],
      Math.cos(angBelow) * sgn,
    ])
    const faZ = pz(fa, Math.abs(fa[2]))
    const fbZ = pz(fb, Math.abs(fb[2]))
    const sap = thoracic ? pz([fa[0], fa[1] - 3, 0], Math.abs(fa[2]) + 3) : along(faZ, fn, 4)
    const iap = thoracic ? pz([fb[0] + 1, fb[1], 0], Math.abs(fb[2]) - 3) : along(fbZ, fnBelow, -4)
    const fAxes = frame(fn, n)
    const tpTip = pz(
      along(along(c, a, thoracic ? -back - 26 : -back - 12), n, thoracic ? 6 : 2),
      TP_HALF_SPAN[name]!,
    )
    return [
      cone(pedStart, pillar, 6.5, 6),
      cone(pillar, spinousBase, 5.5, 5),
      // The struts to the articular processes end on their outer faces, not through the plates into the joint.
      cone(pillar, thoracic ? sap : along(sap, fn, 1.5), 5, thoracic ? 4.5 : 3),
      ellipsoid(sap, [8, 6, 3.2], [fAxes[0], fAxes[1], fAxes[2]]),
      cone(along(pillar, a, -6), thoracic ? iap : along(iap, fnBelow, -1.5), 5, thoracic ? 4.5 : 3),
      ellipsoid(iap, [8, 6, 3.2], thoracic ? [fAxes[0], fAxes[1], fAxes[2]] : frame(fnBelow, n)),
      cone(pillar, tpTip, name === 'L5' ? 8 : 5.5, name === 'L5' ? 6.5 : 3.5),
      ...(thoracic ? [] : [sphere(along(sap, a, -5), 3)]), // mammillary process
    ]
  }
  parts.push(...sideParts(1), ...sideParts(-1))
  const sb = along(along(c, a, -back - 16.7 - 9), n, -1)
  const lamina = plate(
    along(sb, n, 3),
    [...along(along(c, a, -back - 15), n, 5).slice(0, 2), canal + 5] as M3,
    [...along(along(c, a, -back - 15), n, 5).slice(0, 2), -canal - 5] as M3,
    3.5,
  )
  // The laminae reach down over the interlaminar space toward the inferior articular processes (issue 16: a
  // thin band, the discs showed through from behind).
  const laminaLow = plate(
    along(sb, n, -6),
    [...along(along(c, a, -back - 16), n, -7).slice(0, 2), canal + 3] as M3,
    [...along(along(c, a, -back - 16), n, -7).slice(0, 2), -canal - 3] as M3,
    3,
  )
  const spinousDir = norm(add(scale(a, -1), scale(n, thoracic ? -0.9 : -0.15)))
  const [su, sv, sw] = frame(spinousDir, [0, 0, 1])
  // Thoracic: 2.6 mm half-width, clear of the inferior articular processes beside its root (at 3.6 mm the two
  // came within a grid step and meshed as a pinch, issue 15).
  const spinous = roundBox(
    along(sb, spinousDir, thoracic ? 16 : 19),
    [thoracic ? 11.5 : 10, thoracic ? 2.6 : 3.4, thoracic ? 17 : 20],
    3,
    [su, sv, sw],
  ) // S7 R: 23.5 mm tall
  // The spinous process' free end thickens into a tubercle (issue 16: a flat slab).
  const tip = thoracic ? [] : [ellipsoid(along(sb, spinousDir, 36), [9, 4.6, 5], [su, sv, sw])]
  parts.push(lamina, ...(thoracic ? [] : [laminaLow]), spinous, ...tip)
  return smoothUnion(3, ...parts)
}

/** Disc between the vertebra `upper` and the one below (or the S1 plate). */
export function disc(upper: string): Shape {
  const v = vertebraGeom(upper)
  const idx = SPINE.vertebrae.findIndex((x) => x.name === upper)
  const below: [M3, number] =
    idx === 0
      ? [SPINE.s1PlateMm, SPINE.s1TiltDeg]
      : [SPINE.vertebrae[idx - 1]!.upperPlateMm, SPINE.vertebrae[idx - 1]!.upperTiltDeg]
  const discGeom: VertebraGeom = {
    ...v,
    bodyCentreMm: v.jointCentreMm,
    bodyTiltDeg: v.discTiltDeg,
    bodyHeightMm: v.discHeightMm,
  }
  const lowerPlane: [M3, number] = [along(below[0], tiltNormal(below[1]), 0.4), below[1]]
  const upperPlane: [M3, number] = [along(v.lowerPlateMm, tiltNormal(v.lowerTiltDeg), -0.4), v.lowerTiltDeg]
  return vertebralBody(discGeom, 0.8, { lower: lowerPlane, upper: upperPlane })
}

export function sacrum(): Shape {
  const top = SPINE.s1PlateMm
  const tilt = SPINE.s1TiltDeg
  const n = tiltNormal(tilt)
  const a = tiltAnterior(tilt)
  const l5 = vertebraGeom('L5')
  // S1 body under the plate.
  const s1: VertebraGeom = {
    ...l5,
    bodyCentreMm: along(top, n, -13),
    bodyTiltDeg: tilt,
    bodyHeightMm: 26,
    bodyWidthMm: 50,
    bodyDepthMm: 36,
    lowerPlateMm: along(top, n, -26),
    lowerTiltDeg: tilt,
    upperPlateMm: top,
    upperTiltDeg: tilt,
  }
  const body = vertebralBody(s1)
  // Centre line of the sacral plate, curving forward (sacral kyphosis), then the coccyx.
  const stations: M3[] = []
  let p: M3 = along(along(top, n, -6), a, -6)
  let ang = 40 // direction angle: 0 = straight down, + = toward posterior
  const steps = [0, 24, 22, 19, 17, 14, 11, 9, 7]
  const turn = [0, -6, -9, -11, -12, -12, -10, -8, -6]
  steps.forEach((st, i) => {
    ang += turn[i]!
    p = [p[0] - Math.sin(ang * RAD) * st, p[1] - Math.cos(ang * RAD) * st, 0]
    stations.push(p)
  })
  const halfW = [47, 47, 38, 28, 19, 13, 9, 6, 3.5]
  const halfD = [15, 14, 11, 9, 7, 5.5, 5, 4, 3]
  const plateShape = sweep(stations, halfW, halfD, a)
  // Alae: wings that slope down and out from the S1 body (one smooth lobe each, wide and flat, not a ball),
  // ending in the auricular surface that faces the ilium (issue 16).
  const alae = [1, -1].map((sg) =>
    ellipsoid(along([top[0] - 2, top[1] - 14, 30 * sg], a, -6), [13, 10, 19], frame([0, 0, 1], n)),
  )
  const auricular = [1, -1].map((sg) =>
    ellipsoid(
      along([stations[1]![0], stations[1]![1] + 4, 42 * sg], a, -4),
      [7, 21, 13],
      frame(a, [0, 0, 1]),
    ),
  )
  // Dorsal surface: the median crest of fused spinous tubercles, the intermediate (articular) crests medial to
  // the posterior foramina and the lateral crests beyond them (issue 16: it was a plain plate).
  const tubercles: Shape[] = []
  for (let i = 1; i <= 4; i++) {
    const q = stations[i]!
    const back = along(q, a, -halfD[i]!)
    tubercles.push(ellipsoid(along(back, a, -2.5), [3.2, 6 - i * 0.6, 2.6], frame(a, [0, 0, 1])))
    const zf = [15, 14, 12.5, 11][i - 1]!
    for (const sg of [1, -1]) {
      tubercles.push(ellipsoid(along([q[0], q[1], (zf - 7) * sg], a, -halfD[i]! - 0.5), [2.2, 4.5, 2.2]))
      tubercles.push(
        ellipsoid(along([q[0], q[1], (zf + 9 - i) * sg], a, -halfD[i]! * 0.8), [2.4, 5 - i * 0.5, 2.6]),
      )
    }
  }
  const sapS1 = [1, -1].map((sg) => {
    const f = facetCentreMm('L5-S1')
    const ang2 = FACET_OFFSET_MM['L5-S1']!.angleDeg * RAD
    const fn: M3 = norm([-Math.sin(ang2) * a[0], -Math.sin(ang2) * a[1], Math.cos(ang2) * sg])
    // Off the facet centre along its normal, across a joint space from L5's inferior process (issue 16).
    const sap: M3 = along([f[0], f[1], Math.abs(f[2]) * sg], fn, 4)
    return smoothUnion(
      3,
      ellipsoid(sap, [8, 6, 3.2], frame(fn, n)),
      // Its pillar down into the sacrum's lateral mass, where it stood before the joint space was opened.
      cone(sap, [f[0] + 2, f[1] - 19, (Math.abs(f[2]) + 3) * sg * 0.9], 5, 7),
    )
  })
  let s = smoothUnion(7, body, plateShape, ...alae, ...auricular)
  s = smoothUnion(2.5, s, ...tubercles, ...sapS1)
  // The sacral canal's upper opening behind the S1 body (a blind pocket here: the canal is not tunnelled) and
  // the sacral hiatus below the last tubercle.
  s = subtract(s, ellipsoid(along(along(top, n, -3), a, -halfD[0]! - 9), [7, 10, 12], frame(a, [0, 0, 1])), 2)
  s = subtract(s, ellipsoid(along(stations[5]!, a, -halfD[5]! - 1.5), [3, 7, 4], frame(a, [0, 0, 1])), 1.5)
  // Anterior sacral foramina, four pairs, wider in front than behind (the posterior foramina are smaller), with
  // the transverse ridges of the fused bodies between them on the pelvic surface.
  for (let i = 1; i <= 4; i++) {
    const q = stations[i]!
    const zf = [15, 14, 12.5, 11][i - 1]!
    const r = [4.2, 3.8, 3.2, 2.6][i - 1]!
    for (const sg of [1, -1])
      s = subtract(
        s,
        cone(along([q[0], q[1], zf * sg], a, 25), along([q[0], q[1], zf * sg], a, -25), r * 1.25, r * 0.55),
        1,
      )
  }
  const ridges: Shape[] = []
  for (let i = 1; i <= 3; i++) {
    const m = lerpM(stations[i]!, stations[i + 1]!, 0.5)
    const zf = [15, 14, 12.5][i - 1]! - 4
    ridges.push(cone(along([m[0], m[1], -zf], a, halfD[i]!), along([m[0], m[1], zf], a, halfD[i]!), 1.6, 1.6))
  }
  return smoothUnion(1.5, s, ...ridges)
}

const lerpM = (p: Mm3, q: Mm3, t: number): M3 => [
  p[0] + (q[0] - p[0]) * t,
  p[1] + (q[1] - p[1]) * t,
  p[2] + (q[2] - p[2]) * t,
]

/**
 * The faint rib cage for context (issue 16): twelve rib pairs with their costal cartilages, the sternum
 * (manubrium, body, xiphoid) and the bodies of T1-T10 the ribs hang from, one shape per part (meshed
 * separately, one mesh on the `ribs_lower` node, which moves with T12). Placement and proportion are the
 * gait2392 torso of anatomy §2.6 iv (src/anatomy/landmarks.ts THORAX, torso-frame mm), scaled about T12 to the
 * model's own T11-T12 pitch; section sizes are adult estimates (E). Ribs 1-7 reach the sternum through their
 * cartilages, 8-10 join the cartilage above (the costal margin), 11 and 12 float.
 */
export function ribCage(): Shape[] {
  const V = THORAX.vertebraXY.value
  const t12 = vertebraGeom('T12')
  const t11 = vertebraGeom('T11')
  const [x12, y12] = V[11]!
  const [x11, y11] = V[10]!
  const k =
    Math.hypot(t11.bodyCentreMm[0] - t12.bodyCentreMm[0], t11.bodyCentreMm[1] - t12.bodyCentreMm[1]) /
    Math.hypot(x11 - x12, y11 - y12)
  const c = t12.bodyCentreMm
  /** Torso-frame point (OpenSim scale) to model mm. */
  const T = (x: number, y: number, z: number): M3 => [c[0] + k * (x - x12), c[1] + k * (y - y12), k * z]
  const parts: Shape[] = []
  // Sternum, down its midline: the jugular notch, the manubrium's widest, the sternal angle, the body (widest
  // low, at the 5th cartilages), the xiphisternal joint, the xiphoid.
  const sternumX = (y: number) => 100 - (y - 200) * 0.16
  const sy = [376, 356, 331, 300, 262, 228, 212, 196]
  const sternum = sweep(
    sy.map((y) => T(sternumX(y), y, 0)),
    [20, 25, 14, 13.5, 15.5, 11, 6.5, 3],
    [6.5, 7, 6, 5.5, 5, 4.5, 3, 2.2],
    [1, 0, 0],
  )
  parts.push(subtract(sternum, sphere(T(sternumX(378) - 2, 381, 0), 8), 2))
  const sternalY = [366, 332, 311, 290, 269, 249, 232]
  const front = [62, 96, 98, 98, 98, 98, 98, 100, 92, 82, 40, 0]
  const endDeg = [38, 36, 36, 36, 36, 34, 30, 24, 24, 30, 78, 108]
  const cartilageMid: M3[] = []
  const R = THORAX.ribs.value
  R.forEach(([ymin, ymax, zmax], i) => {
    const [xv, yv] = V[i]!
    const xa = xv - 26 // the rib's angle, behind the vertebral body (cage x −87.8 at T6-T7)
    const cx = (xa + front[i]!) / 2
    const ra = (front[i]! - xa) / 2
    const yHead = Math.min(yv + 4, ymax - 4)
    const yLow = i >= 7 && i <= 9 ? ymin + 6 : ymin + 2
    const pts: M3[] = [T(xv - 3, yHead + 1, 13), T(xv - 17, yHead, 25)]
    const N = 9
    for (let j = 0; j <= N; j++) {
      const t = j / N
      const phi = (150 + (endDeg[i]! - 150) * t) * RAD
      const y = yHead - 3 - (yHead - 3 - yLow) * Math.pow(t, 1.15)
      pts.push(T(cx + ra * Math.cos(phi), y, zmax * Math.sin(phi)))
    }
    const bony = pts.length
    // Costal cartilage: to the sternal edge (1-7), or up and in to the cartilage above (8-10).
    if (i < 7) {
      const ys = sternalY[i]!
      const cc = pts[pts.length - 1]!
      const end = T(sternumX(ys) - 4, ys, i === 0 ? 18 : 11)
      const mid: M3 = [(cc[0] + end[0]) / 2 + 4, cc[1] + (end[1] - cc[1]) * 0.35, (cc[2] + end[2]) / 2 + 6]
      pts.push(mid, end)
      cartilageMid.push(mid)
    } else if (i < 10) {
      const cc = pts[pts.length - 1]!
      const up = cartilageMid[i - 1]!
      const mid: M3 = [(cc[0] + up[0]) / 2 + 5, cc[1] + (up[1] - cc[1]) * 0.4, (cc[2] + up[2]) / 2 + 5]
      pts.push(mid, [up[0] - 2, up[1] - 2, up[2] + 1])
      cartilageMid.push(mid)
    }
    // Section: thickness (horizontal) and height (near vertical); the shaft is tallest mid-way, the head and a
    // floating rib's tip narrow; cartilage is rounder. Adult estimates (E).
    const n = pts.length
    const halfW: number[] = pts.map((_, j) => (j < bony ? (i === 0 ? 3.2 : 2.6) : 3))
    const halfD = pts.map((_, j) => {
      if (j >= bony) return 3.6
      const t = j / (bony - 1)
      const tall = i === 0 ? 7.5 : i >= 10 ? 4.5 : 6
      const tip = i >= 10 ? 2.2 : 4.2
      return j < 2 ? 4 : tall + ((tip - tall) * Math.max(0, t - 0.4)) / 0.6
    })
    if (i >= 10) halfW[n - 1] = 1.8
    // The first rib lies nearly flat: its broad faces look up and down (height and thickness swapped).
    const rib = i === 0 ? sweep(pts, halfD, halfW, [0, 1, 0]) : sweep(pts, halfW, halfD, [0, 1, 0])
    parts.push(rib, mirrorZ(rib))
  })
  // T1-T10 (T11 and T12 are their own nodes): a body, the transverse processes that carry the rib tubercles
  // and a long spinous process sloping down, each vertebra one part. Sizes grow from T1 to T10 (E).
  for (let i = 0; i < 10; i++) {
    const [xv, yv] = V[i]!
    const [xa, ya] = V[Math.max(0, i - 1)]!
    const [xb, yb] = V[Math.min(11, i + 1)]!
    const axis = norm([xa - xb, ya - yb, 0])
    const f = i / 9
    // The body: a short drum with flat endplates (an ellipsoid cut top and bottom), half-height 8-10 mm.
    const ctr = T(xv, yv, 0)
    const hh = 8 + 2 * f
    const drum = ellipsoid(ctr, [9 + 6 * f, 15 + 5 * f, hh + 6], frame(axis, [0, 0, 1]))
    const body = intersect(
      intersect(drum, halfSpace(add(ctr, scale(axis, hh)), axis), 1.5),
      halfSpace(add(ctr, scale(axis, -hh)), scale(axis, -1)),
      1.5,
    )
    const back = T(xv - 12, yv + 2, 0)
    const tp = [1, -1].map((sg) => cone(T(xv - 9, yv + 2, 7 * sg), T(xv - 19, yv + 2, 24 * sg), 4, 3))
    // Thoracic spinous processes are long and slope steeply down, overlapping like tiles (E).
    const spinous = cone(back, T(xv - 32, yv - 26, 0), 4, 2.5)
    parts.push(smoothUnion(3, body, cone(T(xv - 6, yv + 1, 0), back, 5, 4), ...tp, spinous))
  }
  return parts
}

// ---------------------------------------------------------------- foot
export function talus(): Shape {
  const rd = LONG_BONE.talarDomeAboveAnkleMm.value
  const dome = intersect(
    cone([A[0], A[1], A[2] - 15], [A[0], A[1], A[2] + 15], rd, rd - 1),
    halfSpace([A[0], A[1] - 4, 0], [0, -1, 0]),
    2,
  )
  const groove = sphere([A[0], A[1] + rd + 30, A[2] + 1], 31.2)
  const lowBody = ellipsoid([A[0] - 3, A[1] - 3, A[2] + 1], [17, 9, 15.5])
  const neckStart: M3 = [A[0] + 8, A[1] - 4, A[2] - 3]
  const d = dirDeclTrans(TALAR_DECLINATION_DEG, -15)
  const neck = cone(neckStart, add(TALONAVICULAR_MM, scale(d, -4)), 11, 11)
  const head = ellipsoid(
    TALONAVICULAR_MM,
    [12.5, 12, 14.5],
    frame(d, Y).reverse() as unknown as [Vec, Vec, Vec],
  )
  const lat = ellipsoid([A[0] - 2, A[1] - 9, A[2] + 15], [9, 7, 5])
  const post = ellipsoid([A[0] - 15, A[1] - 7, A[2] + 3], [5.5, 5, 5])
  return subtract(smoothUnion(4, dome, lowBody, neck, head, lat, post), groove, 2)
}

/** Rodrigues rotation by deg about a unit axis through a pivot, as a point map (model mm). */
function turnAbout(pivot: Vec, axis: Vec, deg: number): (p: Vec) => M3 {
  const a = norm(axis)
  const t = deg * RAD
  const c = Math.cos(t),
    s = Math.sin(t)
  return (p) => {
    const v: M3 = [p[0] - pivot[0], p[1] - pivot[1], p[2] - pivot[2]]
    const k = (a[0] * v[0] + a[1] * v[1] + a[2] * v[2]) * (1 - c)
    return [
      pivot[0] + v[0] * c + (a[1] * v[2] - a[2] * v[1]) * s + a[0] * k,
      pivot[1] + v[1] * c + (a[2] * v[0] - a[0] * v[2]) * s + a[1] * k,
      pivot[2] + v[2] * c + (a[0] * v[1] - a[1] * v[0]) * s + a[2] * k,
    ]
  }
}

/**
 * Where the talus goes relative to the calcaneus as the posed foot moves (issue 15; src/scene/posing.ts): the
 * arch recipe turns the talus about the mediolateral axis through the subtalar centre (src/anatomy/arch.ts,
 * over its whole range) and the heel turns about the subtalar axis (SUBTALAR_AXIS through SUBTALAR_AXIS_POINT_MM,
 * by the eversion over its cosine with the long axis, over HEEL_EVERSION_RANGE_DEG). Sampled every ≤ 5°: between
 * two samples the envelope dips by about s²/8ρ (s ≤ 2.6 mm of travel, ρ ≈ 9 mm of curvature: 0.1 mm).
 */
function talusSwept(): Shape[] {
  const base = talus()
  const lo = archAngles(ARCH_RANGE_MM[0]).talusDeg
  const hi = archAngles(ARCH_RANGE_MM[1]).talusDeg
  const perDeg = 1 / SUBTALAR_AXIS[0]
  const th0 = -HEEL_EVERSION_RANGE_DEG.max * perDeg
  const th1 = -HEEL_EVERSION_RANGE_DEG.min * perDeg
  const na = Math.ceil((hi - lo) / 5)
  const nt = Math.ceil((th1 - th0) / 5)
  const copies: Shape[] = []
  const b = base.box
  const corners: M3[] = []
  for (const x of [b[0], b[3]])
    for (const y of [b[1], b[4]]) for (const z of [b[2], b[5]]) corners.push([x, y, z])
  for (let i = 0; i <= na; i++)
    for (let j = 0; j <= nt; j++) {
      const alpha = lo + ((hi - lo) * i) / na
      const theta = th0 + ((th1 - th0) * j) / nt
      // Calcaneus frame -> talus frame: the subtalar turn, then the recipe's (the calcaneus' local transform).
      const st = turnAbout(SUBTALAR_AXIS_POINT_MM, SUBTALAR_AXIS, theta)
      const ar = turnAbout(SUBTALAR_MM, [0, 0, 1], -alpha)
      const back1 = turnAbout(SUBTALAR_MM, [0, 0, 1], alpha)
      const back2 = turnAbout(SUBTALAR_AXIS_POINT_MM, SUBTALAR_AXIS, -theta)
      const moved = corners.map((c) => back2(back1(c)))
      const box: [number, number, number, number, number, number] = [
        Math.min(...moved.map((m) => m[0])),
        Math.min(...moved.map((m) => m[1])),
        Math.min(...moved.map((m) => m[2])),
        Math.max(...moved.map((m) => m[0])),
        Math.max(...moved.map((m) => m[1])),
        Math.max(...moved.map((m) => m[2])),
      ]
      copies.push({
        d: (x, y, z) => {
          const q = ar(st([x, y, z]))
          return base.d(q[0], q[1], q[2])
        },
        box,
      })
    }
  return copies
}

/**
 * `a` cleared of everywhere the shapes `cut` reach, `gap` wider, with a blend of k: the subtraction of their
 * union, evaluated only where it can change the surface (within k of `a`'s), stopping at the first shape that
 * already clears the point by k (the level set needs exact values only near the zero crossing).
 */
function clearOf(a: Shape, cut: readonly Shape[], gap: number, k: number): Shape {
  const reach = gap + k
  return {
    d: (x, y, z) => {
      const da = a.d(x, y, z)
      if (da > k) return da
      let best = Infinity
      for (const c of cut) {
        const bx = Math.max(c.box[0] - x, 0, x - c.box[3])
        const by = Math.max(c.box[1] - y, 0, y - c.box[4])
        const bz = Math.max(c.box[2] - z, 0, z - c.box[5])
        const bd = Math.sqrt(bx * bx + by * by + bz * bz)
        if (bd >= Math.min(best, reach + k)) continue
        const v = c.d(x, y, z)
        if (v < best) best = v
        if (best < -reach) break
      }
      const db = -(best - gap)
      const h = Math.max(k - Math.abs(da - db), 0) / k
      return Math.max(da, db) + h * h * k * 0.25
    },
    box: a.box,
  }
}

export function calcaneus(): Shape {
  const tuber = ellipsoid([-119, 41, 85], [15, 19, 14])
  const plantar = ellipsoid([-108, 27, 84], [15, 7, 14])
  const body = cone([-112, 42, 86], [-74, 49, 92], 16, 13)
  const facet = ellipsoid([-84, 52.5, 87], [14, 6, 13])
  const sust = ellipsoid([-70, 51, 67], [12, 4.5, 10])
  const ant = cone([-74, 47, 95], [-62, 47, 102], 12, 9)
  // The talus' facets on it leave room for every pose the foot is drawn in (issue 15: no bone sinks into its
  // neighbour): the calcaneus is cleared of everywhere the talus goes, 0.6 mm wider, with a 2 mm blend.
  return clearOf(smoothUnion(6, tuber, plantar, body, facet, sust, ant), talusSwept(), 0.6, 2)
}

export function navicular(): Shape {
  const d = dirDeclTrans(TALAR_DECLINATION_DEG, -15)
  const ml = norm([0.28, 0.25, 1])
  const axes = frame(d, ml)
  const body = ellipsoid(NAVICULAR_CENTRE_MM, [19, 12, 8], [axes[1], axes[0], axes[2]])
  const tub = ellipsoid(P(NAVICULAR_TUBEROSITY_MM, 0, 5.5, 5.5), [7, 6, 6])
  // The socket is a sphere about the talar head's centre, 0.8 mm wider than the head's widest semi-axis (14.5 mm,
  // mediolateral), so the head can turn in it as the talus follows the tibia (issue 15).
  return subtract(smoothUnion(4, body, tub), sphere(TALONAVICULAR_MM, 15.3), 1.5)
}

export function cuneiform(name: keyof typeof CUNEIFORM): Shape {
  const { jointMm: j, frontMm: f } = CUNEIFORM[name]
  const c: M3 = [
    (j[0] + f[0]) / 2,
    (j[1] + f[1]) / 2 + (name === 'cuneiform_medial' ? -2 : 0),
    (j[2] + f[2]) / 2,
  ]
  const ax = norm([f[0] - j[0], f[1] - j[1], f[2] - j[2]])
  const len = Math.hypot(f[0] - j[0], f[1] - j[1], f[2] - j[2]) / 2 - 0.6
  const h: Vec =
    name === 'cuneiform_medial'
      ? [len, 14.5, 7]
      : name === 'cuneiform_intermediate'
        ? [len, 10.5, 5.6]
        : [len, 11, 5.6]
  const axes = frame(ax, [0, 1, 0])
  // frame() returns [u, v, w] with w = ax; roundBox wants (along, up, side).
  const box = roundBox(c, [h[0], h[1], h[2]], 3.5, [axes[2], axes[1], axes[0]])
  if (name === 'cuneiform_medial') return box
  // Intermediate and lateral are wedges, dorsal base wide, plantar edge narrow (keystones of the transverse arch).
  const side = axes[0]
  const cutN = (sg: number): Vec =>
    norm([
      side[0] * sg - 0.55 * axes[1][0],
      side[1] * sg - 0.55 * axes[1][1],
      side[2] * sg - 0.55 * axes[1][2],
    ])
  return intersect(
    intersect(box, halfSpace(add(c, scale(cutN(1) as M3, h[2] - 0.5)), cutN(1)), 1.5),
    halfSpace(add(c, scale(cutN(-1) as M3, h[2] - 0.5)), cutN(-1)),
    1.5,
  )
}

export function cuboid(): Shape {
  const c = add(CALCANEOCUBOID_MM, [18, -5, 3])
  const axes = frame(dirDeclTrans(10, 12), Y)
  return smoothUnion(
    3,
    roundBox(c, [17.5, 10.5, 11], 4, [axes[2], axes[1], axes[0]]),
    ellipsoid(add(c, [3, -9, 6]), [7, 4, 5]),
  )
}

export function metatarsal(i: number): Shape {
  const r = RAYS[i]!
  const d = rayDir(r)
  const head = mtHeadMm(r)
  const big = i === 0
  const base = ellipsoid(
    add(r.baseMm, scale(d, 8.5)),
    [8, big ? 14 : 10.5, big ? 10 : 7],
    frame(d, [0, 1, 0]).reverse() as unknown as [Vec, Vec, Vec],
  )
  const shaftEnd = add(head, scale(d, -r.headRadiusMm * 0.5))
  const shaft = sweep(
    [add(r.baseMm, scale(d, 10)), add(r.baseMm, scale(d, (r.lengthMm - r.baseBehindMm) * 0.5)), shaftEnd],
    big ? [8, 6.5, 7.5] : [5, 3.8, 4.5],
    big ? [9, 6.5, 8] : [6.5, 4.8, 5.5],
    [0, 1, 0],
  )
  const headShape = ellipsoid(
    head,
    [r.headRadiusMm, r.headRadiusMm, r.headRadiusMm * (big ? 1.05 : 0.8)],
    frame(d, [0, 1, 0]).reverse() as unknown as [Vec, Vec, Vec],
  )
  const parts = [base, shaft, headShape]
  if (r.baseBehindMm > 0)
    parts.push(ellipsoid(add(add(r.baseMm, scale(d, -r.baseBehindMm + 9)), [0, -3, 5]), [10.8, 6.5, 7]))
  if (big)
    for (const sz of [-5, 5])
      parts.push(ellipsoid(add(head, [-3, FOREFOOT_PAD_MM + 3.5 - head[1], sz]), [5, 3.5, 4])) // sesamoids on the forefoot pad
  return smoothUnion(4, ...parts)
}

export function phalanx(ray: number, idx: number): Shape {
  const ph = phalanges(ray)[idx]!
  const d = norm([ph.endMm[0] - ph.startMm[0], ph.endMm[1] - ph.startMm[1], ph.endMm[2] - ph.startMm[2]])
  const r = ph.radiusMm
  const distal = idx === phalanges(ray).length - 1
  const base = ellipsoid(
    add(ph.startMm, scale(d, r * 0.55)),
    [r * 0.55, r * 0.95, r * 1.05],
    frame(d, Y).reverse() as unknown as [Vec, Vec, Vec],
  )
  const tip = ellipsoid(
    add(ph.endMm, scale(d, distal ? -r * 0.45 : -r * 0.5)),
    [r * (distal ? 0.45 : 0.5), r * (distal ? 0.45 : 0.65), r * 0.8],
    frame(d, Y).reverse() as unknown as [Vec, Vec, Vec],
  )
  const shaft = cone(
    add(ph.startMm, scale(d, r * 0.6)),
    add(ph.endMm, scale(d, -r * 0.5)),
    r * 0.62,
    r * (distal ? 0.4 : 0.5),
  )
  return smoothUnion(Math.min(2, r * 0.5), base, shaft, tip)
}
