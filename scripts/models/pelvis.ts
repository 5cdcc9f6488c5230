// The right hemipelvis (ilium + ischium + pubis) as one smooth signed-distance solid, model mm.
// The iliac wing is a continuous curved sheet (thin-plate-spline mid-surface through the crest, the
// anterior and posterior borders and the depth of the iliac fossa), thin in the fossa and thickening toward
// the crest, the sacroiliac region and the acetabulum; the ischiopubic frame is a second sheet around the
// obturator foramen. Landmarks (ASIS, iliac tubercle, crest top, PSIS, ischial spine and tuberosity, pubic
// tubercle and symphysis, hip centre) come from src/anatomy/landmarks.ts; the surface passes through them.
// Radii, thicknesses and intermediate points are anatomical estimates (E).
import { add, norm, scale, sub, type M3, type Mm3 } from '../../src/anatomy/frame'
import { LONG_BONE, PELVIS } from '../../src/anatomy/landmarks'
import {
  cone,
  ellipsoid,
  frame,
  halfSpace,
  intersect,
  roundBox,
  sheet,
  smoothTube,
  smoothUnion,
  sphere,
  subtract,
  type Shape,
  type Vec,
} from './sdf'

const P = (base: Mm3, dx: number, dy: number, dz: number): M3 => [base[0] + dx, base[1] + dy, base[2] + dz]
const dist = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
/** 0 at edge0, 1 at edge1 (either order), smooth. */
const smooth = (edge0: number, edge1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)))
  return t * t * (3 - 2 * t)
}

const H = PELVIS.hip.value
const ASIS = PELVIS.asis.value
const TOP = PELVIS.iliacCrestTop.value
const TUB = PELVIS.iliacTubercle.value
const PSIS = PELVIS.psis.value
const SI = PELVIS.sacroiliac.value
const IT = PELVIS.ischialTuberosity.value
const IT_LOW = PELVIS.ischialTuberosityLow.value
const SPINE = PELVIS.ischialSpine.value
const PUB_TUB = PELVIS.pubicTubercle.value
const SYM = PELVIS.pubicSymphysis.value

/** Acetabular axis: the cup opens laterally, inferiorly and a little anteriorly (E; ~45° inclination, ~20° anteversion). */
export const ACETABULAR_AXIS: M3 = norm([0.3, -0.62, 0.72])
/** Cup radius: femoral head (24 mm, §5.1) plus 2 mm cartilage space. */
export const CUP_RADIUS_MM = LONG_BONE.femoralHeadRadiusMm.value + 2

// Crest centre line (the rim's core) from the ASIS to the PSIS, radii so that its surface passes through the
// landmarks: ASIS anterior-most, tubercle lateral-most, crest top highest, PSIS posterior-most.
const CREST: M3[] = [
  P(ASIS, -5.5, 0, -1),
  P(ASIS, -11, 10, 5),
  P(TUB, -2, 1, -7.5),
  [-42, 1020, 114],
  [-64, 1042, 97],
  P(TOP, 0, -6, 0),
  [-112, 1046, 60],
  [-131, 1027, 49],
  P(PSIS, 7, 2, 2),
]
const CREST_R = [5.5, 6, 7.5, 5.5, 5, 6, 5.5, 6.5, 7]

function iliacWing(): Shape {
  // Outline: the crest, then the posterior border (PIIS, greater sciatic notch), the body above the
  // acetabulum (hidden in the acetabular wall), the anterior border (AIIS, the notch below the ASIS).
  const piis: M3 = [-139, 977, 50]
  const notchTop: M3 = [-126, 955, 60]
  const notchApex: M3 = [-107, 933, 71]
  const outline: M3[] = [
    ...CREST,
    piis,
    notchTop,
    notchApex,
    [-96, 912, 74],
    [-68, 912, 80],
    [-30, 925, 100],
    [-15, 940, 108],
    [-9, 952, 113],
  ]
  const c = norm([0.22, 0.12, 0.97]) // roughly lateral: the gluteal surface's normal (E)
  const [u, v] = frame(c, [1, 0, 0])
  const origin: M3 = [-70, 985, 90]
  // The iliac fossa: the mid-surface bows laterally (concave inner table).
  // The body above the acetabulum is thick, its mid-surface between the arcuate line and the acetabular roof.
  const interior: M3[] = [
    [-45, 985, 112],
    [-80, 1005, 88],
    [-60, 958, 96],
    [-82, 928, 76],
    [-104, 950, 66],
    [-118, 978, 58],
  ]
  return sheet({
    origin,
    axes: [u, v, c],
    outline,
    interior,
    maxHalfThickness: 23,
    halfThickness: (p) => {
      const body = smooth(64, 30, dist(p, H)) // the thick body above the acetabulum
      const post = smooth(40, 15, dist(p, SI)) // the sacroiliac part
      return 1.9 + 14 * body + 7 * post
    },
  })
}

