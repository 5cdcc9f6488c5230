// Muscle paths as data (style §2): each muscle of the chain is a list of path points, each fixed to one bone
// of the model. Points are right-side model mm (frame.ts) in the rest pose; the left side mirrors z. The GLB
// has no landmark nodes for most of them: the scene places each point on its bone's node (bone-local offset
// from the rest pose) and the core poses the same points with the same chain (src/kinematics/muscleGeometry.ts),
// so the length shown and the tube drawn agree.
// Sources: gait2392 path points (Delp et al. 1990; docs/domain.md, "Muscle paths"; tag R), placed on the
// model's own vertebrae where the muscle runs along the lumbar spine (tag E).
import { GAIT2392_ORIGIN, PIRIFORMIS_POINTS } from './landmarks'
import { lift, type Mm3 } from './frame'
import { tiltAnterior, tiltNormal, vertebraGeom } from './spine'

/** A bone a path point is fixed to (node base name; sided bones get `_l` / `_r`). */
export type MuscleBody = 'sacrum' | 'ilium' | 'femur' | 'tibia' | 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'T12'

export interface PathPoint {
  readonly body: MuscleBody
  /** Rest-pose position, right side, model mm. */
  readonly mm: Mm3
  readonly src: string
}

/** The muscles whose lengths the core reports (iliopsoas and hamstrings are means of their paths). */
export type MuscleId =
  | 'iliopsoas'
  | 'rectusFemoris'
  | 'hamstrings'
  | 'gluteusMediusAnterior'
  | 'gluteusMediusMiddle'
  | 'gluteusMediusPosterior'
  | 'piriformis'
  | 'erectorSpinae'
  | 'quadratusLumborum'
export const MUSCLE_IDS: readonly MuscleId[] = [
  'iliopsoas',
  'rectusFemoris',
  'hamstrings',
  'gluteusMediusAnterior',
  'gluteusMediusMiddle',
  'gluteusMediusPosterior',
  'piriformis',
  'erectorSpinae',
  'quadratusLumborum',
]

/** Every path drawn and measured; a muscle is the mean of its paths. */
export type MusclePathId =
  | 'iliacus'
  | 'psoas'
  | 'rectusFemoris'
  | 'semimembranosus'
  | 'semitendinosus'
  | 'bicepsFemorisLongHead'
  | 'gluteusMediusAnterior'
  | 'gluteusMediusMiddle'
  | 'gluteusMediusPosterior'
  | 'piriformis'
  | 'erectorSpinae'
  | 'quadratusLumborum'

const inPelvis = (p: Mm3): Mm3 =>
  lift([GAIT2392_ORIGIN.pelvis[0] + p[0], GAIT2392_ORIGIN.pelvis[1] + p[1], GAIT2392_ORIGIN.pelvis[2] + p[2]])
const inFemur = (p: Mm3): Mm3 =>
  lift([GAIT2392_ORIGIN.femur[0] + p[0], GAIT2392_ORIGIN.femur[1] + p[1], GAIT2392_ORIGIN.femur[2] + p[2]])
const inTibia = (p: Mm3): Mm3 =>
  lift([GAIT2392_ORIGIN.tibia[0] + p[0], GAIT2392_ORIGIN.tibia[1] + p[1], GAIT2392_ORIGIN.tibia[2] + p[2]])

/**
 * A point on a vertebra: from the centre of the disc below it (its joint centre), `backMm` behind along the
 * disc plane, `upMm` up along the disc normal, `lateralMm` to the right.
 */
const onVertebra = (
  v: 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'T12',
  backMm: number,
  upMm: number,
  lateralMm: number,
): Mm3 => {
  const g = vertebraGeom(v)
  const a = tiltAnterior(g.discTiltDeg)
  const n = tiltNormal(g.discTiltDeg)
  const c = g.jointCentreMm
  return [c[0] - a[0] * backMm + n[0] * upMm, c[1] - a[1] * backMm + n[1] * upMm, lateralMm]
}

