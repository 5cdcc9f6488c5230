// Frames and units shared by the model generator and the app (docs/domain.md#anatomy-01-axes-and-units).
// Data in src/anatomy is written in "model mm": the gait2392 default-pose world frame (x anterior, y up,
// z to the subject's right, millimetres, RIGHT side), lifted so the bones stand on a soft-tissue pad.
// The GLB is in three.js metres: Y up, floor y = 0, subject facing +Z, subject's right at -X.
// Citations in src/anatomy: `anatomy §6` (or a bare `§6`) is that Anatomy section of docs/domain.md;
// `S1`..`S44` and the evidence tags R/D/M/E/C are explained in docs/sources.md#anatomy-sources-s1s44.
import type { Side } from './names'

export type Mm3 = readonly [number, number, number]
export type M3 = [number, number, number]

/** A number or point with its source id and evidence tag (e.g. 'S1 R §2.2'; docs/sources.md#how-the-code-cites). */
export interface Cited<T> {
  readonly value: T
  readonly src: string
}

/** Heel-pad thickness under the calcaneus in the build (anatomy §6 recommended build values, D/E; S26 R gives 23-25 mm). */
export const HEEL_PAD_MM = 20
/** Forefoot pad under the metatarsal heads (anatomy §6 recommended build values, D/E). */
export const FOREFOOT_PAD_MM = 12
/** Lowest calcaneal bone point of gait2392 in its default pose, no pad modelled (anatomy §1, D). */
export const GAIT2392_HEEL_BONE_MM = 6.2
/** Every gait2392 world coordinate is raised by this so the heel bone rests on the pad (D). */
export const BODY_LIFT_MM = HEEL_PAD_MM - GAIT2392_HEEL_BONE_MM

/** A gait2392 default-pose world point (anatomy §2.2, y measured from the gait2392 ground) in model mm. */
export const lift = (p: Mm3): Mm3 => [p[0], p[1] + BODY_LIFT_MM, p[2]]

/** Mirror a right-side point to the left (anatomy §0.1: z -> -z). */
export const mirror = (p: Mm3): Mm3 => [p[0], p[1], -p[2]]

/**
 * Model mm (right-side data) to three.js metres for a side. Axial points use side 'r' (z is already signed).
 * X3 = -z/1000, Y3 = y/1000, Z3 = x/1000 (anatomy §0.1); the left side mirrors z first.
 */
export const toThree = (p: Mm3, side: Side = 'r'): M3 => {
  const z = side === 'l' ? -p[2] : p[2]
  return [-z / 1000, p[1] / 1000, p[0] / 1000]
}

export const sub = (a: Mm3, b: Mm3): M3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const add = (a: Mm3, b: Mm3): M3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const scale = (a: Mm3, s: number): M3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Mm3, b: Mm3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const len = (a: Mm3): number => Math.hypot(a[0], a[1], a[2])
export const dist = (a: Mm3, b: Mm3): number => len(sub(a, b))
export const norm = (a: Mm3): M3 => scale(a, 1 / len(a))
export const cross = (a: Mm3, b: Mm3): M3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const lerp3 = (a: Mm3, b: Mm3, t: number): M3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
const RAD = Math.PI / 180
/** Unit direction from a declination (degrees below horizontal, toward anterior) and a transverse angle (+ = lateral). */
export const dirDeclTrans = (declDeg: number, transDeg: number): M3 => [
  Math.cos(declDeg * RAD) * Math.cos(transDeg * RAD),
  -Math.sin(declDeg * RAD),
  Math.cos(declDeg * RAD) * Math.sin(transDeg * RAD),
]
export const deg2rad = RAD
