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
import { loftY } from './loft'
import {
  cone,
  ellipsoid,
  frame,
  halfSpace,
  intersect,
  mirrorZ,
  plate,
  polygonSdf,
  roundBox,
  smoothUnion,
  sphere,
  subtract,
  sweep,
  tube,
  union,
  boxUnion,
  type Box,
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
  // Lesser trochanter: a cone out of the posteromedial shaft, blended (issue 16: it was a separate ball).
  const ltTip = P(LEG.lesserTrochanter.value, -2, 0, 2)
  const ltBase: M3 = [ltTip[0] + 10, ltTip[1] + 6, zAt(ltTip[1]) - 2]
  // Its base runs up into the intertrochanteric crest (a pyramid out of the shaft, not a knob).
  const lt = smoothUnion(4, cone(ltBase, ltTip, 12.5, 5), cone(P(ltBase, -4, 14, 3), P(ltTip, 1, 2, 0), 6, 4))
  // Intertrochanteric crest behind (greater to lesser trochanter) and the fainter line in front.
  const gtL = LEG.greaterTrochanterLateral.value
  const intertroch = tube(
    [P(LEG.greaterTrochanterTip.value, -10, -4, 4), P(gtL, -12.5, -18, -14), P(ltTip, 2, 3, 3)],
    [6.5, 7, 6],
  )
  const interLine = tube([P(gtL, 12, -4, -14), P(neckBase, 13, -18, -6), P(ltTip, 24, -4, 6)], [3, 2.5, 2.5])
  // Linea aspera: a narrow ridge down the back of the shaft, splitting into the supracondylar lines.
  const back = (p: M3, off: number): M3 => P(p, -off, 0, 0)
  const lineaAspera = sweep(
    [back(pts[1]!, 11.5), back(pts[2]!, 12), back(pts[3]!, 11.5), back(pts[4]!, 11.5), back(pts[5]!, 11.5)],
    [3.2, 2.8, 2.6, 2.6, 3],
    [4.5, 5, 5, 5, 4.5],
    X,
  )
  const supraCondylar = [-1, 1].map((sg) =>
    tube([back(pts[5]!, 11.5), P(pts[6]!, -15, 0, sg * 10), P(K, -22, 28, sg * 22)], [2.6, 2.2, 2]),
  )
  const latCondyle = ellipsoid(P(K, -6, -6, 21), [30, 22.5, 16])
  const medCondyle = ellipsoid(P(K, -6, -5, -21), [31, 23.5, 16.5])
  const latEpi = sphere(P(K, -6, 4, 29), 8)
  const medEpi = sphere(P(K, -8, 7, -29), 8.5)
  // The medial posterior condyle: round and large behind the shaft (the flexion arc, radius about 21 mm;
  // issue 16). A lateral one as large pushes the biceps femoris line into the bone (softTissue.test).
  const medPost = ellipsoid(P(K, -15.5, -6.5, -21), [21, 22, 16])
  const trochlea = ellipsoid(P(K, 12, 16, 0), [16, 25, 33])
  // The trochlea's lateral lip stands higher and further forward than the medial (it holds the patella).
  const latLip = ellipsoid(P(K, 19, 18, 16), [11, 22, 10])
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
    interLine,
    lineaAspera,
    ...supraCondylar,
    metaphysis,
    latCondyle,
    medCondyle,
    latEpi,
    medEpi,
    medPost,
    trochlea,
    latLip,
  )
  // Intercondylar notch: about 18 mm wide, open behind and below, its roof rising to the trochlea.
  s = subtract(s, ellipsoid(P(K, -20, -25, 0), [25, 15, 9]), 2.5)
  s = subtract(s, cone(P(K, 37, 44, 0), P(K, 30, -2, 0), 11.5, 10), 3) // trochlear groove, about 6 mm deep
  // Fovea capitis: medial on the head, a little below and behind its pole (issue 16: it was in front).
  s = subtract(s, sphere(P(H, -3, -5, -23.5), 4), 1.5)
  return s
}

// ---------------------------------------------------------------- patella
/**
 * The patella (issue 16: it read as a ball, then as a thick lump): a rounded triangle, apex down. The base (the
 * superior border) is a shallow arc ending in rounded superolateral and superomedial corners, the sides converge
 * on a pointed apex. In section it is a lens: a broad, gently convex anterior face (more curved across than
 * down) over two articular facets meeting in a vertical ridge, so it is thickest at the ridge (§2.3 height and
 * width; thickness ≈ 22 mm, E) and thins to a few millimetres at its medial and lateral borders. The larger, flatter
 * lateral facet and the smaller, steeper medial one seat it in the femoral trochlea, the ridge in the groove,
 * with about 2 mm of joint space (cartilage) and never less than 1.5 mm.
 */
export function patella(apex: Mm3): Shape {
  // Seated 4.5 mm behind the bone's origin (the Rajagopal apex): 1.8 mm from the trochlea (it was 4.9 mm).
  const SEAT = 4.5
  // The anterior face 8 mm in front of the body's centre line, the ridge 16 mm behind it (22.6 mm thick).
  const FRONT = 8
  const BACK = 16
  // The anterior face's transverse radius; the facet slopes (lateral flatter and larger, medial steeper).
  const R_ACROSS = 66
  const TAN_L = 0.4
  const TAN_M = 0.55
  const h = LONG_BONE.patellaHeightMm.value
  const w = LONG_BONE.patellaWidthMm.value
  const [ax0, ay, az] = apex
  const ax = ax0 - SEAT
  // Coronal outline: a wide ellipse cut by two vertical planes gives the shallow base and its two rounded corners
  // (the planes stand 4.5 mm outside the half-width because the thin borders round off inside them); two planes
  // converging on the apex cut the lower sides straight.
  const round = ellipsoid([ax, ay + h * 0.5 - 0.5, az + 0.5], [40, h * 0.51 + 0.5, w / 2 + 8])
  const slab = (sg: number): Shape => halfSpace([ax, ay, az + 0.5 + sg * (w / 2 + 4.5)], [0, 0, sg])
  const side = (sg: number): Shape => {
    const dy = h * 0.62 + 3
    const l = Math.hypot(dy, w / 2 + 1)
    return halfSpace([ax, ay - 6, az], [0, -(w / 2 + 1) / l, (sg * dy) / l])
  }
  let s = intersect(intersect(round, slab(1), 7), slab(-1), 7)
  s = intersect(intersect(s, side(1), 6), side(-1), 6)
  // Anterior face: broad and gently convex, a cap of an ellipsoid flatter down than across.
  s = intersect(s, ellipsoid([ax + FRONT - 60, ay + h * 0.5, az + 1], [60, 75, R_ACROSS]), 4)
  // Posterior: the two facets meeting in the vertical ridge 3 mm medial of the midline.
  const zr = az - 3
  const xr = ax - BACK
  s = intersect(s, halfSpace([xr, 0, zr], norm([-1, 0, TAN_L])), 3)
  s = intersect(s, halfSpace([xr, 0, zr], norm([-1, 0, -TAN_M])), 3)
  // Toward the borders the facets bevel forward, so the section thins to a few millimetres there (a lens).
  s = intersect(s, halfSpace([xr + TAN_L * 17, 0, zr + 17], norm([-1, 0, 0.65])), 5)
  s = intersect(s, halfSpace([xr + TAN_M * 13, 0, zr - 13], norm([-1, 0, -0.75])), 5)
  // The apex (its lower fifth) is non-articular: its back rises forward to the patellar tendon's origin.
  s = intersect(s, halfSpace([xr + 3, ay + h * 0.2, az], norm([-1, -0.6, 0])), 4)
  return clearOf(s, [femur()], 1.5, 2)
}

// ---------------------------------------------------------------- tibia and fibula
const A = ANKLE_MM
/** Condylar surfaces 32.5 mm below the knee centre, 4 mm under the femoral condyles (cartilage); the
 * intercondylar eminence tops out 2 mm higher. */
export const PLATEAU_BELOW_KNEE_MM = 32.5
export const EMINENCE_ABOVE_PLATEAU_MM = 2
/** The ankle roof (plafond): the talar dome's top plus 1 mm of joint space. */
export const PLAFOND_ABOVE_ANKLE_MM = LONG_BONE.talarDomeAboveAnkleMm.value + 1
/**
 * The medial malleolus' tip stands this far above the ankle centre: LONG_BONE.medialMalleolusBelowPlafondMm
 * below the roof (issue 16: it reached only 3 mm below it; the OpenSim tibia's tip is barely below its dome).
 */
export const MEDIAL_MALLEOLUS_ABOVE_ANKLE_MM =
  PLAFOND_ABOVE_ANKLE_MM - LONG_BONE.medialMalleolusBelowPlafondMm.value
/** Tibial torsion (§5.2): the transmalleolar axis turned externally from the condylar axis. */
const TORSION_DEG = LONG_BONE.tibialTorsionDeg.value
/** Plateau: posterior slope (§5.2, ≈7°, C). */
const TIBIAL_SLOPE_DEG = 7

/**
 * Tibial cross-sections, radii (mm) at 22.5° steps from anterior toward lateral (§2.3: plateau 66–69 mm wide,
 * 49–58 deep; E). The plateau: a larger, deeper medial condyle, a rounder lateral one, the posterior
 * intercondylar notch between them. The shaft: a rounded triangle with the anterior crest, the medial border
 * and the interosseous border toward the fibula. The distal metaphysis: a rounded quadrilateral with the
 * fibular notch between its anterior and posterior tubercles (laterally).
 */
const TIB_PLATEAU = [22, 22, 24, 33, 37, 36, 30, 19, 14, 19, 31, 36, 36, 34, 28, 23]
const TIB_SHAFT = [17, 13, 11, 10.5, 11, 12.5, 11.5, 10.5, 11, 10.5, 11, 12.5, 12.5, 11.5, 11.5, 13]
const TIB_DISTAL = [17, 17.5, 19.5, 21, 17.5, 21, 18, 16, 16, 16, 18, 22.5, 24.5, 23, 19.5, 17.5]
/** The distal section above the joint, its posterior face rounder (the posterolateral and posteromedial radii
 * drawn in, issue 16: a wide box from behind) before the metaphysis meets the malleoli, E. */
const TIB_DISTAL_ROUND = [17, 17.5, 19, 20, 17.5, 19.5, 17, 16, 16, 16, 17, 20.5, 23, 22, 19, 17.5]
const mixR = (a: readonly number[], b: readonly number[], t: number) => a.map((v, i) => v + (b[i]! - v) * t)

/** Distal tibia section centre (x, z). */
const TIB_DISTAL_C: [number, number] = [A[0] - 0.5, A[2] + 0.5]
/** Medial malleolus (centre of its tongue) and lateral malleolus (fibula), model mm, E: placed about the talus
 * so the transmalleolar axis is turned TORSION_DEG from the condylar (mediolateral) axis. */