const pt = (body: MuscleBody, mm: Mm3, src: string): PathPoint => ({ body, mm, src })
const G = 'gait2392 (Delp 1990), R'

export interface MusclePath {
  readonly id: MusclePathId
  readonly muscle: MuscleId
  /** Spoken name, for labels and the chain panel. */
  readonly name: string
  readonly points: readonly PathPoint[]
  /** Tube radius at the belly, mm (drawn thin: these are lines of action, not volumes). */
  readonly bellyRadiusMm: number
}

export const MUSCLE_PATHS: readonly MusclePath[] = [
  {
    id: 'iliacus',
    muscle: 'iliopsoas',
    name: 'iliacus',
    bellyRadiusMm: 6,
    points: [
      pt('ilium', inPelvis([-67.4, 36.5, 85.4]), `${G} iliacus_r P1 (iliac fossa)`),
      pt('ilium', inPelvis([-25.8, -55.0, 81.1]), `${G} iliacus_r P2`),
      pt('ilium', inPelvis([-28.8, -80.5, 81.6]), `${G} iliacus_r P3 (over the brim)`),
      pt('femur', inFemur([1.7, -54.3, 5.7]), `${G} iliacus_r P4`),
      pt('femur', inFemur([-19.3, -62.1, 12.9]), `${G} iliacus_r P5 (lesser trochanter)`),
    ],
  },
  {
    id: 'psoas',
    muscle: 'iliopsoas',
    name: 'psoas',
    bellyRadiusMm: 6,
    points: [
      pt('L1', onVertebra('L1', -5, 14, 30), 'E: beside the L1 body (origin T12–L4 bodies)'),
      pt('L3', onVertebra('L3', -8, 14, 36), 'E: beside the L3 body'),
      pt('L5', inPelvis([-64.7, 88.7, 28.9]), `${G} psoas_r P1, carried by L5`),
      pt('ilium', inPelvis([-23.8, -57.0, 75.9]), `${G} psoas_r P2`),
      pt('ilium', inPelvis([-28.8, -80.5, 81.6]), `${G} psoas_r P3 (over the brim)`),
      pt('femur', inFemur([1.6, -50.7, 3.8]), `${G} psoas_r P4`),
      pt('femur', inFemur([-18.8, -59.7, 10.4]), `${G} psoas_r P5 (lesser trochanter)`),
    ],
  },
  {
    id: 'rectusFemoris',
    muscle: 'rectusFemoris',
    name: 'rectus femoris',
    bellyRadiusMm: 5,
    points: [
      pt('ilium', inPelvis([-29.5, -31.1, 96.8]), `${G} rect_fem_r P1 (anterior inferior iliac spine)`),
      pt(
        'femur',
        inFemur([55, -403.0, 1.9]),
        `${G} rect_fem_r P2, moved 22 mm forward onto the front of the patella (E)`,
      ),
      pt('tibia', inTibia([35, -60, 2]), 'E: tibial tuberosity, through the patellar tendon'),
    ],
  },
  {
    id: 'semimembranosus',
    muscle: 'hamstrings',
    name: 'semimembranosus',
    bellyRadiusMm: 4,
    points: [
      pt('ilium', inPelvis([-119.2, -97.5, 71.5]), `${G} semimem_r P1 (ischial tuberosity)`),
      pt('tibia', inTibia([-34.8, -35.2, -18.9]), `${G} semimem_r P2`),
      pt('tibia', inTibia([-27.0, -47.7, -19.6]), `${G} semimem_r P3`),
    ],
  },
  {
    id: 'semitendinosus',
    muscle: 'hamstrings',
    name: 'semitendinosus',
    bellyRadiusMm: 4,
    points: [
      pt('ilium', inPelvis([-126.3, -109.9, 60.4]), `${G} semiten_r P1 (ischial tuberosity)`),
      pt('tibia', inTibia([-42.0, -28.6, -22.8]), `${G} semiten_r P2`),
      pt('tibia', inTibia([-33.2, -52.8, -30]), `${G} semiten_r P3, 7 mm more medial, round the tibia (E)`),
      pt(
        'tibia',
        inTibia([-11.3, -74.6, -36]),
        `${G} semiten_r P4, 11.5 mm more medial, round the tibia (E)`,
      ),
      pt('tibia', inTibia([2.7, -95.6, -19.3]), `${G} semiten_r P5 (pes anserinus)`),
    ],
  },
  {
    id: 'bicepsFemorisLongHead',
    muscle: 'hamstrings',
    name: 'biceps femoris (long head)',
    bellyRadiusMm: 4,
    points: [
      pt('ilium', inPelvis([-126.0, -102.6, 69.4]), `${G} bifemlh_r P1 (ischial tuberosity)`),
      pt('tibia', inTibia([-30.1, -36.0, 29.4]), `${G} bifemlh_r P2`),
      pt('tibia', inTibia([-23.4, -56.3, 34.3]), `${G} bifemlh_r P3 (fibular head)`),
    ],
  },
  {
    id: 'gluteusMediusAnterior',
    muscle: 'gluteusMediusAnterior',
    name: 'gluteus medius (anterior)',
    bellyRadiusMm: 5,
    points: [
      pt('ilium', inPelvis([-40.8, 30.4, 120.9]), `${G} glut_med1_r P1`),
      pt(
        'femur',
        inFemur([-21.8, -11.7, 63.5]),
        `${G} glut_med1_r P2 (greater trochanter), 8 mm lateral onto its surface (E)`,
      ),
    ],
  },
  {
    id: 'gluteusMediusMiddle',
    muscle: 'gluteusMediusMiddle',
    name: 'gluteus medius (middle)',
    bellyRadiusMm: 5,
    points: [
      pt('ilium', inPelvis([-85.5, 44.5, 84.6]), `${G} glut_med2_r P1, 8 mm lateral onto the wing (E)`),
      pt(
        'femur',
        inFemur([-25.8, 2, 64.7]),
        `${G} glut_med2_r P2 (greater trochanter), 12 mm lateral and 8 mm up onto its surface (E)`,
      ),
    ],
  },
  {
    id: 'gluteusMediusPosterior',
    muscle: 'gluteusMediusPosterior',
    name: 'gluteus medius (posterior)',
    bellyRadiusMm: 5,
    points: [
      pt('ilium', inPelvis([-122.3, 10.5, 64.8]), `${G} glut_med3_r P1`),
      pt('femur', inFemur([-30.9, -4.7, 51.8]), `${G} glut_med3_r P2 (greater trochanter)`),
    ],
  },
  {
    id: 'piriformis',
    muscle: 'piriformis',
    name: 'piriformis',
    bellyRadiusMm: 8,
    points: [
      pt('sacrum', PIRIFORMIS_POINTS.origin.value, PIRIFORMIS_POINTS.origin.src),
      pt('ilium', PIRIFORMIS_POINTS.via.value, PIRIFORMIS_POINTS.via.src),
      // The landmark (gait2392 P3) lies just inside the model's trochanter, so the line ran into the bone at
      // the high-arched posture: the path ends 4 mm higher, on its surface (E).
      pt(
        'femur',
        [
          PIRIFORMIS_POINTS.insertion.value[0],
          PIRIFORMIS_POINTS.insertion.value[1] + 4,
          PIRIFORMIS_POINTS.insertion.value[2],
        ],
        `${PIRIFORMIS_POINTS.insertion.src}, 4 mm up onto the trochanter (E)`,
      ),
    ],
  },
  {
    id: 'erectorSpinae',
    muscle: 'erectorSpinae',
    name: 'erector spinae (lumbar)',
    bellyRadiusMm: 7,
    points: [
      pt('ilium', inPelvis([-140.0, 43.9, 43.6]), `${G} ercspn_r P1 (posterior iliac crest, sacrum)`),
      pt(
        'L5',
        onVertebra('L5', 68, 14, 30),
        'E: one point per level, 30 mm lateral, 68 mm behind the disc centre (behind the transverse processes)',
      ),
      pt('L4', onVertebra('L4', 68, 14, 30), 'E'),
      pt('L3', onVertebra('L3', 68, 14, 30), 'E'),
      pt('L2', onVertebra('L2', 68, 14, 30), 'E'),
      pt('L1', onVertebra('L1', 68, 14, 30), 'E'),
      pt(
        'T12',
        onVertebra('T12', 68, 14, 30),
        'E: lower thoracic spine (gait2392 ercspn_r P2 is on the torso)',
      ),
    ],
  },
  {
    id: 'quadratusLumborum',
    muscle: 'quadratusLumborum',
    name: 'quadratus lumborum',
    bellyRadiusMm: 6,
    points: [
      pt('ilium', inPelvis([-118, 70, 58]), 'E: posterior third of the iliac crest, 58 mm lateral'),
      pt('L3', onVertebra('L3', 30, 10, 50), 'E: tip of the L3 transverse process'),
      pt('L1', onVertebra('L1', 30, 10, 44), 'E: tip of the L1 transverse process'),
      pt('T12', onVertebra('T12', 35, 20, 48), 'E: medial half of the 12th rib'),
    ],
  },
]

