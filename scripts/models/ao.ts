// Baked ambient occlusion (issue 16, "Depth"): one value per vertex, 0..1, written as the GLB's COLOR_0 so the
// bone materials darken crevices at no run-time cost. Deterministic: a fixed set of sample directions around
// each vertex normal and fixed distances, against the signed-distance fields the bones were meshed from (the
// bone's own field and those of its neighbours in the rest pose, both sides), no randomness.
//
// Each sample compares the field at p + h·dir with what an open flat surface would give there (h·cos θ, θ the
// angle from the normal): a convex or flat surface is left at 1 (open surfaces unchanged), and only where
// something stands closer than that (a cup, a notch, a neighbouring bone across a joint) does it darken.
import { BONES } from '../../src/anatomy/skeleton'
import { BUILDS } from './bones'
import type { BoneMesh } from './mesh'
import { frame, mirrorZ, union, type Box, type Shape, type Vec } from './sdf'

/** Sample distances along each direction (mm) and their weights (near samples count more). */
const STEPS_MM = [2, 5, 10, 18] as const
const STEP_WEIGHTS = [1, 0.9, 0.75, 0.6] as const
/** Directions: the normal, and a ring of six at 50° from it. */
const RING = 6
const RING_DEG = 50
/** Darkest the bake goes (fully enclosed), linear (the colour multiplies the base colour in linear light). */
export const AO_FLOOR = 0.35
/**
 * Occlusion below O0 stays fully lit (the open surface and its shallow dips: unchanged, and free in the file);
 * from O0 to O1 the light falls smoothly to the floor (cups, notches, the gaps between bones).
 */
const O0 = 0.12
const O1 = 0.6
/**
 * Shortfall (fraction of the step) a sample forgives: the fields are distance bounds, not exact distances
 * (smooth unions and ellipsoids read a little short), so an open convex surface would otherwise grey.
 */
const TOLERANCE = 0.25
/** Light above this is written as fully open, and the rest in steps of 1/64: fewer distinct values, a smaller file. */
const OPEN = 0.97
const LEVELS = 64
const SMOOTH_PASSES = 3

/** The farthest a sample reaches: neighbours farther than this from a bone's box cannot occlude it. */
const REACH_MM = STEPS_MM[STEPS_MM.length - 1]!

interface Instance {
  name: string
  shape: Shape
}
let instances: Instance[] | null = null
/** Every bone in its rest pose as the model holds it: axial once, sided on both sides (left mirrored). */
function allInstances(): Instance[] {
  if (instances) return instances
  instances = []
  for (const name of Object.keys(BUILDS).sort()) {
    const s = BUILDS[name]!.shape()
    const shape = Array.isArray(s) ? union(...s) : s
    instances.push({ name, shape })
    if (BONES.find((b) => b.name === name)?.sided)
      instances.push({ name: `${name}#l`, shape: mirrorZ(shape) })
  }
  return instances
}

const boxGap = (a: Box, b: Box) =>
  Math.hypot(
    Math.max(0, a[0] - b[3], b[0] - a[3]),
    Math.max(0, a[1] - b[4], b[1] - a[4]),
    Math.max(0, a[2] - b[5], b[2] - a[5]),
  )

/** The occluding field around one bone: its own shape and every neighbour within reach. */
export function occluderField(name: string): Shape {
  const all = allInstances()
  const own = all.find((i) => i.name === name)!.shape
  const near = all.filter((i) => i.name !== name && boxGap(i.shape.box, own.box) <= REACH_MM + 1)
  return union(own, ...near.map((i) => i.shape))
}

/** Per-vertex ambient light, 0..255 (255 = open). */
export function bakeAo(name: string, mesh: BoneMesh): Uint8Array {
  return aoLight(mesh, aoOcclusion(name, mesh))
}

/** Per-vertex occlusion, 0 (open) .. 1 (every sample blocked). */
export function aoOcclusion(name: string, mesh: BoneMesh): Float32Array {
  const field = occluderField(name)
  const nv = mesh.positions.length / 3
  const raw = new Float32Array(nv)
  const cosT = Math.cos((RING_DEG * Math.PI) / 180)
  const sinT = Math.sin((RING_DEG * Math.PI) / 180)
  const dirs: [number, number, number][] = []
  let wSum = 0
  for (const w of STEP_WEIGHTS) wSum += w * (1 + RING)
  for (let i = 0; i < nv; i++) {
    const px = mesh.positions[i * 3]!,
      py = mesh.positions[i * 3 + 1]!,
      pz = mesh.positions[i * 3 + 2]!
    const n: Vec = [mesh.normals[i * 3]!, mesh.normals[i * 3 + 1]!, mesh.normals[i * 3 + 2]!]
    const [u, v] = frame(n, [0.3, 0.5, 0.8])
    dirs.length = 0
    dirs.push([n[0], n[1], n[2]])
    for (let k = 0; k < RING; k++) {
      const a = (2 * Math.PI * k) / RING
      const cu = Math.cos(a) * sinT,
        cv = Math.sin(a) * sinT
      dirs.push([
        n[0] * cosT + u[0] * cu + v[0] * cv,
        n[1] * cosT + u[1] * cu + v[1] * cv,
        n[2] * cosT + u[2] * cu + v[2] * cv,
      ])
    }
    let occ = 0
    for (let d = 0; d < dirs.length; d++) {
      const dir = dirs[d]!
      const open = d === 0 ? 1 : cosT
      for (let s = 0; s < STEPS_MM.length; s++) {
        const h = STEPS_MM[s]!
        const f = field.d(px + dir[0] * h, py + dir[1] * h, pz + dir[2] * h)
        occ += STEP_WEIGHTS[s]! * Math.min(1, Math.max(0, ((h * open - f) / h - TOLERANCE) / (1 - TOLERANCE)))
      }
    }
    raw[i] = occ / wSum
  }
  return raw
}

/** Occlusion to light: smoothed over the mesh's edges, curved, floored and quantized. */
export function aoLight(mesh: BoneMesh, occlusion: Float32Array): Uint8Array {
  const nv = occlusion.length
  let raw = occlusion
  // Smoothing passes over the mesh's edges (the samples are few; this takes out their speckle, and a smooth
  // field costs fewer bits in the meshopt vertex codec, which stores the differences between neighbours).
  const idx = mesh.indices
  for (let pass = 0; pass < SMOOTH_PASSES; pass++) {
    const sum = Float32Array.from(raw)
    const cnt = new Float32Array(nv).fill(1)
    for (let t = 0; t < idx.length; t += 3)
      for (let e = 0; e < 3; e++) {
        const a = idx[t + e]!,
          b = idx[t + ((e + 1) % 3)]!
        sum[a]! += raw[b]!
        cnt[a]! += 1
        sum[b]! += raw[a]!
        cnt[b]! += 1
      }
    for (let i = 0; i < nv; i++) sum[i]! /= cnt[i]!
    raw = sum
  }
  const out = new Uint8Array(nv)
  for (let i = 0; i < nv; i++) {
    const o = raw[i]!
    const t = Math.min(1, Math.max(0, (o - O0) / (O1 - O0)))
    const light = 1 - (1 - AO_FLOOR) * t * t * (3 - 2 * t)
    out[i] = light >= OPEN ? 255 : Math.round((Math.round(light * LEVELS) / LEVELS) * 255)
  }
  return out
}