const MED_MALL_C: M3 = [A[0] + 7, A[1] + MEDIAL_MALLEOLUS_ABOVE_ANKLE_MM + 16, A[2] - 21]
const MED_MALL_R: Vec = [10, 16, 5.5]
/** The lateral malleolus reaches lower than the medial (§2.3); the fibula is then 4 mm longer than §2.3's 375.2. */
export const FIBULA_TIP_Y_MM =
  A[1] + MEDIAL_MALLEOLUS_ABOVE_ANKLE_MM - LONG_BONE.lateralMalleolusBelowMedialMm.value
const LAT_MALL_R: Vec = [10.5, 17, 7.5]
const LAT_MALL_C: M3 = [
  MED_MALL_C[0] - (A[2] + 27 - MED_MALL_C[2]) * Math.tan(TORSION_DEG * RAD),
  FIBULA_TIP_Y_MM + LAT_MALL_R[1],
  A[2] + 27,
]

/** The talus as it turns in the mortise (the arch recipe and the gait turn it about the ankle's mediolateral
 * axis, src/scene/posing.ts): copies every 5° from 35° plantarflexion to 25° dorsiflexion. */
function talusInMortise(): Shape[] {
  const base = talus()
  const out: Shape[] = []
  for (let deg = -35; deg <= 25; deg += 5) {
    const back = turnAbout(A, [0, 0, 1], -deg)
    out.push({
      d: (x, y, z) => {
        const q = back([x, y, z])
        return base.d(q[0], q[1], q[2])
      },
      // The copies stay within the base box turned about the ankle: pad by what a corner can swing.
      box: [A[0] - 50, A[1] - 50, base.box[2], A[0] + 50, A[1] + 50, base.box[5]],
    })
  }
  return out
}

/** A shape grown by g mm (its fibular contact cut from the tibia with a joint space). */
const grown = (s: Shape, g: number): Shape => ({
  d: (x, y, z) => s.d(x, y, z) - g,
  box: [s.box[0] - g, s.box[1] - g, s.box[2] - g, s.box[3] + g, s.box[4] + g, s.box[5] + g],
})

/** The blend (mm) where the tibia's posterior face is cut around the swept talus (its posterior lip). */
const POSTERIOR_LIP_BLEND_MM = 6

export function tibia(): Shape {
  const yp = K[1] - PLATEAU_BELOW_KNEE_MM
  const cP: [number, number] = [K[0] - 3, K[2]]
  const U = TIB_SHAFT.map((r) => r * 1.35)
  // The condyles overhang the shaft: a near-vertical rim, then a concave flare down to the shaft (issue 16:
  // it was a rounded brick); the torsion turns the shaft's sections progressively down to the malleoli.
  const body = loftY([
    { y: yp + 6, c: cP, radii: TIB_PLATEAU, twistDeg: 0 },
    { y: yp - 7, c: cP, radii: mixR(TIB_PLATEAU, U, 0.06), twistDeg: 0 },
    { y: yp - 22, c: cP, radii: mixR(TIB_PLATEAU, U, 0.45), twistDeg: 0 },
    {
      y: yp - 40,
      c: [cP[0], cP[1] - 0.5],
      radii: mixR(TIB_PLATEAU, U, 0.78),
      twistDeg: 0,
    },
    {
      y: yp - 56,
      c: [cP[0], cP[1] - 1],
      radii: mixR(TIB_PLATEAU, U, 0.94),
      twistDeg: 1,
    },
    { y: yp - 80, c: [cP[0] + 0.5, cP[1] - 1.5], radii: U, twistDeg: 2 },
    { y: 330, c: [K[0] - 1, K[2] - 2], radii: TIB_SHAFT, twistDeg: 7 },
    {
      y: 220,
      c: [A[0], A[2] - 2],
      radii: mixR(TIB_SHAFT, TIB_DISTAL, 0.05),
      twistDeg: 16,
    },
    // The distal metaphysis flares gradually over its last 110 mm into the malleolus and the fibular notch
    // (issue 16: from behind it read as a box set on the shaft), E.
    {
      y: A[1] + 110,
      c: [A[0], A[2] - 1.5],
      radii: mixR(TIB_SHAFT, TIB_DISTAL_ROUND, 0.15),
      twistDeg: 20,
    },
    {
      y: A[1] + 80,
      c: [A[0], A[2] - 1],
      radii: mixR(TIB_SHAFT, TIB_DISTAL_ROUND, 0.38),
      twistDeg: 23,
    },
    {
      y: A[1] + 58,
      c: [(A[0] + TIB_DISTAL_C[0]) / 2, (A[2] - 1 + TIB_DISTAL_C[1]) / 2],
      radii: mixR(TIB_SHAFT, TIB_DISTAL_ROUND, 0.66),
      twistDeg: 24.5,
    },
    {
      y: A[1] + 42,
      c: TIB_DISTAL_C,
      radii: mixR(TIB_DISTAL_ROUND, TIB_DISTAL, 0.5),
      twistDeg: TORSION_DEG,
    },
    { y: A[1] + 28, c: TIB_DISTAL_C, radii: TIB_DISTAL, twistDeg: TORSION_DEG },
    { y: A[1] - 4, c: TIB_DISTAL_C, radii: TIB_DISTAL, twistDeg: TORSION_DEG },
  ])
  // The distal end: rounded off 8 mm above the ankle centre where the plafond does not reach (a hard cap
  // meshes into a serrated edge).
  const distalEnd = halfSpace([0, A[1] + 8, 0], [0, -1, 0])
  const sl = TIBIAL_SLOPE_DEG * RAD
  const top = halfSpace([cP[0], yp, cP[1]], [-Math.sin(sl), Math.cos(sl), 0])
  const eminence = union(
    ellipsoid([K[0] - 3, yp - 2, K[2] - 4], [7, 2 + EMINENCE_ABOVE_PLATEAU_MM, 3]),
    ellipsoid([K[0] - 3, yp - 2, K[2] + 4], [7, 1.5 + EMINENCE_ABOVE_PLATEAU_MM, 3]),
  )
  const tuberosity = ellipsoid([K[0] + 15, yp - 34, K[2] + 3], [7, 16, 10])
  const gerdy = ellipsoid([K[0] + 9, yp - 16, K[2] + 25], [6, 6, 5])
  // Medial malleolus: a tongue whose inner (articular) face is flat against the talus' medial facet.
  // Its posterior border carries the tibialis posterior groove, and its tip is notched between the longer
  // anterior and the shorter posterior colliculus (issue 16: a rounded pillar), E.
  let medMall = intersect(ellipsoid(MED_MALL_C, MED_MALL_R), halfSpace([0, 0, A[2] - 16.6], [0, 0, 1]), 1.5)
  medMall = subtract(medMall, cone(P(MED_MALL_C, -11.5, 22, -3.5), P(MED_MALL_C, -9, -14, -3.5), 3.2, 3), 1.5)
  medMall = subtract(medMall, sphere(P(MED_MALL_C, -5.5, -17, -1), 4.2), 2)
  // The plateau's rim rounded (issue 16: its top edge was sharp and flat).
  let s = smoothUnion(8, intersect(intersect(body, top, 8), distalEnd, 3), tuberosity, gerdy)
  s = smoothUnion(8, s, medMall)
  s = smoothUnion(1.5, s, eminence)
  // Medial plateau a shallow dish; the lateral convex front to back and side to side (§2.3): above a sphere
  // whose top touches the sloped plateau, the lateral condyle is trimmed.
  s = subtract(s, sphere([K[0] - 3, yp + 40 - 1.8, K[2] - 17], 40), 2)
  // The trim fades in from the eminence (no step beside it) and deepens away from the condyle's centre.
  const R = 80
  const xl = K[0] - 5
  const zl = K[2] + 18
  const aboveDome: Shape = {
    d: (x, y, z) => {
      const w = Math.min(1, Math.max(0, (z - K[2] - 3) / 10))
      const fade = w * w * (3 - 2 * w)
      const yTop = yp + Math.tan(sl) * (x - cP[0]) + 0.3 - (fade * ((x - xl) ** 2 + (z - zl) ** 2)) / (2 * R)
      return Math.max((yTop - y) * 0.8, yp - 12 - y)
    },
    box: [K[0] - 45, yp - 12, K[2] + 3, K[0] + 40, yp + 12, K[2] + 45],
  }
  s = subtract(s, aboveDome, 2)
  // Plafond: the talar dome (a cylinder about the ankle's mediolateral axis, as wide as the trochlea) pressed in.
  const rd = PLAFOND_ABOVE_ANKLE_MM
  const plafond: Shape = {
    // Medially to the talus' flat facet; laterally past the fibula's inner face, so no fin stays between the two.
    d: (x, y, z) => Math.max(Math.hypot(x - A[0], y - A[1]) - rd, Math.abs(z - (A[2] + 2.6)) - 18.4),
    box: [A[0] - rd, A[1] - rd, A[2] - 16, A[0] + rd, A[1] + rd, A[2] + 21.5],
  }
  s = subtract(s, plafond, 2.5)
  // The fibula's facet under the lateral condyle and its notch above the ankle, with a joint space (issue 16:
  // the fibula sat 7 mm inside the tibia).
  s = subtract(s, grown(fibula(), 0.8), 1.5)
  // Behind the plafond the swept talus meets the posterior face at nearly a right angle: with the articular blend
  // that crease meshed into a ragged line across the back of the tibia, read as a fracture (issue 16). The blend
  // widens behind the joint (from 8 to 14 mm behind the ankle axis) so the posterior lip is a rounded margin,
  // while the plafond keeps its narrow blend (a wider one there would widen the joint space).
  return clearOf(s, talusInMortise(), 0.6, POSTERIOR_LIP_BLEND_MM, (x) => {
    const w = Math.min(1, Math.max(0, (A[0] - 8 - x) / 6))
    return 2.5 + (POSTERIOR_LIP_BLEND_MM - 2.5) * w * w * (3 - 2 * w)
  })
}

export function fibula(): Shape {
  const top = LEG.fibularHeadTop.value
  // Head behind and lateral to the lateral tibial condyle, below its overhang (anatomy §2.3: top 28 mm below
  // the plateau); the styloid apex points up and back.
  const headC = P(top, -3, -10, 1)
  const head = ellipsoid(headC, [12.5, 10, 12])
  const apex = cone(headC, P(top, -6, -2.5, 2), 7, 3.5)
  // The head narrows into the neck (not a ball on a stick).
  const neck = cone(P(headC, 0, -3, 0), P(headC, -1, -32, -1), 10, 6.3)
  // Lateral malleolus: a triangular facet against the talus, the malleolar fossa behind it, the peroneal groove
  // on its posterior border, a tip that narrows to a point (issue 16: a plain sausage), E.
  let lat = intersect(ellipsoid(LAT_MALL_C, LAT_MALL_R), halfSpace([0, 0, A[2] + 19.2], [0, 0, -1]), 1.5)
  lat = smoothUnion(3, lat, cone(P(LAT_MALL_C, -1, -6, 1), P(LAT_MALL_C, -2, -15.5, 2), 7, 1.5))
  lat = subtract(lat, sphere(P(LAT_MALL_C, -10, -5, -6.5), 4.5), 2) // malleolar fossa
  lat = subtract(lat, cone(P(LAT_MALL_C, -12.5, 22, 1.5), P(LAT_MALL_C, -11.5, -6, 1.5), 3, 2.6), 1.5) // peroneal groove
  const shaft = sweep(
    [
      P(headC, 0, -6, 0),
      P(headC, -1, -40, -1),
      [K[0] - 12, 330, K[2] + 27.5],
      [K[0] - 12, 220, K[2] + 26],
      [A[0] - 12.5, A[1] + 60, A[2] + 26],
      [LAT_MALL_C[0] + 2, LAT_MALL_C[1] + 14, LAT_MALL_C[2] - 0.5],
    ],
    [6.5, 6, 6.5, 6.5, 7.5, 8],
    [6, 6.5, 7, 7, 8, 10],
    X,
  )
  return smoothUnion(5, head, apex, neck, shaft, lat)
}

