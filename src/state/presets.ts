// The clinician's starting points. Each says in one sentence what it shows and which numbers it uses.
// Bands (docs/domain.md#units-clinicians-use): navicular height normal 36–55 mm, low 27–35,
// very low < 27, high 56–64; heel eversion neutral 2–6°, pronated ≥ 8–10°, inverted = supinated.
import { NEUTRAL_FOOT } from '../kinematics/limits'
import type { Activity, FootPosture, FootStrike, Footwear } from '../kinematics/types'
import { PRESET_IDS, type PresetId } from './schema'

export interface Preset {
  id: PresetId
  /** Button text, plain words. */
  label: string
  /** What it shows and the numbers behind it. */
  description: string
  left: FootPosture
  right: FootPosture
  activity: Activity
  /** Omitted: barefoot on both sides. */
  footwear?: { left: Footwear; right: Footwear }
  /** Omitted: rearfoot (heel first). */
  footStrike?: FootStrike
}

const neutral: FootPosture = { ...NEUTRAL_FOOT }
const flat: FootPosture = { navicularHeightMm: 30, calcanealEversionDeg: 10 }
const high: FootPosture = { navicularHeightMm: 60, calcanealEversionDeg: -3 }
/** Sinclair 2017's anti-pronation orthotic: a 5° medial rearfoot post, where its effect saturates. */
const orthotic: Footwear = { heelHeightMm: 0, medialPostDeg: 5 }
/** 8 cm heels: the height Han 2015 measured back-muscle work at. */
const heels: Footwear = { heelHeightMm: 80, medialPostDeg: 0 }

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  neutral: {
    id: 'neutral',
    label: 'Neutral',
    description: `Both feet in the normal range (arch ${neutral.navicularHeightMm} mm, heel ${neutral.calcanealEversionDeg}° everted), standing: the reference every other view is compared with.`,
    left: neutral,
    right: neutral,
    activity: 'standing',
  },
  'flat-feet': {
    id: 'flat-feet',
    label: 'Flat feet',
    description: `Both arches low (${flat.navicularHeightMm} mm, low band 27–35) and both heels pronated (${flat.calcanealEversionDeg}° everted): both legs turn in and the pelvis tips forward, extending the low back on both sides.`,
    left: flat,
    right: flat,
    activity: 'standing',
  },
  'flat-feet-orthotics': {
    id: 'flat-feet-orthotics',
    label: 'Flat feet with orthotics',
    description: `The flat feet above, standing, in orthotics with a ${orthotic.medialPostDeg}° medial (anti-pronation) post: the post holds the heels less everted, so less turns up the chain. Sinclair 2017 measured the effect in running (peak eversion 12.4° → 10.8°); in standing it is an assumption, and it varies from person to person (Nigg 1999).`,
    left: flat,
    right: flat,
    activity: 'standing',
    footwear: { left: orthotic, right: orthotic },
  },
  'high-arches': {
    id: 'high-arches',
    label: 'High arches',
    description: `Both arches high (${high.navicularHeightMm} mm, high band 56–64) with the heels inverted (${high.calcanealEversionDeg}°, supinated): the legs turn out a little and the rigid feet absorb less shock.`,
    left: high,
    right: high,
    activity: 'standing',
  },
  'right-overpronated': {
    id: 'right-overpronated',
    label: 'Right foot over-pronated',
    description: `Right arch low (${flat.navicularHeightMm} mm) and right heel everted ${flat.calcanealEversionDeg}°, left foot neutral: the right leg turns in, the right side of the pelvis tips forward and drops, and the low back bends toward the left to keep the trunk over the hips. The right side of L5–S1 is held in more extension; the left side, closed by the bend, carries more facet load in sum (studies do not settle which side loads more). The raised left hip holds its piriformis and gluteus medius longer.`,
    left: neutral,
    right: flat,
    activity: 'standing',
  },
  'left-overpronated': {
    id: 'left-overpronated',
    label: 'Left foot over-pronated',
    description: `Left arch low (${flat.navicularHeightMm} mm) and left heel everted ${flat.calcanealEversionDeg}°, right foot neutral: the mirror image, the left side of the low back held in more extension and the right side closed by the bend.`,
    left: flat,
    right: neutral,
    activity: 'standing',
  },
  'high-heels': {
    id: 'high-heels',
    label: 'High heels',
    description: `Neutral feet in ${heels.heelHeightMm / 10} cm heels, standing: the heel is raised and the ankle points down. Adults mostly do not arch the low back more in heels; the pelvis tips back slightly (about 0.2° per cm), and the back muscles work harder (Han 2015).`,
    left: neutral,
    right: neutral,
    activity: 'standing',
    footwear: { left: heels, right: heels },
  },
  'downhill-running': {
    id: 'downhill-running',
    label: 'Running downhill',
    description:
      'Neutral feet, running downhill: each footstrike sends about 2.5–3 body weights up the legs, and about half again more downhill, so more shock reaches the spine.',
    left: neutral,
    right: neutral,
    activity: 'downhill-running',
  },
}

export { PRESET_IDS }