/** Obturator frame: a plate around the foramen (pubic body, superior ramus, ischium, ischiopubic ramus). */
function obturatorPlate(): Shape {
  const c = norm([0.38, -0.62, 0.68]) // faces anterolaterally and down, like the acetabulum (E)
  const [u, v] = frame(c, [0, 1, 0])
  const outline: M3[] = [
    [-38, 885, 8],
    [-50, 892, 40],
    [-75, 886, 72],
    [-104, 882, 75],
    [-117, 858, 71],
    [-112, 845, 62],
    [-92, 842, 44],
    [-72, 845, 22],
    [SYM[0] - 3, SYM[1] - 15, 4],
    [SYM[0] + 6, SYM[1] + 4, 4],
  ]
  const foramen: M3[] = [
    [-56, 877, 34],
    [-70, 880, 55],
    [-90, 875, 67],
    [-101, 864, 64],
    [-95, 853, 52],
    [-80, 852, 37],
    [-64, 859, 24],
  ]
  return sheet({
    origin: [-80, 866, 50],
    axes: [u, v, c],
    outline,
    holes: [foramen],
    maxHalfThickness: 5,
    halfThickness: () => 4.2,
  })
}

function acetabulum(): Shape {
  const a = ACETABULAR_AXIS
  const shell = intersect(sphere(H, CUP_RADIUS_MM + 8.5), halfSpace(add(H, scale(a, 1.5)), a), 3)
  return shell
}

export function hemipelvis(): Shape {
  const wing = iliacWing()
  const crest = smoothTube(CREST, CREST_R)
  const auricular = ellipsoid([-128, SI[1] + 2, SI[2] + 10], [18, 24, 8])
  const iliacTuberosity = ellipsoid([-136, PSIS[1] + 4, 53], [11, 16, 8])
  // Pelvic brim: the arcuate line from the SI joint to the iliopubic eminence, then the pectineal line. A low
  // ridge on the inner surface, blended into the wing and the ramus below (issue 16: it stood out as a pipe).
  const brim = smoothTube(
    [
      [-112, 976, 58],
      [-99, 950, 62],
      [-80, 921, 66],
      [-57, 901, 63],
      [-43, 893, 44],
      [-35, 889, 26],
    ],
    [3, 3.4, 4, 4.4, 4, 3.6],
  )
  // Greater sciatic notch border and the posterior column down to the ischial spine.
  const sciatic = smoothTube(
    [
      [-136, 977, 50],
      [-124, 955, 61],
      [-107, 934, 70],
      [-101, 910, 72],
      [-104, 893, 72],
      P(SPINE, 2, -1, -2),
    ],
    [6, 7, 8, 10, 8, 3.5],
  )
  const ischialBody = cone([-92, 895, 78], [-110, 864, 70], 14, 12)
  const tuberosity = ellipsoid([IT[0] + 8, (IT[1] + IT_LOW[1]) / 2 + 7, IT[2] + 1], [9.5, 16.5, 11])
  const pubicBody = ellipsoid(
    [SYM[0] + 7, SYM[1] + 3, 10],
    [22, 10, 10],
    [norm([0.6, 0.8, 0]), norm([0.8, -0.6, 0]), [0, 0, 1]],
  )
  const supRamus = smoothTube(
    [
      [-40, 884, 14],
      [-46, 888, 35],
      [-55, 892, 58],
    ],
    [8, 8.5, 11],
  )
  // Pubic tubercle: a low forward bump at the lateral end of the pubic crest, long along the crest (it was a
  // round bead, issue 16).
  const pubicTub = ellipsoid(P(PUB_TUB, -3.5, -2.5, -3), [4.5, 4, 8])
  const obturator = obturatorPlate()
  // The sheet and cheap solids first: once one is near, the far tubes and the sheet are skipped by their boxes.
  const parts = [
    wing,
    acetabulum(),
    ischialBody,
    tuberosity,
    pubicBody,
    auricular,
    iliacTuberosity,
    pubicTub,
    obturator,
    crest,
    sciatic,
    supRamus,
  ]
  let s = smoothUnion(5, ...parts)
  s = smoothUnion(9, s, brim)
  s = subtract(s, sphere(H, CUP_RADIUS_MM), 1.5) // acetabular cup
  // The acetabulum is not a plain cup (issue 16): its floor (the fossa) lies deeper than the horseshoe-shaped
  // articular (lunate) surface around it, and the fossa opens through the inferior rim at the acetabular notch,
  // toward the obturator foramen. Fossa about half the cup's width, 2.5 mm deep; notch about 15 mm wide (E).
  const notchDir = norm(sub(scale(ACETABULAR_AXIS, ACETABULAR_AXIS[1]), [0, 1, 0]))
  const fossa = sphere(
    add(add(H, scale(ACETABULAR_AXIS, -(CUP_RADIUS_MM - 14 + 2.5))), scale(notchDir, 10)),
    14,
  )
  s = subtract(s, fossa, 2)
  const [nu, nv] = frame(notchDir, ACETABULAR_AXIS)
  const notch = ellipsoid(
    add(add(H, scale(notchDir, CUP_RADIUS_MM + 3)), scale(ACETABULAR_AXIS, 3)),
    [7.5, 11, 9],
    [nu, nv, notchDir],
  )
  s = subtract(s, notch, 2.5)
  // Auricular surface: flat where it meets the sacrum (the SI joint centre lies 1.5 mm medial of it).
  s = subtract(s, roundBox([-116.5, SI[1], SI[2] + 1.5 - 20], [16.5, 30, 20], 3), 2)
  s = intersect(s, halfSpace([0, 0, 1], [0, 0, -1]), 1.5) // flat symphyseal face, 2 mm from its mirror
  return s
}