// ---------------------------------------------------------------- spine
const along = (p: Mm3, n: Mm3, d: number): M3 => [p[0] + n[0] * d, p[1] + n[1] * d, p[2] + n[2] * d]

/**
 * How a vertebral body's wall is shaped (issue 16: the lumbar bodies were straight-walled). `waist`: how much
 * narrower (and shallower) the body is at mid-height than at its endplates, the rim of the ring apophysis
 * standing out at each plate; `notch`: depth of the concave posterior wall in front of the canal (fraction of
 * the half-depth); `backFlat`: the posterior half-depth as a fraction of the anterior one; `edgeMm`: rounding
 * of the endplate rim.
 */
export interface BodyForm {
  readonly waist: number
  readonly notch: number
  readonly backFlat: number
  readonly edgeMm: number
}
/** Lumbar (and T11/T12) bodies: kidney-shaped, waisted by 12% (2.5–3 mm a side at mid-height; E, atlas). */
export const LUMBAR_BODY: BodyForm = { waist: 0.12, notch: 0.13, backFlat: 1.05, edgeMm: 1.5 }

/**
 * Body between two tilted planes. Without `form` (the discs, the sacrum's S1 body): elliptic with a 6% waist,
 * posterior wall flattened. With `form`: see BodyForm.
 */
function vertebralBody(
  v: VertebraGeom,
  bulge = 0,
  planesFrom?: { lower: [M3, number]; upper: [M3, number] },
  form?: BodyForm,
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
  const rMin = Math.min(rd, rw)
  const cyl: Shape = {
    d: (x, y, z) => {
      const px = x - c[0],
        py = y - c[1],
        pz = z
      const h = px * n[0] + py * n[1]
      if (!form) {
        const t = Math.min(1, (h / half) ** 2)
        const waist = bulge > 0 ? 1 + 0.05 * (1 - t) : 1 - 0.06 * (1 - t)
        const ca = (px * a[0] + py * a[1]) / (rd * waist)
        const cz = pz / (rw * waist)
        // Posterior half flatter.
        const caa = ca < 0 ? ca * 1.25 : ca
        return (Math.sqrt(caa * caa + cz * cz) - 1) * rMin * waist
      }
      // Waist: narrowest at mid-height, flaring (4th power) into the rim at the plates.
      const u = Math.min(1, Math.abs(h) / half)
      const s = 1 - form.waist * (1 - u ** 4)
      const ca = (px * a[0] + py * a[1]) / rd
      const cz = pz / rw
      const rho = Math.hypot(ca, cz)
      if (rho < 1e-9) return -rMin * s
      const cth = ca / rho,
        sth = cz / rho
      // Outline radius by direction: the posterior half flatter, then dented where the canal lies behind it.
      // Posteriorly a superellipse (exponent 3: the posterolateral corners squarer, where the pedicles rise)
      let r = cth < 0 ? ((-cth / form.backFlat) ** 3 + Math.abs(sth) ** 3) ** (-1 / 3) : 1
      r -= form.notch * Math.max(0, -cth) ** 6
      return (rho - r * s) * rMin
    },
    box: [c[0] - rw - 30, c[1] - rw - 30, -rw - 2, c[0] + rw + 30, c[1] + rw + 30, rw + 2],
  }
  const below = halfSpace(lower[0], [-nl[0], -nl[1], 0])
  const above = halfSpace(upper[0], nu)
  const k = form?.edgeMm ?? 2.5
  return intersect(intersect(cyl, below, k), above, k)
}

/**
 * A flat plate: the polygon `poly` (u, v) in the frame `axes` at `o`, thickened to ±half(u, v) along the
 * frame's third axis, its edges rounded by up to `r`. For the laminae, spinous and transverse processes.
 */
function prism(
  o: M3,
  axes: readonly [Vec, Vec, Vec],
  poly: readonly (readonly [number, number])[],
  half: (u: number, v: number) => number,
  r: number,
): Shape {
  const [ea, eb, ec] = axes
  const e2 = polygonSdf(poly)
  const us = poly.map((p) => p[0]),
    vs = poly.map((p) => p[1])
  const m = 8
  // The box: the frame's corners around the polygon's extent, padded by m.
  let bx: Box | null = null
  for (const uu of [Math.min(...us) - m, Math.max(...us) + m])
    for (const vv of [Math.min(...vs) - m, Math.max(...vs) + m])
      for (const ww of [-m, m]) {
        const q = [0, 1, 2].map((i) => o[i]! + ea[i]! * uu + eb[i]! * vv + ec[i]! * ww) as [
          number,
          number,
          number,
        ]
        const corner: Box = [...q, ...q]
        bx = bx ? boxUnion(bx, corner) : corner
      }
  return {
    d: (x, y, z) => {
      const dx = x - o[0],
        dy = y - o[1],
        dz = z - o[2]
      const u = dx * ea[0] + dy * ea[1] + dz * ea[2]
      const v = dx * eb[0] + dy * eb[1] + dz * eb[2]
      const w = dx * ec[0] + dy * ec[1] + dz * ec[2]
      const t = half(u, v)
      const rr = Math.min(r, 0.9 * t)
      const ee = e2(u, v) + rr,
        qq = Math.abs(w) - t + rr
      return Math.min(Math.max(ee, qq), 0) + Math.hypot(Math.max(ee, 0), Math.max(qq, 0)) - rr
    },
    box: bx!,
  }
}

const clamp01 = (t: number) => Math.min(1, Math.max(0, t))

// C, §2.6 iii: transverse-process span tip to tip ≈ 70 at L1, 90–95 at L3 (the widest), 85–90 at L5; half here.
const TP_HALF_SPAN: Record<string, number> = {
  L1: 35,
  L2: 40,
  L3: 46,
  L4: 44.5,
  L5: 43.5,
  T12: 30,
  T11: 32,
}
// Half the interpedicular width (S7 R canal width 26.7 mm mean, §2.6 iii; narrower above, wider at L5, E).
const CANAL_HALF_WIDTH: Record<string, number> = {
  L1: 11.5,
  L2: 12,
  L3: 12.5,
  L4: 13,
  L5: 13.5,
  T12: 10.5,
  T11: 10,
}
/** Canal depth, posterior body wall to the laminae at the midline (S7 R, §2.6 iii). */
const CANAL_DEPTH_MM = 16.7
// Half the pedicle's width: ≈ 8 mm wide at L1 to 16 at L5, the pedicles short and stout (E, atlas).
const PEDICLE_HALF_WIDTH: Record<string, number> = { L1: 4, L2: 4.4, L3: 5, L4: 6, L5: 7.5 }
/**
 * Spinous process per level (E about S7 R: 23.5 mm tall, 51.6 mm long from the posterior body wall):
 * `lengthMm` from the spinolaminar junction, `heightMm` of the hatchet's free end, `upMm` where its upper
 * border leaves the laminae (above the junction point). L5's is small and L4's free end stays clear of it
 * (issue 16: L4 and L5 overlapped).
 */
const SPINOUS: Record<string, { lengthMm: number; heightMm: number; upMm: number }> = {
  L1: { lengthMm: 31, heightMm: 21, upMm: 10 },
  L2: { lengthMm: 33, heightMm: 23, upMm: 10 },
  L3: { lengthMm: 33, heightMm: 23, upMm: 10 },
  L4: { lengthMm: 31, heightMm: 21, upMm: 9 },
  L5: { lengthMm: 26, heightMm: 16, upMm: 6 },
  // T12's is lumbar-type too (transitional vertebra, E).
  T12: { lengthMm: 26, heightMm: 17, upMm: 5 },
}

/** Facet joint space at rest, standing neutral (issue 16: the articular processes overlapped 3.5–4.8 mm). */
export const FACET_GAP_MM = 1.6
/** Radius of the facets' curvature in the axial plane: the superior facet concave, the inferior convex (E). */
const FACET_RADIUS_MM = 16

/**
 * One facet joint, right (sgn 1) or left: its centre (src/anatomy/spine.ts facetCentreMm; T12-L1
 * extrapolated like L1-L2, E), `out` the unit normal from the inferior process (posteromedial) to the
 * superior one (anterolateral), at the level's facet angle to the sagittal plane (FACET_OFFSET_MM: sagittal
 * above, turning coronal toward L5-S1, §2.6 iii), `up` the disc's normal, and the axis of the joint's
 * curvature (through `cc`, along `up`). Both articular processes are cut to this cylinder, so they are
 * parallel across FACET_GAP_MM. The sacrum's S1 superior process should use facetJoint('L5-S1', sgn) too.
 */
export function facetJoint(level: string, sgn: 1 | -1): { f: M3; out: M3; up: M3; cc: M3; tangent: M3 } {
  const upper = level.split('-')[0]!
  const g = vertebraGeom(upper)
  const a = tiltAnterior(g.discTiltDeg)
  const up = tiltNormal(g.discTiltDeg)
  const o = FACET_OFFSET_MM[level]
  const p = o ? facetCentreMm(level) : along(along(g.jointCentreMm, a, -38), up, 4)
  const f: M3 = [p[0], p[1], (o ? Math.abs(p[2]) : 13) * sgn]
  const ang = (o?.angleDeg ?? 25) * RAD
  const out: M3 = [Math.sin(ang) * a[0], Math.sin(ang) * a[1], Math.cos(ang) * sgn]
  // Along the joint line in the axial plane (up × out).
  const tangent = norm([up[1] * out[2], -up[0] * out[2], up[0] * out[1] - up[1] * out[0]])
  return { f, out, up, cc: along(f, out, -FACET_RADIUS_MM), tangent }
}
type FacetJoint = ReturnType<typeof facetJoint>
/** Distance from the joint's curvature axis. */
const facetRadius = (j: FacetJoint, x: number, y: number, z: number): number => {
  const px = x - j.cc[0],
    py = y - j.cc[1],
    pz = z - j.cc[2]
  const h = px * j.up[0] + py * j.up[1] + pz * j.up[2]
  return Math.hypot(px - h * j.up[0], py - h * j.up[1], pz - h * j.up[2])
}
/** Where the inferior process of the vertebra above lies (round the joint): the superior process is cut off it. */
const sapCut = (j: FacetJoint): Shape =>
  intersect(sphere(j.f, 13), {
    d: (x, y, z) => facetRadius(j, x, y, z) - (FACET_RADIUS_MM + FACET_GAP_MM / 2),
    box: sphere(j.f, 13).box,
  })