/** How each muscle is told: its name, what its number is, and how sure the path is. */
export const MUSCLE_INFO: Readonly<
  Record<MuscleId, { name: string; what: string; confidence: 'high' | 'medium' | 'low' }>
> = {
  iliopsoas: {
    name: 'iliopsoas (hip flexor)',
    what: 'The mean of the iliacus and psoas paths: gait2392 points (Delp 1990), the psoas origin placed on the L1, L3 and L5 bodies (estimate) so it follows the lumbar spine.',
    confidence: 'medium',
  },
  rectusFemoris: {
    name: 'rectus femoris (hip flexor)',
    what: 'gait2392 points (Delp 1990) from the anterior inferior iliac spine over the patella; the tibial tuberosity placed on the model (estimate).',
    confidence: 'medium',
  },
  hamstrings: {
    name: 'hamstrings',
    what: 'The mean of semimembranosus, semitendinosus and biceps femoris long head: gait2392 points (Delp 1990).',
    confidence: 'medium',
  },
  gluteusMediusAnterior: {
    name: 'gluteus medius, front part',
    what: 'gait2392 points (Delp 1990), iliac wing to greater trochanter.',
    confidence: 'medium',
  },
  gluteusMediusMiddle: {
    name: 'gluteus medius, middle part',
    what: 'gait2392 points (Delp 1990), iliac wing to greater trochanter.',
    confidence: 'medium',
  },
  gluteusMediusPosterior: {
    name: 'gluteus medius, back part',
    what: 'gait2392 points (Delp 1990), iliac wing to greater trochanter.',
    confidence: 'medium',
  },
  piriformis: {
    name: 'piriformis',
    what: 'gait2392 points (Delp 1990): sacrum, greater sciatic notch, greater trochanter (the insertion 4 mm up, on the model’s trochanter); 0.52 mm per degree of internal rotation (the Rajagopal path gives 0.46).',
    confidence: 'medium',
  },
  erectorSpinae: {
    name: 'erector spinae, lumbar (back muscle beside the spine)',
    what: 'From the posterior iliac crest (gait2392) through one point per lumbar level, 30 mm from the midline and behind the transverse processes, to T12: placed on the model’s vertebrae (estimate).',
    confidence: 'low',
  },
  quadratusLumborum: {
    name: 'quadratus lumborum (deep back muscle at the side of the spine)',
    what: 'Not in gait2392: from the posterior iliac crest by the L3 and L1 transverse processes to the 12th rib, placed on the model (estimate).',
    confidence: 'low',
  },
}
