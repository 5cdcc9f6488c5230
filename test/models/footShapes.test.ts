// The forms of the patella, talus, navicular, cuneiforms and toes as built (issue 16), measured on the GLB
// (public/models/skeleton.glb, or the file named by KCE_GLB to compare another build). Right side, model mm.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { Triangle, Vector3, type Mesh } from 'three'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import {
  ANKLE_MM,
  CUNEIFORM,
  NAVICULAR_CENTRE_MM,
  TALAR_DECLINATION_DEG,
  TALONAVICULAR_MM,
  phalanges,
  RAYS,
  rayDir,
} from '../../src/anatomy/foot'
import { dirDeclTrans, type Mm3 } from '../../src/anatomy/frame'
import { GLB_PATH, loadGlb, meshVerticesMm } from './loadGlb'

let gltf: GLTF
const verts = (name: string): [number, number, number][] => {
  const o = gltf.scene.getObjectByName(name)
  if (!o) throw new Error(`missing node ${name}`)
  return meshVerticesMm(o)
}
beforeAll(async () => {
  gltf = await loadGlb(readFileSync(process.env.KCE_GLB ?? GLB_PATH))
})

const dot = (a: Mm3, b: Mm3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const sub = (a: Mm3, b: Mm3): Mm3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const min = (v: number[]) => v.reduce((m, x) => Math.min(m, x), Infinity)
const max = (v: number[]) => v.reduce((m, x) => Math.max(m, x), -Infinity)
const extent = (v: number[]) => max(v) - min(v)

describe('patella: a rounded triangle, apex down, with a ridged articular back (issue 16; §2.3)', () => {
  let v: [number, number, number][]
  let y0: number, h: number
  beforeAll(() => {
    v = verts('patella_r')
    y0 = min(v.map((p) => p[1]))
    h = extent(v.map((p) => p[1]))
  })
  const band = (lo: number, hi: number) => v.filter((p) => p[1] >= y0 + lo * h && p[1] <= y0 + hi * h)

  it('taller than 0.9 of its width and at most 25 mm thick (20–25 mm)', () => {
    expect(h).toBeGreaterThan(0.9 * extent(v.map((p) => p[2])))
    const t = extent(v.map((p) => p[0]))
    expect(t).toBeLessThanOrEqual(25)
    expect(t).toBeGreaterThanOrEqual(20)
  })
  it('narrows to the apex: at a fifth of its height under 0.6 of its width at 0.7 (an ellipsoid: 0.87)', () => {
    const wLow = extent(band(0.15, 0.25).map((p) => p[2]))
    const wHigh = extent(band(0.65, 0.75).map((p) => p[2]))
    expect(wLow / wHigh).toBeLessThan(0.6)
  })
  it('a vertical ridge behind, medial of the midline, 3 mm proud of the facets 12 mm either side', () => {
    const mid = band(0.4, 0.65)
    const zc = (max(mid.map((p) => p[2])) + min(mid.map((p) => p[2]))) / 2
    const backAt = (z: number) => min(mid.filter((p) => Math.abs(p[2] - z) < 1.5).map((p) => p[0]))
    let ridgeZ = zc,
      ridgeX = Infinity
    for (let z = zc - 12; z <= zc + 12; z += 0.5)
      if (backAt(z) < ridgeX) {
        ridgeX = backAt(z)
        ridgeZ = z
      }
    // Right side: +z is lateral, so the larger lateral facet puts the ridge medial (z below the midline).
    expect(ridgeZ).toBeLessThan(zc)
    expect(backAt(ridgeZ + 12) - ridgeX).toBeGreaterThan(3)
    expect(backAt(ridgeZ - 12) - ridgeX).toBeGreaterThan(3)
  })
  it('lens-like in section: within 4 mm of its medial and lateral borders under 0.36 of its thickness at the ridge', () => {
    // Main before this check: 0.43 and 0.41 (a thick oval), now 0.29 medial and 0.33 lateral (outer 2 mm: 4.5 and
    // 5.0 mm thick at a 22.6 mm ridge); an anatomical patella thins to a few mm at its borders.
    const mid = band(0.4, 0.65)
    const z0 = min(mid.map((p) => p[2]))
    const z1 = max(mid.map((p) => p[2]))
    const thick = (lo: number, hi: number) =>
      extent(mid.filter((p) => p[2] >= lo && p[2] <= hi).map((p) => p[0]))
    const ridge = thick((z0 + z1) / 2 - 6, (z0 + z1) / 2)
    expect(ridge).toBeGreaterThanOrEqual(20)
    expect(thick(z0, z0 + 4) / ridge).toBeLessThan(0.36)
    expect(thick(z1 - 4, z1) / ridge).toBeLessThan(0.36)
  })
  it('seated in the trochlea: joint space to the femur 1.4-3 mm (cartilage; main before this check: 4.9 mm; now 1.8)', () => {
    const femur = gltf.scene.getObjectByName('femur_r') as Mesh
    const fv = verts('femur_r')
    const idx = femur.geometry.index!.array
    const [lo, hi] = [0, 1, 2]
      .map((k) => [min(v.map((p) => p[k]!)) - 5, max(v.map((p) => p[k]!)) + 5])
      .reduce<[number[], number[]]>((a, [l, h]) => [a[0].concat(l!), a[1].concat(h!)], [[], []])
    const near = (p: Mm3) => p.every((c, k) => c >= lo[k]! && c <= hi[k]!)
    const tris: Triangle[] = []
    for (let i = 0; i < idx.length; i += 3) {
      const [a, b, c] = [fv[idx[i]!]!, fv[idx[i + 1]!]!, fv[idx[i + 2]!]!]
      if (near(a) || near(b) || near(c))
        tris.push(new Triangle(new Vector3(...a), new Vector3(...b), new Vector3(...c)))
    }
    const q = new Vector3()
    let gap = Infinity
    for (const p of v) {
      const pv = new Vector3(...p)
      for (const t of tris) gap = Math.min(gap, t.closestPointToPoint(pv, q).distanceTo(pv))
    }
    expect(gap).toBeGreaterThanOrEqual(1.4)
    expect(gap).toBeLessThanOrEqual(3)
  })
})

describe('talus from behind (issue 16)', () => {
  const A = ANKLE_MM
  it('posterior process: lateral and medial tubercles with the flexor hallucis longus groove between', () => {
    const v = verts('talus_r').filter((p) => p[1] > A[1] - 14 && p[1] < A[1] - 4)
    const backIn = (z0: number, z1: number) =>
      min(v.filter((p) => p[2] >= A[2] + z0 && p[2] <= A[2] + z1).map((p) => p[0]))
    const lat = backIn(3, 10)
    const med = backIn(-9, -3)
    const groove = backIn(-1.5, 1.5)
    expect(groove - Math.max(lat, med), 'groove depth (mm)').toBeGreaterThan(1.5)
  })
  it('the trochlea wider in front than behind by at least 2 mm', () => {
    const top = verts('talus_r').filter((p) => p[1] > A[1] + 8)
    const w = (x0: number, x1: number) =>
      extent(top.filter((p) => p[0] >= A[0] + x0 && p[0] <= A[0] + x1).map((p) => p[2]))
    expect(w(4, 9) - w(-9, -4)).toBeGreaterThanOrEqual(2)
  })
})

describe('navicular: boat-shaped (issue 16)', () => {
  const d = dirDeclTrans(TALAR_DECLINATION_DEG, -15)
  it('a shallow dish cupping the talar head (2–5 mm deep), not a ring wrapped round it (main: 6.4)', () => {
    const v = verts('navicular_r').map((p) => {
      const r = sub(p, TALONAVICULAR_MM)
      const s = dot(r, d)
      return { s, rho: Math.sqrt(Math.max(0, dot(r, r) - s * s)) }
    })
    const centre = min(v.filter((p) => p.rho < 3).map((p) => p.s))
    const back = min(v.map((p) => p.s))
    expect(centre - back).toBeGreaterThan(2)
    expect(centre - back).toBeLessThan(5)
  })
  it('from above, at least 2.2 times as wide as it is long through its middle (main: 1.8)', () => {
    const v = verts('navicular_r')
    const ml = extent(v.map((p) => p[2]))
    const mid = v.filter((p) => Math.abs(p[2] - NAVICULAR_CENTRE_MM[2]) < 3)
    expect(ml / extent(mid.map((p) => p[0]))).toBeGreaterThan(2.2)
  })
})

describe('cuneiforms: wedges of the transverse arch (issue 16)', () => {
  it('the intermediate cuneiform narrower plantarly than dorsally by 3 mm', () => {
    const v = verts('cuneiform_intermediate_r')
    const { jointMm: j, frontMm: f } = CUNEIFORM.cuneiform_intermediate
    const midX = (j[0] + f[0]) / 2
    const mid = v.filter((p) => Math.abs(p[0] - midX) < 4)
    const y0 = min(mid.map((p) => p[1])),
      h = extent(mid.map((p) => p[1]))
    const w = (lo: number, hi: number) =>
      extent(mid.filter((p) => p[1] >= y0 + lo * h && p[1] <= y0 + hi * h).map((p) => p[2]))
    expect(w(0.7, 0.85) - w(0.15, 0.3)).toBeGreaterThan(3)
  })
})

/** Width (mediolateral, mm) of a long bone's vertices at a fraction of the way from a to b. */
function widthAt(v: readonly Mm3[], a: Mm3, b: Mm3, t: number, halfBand: number): number {
  const ab = sub(b, a)
  const L = Math.hypot(...ab)
  const u: Mm3 = [ab[0] / L, ab[1] / L, ab[2] / L]
  const side = [-u[2], 0, u[0]] as const
  const sl = v.filter((p) => Math.abs(dot(sub(p, a), u) - t * L) < halfBand)
  return extent(sl.map((p) => dot(p, side)))
}

describe('toes and metatarsals: waisted shafts (issue 16)', () => {
  it.each(['phalanx_proximal_1', 'phalanx_proximal_2', 'phalanx_proximal_3', 'phalanx_middle_2'])(
    '%s: mid-shaft under 0.75 of its base and of its head',
    (name) => {
      const ray = Number(name.slice(-1)) - 1
      const ph = phalanges(ray).find((p) => p.name === name)!
      const v = verts(`${name}_r`)
      const band = Math.max(0.6, ph.lengthMm * 0.04)
      const mid = widthAt(v, ph.startMm, ph.endMm, 0.5, band)
      const base = widthAt(v, ph.startMm, ph.endMm, (ph.radiusMm * 0.55) / ph.lengthMm, band)
      const head = widthAt(v, ph.startMm, ph.endMm, 1 - (ph.radiusMm * 0.45) / ph.lengthMm, band)
      expect(mid / base).toBeLessThan(0.75)
      expect(mid / head).toBeLessThan(0.75)
    },
  )
  it.each([1, 2, 3])('metatarsal %i: mid-shaft under 0.6 of its head height', (i) => {
    const r = RAYS[i]!
    const d = rayDir(r)
    const v = verts(`${r.name}_r`)
    const len = r.lengthMm - r.baseBehindMm
    const at = (t: number) => {
      const sl = v.filter((p) => Math.abs(dot(sub(p, r.baseMm), d) - t) < 1)
      return extent(sl.map((p) => p[1]))
    }
    expect(at(len * 0.55) / at(len - r.headRadiusMm)).toBeLessThan(0.6)
  })
})