/** Where the superior process of the vertebra below lies: the inferior process is cut off it. */
const iapCut = (j: FacetJoint): Shape =>
  intersect(sphere(j.f, 13), {
    d: (x, y, z) => FACET_RADIUS_MM - FACET_GAP_MM / 2 - facetRadius(j, x, y, z),
    box: sphere(j.f, 13).box,
  })
const LEVEL_BELOW: Record<string, string> = {
  T11: 'T11-T12',
  T12: 'T12-L1',
  L1: 'L1-L2',
  L2: 'L2-L3',
  L3: 'L3-L4',
  L4: 'L4-L5',
  L5: 'L5-S1',
}
const LEVEL_ABOVE: Record<string, string> = {
  L1: 'T12-L1',
  L2: 'L1-L2',
  L3: 'L2-L3',
  L4: 'L3-L4',
  L5: 'L4-L5',
}

/** Inferior articular process on the joint `j`: posteromedial of it, its convex face toward the joint. */
const inferiorProcess = (j: FacetJoint): Shape =>
  ellipsoid(
    along(along(j.f, j.out, -(FACET_GAP_MM / 2 + 3.6)), j.up, -2),
    [7, 3.8, 9.5],
    [j.tangent, j.out, j.up],
  )

/**
 * Spinous process from `o` (the spinolaminar junction): a hatchet pointing back and slightly down in the
 * standing spine (8° below the horizontal, whatever the level's tilt in the lordosis), its free end tall,
 * its posterior-inferior border thick (issue 16: flat rectangular slabs).
 */
function hatchet(name: string, o: M3): Shape {
  const sp = SPINOUS[name]!
  const dn = 8 * RAD
  const su: M3 = [-Math.cos(dn), -Math.sin(dn), 0]
  const sv: M3 = [-Math.sin(dn), Math.cos(dn), 0]
  const Ls = sp.lengthMm,
    Hs = sp.heightMm
  const blade = prism(
    o,
    [su, sv, [0, 0, 1]],
    [
      // The upper border slopes down toward the free end, the posterior border bulges (a hatchet, not a board).
      [-3, sp.upMm + 2],
      [Ls * 0.55, sp.upMm - 0.5],
      [Ls - 3, sp.upMm - 3.5],
      [Ls + 1.5, sp.upMm - Hs * 0.5],
      [Ls - 1, sp.upMm - Hs],
      [Ls - 6, sp.upMm - Hs - 1],
      // The inferior border rises from the drooping posterior-inferior angle toward the root (the blade).
      [Ls * 0.45, sp.upMm - Hs + 5],
      [2, -13],
    ],
    (u, vq) =>
      2.4 + 2.3 * clamp01((u - 0.35 * Ls) / (0.6 * Ls)) * (0.55 + 0.45 * clamp01((sp.upMm - vq) / Hs)),
    2.2,
  )
  // The thick posterior-inferior angle (where the supraspinous ligament attaches).
  const tub = ellipsoid(
    along(along(o, su, Ls - 3.5), sv, sp.upMm - Hs + 3.5),
    [4.5, 4.5, 4],
    [su, sv, [0, 0, 1]],
  )
  return smoothUnion(2, blade, tub)
}

export function vertebra(name: string): Shape {
  return name.startsWith('T') ? thoracicVertebra(name) : lumbarVertebra(name)
}

/**
 * A lumbar vertebra (issue 16), in its body's frame (anterior `a`, up `n`): the kidney-shaped waisted body;
 * short stout pedicles; broad laminae meeting behind a triangular canal and sloping back as they descend, so
 * that each one's lower edge lies behind the next one's upper edge like roof tiles; the articular pillars with
 * the concave superior and convex inferior facets of facetJoint; thin flat tapering transverse processes
 * (L5's stout, up toward the ala); a hatchet-shaped spinous process.
 */
function lumbarVertebra(name: string): Shape {
  const v = vertebraGeom(name)
  const c = v.bodyCentreMm
  const n = tiltNormal(v.bodyTiltDeg)
  const a = tiltAnterior(v.bodyTiltDeg)
  const back = v.bodyDepthMm / 2
  const canal = CANAL_HALF_WIDTH[name]!
  const pw = PEDICLE_HALF_WIDTH[name]!
  const isL5 = name === 'L5'
  /** A point in the body's frame: mm anterior, up, lateral (right +). */
  const L = (ant: number, up: number, lat: number): M3 => {
    const p = along(along(c, a, ant), n, up)
    return [p[0], p[1], lat]
  }
  const body = vertebralBody(v, 0, undefined, LUMBAR_BODY)
  const parts: Shape[] = []
  const cuts: Shape[] = []
  for (const sgn of [1, -1] as const) {
    const jA = facetJoint(LEVEL_ABOVE[name]!, sgn)
    const jB = facetJoint(LEVEL_BELOW[name]!, sgn)
    // Pedicle: short and stout, taller than wide, from the upper half of the body's posterior wall.
    const pedC = L(-back - 1.5, 4, sgn * (canal + pw))
    const pedEnd = L(-back - 10, 4, sgn * (canal + pw))
    parts.push(ellipsoid(pedC, [9.5, 7.5, pw], [a, n, [0, 0, 1]]))
    // Superior articular process: above the pedicle, anterolateral of the joint, its face concave (cut).
    const sapC = along(along(jA.f, jA.out, FACET_GAP_MM / 2 + 4.2), jA.up, -1.5)
    parts.push(ellipsoid(sapC, [8.5, 4.8, 8], [jA.tangent, jA.out, jA.up]))
    parts.push(cone(pedEnd, along(sapC, jA.up, -5), 6, 5))
    // Mammillary process on the superior process' posterior border.
    parts.push(ellipsoid(along(along(sapC, a, -5), n, -2), [3.2, 3.2, 3], [a, n, [0, 0, 1]]))
    // Pars interarticularis: from the pedicle and superior process down to the inferior process.
    const iapC = along(jB.f, jB.out, -(FACET_GAP_MM / 2 + 3.6))
    parts.push(inferiorProcess(jB))
    parts.push(cone(along(pedEnd, a, -2), along(iapC, jB.up, 5), 5.5, 4.2))
    // Lamina: broad, from the pars to the midline, its lower edge behind (roof tile).
    const top = CANAL_DEPTH_MM + 2.8 - 2.5
    parts.push(
      plate(L(-back - 11, 10, sgn * (canal + 1)), along(iapC, jB.up, 6), L(-back - top - 9, -17, 0), 2.8),
      plate(L(-back - 11, 10, sgn * (canal + 1)), L(-back - top - 9, -17, 0), L(-back - top, 6, 0), 2.8),
    )
    // Transverse process: a thin plate (front to back), tapering, swept a little back; L5's stout and rising.
    const root = L(-back - 7, isL5 ? 0 : 2, sgn * (canal + pw + 1))
    const rise = isL5 ? 0.35 : 0.05
    const dir = norm([-a[0] * 0.22 + n[0] * rise, -a[1] * 0.22 + n[1] * rise, sgn])
    const vv = norm(add(n, scale(dir, -(n[0] * dir[0] + n[1] * dir[1]))))
    const ww: M3 = norm([
      dir[1] * vv[2] - dir[2] * vv[1],
      dir[2] * vv[0] - dir[0] * vv[2],
      dir[0] * vv[1] - dir[1] * vv[0],
    ])
    const len = (TP_HALF_SPAN[name]! - Math.abs(root[2])) / Math.abs(dir[2])
    const [h0, h1] = isL5 ? [10, 5] : [7, 3.5]
    const [t0, t1] = isL5 ? [4.5, 3] : [2.6, 1.9]
    parts.push(
      prism(
        root,
        [dir, vv, ww],
        [
          [-4, -h0],
          [len - 3, -h1],
          [len, -h1 + 1.5],
          [len, h1 - 1.5],
          [len - 3, h1],
          [-4, h0],
        ],
        (u) => t0 + (t1 - t0) * clamp01(u / len),
        2,
      ),
    )
    cuts.push(sapCut(jA), iapCut(jB))
  }
  const spinous = hatchet(name, L(-back - CANAL_DEPTH_MM - 3, -4, 0))
  let s = smoothUnion(3, body, ...parts)
  s = smoothUnion(2.5, s, spinous)
  return subtract(s, union(...cuts), 0.8)
}

/** Facet centre above (superior process) of a thoracic vertebra: T11-T12 extrapolated like L1-L2 (E). */
const thoracicFacetAbove = (): M3 => {
  const g = vertebraGeom('T11')
  const an = tiltAnterior(g.discTiltDeg)
  const p = along(along(g.jointCentreMm, an, -38), tiltNormal(g.discTiltDeg), 4)
  return [p[0], p[1], 13]
}

/**
 * T11 and T12 (thoracic context): issue 16's lumbar pass gave them the lumbar body form and T12 a
 * lumbar-type spinous process (its old one, steeply down, ran into L1's); their processes are as before.
 */
function thoracicVertebra(name: string): Shape {
  const v = vertebraGeom(name)
  const c = v.bodyCentreMm
  const n = tiltNormal(v.bodyTiltDeg)
  const a = tiltAnterior(v.bodyTiltDeg)
  const back = v.bodyDepthMm / 2
  const canal = CANAL_HALF_WIDTH[name]!
  const body = vertebralBody(v, 0, undefined, LUMBAR_BODY)
  const parts: Shape[] = [body]
  const sideParts = (sgn: 1 | -1): Shape[] => {
    const pz = (p: M3, z: number): M3 => [p[0], p[1], z * sgn]
    const pedStart = pz(along(along(c, a, -back + 5), n, 3), v.bodyWidthMm / 2 - 9)
    const pillar = pz(along(along(c, a, -back - 15), n, 3), canal + 5)
    const spinousBase = pz(along(along(c, a, -back - 16.7 - 9), n, -1), 0)
    // The articular processes: the thoracic estimate (E).
    const fa = thoracicFacetAbove()
    const ang = 20 * RAD
    const fn: M3 = norm([-Math.sin(ang) * a[0], -Math.sin(ang) * a[1], Math.cos(ang) * sgn])
    const fAxes = frame(fn, n)
    const sap = pz([fa[0], fa[1] - 3, 0], Math.abs(fa[2]) + 3)
    const tpTip = pz(along(along(c, a, -back - 26), n, 6), TP_HALF_SPAN[name]!)
    // T12's inferior processes stand clear of L1's superior ones (1.5–1.7 mm, checked by test/models/lumbar).
    const fb = thoracicFacetAbove()
    const iap = pz([fb[0] + 1, fb[1], 0], Math.abs(fb[2]) - 3)
    return [
      cone(along(pillar, a, -6), iap, 5, 4.5),
      ellipsoid(iap, [8, 6, 3.2], [fAxes[0], fAxes[1], fAxes[2]]),
      cone(pedStart, pillar, 6.5, 6),
      cone(pillar, spinousBase, 5.5, 5),
      cone(pillar, sap, 5, 4.5),
      ellipsoid(sap, [8, 6, 3.2], [fAxes[0], fAxes[1], fAxes[2]]),
      cone(pillar, tpTip, 5.5, 3.5),
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
  const spinousDir = norm(add(scale(a, -1), scale(n, -0.9)))
  const [su, sv, sw] = frame(spinousDir, [0, 0, 1])
  // 2.6 mm half-width, clear of the inferior articular processes beside its root (at 3.6 mm the two came
  // within a grid step and meshed as a pinch, issue 15).
  const spinous =
    name === 'T12'
      ? hatchet(name, along(along(c, a, -back - CANAL_DEPTH_MM - 3), n, -4))
      : roundBox(along(sb, spinousDir, 16), [11.5, 2.6, 17], 3, [su, sv, sw])
  parts.push(lamina, spinous)
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

/**
 * The sacrum's layout (E, adult): S1 body depth; arc lengths s (mm down the pelvic surface from the promontory)
 * of the four fused discs (the transverse ridges, with the foramina at their ends), of the top of the sacral
 * hiatus and of the apex; the foramina's distance from the midline.
 */
export const SACRUM = {
  s1DepthMm: 36,
  levelsS: [27, 50, 69, 85],
  foramenU: [25, 22, 19, 16],
  hiatusS: 80,
  apexS: 106,
} as const

/**
 * The sacrum's own curved frame (see sacrum()): the midline of its pelvic surface from the promontory (the S1
 * plate's front edge), perpendicular to the plate, turning forward by 50° down to the apex (sacral kyphosis)
 * and by 25° more along the coccyx. point(s, v, z): v mm behind that surface at arc length s.
 */
export function sacralFrame() {
  const prom = along(SPINE.s1PlateMm, tiltAnterior(SPINE.s1TiltDeg), SACRUM.s1DepthMm / 2)
  const theta = (s: number) =>
    (SPINE.s1TiltDeg - 50 * smoothstep(5, 105, s) - 25 * smoothstep(100, 140, s)) * RAD
  return sacralCurve(prom, theta, -30, 150)
}

/**
 * The sacrum and coccyx (issue 16: it read as a spearhead with drill holes). Built in the sacrum's own curved
 * frame: `s` runs down the midline of the pelvic (anterior) surface from the promontory (arc length, mm; the
 * S1 plate is s = 0), `v` goes back from that surface through the bone, `u` is the distance from the midline.
 * In that frame the bone is a curved slab between a pelvic surface (transverse ridges at the fused discs,
 * shallow grooves running out from the anterior foramina) and a convex dorsal surface (median crest of fused
 * spinous tubercles, intermediate crests of fused articular processes ending in the sacral cornua, lateral
 * crests of fused transverse processes), inside a lateral outline (wide alae at the base, the ear-shaped
 * auricular surface facing the ilium, the lateral border narrowing to the apex). The sacral canal is a
 * triangular tunnel continuing the lumbar canal (about 28 x 15 mm at S1) that opens dorsally at the sacral
 * hiatus; four pairs of foramina pass from front to back, wider in front. The S1 body and its superior
 * articular processes are placed on the S1 plate and the L5-S1 facet centre (src/anatomy/spine.ts). Sizes are
 * adult estimates (E; length about 105 mm along the curve, base about 105 mm wide, anatomy §2.6, §5.3 for the
 * 40° sacral slope); the auricular surface stays 2 mm from the ilium's (scripts/models/pelvis.ts).
 */
export function sacrum(): Shape {
  const top = SPINE.s1PlateMm
  const tilt = SPINE.s1TiltDeg
  const n = tiltNormal(tilt)
  const l5 = vertebraGeom('L5')
  const s1: VertebraGeom = {
    ...l5,
    bodyCentreMm: along(top, n, -13),
    bodyTiltDeg: tilt,
    bodyHeightMm: 26,
    bodyWidthMm: 50,
    bodyDepthMm: SACRUM.s1DepthMm,
    lowerPlateMm: along(top, n, -26),
    lowerTiltDeg: tilt,
    upperPlateMm: top,
    upperTiltDeg: tilt,
  }
  const body = vertebralBody(s1)
  const curve = sacralFrame()
  // Levels (s, mm) of the four fused discs: the transverse ridges, with the foramina at their lateral ends.
  const { levelsS: LEVELS, foramenU: FORAMEN_U, hiatusS: HIATUS, apexS: APEX } = SACRUM
  const FRONT_R = [5.2, 4.6, 3.9, 3.1] // anterior foramina: the larger
  const BACK_R = [3.1, 2.8, 2.4, 2]
  // Thickness from the pelvic surface to the dorsal surface: in the midline (body + canal + lamina) and at the
  // lateral border; the half-width of the outline along s.
  const midD = (s: number) => pw(s, [0, 56], [25, 48], [50, 39], [70, 30], [88, 21], [APEX, 12])
  const latD = (s: number) => pw(s, [0, 36], [15, 29], [25, 24], [50, 21], [70, 17], [88, 13], [APEX, 10])
  const halfW = (s: number) =>
    pw(s, [0, 49], [20, 47], [45, 45.5], [58, 40], [70, 33], [85, 25], [98, 16], [APEX, 9])
  // The auricular (ear-shaped) surface in the lateral face, (s, v): the short arm at S1, the long arm down the
  // front of S2 and S3, the notch of its concave border behind. Around it the face falls back 2 mm.
  const ear = polygonSdf([
    [3, 4],
    [2, 26],
    [9, 33],
    [20, 30],
    [26, 20],
    [40, 19],
    [56, 14],
    [60, 6],
    [52, 2],
    [20, 1],
  ])
  const ridges = (s: number, u: number) => {
    let h = 0
    for (let k = 0; k < 4; k++)
      h +=
        1.7 *
        Math.exp(-(((s - LEVELS[k]!) / 2.6) ** 2)) *
        (1 - smoothstep(FORAMEN_U[k]! - 9, FORAMEN_U[k]! - 4, u))
    return h
  }
  const grooves = (s: number, u: number) => {
    let h = 0
    for (let k = 0; k < 4; k++) {
      const f = FORAMEN_U[k]!
      h +=
        1.6 *
        Math.exp(-(((s - LEVELS[k]! - 1) / 4) ** 2)) *
        smoothstep(f - 2, f + 3, u) *
        (1 - smoothstep(f + 12, f + 22, u))
    }
    return h
  }
  const crests = (s: number, u: number) => {
    // Median crest: 4 spinous tubercles on a low ridge, ending above the hiatus.
    let med = 0
    for (const t of [17, 35, 55, 71]) med += 3.8 * Math.exp(-(((s - t) / 5.5) ** 2))
    med = (med + 4) * (1 - smoothstep(HIATUS - 6, HIATUS, s)) * Math.exp(-((u / 4.6) ** 2))
    // Intermediate crests medial to the posterior foramina, each ending in a sacral cornu beside the hiatus.
    const ui = pw(s, [0, 15], [27, 15], [50, 13], [69, 11], [85, 8.5], [95, 7.5])
    let inter = 2.8
    for (let k = 0; k < 4; k++) inter += 1.8 * Math.exp(-(((s - LEVELS[k]! + 10) / 4) ** 2))
    inter *= Math.exp(-(((u - ui) / 3.3) ** 2)) * (1 - smoothstep(90, 96, s))
    const cornu = 3.2 * Math.exp(-(((s - 89) / 4) ** 2) - ((u - 8) / 3) ** 2)
    // Lateral crests: the transverse tubercles lateral to the foramina.
    const ul = pw(s, [0, 35], [27, 35], [50, 32], [69, 28], [85, 23], [95, 18])
    let lat = 1.5
    for (let k = 0; k < 4; k++) lat += 3.2 * Math.exp(-(((s - LEVELS[k]! - 9) / 4.5) ** 2))
    lat *= Math.exp(-(((u - ul) / 4) ** 2)) * (1 - smoothstep(92, 100, s))
    return Math.max(med, inter, cornu, lat)
  }
  const slab: Shape = {
    d: (x, y, z) => {
      const { s, v } = curve.local(x, y)
      const u = Math.abs(z)
      const sc = Math.min(Math.max(s, 0), APEX)
      const W0 = halfW(sc)
      // Pelvic surface: the lateral parts a little behind the bodies; ridges stand forward, grooves sink back.
      const front = 0.0035 * u * u - ridges(s, u) + grooves(s, u)
      const w2 = smoothstep(0.25, 0.8, u / W0)
      const back = midD(sc) + (latD(sc) - midD(sc)) * w2 + crests(s, u)
      // Lateral outline: the auricular surface 2 mm inside the ilium's (z 48.5), the face around it 2 mm
      // further in; the alae flare forward at the base, where the ilium turns away (the pelvic brim).
      const earIn = 1 - smoothstep(-1.5, 1.5, ear(s, v))
      const alaFlare = 8 * (1 - smoothstep(8, 24, s)) * (1 - smoothstep(6, 20, v))
      // Behind the auricular surface the lateral face bevels in, under the iliac tuberosity.
      const bevel = 0.45 * Math.max(0, v - 22) * (1 - smoothstep(60, 75, s))
      const W = W0 - 2 * (1 - earIn) * (1 - smoothstep(55, 62, s)) + alaFlare - bevel
      // Top: the alae slope down from the S1 plate. Behind the canal the posterior arch (the S1 laminae) drops a
      // little only near the midline, under L5's laminae, leaving a small interlaminar gap like L4-L5's; beside
      // it the base stays up under the superior articular processes (issue 16: the arch dropped 13 mm for 34 mm
      // either side, so the processes stood 17 mm tall and the L5-S1 disc showed from behind). L5 is cut out
      // of it below (l5Clear).
      const drop =
        (2 + 2.5 * (1 - smoothstep(8, 16, u)) + 9 * smoothstep(29, 35, u)) * (1 - smoothstep(34, 42, u))
      const sTop = 2 + 7 * smoothstep(22, 54, u) + drop * smoothstep(32, 44, v)
      // The alae's lateral corners rounded off broadly (they read as saw-teeth with a sharp corner).
      return smax(smax(smax(front - v, v - back, 3), smax(u - W, sTop - s, 9), 6), s - APEX, 3)
    },
    box: curve.box(0, APEX, -6, 68, 60),
  }
  // The sacral canal: a triangle (base forward, behind the bodies; apex back) continuing the lumbar canal,
  // narrowing down and opening dorsally at the hiatus; it ends above the apex.
  const canal: Shape = {
    d: (x, y, z) => {
      const { s, v } = curve.local(x, y)
      const sc = Math.max(s, 0)
      const f = pw(sc, [0, 33], [25, 28], [50, 22], [70, 16], [85, 11], [96, 8])
      const hw = pw(sc, [0, 14], [25, 11], [50, 8.5], [70, 7], [85, 6.5], [96, 5])
      const depth =
        pw(sc, [0, 15], [25, 12], [50, 9], [70, 7.5], [85, 7], [96, 6]) +
        40 * smoothstep(HIATUS - 3, HIATUS + 5, s)
      // A rounded isosceles triangle (IQ's exact distance), apex back: its corners rounded by r.
      const r = 2.2
      const qx = hw - r,
        qy = depth - 2.6 * r
      const ppx = Math.abs(z),
        ppy = f + depth - 1.6 * r - v
      const k = Math.min(1, Math.max(0, (ppx * qx + ppy * qy) / (qx * qx + qy * qy)))
      const ax = ppx - qx * k,
        ay = ppy - qy * k
      const kb = Math.min(1, Math.max(0, ppx / qx))
      const bx = ppx - qx * kb,
        by = ppy - qy
      const d2 = Math.min(ax * ax + ay * ay, bx * bx + by * by)
      const sg = Math.min(-(ppx * qy - ppy * qx), -(ppy - qy))
      return smax(-Math.sqrt(d2) * Math.sign(sg) - r, s - 96, 2)
    },
    box: curve.box(-10, 100, 5, 75, 20),
  }
  // Four pairs of foramina from the pelvic surface to the dorsal surface, along v, wider in front.
  const foramina: Shape = {
    d: (x, y, z) => {
      const { s, v } = curve.local(x, y)
      const u = Math.abs(z)
      const t = Math.min(1, Math.max(0, v / 30))
      let best = Infinity
      for (let k = 0; k < 4; k++) {
        const r = FRONT_R[k]! + (BACK_R[k]! - FRONT_R[k]!) * t
        best = Math.min(best, Math.hypot(s - LEVELS[k]!, u - FORAMEN_U[k]!) - r)
      }
      return smax(best, Math.abs(v - 20) - 45, 1)
    },
    box: curve.box(15, 95, -25, 70, 32),
  }
  // Superior articular processes of S1 on the L5-S1 joint of facetJoint, built like L1-L5's (lumbarVertebra):
  // anterolateral of the joint, the face concave (cut to the joint's cylinder, FACET_GAP_MM from L5's convex
  // inferior process) and facing back and in; each a short stout process rising from the junction of the
  // pedicle and the ala behind the body's posterolateral corner, lateral to the canal (they had been placed the
  // old way round, and L5 sank 5.3-5.9 mm into them).
  const joints = ([1, -1] as const).map((sg) => facetJoint('L5-S1', sg))
  const sapS1 = joints.map((j) => {
    const sapC = along(along(j.f, j.out, FACET_GAP_MM / 2 + 4.2), j.up, -1.5)
    const sg = Math.sign(j.f[2])
    return smoothUnion(
      5,
      ellipsoid(sapC, [8.5, 4.8, 8], [j.tangent, j.out, j.up]),
      // Its root: a stout pedestal broadening into the sacral base, so that the process stands short above it.
      ellipsoid(along(along(sapC, j.up, -7), j.out, 3), [11, 8.5, 7.5], [j.tangent, j.out, j.up]),
      cone(along(sapC, j.up, -3), curve.point(11, 46, 24 * sg), 8, 11),
    )
  })
  // L5 dilated: the raised base and arch keep at least this clearance from L5's laminae and inferior processes
  // (only evaluated in a box over the top of the posterior sacrum, where they meet).
  const l5Shape = vertebra('L5')
  const l5Clear: Shape = {
    d: (x, y, z) => l5Shape.d(x, y, z) - 2,
    box: [top[0] - 80, top[1] + 2, -45, top[0] - 4, top[1] + 45, 45],
  }
  // Coccyx: four shrinking segments down the curve, the first with its transverse processes.
  const co = (s: number, r: Vec): Shape => {
    const c = curve.at(s)
    const t = curve.tangent(s)
    // Centred half its depth behind the pelvic surface; semi-axes r = [width, height, depth].
    return ellipsoid(
      [c[0] + t[1] * r[2], c[1] - t[0] * r[2], 0],
      [r[2], r[1], r[0]],
      frame([0, 0, 1], [t[0], t[1], 0]),
    )
  }
  const coccyx = smoothUnion(
    4,
    co(APEX + 5, [8.5, 5.5, 5.5]),
    co(APEX + 5, [12, 3.4, 3.6]), // Co1's transverse processes
    co(APEX + 15, [6, 5.5, 4.5]),
    co(APEX + 24, [4.5, 4.5, 3.6]),
    co(APEX + 31, [3.2, 3.5, 2.8]),
  )
  let sh = smoothUnion(4, slab, body)
  sh = smoothUnion(3, sh, ...sapS1)
  sh = subtract(sh, union(...joints.map(sapCut)), 0.8)
  sh = subtract(sh, l5Clear, 1.5)
  sh = subtract(sh, canal, 1.5)
  sh = subtract(sh, foramina, 1)
  return smoothUnion(2.5, sh, coccyx)
}

/** Smooth maximum (polynomial), blend width k. */
const smax = (a: number, b: number, k: number) => {
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.max(a, b) + h * h * k * 0.25
}
const smoothstep = (e0: number, e1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)))
  return t * t * (3 - 2 * t)
}
/** Piecewise-linear profile through (s, value) knots, held constant beyond the ends. */
function pw(s: number, ...k: [number, number][]): number {
  if (s <= k[0]![0]) return k[0]![1]
  for (let i = 1; i < k.length; i++)
    if (s <= k[i]![0]) {
      const [s0, v0] = k[i - 1]!,
        [s1, v1] = k[i]!
      return v0 + ((v1 - v0) * (s - s0)) / (s1 - s0)
    }
  return k[k.length - 1]![1]
}

/**
 * A curve in the sagittal plane from `start`, its direction at arc length s at angle theta(s) from straight
 * down toward posterior, sampled every 1.5 mm from s0 to s1 (straight above s = 0). local(x, y) gives the arc
 * length of the nearest point and the distance behind the curve (v, along the normal toward posterior).
 */
function sacralCurve(start: Mm3, theta: (s: number) => number, s0: number, s1: number) {
  const step = 1.5
  const ss: number[] = []
  const px: number[] = []
  const py: number[] = []
  let x = start[0],
    y = start[1]
  const th0 = theta(0)
  for (let s = 0; s >= s0; s -= step) {
    ss.unshift(s)
    px.unshift(start[0] + Math.sin(th0) * -s)
    py.unshift(start[1] + Math.cos(th0) * -s)
  }
  for (let s = step; s <= s1; s += step) {
    const th = theta(s - step / 2)
    x -= Math.sin(th) * step
    y -= Math.cos(th) * step
    ss.push(s)
    px.push(x)
    py.push(y)
  }
  const m = ss.length
  // Normals at the samples (toward posterior), averaged over the two segments they join, so that s and v vary
  // smoothly across the joints: the nearest-segment projection alone leaves a step in s at every joint on the
  // convex (dorsal) side, which the crests turn into ripples.
  const nx: number[] = []
  const ny: number[] = []
  for (let i = 0; i < m; i++) {
    const a0 = Math.max(0, i - 1),
      a1 = Math.min(m - 1, i + 1)
    const tx = px[a1]! - px[a0]!,
      ty = py[a1]! - py[a0]!
    const l = Math.hypot(tx, ty)
    nx.push(ty / l)
    ny.push(-tx / l)
  }
  // On segment i, the t at which q lies on the line from P(t) along the interpolated normal N(t).
  const solve = (i: number, qx: number, qy: number): number => {
    const ex = px[i + 1]! - px[i]!,
      ey = py[i + 1]! - py[i]!
    const wx = qx - px[i]!,
      wy = qy - py[i]!
    const dnx = nx[i + 1]! - nx[i]!,
      dny = ny[i + 1]! - ny[i]!
    const cr = (ax: number, ay: number, bx: number, by: number) => ax * by - ay * bx
    const c0 = cr(wx, wy, nx[i]!, ny[i]!)
    const c1 = cr(wx, wy, dnx, dny) - cr(ex, ey, nx[i]!, ny[i]!)
    const c2 = -cr(ex, ey, dnx, dny)
    if (Math.abs(c2) < 1e-12) return -c0 / c1
    const disc = c1 * c1 - 4 * c2 * c0
    if (disc < 0) return -c0 / c1
    const r = Math.sqrt(disc)
    const t1 = (-c1 + r) / (2 * c2),
      t2 = (-c1 - r) / (2 * c2)
    return Math.abs(t1 - 0.5) < Math.abs(t2 - 0.5) ? t1 : t2
  }
  let lx = NaN,
    ly = NaN,
    ls = 0,
    lv = 0
  const local = (qx: number, qy: number) => {
    if (qx !== lx || qy !== ly) {
      let best = Infinity
      let bi = 0
      for (let i = 0; i + 1 < m; i++) {
        const ex = px[i + 1]! - px[i]!,
          ey = py[i + 1]! - py[i]!
        const wx = qx - px[i]!,
          wy = qy - py[i]!
        const t = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
        const d2 = (wx - ex * t) ** 2 + (wy - ey * t) ** 2
        if (d2 < best) {
          best = d2
          bi = i
        }
      }
      let i = bi
      let t = solve(i, qx, qy)
      for (let k = 0; k < 3 && (t < 0 || t > 1); k++) {
        const j = t < 0 ? i - 1 : i + 1
        if (j < 0 || j + 2 > m) break
        i = j
        t = solve(i, qx, qy)
      }
      const cx = px[i]! + (px[i + 1]! - px[i]!) * t,
        cy = py[i]! + (py[i + 1]! - py[i]!) * t
      const gx = nx[i]! + (nx[i + 1]! - nx[i]!) * t,
        gy = ny[i]! + (ny[i + 1]! - ny[i]!) * t
      ls = ss[i]! + t * step
      lv = ((qx - cx) * gx + (qy - cy) * gy) / Math.hypot(gx, gy)
      lx = qx
      ly = qy
    }
    return { s: ls, v: lv }
  }
  const idx = (s: number) => Math.min(m - 2, Math.max(0, Math.floor((s - ss[0]!) / step)))
  const at = (s: number): M3 => {
    const i = idx(s)
    const t = (s - ss[i]!) / step
    return [px[i]! + (px[i + 1]! - px[i]!) * t, py[i]! + (py[i + 1]! - py[i]!) * t, 0]
  }
  const tangent = (s: number): M3 => {
    const i = idx(s)
    return norm([px[i + 1]! - px[i]!, py[i + 1]! - py[i]!, 0])
  }
  /** Bounding box of the band from s a to b, v from v0 to v1, |z| up to zMax. */
  const box = (a: number, b: number, v0: number, v1: number, zMax: number): Box => {
    const bb: Box = [Infinity, Infinity, -zMax, -Infinity, -Infinity, zMax]
    for (let s = a; s <= b; s += step) {
      const c = at(s)
      const t = tangent(s)
      for (const v of [v0, v1]) {
        const qx = c[0] + t[1] * v,
          qy = c[1] - t[0] * v
        bb[0] = Math.min(bb[0], qx)
        bb[1] = Math.min(bb[1], qy)
        bb[3] = Math.max(bb[3], qx)
        bb[4] = Math.max(bb[4], qy)
      }
    }
    return [bb[0] - 2, bb[1] - 2, bb[2], bb[3] + 2, bb[4] + 2, bb[5]]
  }
  /** The point at arc length s, v behind the curve, z to the side. */
  const point = (s: number, v: number, z: number): M3 => {
    const c = at(s)
    const t = tangent(s)
    return [c[0] + t[1] * v, c[1] - t[0] * v, z]
  }
  return { local, at, tangent, point, box }
}

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
  // Trochlea: a cylinder about the ankle's mediolateral axis with flat medial and lateral facets (issue 16: a
  // flat-bottomed cap; its rounded ends met the malleoli), over the body that sits on the calcaneus.
  const zc = A[2] + 0.75
  const hw = 15.75
  const trochlea: Shape = {
    d: (x, y) => Math.max(Math.hypot(x - A[0], y - A[1]) - rd, A[1] - 5 - y),
    box: [A[0] - rd, A[1] - 5, A[2] - 20, A[0] + rd, A[1] + rd, A[2] + 20],
  }
  // The trochlea is wider in front than behind (issue 16): from 5 mm ahead of the ankle centre back, each side
  // draws in by 0.12 mm per mm (about 2.4 mm at the posterior border; 4–5 mm in all), E.
  const slab: Shape = {
    d: (x, y, z) => (Math.abs(z - zc) - hw + 0.12 * Math.max(0, A[0] + 5 - x)) * 0.993,
    box: [A[0] - 30, A[1] - 30, zc - hw, A[0] + 30, A[1] + 30, zc + hw],
  }
  const groove = sphere([A[0], A[1] + rd + 30, A[2] + 1], 31.2)
  const lowBody = ellipsoid([A[0] - 3, A[1] - 3, A[2] + 1], [17, 9, 17])
  const body = intersect(smoothUnion(4, trochlea, lowBody), slab, 1.5)
  const neckStart: M3 = [A[0] + 8, A[1] - 4, A[2] - 3]
  const d = dirDeclTrans(TALAR_DECLINATION_DEG, -15)
  // Neck narrower than the head (the head a ball on a neck, not a bar).
  const neck = cone(neckStart, add(TALONAVICULAR_MM, scale(d, -6)), 11, 9.5)
  const head = ellipsoid(
    TALONAVICULAR_MM,
    [12.5, 12, 14.5],
    frame(d, Y).reverse() as unknown as [Vec, Vec, Vec],
  )
  const lat = ellipsoid([A[0] - 2, A[1] - 9, A[2] + 15], [9, 7, 5])
  // Posterior process (issue 16: flat-faced from behind): the larger lateral and the smaller medial tubercle,
  // with the groove for flexor hallucis longus running down and medially between them, E.
  const latTub = ellipsoid([A[0] - 16.5, A[1] - 8, A[2] + 6], [5, 5, 4.5])
  const medTub = ellipsoid([A[0] - 15, A[1] - 10, A[2] - 5.5], [4, 4.5, 3.8])
  const fhl = cone([A[0] - 20, A[1] + 2, A[2] + 0.5], [A[0] - 18, A[1] - 17, A[2] - 1.5], 2.6, 2.6)
  return subtract(subtract(smoothUnion(3, body, neck, head, lat, latTub, medTub), groove, 2), fhl, 1.2)
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
  // The calcaneus keeps the room it had around the talus before the trochlea got flat sides (issue 16): the
  // old capsule dome and neck are part of what it is cleared of. Its anterior process otherwise reaches the
  // cuboid's face, and the heel's eversion under the standing lateral column would sink one into the other.
  const rd = LONG_BONE.talarDomeAboveAnkleMm.value
  const oldDome = intersect(
    cone([A[0], A[1], A[2] - 15], [A[0], A[1], A[2] + 15], rd, rd - 1),
    halfSpace([A[0], A[1] - 4, 0], [0, -1, 0]),
    2,
  )
  const oldNeck = cone(
    [A[0] + 8, A[1] - 4, A[2] - 3],
    add(TALONAVICULAR_MM, scale(dirDeclTrans(TALAR_DECLINATION_DEG, -15), -4)),
    11,
    11,
  )
  const base = union(talus(), oldDome, oldNeck)
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
function clearOf(
  a: Shape,
  cut: readonly Shape[],
  gap: number,
  kMax: number,
  kAt: (x: number, y: number, z: number) => number = () => kMax,
): Shape {
  const reach = gap + kMax
  return {
    d: (x, y, z) => {
      const k = kAt(x, y, z)
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
  // Tuberosity: taller than wide, with its medial (larger) and lateral processes on the plantar side.
  const tuber = ellipsoid([-120, 41, 85], [14, 20, 14.5])
  const plantar = ellipsoid([-108, 27, 84], [15, 7, 14])
  const medProc = ellipsoid([-116, 26, 78], [10, 5.8, 8])
  const latProc = ellipsoid([-114, 26.5, 93], [8, 5, 6])
  const body = cone([-112, 42, 86], [-74, 49, 92], 16, 13)
  const facet = ellipsoid([-84, 52.5, 87], [14, 6, 13])
  // Sustentaculum tali: a shelf out of the medial body under the talar neck, on a strut, with the groove for
  // flexor hallucis longus beneath it (issue 16: it was a tongue).
  const sust = ellipsoid([-71, 50.5, 68], [12, 5, 9])
  const sustStrut = cone([-80, 43, 82], [-72, 48.5, 70], 8, 5.5)
  const peronealTrochlea = ellipsoid([-86, 36, 101], [6, 3, 3])
  // Anterior process, ending 1.5 mm short of the cuboid (the joint space; the heel turns under the standing cuboid).
  const ant = cone([-74, 47, 95], [-63.5, 47, 102], 12, 9)
  // The talus' facets on it leave room for every pose the foot is drawn in (issue 15: no bone sinks into its
  // neighbour): the calcaneus is cleared of everywhere the talus goes, 0.6 mm wider, with a 2 mm blend.
  const bone = smoothUnion(6, tuber, plantar, body, facet, sustStrut, ant)
  let c = smoothUnion(3, bone, medProc, latProc, sust, peronealTrochlea)
  c = subtract(c, cone([-95, 42.5, 64], [-62, 44.5, 64], 3.2, 3.2), 1.5) // flexor hallucis longus groove
  return clearOf(c, talusSwept(), 0.6, 2)
}

export function navicular(): Shape {
  const d = dirDeclTrans(TALAR_DECLINATION_DEG, -15)
  const ml = norm([0.28, 0.25, 1])
  const axes = frame(d, ml)
  // Boat-shaped (issue 16: it read as a ring from above): long mediolaterally, thin front to back. The body sits
  // ahead of the talar head, so the socket is a shallow dish in its back (not a cup that leaves a rim), E.
  const body = ellipsoid(
    add(NAVICULAR_CENTRE_MM, scale(d, 1.5)),
    [19.5, 11.5, 6.5],
    [axes[1], axes[0], axes[2]],
  )
  // The distal face: convex, three facets for the cuneiforms, each a low dome toward its cuneiform.
  const facets = (['cuneiform_medial', 'cuneiform_intermediate', 'cuneiform_lateral'] as const).map(
    (c, i) => {
      const j = CUNEIFORM[c].jointMm
      const ctr = add(j, scale(d, -6.5))
      return ellipsoid(ctr, [i === 0 ? 7.5 : 6, i === 0 ? 11 : 9, 5], [axes[1], axes[0], axes[2]])
    },
  )
  // The tuberosity: a prominent knob pointing medially, plantarly and back (the palpable landmark).
  const tub = ellipsoid(P(NAVICULAR_TUBEROSITY_MM, -1, 4, 4.5), [8.5, 6.2, 6.2])
  const tubTip = ellipsoid(P(NAVICULAR_TUBEROSITY_MM, -1, 3, 3.5), [5, 4.5, 4.5])
  // The socket is a sphere about the talar head's centre, 0.8 mm wider than the head's widest semi-axis (14.5 mm,
  // mediolateral), so the head can turn in it as the talus follows the tibia (issue 15).
  const s = smoothUnion(3, smoothUnion(3.5, body, ...facets), tub, tubTip)
  return subtract(s, sphere(TALONAVICULAR_MM, 15.3), 1.5)
}

/**
 * The distal tarsals fit together like the stones of the transverse arch (issue 16: rounded dominoes with gaps):
 * each starts as a block a few mm wider than its bone and is cut by the joint planes it shares with its
 * neighbours, a 1 mm joint space apart. The planes lean so the medial cuneiform is wide below and narrow
 * above and the intermediate and lateral cuneiforms are wedges with their bases up (the keystones), E.
 */
type Tarsal = keyof typeof CUNEIFORM | 'cuboid'
const JOINT_GAP_MM = 1
const JOINT_R_MM = 55
const TARSAL_JOINTS: { a: Tarsal; b: Tarsal; p: M3; n: Vec }[] = [
  {
    a: 'cuneiform_medial',
    b: 'cuneiform_intermediate',
    p: [-14, 47, 68.4],
    n: norm([0, 0.35, 1]),
  },
  {
    a: 'cuneiform_intermediate',
    b: 'cuneiform_lateral',
    p: [-16, 50, 81],
    n: norm([0.05, -0.2, 1]),
  },
  {
    a: 'cuneiform_lateral',
    b: 'cuboid',
    p: [-20, 46, 94.5],
    n: norm([0.12, -0.45, 1]),
  },
]
function tarsalBlock(name: Tarsal): Shape {
  if (name === 'cuboid') {
    const c = add(CALCANEOCUBOID_MM, [18, -5, 3])
    const axes = frame(dirDeclTrans(10, 12), Y)
    const cb = add(c, [0, 0, -1.5])
    const fr: [Vec, Vec, Vec] = [axes[2], axes[1], axes[0]]
    const box = roundBox(cb, [17.5, 10.5, 13.5], 5.5, fr)
    // Pillow-shaped rather than a box: its edges and corners taken off by an ellipsoid a third larger; from above
    // a wedge whose lateral border is the shortest (the posterolateral corner cut obliquely, the anterolateral
    // bevelled where the fifth metatarsal's base sits), E.
    const along = axes[2] as M3
    const lat = scale(axes[0] as M3, -1)
    const at = (a: number, l: number): M3 => add(add(cb, scale(along, a)), scale(lat, l))
    const n = (a: number, l: number): Vec => norm(add(scale(along, a), scale(lat, l)))
    let block = intersect(box, ellipsoid(cb, [17.5 * 1.25, 10.5 * 1.28, 13.5 * 1.3], fr), 2)
    block = intersect(block, halfSpace(at(-6, 13.5), n(-0.55, 0.83)), 2.5)
    block = intersect(block, halfSpace(at(17.5, 11.5), n(0.35, 0.94)), 2.5)
    // Plantar-lateral face (issue 16): the groove for peroneus longus, running from the lateral border forward
    // and medially, and behind it the cuboid's tuberosity, a ridge (E). Placed on the block's plantar surface.
    const under = (x: number, z: number): M3 => {
      let y = c[1] - 25
      while (block.d(x, y, z) > 0.6 && y < c[1]) y += 0.1
      return [x, y, z]
    }
    const g0 = under(c[0] + 7, c[2] + 9)
    const g1 = under(c[0] + 13, c[2] - 3)
    const t0 = under(c[0] + 1, c[2] + 8)
    const t1 = under(c[0] + 7, c[2] - 3)
    const ridge = cone(add(t0, [0, 0.5, 0]), add(t1, [0, 0.5, 0]), 3.2, 2.6)
    return subtract(
      smoothUnion(2.5, block, ridge),
      cone(add(g0, [0, -0.8, 0]), add(g1, [0, -0.8, 0]), 2.6, 2.3),
      1.2,
    )
  }
  const { jointMm: j, frontMm: f } = CUNEIFORM[name]
  const c: M3 = [
    (j[0] + f[0]) / 2,
    (j[1] + f[1]) / 2 + (name === 'cuneiform_medial' ? -1.5 : 0),
    (j[2] + f[2]) / 2,
  ]
  const ax = norm([f[0] - j[0], f[1] - j[1], f[2] - j[2]])
  // Longer by 2 mm at each end: the navicular and the metatarsal bases then shape the ends.
  const len = Math.hypot(f[0] - j[0], f[1] - j[1], f[2] - j[2]) / 2 + 2
  const h: Vec =
    name === 'cuneiform_medial'
      ? [len, 13.5, 9]
      : name === 'cuneiform_intermediate'
        ? [len, 10.5, 8]
        : [len, 11, 8]
  const axes = frame(ax, [0, 1, 0])
  const fr: [Vec, Vec, Vec] = [axes[2], axes[1], axes[0]]
  // Edges and corners taken off by an ellipsoid a little larger than the block (issue 16: boxes from above);
  // the medial cuneiform's more so in its sagittal outline: kidney-shaped from the medial side.
  const med = name === 'cuneiform_medial'
  const round = ellipsoid(c, [h[0] * (med ? 1.12 : 1.22), h[1] * (med ? 1.12 : 1.3), h[2] * 1.3], fr)
  return intersect(roundBox(c, [h[0], h[1], h[2]], 5, fr), round, 2)
}
/**
 * The dorsum of the transverse arch (issue 16: flat-topped dominoes): each top slopes down away from the
 * intermediate cuneiform, the keystone; the medial cuneiform's medially, the lateral's and the cuboid's laterally.
 * [slope (mm per mm), hinge side (+1 lateral, -1 medial edge, 0 centre)], E.
 */
const DORSAL_SLOPE: Record<Tarsal, [number, number]> = {
  cuneiform_medial: [0.45, 1],
  cuneiform_intermediate: [0.2, 0],
  cuneiform_lateral: [0.3, -1],
  cuboid: [0.4, -1],
}
function dorsalTop(name: Tarsal): Shape {
  const cub = name === 'cuboid'
  let c: M3
  let along: Vec
  let hUp: number
  let hMl: number
  if (cub) {
    c = add(add(CALCANEOCUBOID_MM, [18, -5, 3]), [0, 0, -1.5])
    along = dirDeclTrans(10, 12)
    hUp = 10.5
    hMl = 13.5
  } else {
    const { jointMm: j, frontMm: f } = CUNEIFORM[name]
    c = [(j[0] + f[0]) / 2, (j[1] + f[1]) / 2 + (name === 'cuneiform_medial' ? -1.5 : 0), (j[2] + f[2]) / 2]
    along = norm([f[0] - j[0], f[1] - j[1], f[2] - j[2]])
    hUp = name === 'cuneiform_medial' ? 13.5 : name === 'cuneiform_intermediate' ? 10.5 : 11
    hMl = name === 'cuneiform_medial' ? 9 : 8
  }
  const [med, up] = frame(along, Y) // med points medially (−z), up dorsally
  const [t, side] = DORSAL_SLOPE[name]
  const plane = (sg: number): Shape => {
    // Hinge on the top's edge at `side`; the top falls away toward −sg·lateral.
    const hinge = add(add(c, scale(up as M3, hUp + 0.5)), scale(med as M3, -side * hMl))
    const n = norm([up[0] + sg * t * med[0], up[1] + sg * t * med[1], up[2] + sg * t * med[2]])
    return halfSpace(hinge, n)
  }
  if (side === 0) return intersect(plane(1), plane(-1), 2)
  return plane(side)
}
function tarsal(name: Tarsal): Shape {
  let s = intersect(tarsalBlock(name), dorsalTop(name), 4)
  // Each joint face is part of a sphere of JOINT_R_MM (issue 16: flat faces): convex on the medial bone, concave
  // on the lateral one, concentric, so the joint space stays JOINT_GAP_MM across it.
  for (const j of TARSAL_JOINTS) {
    const ctr = add(j.p, scale(j.n as M3, -JOINT_R_MM))
    if (j.a === name) s = intersect(s, sphere(ctr, JOINT_R_MM - JOINT_GAP_MM / 2), 1.2)
    if (j.b === name) s = subtract(s, sphere(ctr, JOINT_R_MM + JOINT_GAP_MM / 2), 1.2)
  }
  // Proximal ends against the navicular's front, distal ends against the metatarsal bases.
  const rays =
    name === 'cuboid'
      ? [3, 4]
      : [
          {
            cuneiform_medial: 0,
            cuneiform_intermediate: 1,
            cuneiform_lateral: 2,
          }[name],
        ]
  return clearOf(s, [navicular(), ...rays.map((i) => metatarsalBase(i))], 0.8, 1.2)
}

export const cuneiform = (name: keyof typeof CUNEIFORM): Shape => tarsal(name)
export const cuboid = (): Shape => tarsal('cuboid')

/** A metatarsal's base (what the distal tarsals fit against). */
function metatarsalBase(i: number): Shape {
  const r = RAYS[i]!
  const d = rayDir(r)
  const big = i === 0
  return ellipsoid(
    add(r.baseMm, scale(d, 8.5)),
    [8, big ? 14 : 10.5, big ? 10 : 7],
    frame(d, [0, 1, 0]).reverse() as unknown as [Vec, Vec, Vec],
  )
}

export function metatarsal(i: number): Shape {
  const r = RAYS[i]!
  const d = rayDir(r)
  const head = mtHeadMm(r)
  const big = i === 0
  const base = metatarsalBase(i)
  const ax = frame(d, [0, 1, 0]).reverse() as unknown as [Vec, Vec, Vec]
  const shaftEnd = add(head, scale(d, -r.headRadiusMm * 0.5))
  const len = r.lengthMm - r.baseBehindMm
  // A waisted shaft (issue 16: a tapered rod): narrowest a little beyond its middle, widening into the head's
  // neck and into the base, E.
  const shaft = sweep(
    [add(r.baseMm, scale(d, 10)), add(r.baseMm, scale(d, len * 0.55)), shaftEnd],
    big ? [8, 6, 7.5] : [5, 3.4, 4.5],
    big ? [9, 6, 8] : [6.5, 4.3, 5.5],
    [0, 1, 0],
  )
  // The head: taller than wide in the lesser rays, broad in the first, with a dorsal and plantar lip (the
  // plantar condyles) that make it read as a knuckle rather than a ball.
  const headShape = ellipsoid(head, [r.headRadiusMm, r.headRadiusMm, r.headRadiusMm * (big ? 1.05 : 0.8)], ax)
  const plantarCondyles = [-1, 1].map((sg) =>
    ellipsoid(
      add(
        add(head, scale(d, -r.headRadiusMm * 0.35)),
        add(scale(ax[1] as M3, -r.headRadiusMm * 0.45), scale(ax[2] as M3, sg * r.headRadiusMm * 0.35)),
      ),
      [r.headRadiusMm * 0.6, r.headRadiusMm * 0.5, r.headRadiusMm * 0.45],
      ax,
    ),
  )
  const parts = [base, shaft, headShape, ...(big ? [] : plantarCondyles)]
  // The fifth's base flares into the styloid tuberosity, pointing back and laterally beyond the cuboid.
  if (r.baseBehindMm > 0) {
    const flare = add(add(r.baseMm, scale(d, -r.baseBehindMm + 9)), [0, -3, 5])
    parts.push(ellipsoid(flare, [10.8, 6.5, 7]))
    parts.push(cone(flare, add(r.baseMm, [-r.baseBehindMm - 2, -4, 11]), 5.5, 3))
  }
  if (big)
    for (const sz of [-5, 5])
      parts.push(ellipsoid(add(head, [-3, FOREFOOT_PAD_MM + 3.5 - head[1], sz]), [5, 3.5, 4])) // sesamoids on the forefoot pad
  const m = smoothUnion(4, ...parts)
  // The styloid tuberosity lies beside the cuboid, not in it: cleared of it by the joint space.
  return r.baseBehindMm > 0 ? clearOf(m, [cuboid()], 0.8, 1.2) : m
}

export function phalanx(ray: number, idx: number): Shape {
  const ph = phalanges(ray)[idx]!
  const d = norm([ph.endMm[0] - ph.startMm[0], ph.endMm[1] - ph.startMm[1], ph.endMm[2] - ph.startMm[2]])
  const r = ph.radiusMm
  const distal = idx === phalanges(ray).length - 1
  const ax = frame(d, Y).reverse() as unknown as [Vec, Vec, Vec]
  const at = (t: number): M3 => add(ph.startMm, scale(d, t))
  const L = ph.lengthMm
  // A broad base (wider than tall, its concave facet toward the joint), a waisted shaft flattened top to bottom,
  // and a head of two condyles side by side or, distally, a flat spade-shaped tuft (issue 16: barely waisted).
  const base = ellipsoid(at(r * 0.55), [r * 0.6, r * 0.85, r * 1.1], ax)
  const shaft = sweep(
    [at(r * 0.6), at(Math.max(r * 0.7, L * 0.5)), at(L - r * 0.5)],
    [r * 0.72, r * (distal ? 0.48 : 0.56), r * (distal ? 0.55 : 0.62)],
    [r * 0.58, r * (distal ? 0.38 : 0.42), r * (distal ? 0.36 : 0.46)],
    Y,
  )
  const parts = [base, shaft]
  if (distal) parts.push(ellipsoid(at(L - r * 0.45), [r * 0.45, r * 0.4, r * 0.8], ax))
  else {
    const side = ax[2] // mediolateral
    for (const sg of [-1, 1])
      parts.push(
        ellipsoid(add(at(L - r * 0.45), scale(side as M3, sg * r * 0.32)), [r * 0.45, r * 0.55, r * 0.5], ax),
      )
  }
  return smoothUnion(Math.min(2.5, r * 0.5), ...parts)
}
