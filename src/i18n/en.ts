// English: the reference dictionary. Every word the explorer shows or announces is here, looked up by key;
// es.ts is typed against this object, so the compiler names any key a translation lacks (or adds).
// Entries that hold numbers are functions: the numbers arrive already formatted for the locale (`n`, or a
// string), so 1.5 reads 1.5 in en and es-MX and 1,5 in es-ES. Citations (authors, years, journals) are never
// translated. Ids (views, layers, bands) are the state layer's and the core's; only their words are here.
import type { Num } from './numbers'
import type { SourceWords } from './sources.es'

type Side = 'left' | 'right'
const Side = (s: Side) => (s === 'right' ? 'Right' : 'Left')

export const en = {
  /** The language's own name, for the switch. */
  langName: 'English',
  app: {
    title: 'Kinetic Chain Explorer: how your feet affect your lower back',
    noWebgl: 'This browser cannot draw the 3D model (WebGL is off or not supported).',
    modelFailed: 'The 3D model could not be loaded.',
    stillWorks: 'The step-by-step explanation beside it still works and shows the same numbers.',
    loadingControls: 'Loading the controls…',
    language: 'Language',
    canvas: '3D skeleton. Arrow keys turn it, plus and minus zoom; or choose a view with the buttons.',
  },
  views: {
    front: 'Front',
    back: 'Back',
    side: 'Side',
    feet: 'Feet',
    lumbar: 'Lower back',
    cameraView: 'Camera view',
    cameraViews: 'Camera views',
    turnedByHand: 'Turned by hand',
  },
  layers: {
    bones: 'Bones',
    stress: 'Joint stress',
    nerve: 'Sciatic nerve',
    muscle: 'Muscles',
    labels: 'Labels',
  },
  activities: {
    standing: 'Standing',
    walking: 'Walking',
    running: 'Running',
    'downhill-running': 'Running downhill',
  },
  footStrikes: { rearfoot: 'Heel first', forefoot: 'Forefoot first' },
  sides: { left: 'Left', right: 'Right', leftLower: 'left', rightLower: 'right' },
  fields: {
    navicularHeightMm: {
      label: 'Arch (mm)',
      hint: 'Arch height: navicular height standing, mm (normal 36–55)',
    },
    calcanealEversionDeg: {
      label: 'Heel eversion (°)',
      hint: 'Heel eversion: resting calcaneal stance position, degrees (neutral 2–6; pronated from 8–10; negative = inverted)',
    },
    heelHeightMm: {
      label: 'Shoe heel (mm)',
      hint: 'Shoe heel height: heel above the ball of the foot, mm (0 = barefoot or flat shoes)',
    },
    medialPostDeg: {
      label: 'Orthotic post (°)',
      hint: 'Orthotic: medial (anti-pronation) rearfoot post, degrees (0 = none; its effect grows up to 5°)',
    },
  },
  bands: {
    arch: {
      'very-low': 'very low arch',
      low: 'low arch',
      normal: 'normal arch',
      high: 'high arch',
      'very-high': 'very high arch',
    },
    pronation: {
      'highly-supinated': 'highly supinated',
      supinated: 'supinated',
      neutral: 'neutral',
      pronated: 'pronated',
      'highly-pronated': 'highly pronated',
    },
    stress: {
      lower: 'lower than standing',
      baseline: 'as in standing',
      raised: 'raised',
      high: 'high',
    },
    level: { low: 'low', moderate: 'moderate', high: 'high' },
    heel: (mm: number): string =>
      mm === 0 ? 'flat' : mm < 40 ? 'low heel' : mm < 70 ? 'mid heel' : 'high heel',
    post: (deg: string) => (deg === '0' ? 'no orthotic' : `orthotic, ${deg}° medial post`),
  },
  presets: {
    heading: 'Start from',
    group: 'Presets',
    own: 'Your own settings (not a preset).',
    more: 'More',
    less: 'Less',
    aboutPreset: ' about this preset',
    labels: {
      neutral: 'Neutral',
      'flat-feet': 'Flat feet',
      'flat-feet-orthotics': 'Flat feet with orthotics',
      'high-arches': 'High arches',
      'right-overpronated': 'Right foot over-pronated',
      'left-overpronated': 'Left foot over-pronated',
      'high-heels': 'High heels',
      'downhill-running': 'Running downhill',
    },
    descriptions: {
      neutral: (n: Num) =>
        `Both feet in the normal range (arch ${n(45)} mm, heel ${n(4)}° everted), standing: the reference every other view is compared with.`,
      'flat-feet': (n: Num) =>
        `Both arches low (${n(30)} mm, low band 27–35) and both heels pronated (${n(10)}° everted): both legs turn in and the pelvis tips forward, extending the low back on both sides.`,
      'flat-feet-orthotics': (n: Num) =>
        `The flat feet above, standing, in orthotics with a ${n(5)}° medial (anti-pronation) post: the post holds the heels less everted, so less turns up the chain. Sinclair 2017 measured the effect in running (peak eversion ${n(12.4, 1)}° → ${n(10.8, 1)}°); in standing it is an assumption, and it varies from person to person (Nigg 1999).`,
      'high-arches': (n: Num) =>
        `Both arches high (${n(60)} mm, high band 56–64) with the heels inverted (${n(-3)}°, supinated): the legs turn out a little and the rigid feet absorb less shock.`,
      'right-overpronated': (n: Num) =>
        `Right arch low (${n(30)} mm) and right heel everted ${n(10)}°, left foot neutral: the right leg turns in, the right side of the pelvis tips forward and drops, and the low back bends toward the left to keep the trunk over the hips. The right side of L5–S1 is held in more extension; the left side, closed by the bend, carries more facet load in sum (studies do not settle which side loads more). The raised left hip holds its piriformis and gluteus medius longer.`,
      'left-overpronated': (n: Num) =>
        `Left arch low (${n(30)} mm) and left heel everted ${n(10)}°, right foot neutral: the mirror image, the left side of the low back held in more extension and the right side closed by the bend.`,
      'high-heels': (n: Num) =>
        `Neutral feet in ${n(8)} cm heels, standing: the heel is raised and the ankle points down. Adults mostly do not arch the low back more in heels; the pelvis tips back slightly (about ${n(0.2, 1)}° per cm), and the back muscles work harder (Han 2015).`,
      'downhill-running': (n: Num) =>
        `Neutral feet, running downhill: each footstrike sends about ${n(2.5, 1)}–${n(3)} body weights up the legs, and about half again more downhill, so more shock reaches the spine.`,
    },
  },
  toolbar: {
    colourKey: 'Colour key',
    key: 'Key',
    toTheColours: ' to the colours',
    drawnAnnounce: (k: string) => `Movements drawn ${k}× larger for teaching. The numbers are real.`,
    drawnShort: (k: string) => `Drawn ${k}×`,
    drawnShortRest: ' larger for teaching; the numbers are real',
    drawnLong: (k: string) => `Drawn ${k}× larger · numbers real`,
    detailsTitle: (k: string) => `Drawn ${k}× larger for teaching.`,
    details: (k: string) =>
      `The turn of the shin and thigh, the tilt and twist of the pelvis and the bend of each lumbar level are drawn ${k}× larger. The heel, the arch and the drop of the pelvis are drawn larger only as far as a real foot and pelvis can go. Joint-stress colours move ${k}× further from standing; the nerve and muscle colours show the real values.`,
    detailsReal: 'Every number on screen is the real one.',
    close: 'Close',
  },
  legend: {
    stress: (k: string | null) => `Joint stress vs standing${k === null ? '' : ` (${k}× stronger)`}`,
    standing: 'standing',
    high: 'high',
    nerve: 'Sciatic nerve irritation',
    calm: 'calm',
    irritated: 'irritated',
    muscle: (pct: string) => `Muscles: held shorter or longer (±${pct}%)`,
    shorter: 'shorter',
    neutral: 'neutral',
    longer: 'longer',
  },
  labels: {
    'L4–L5': 'L4–L5',
    'L5–S1 right': 'L5–S1 right',
    'L5–S1 left': 'L5–S1 left',
    Ilium: 'Ilium',
    Piriformis: 'Piriformis',
    'Sciatic nerve': 'Sciatic nerve',
    Femur: 'Femur',
    Tibia: 'Tibia',
    Navicular: 'Navicular',
    Heel: 'Heel',
    Hamstrings: 'Hamstrings',
    'Gluteus medius': 'Gluteus medius',
    Iliopsoas: 'Iliopsoas',
    'Quadratus lumborum': 'Quadratus lumborum',
    'Erector spinae': 'Erector spinae',
  },
  controls: {
    region: 'Foot posture and view controls',
    heading: 'Feet and activity',
    band: 'Band',
    bothFeet: 'Both feet',
    leftFoot: 'Left foot',
    rightFoot: 'Right foot',
    show: 'Show',
    activity: 'Activity',
    footStrike: 'Foot strike',
    footStrikeHint: 'Running: which part of the foot lands first (a forefoot strike has no impact transient)',
    exaggerate: 'Exaggerate ×',
  },
  feet: {
    foot: (side: Side) => `${Side(side)} foot:`,
    summary: (mm: string, arch: string, deg: string, inverted: boolean, heel: string, fpi: string) =>
      ` arch ${mm} mm, ${arch}; heel ${deg} ${inverted ? 'inverted' : 'everted'}, ${heel} (${fpi}-equivalent)`,
  },
  describe: {
    neutralFeet: 'Neutral feet',
    bothFeet: (w: string) => `Both feet ${w}`,
    rightFoot: (w: string) => `Right foot ${w}`,
    leftFoot: (w: string) => `Left foot ${w}`,
    feetApart: (l: string, r: string) => `Left foot ${l}; right foot ${r}`,
    pelvisTips: (side: Side, forward: boolean, deg: string) =>
      `${side} side of the pelvis tips ${forward ? 'forward' : 'back'} ${deg}`,
    mostLoad: (level: string, side: Side, pct: string) =>
      `most load on ${level} ${side} (${pct} vs standing)`,
    facetLoad: (pct: string) => `facet load ${pct} vs standing`,
    noChange: 'no change up the chain',
    line: (feet: string, activity: string | null, what: string) =>
      `${feet}${activity ? ` (${activity.toLowerCase()})` : ''}: ${what}.`,
    turnedByHand: 'turned by hand',
    view: (v: string) => `${v.toLowerCase()} view`,
    skeleton: (where: string, line: string) => `3D skeleton, ${where}. ${line}`,
    shin: (side: Side, inward: boolean, tib: string, fem: string) =>
      `${Side(side)} shin bone turned ${inward ? 'in' : 'out'} ${tib}, thigh bone ${fem}.`,
    facetStress: (r: string, l: string) => `Facet stress at L5–S1: right ${r}, left ${l} vs standing.`,
    nerve: (r: string, l: string) => `Sciatic nerve irritation: right ${r}, left ${l}.`,
    drawn: (k: string) => `Movements drawn ${k}× larger; the numbers are real.`,
    briefLoad: (level: string, side: Side, pct: string) => `most load ${level} ${side} ${pct}`,
    briefNone: 'no added load up the chain',
    brief: (feet: string, activity: string | null, effect: string) =>
      `${feet}${activity ? `, ${activity.toLowerCase()}` : ''} · ${effect}`,
    /** The scene description while walking or running, paused at a moment (feet: gait.bothFeet…). */
    moment: (pct: string, feet: string) => `At ${pct}% of the cycle, ${feet}.`,
    /** While the cycle plays: said once, not the passing numbers. */
    playing: (activity: string) =>
      `3D skeleton ${activity.toLowerCase()}. Pause, drag the cycle bar or step to hear the numbers of one moment.`,
  },
  chain: {
    heading: 'Up the chain',
    intro:
      'Heel and arch as you set them; the other angles are changes from neutral. Tap a number for its source.',
    sideHeading: (side: Side) => `${Side(side)} side`,
    muscles: (side: Side) => `${Side(side)} muscles`,
    musclesNote1: 'Muscles are ',
    musclesHeld: 'held',
    musclesNote2:
      ' shorter or longer by the posture, and some work harder (the back muscles on heels); this is not the change muscle tissue makes over months. Facet stress has two parts that can point to different sides, extension on the side tipped further forward and the side-bend’s concave side; studies do not settle which side loads more.',
    pelvisHeading: 'Pelvis and load',
    smallNote:
      'Real sizes are small (about 1–2° of pelvic tilt) and some studies find no effect; the direction of each link is supported by studies.',
    whereFrom: 'Where this number comes from',
    confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
    from: ' from ',
    assumed: 'Assumed: ',
    disagree: 'Studies that disagree: ',
    references: 'References',
    referencesNote: ' (from the project’s sources list; a link only where it records one)',
    beyondScale: 'beyond the scale',
    vsStanding: ' vs standing',
    measured: 'Measured on the posed skeleton',
    measuredText:
      'The length of the muscle’s path through points on its bones, posed by the links below (no gain of its own).',
    heel: (side: Side, inverted: boolean) => `${Side(side)} heel ${inverted ? 'inverted' : 'everted'} `,
    heelAfter: (band: string, mm: string, arch: string) =>
      ` (${band}, as set), arch ${mm} mm (${arch}, as set)`,
    shoe: 'in shoes with a ',
    shoeValue: (mm: string) => `${mm} mm heel`,
    shoeAfter: ' (the heel raised, the ankle pointing down)',
    orthotic: (deg: string) => `→ an orthotic with a ${deg}° medial post holds the heel `,
    lessEverted: 'less everted by',
    moreEverted: 'more everted by',
    asItIs: 'as it is',
    orthoticAt: (deg: string, inverted: boolean) => ` (at ${deg}${inverted ? ' inverted' : ''})`,
    orthoticWalking: ' (in walking, studies found no consistent effect)',
    tibia: '→ shin bone (tibia) ',
    femur: '→ thigh bone (femur) ',
    turnedIn: 'turned in',
    turnedOut: 'turned out',
    notTurned: 'not turned',
    ilium: (side: Side) => `→ ${side} side of the pelvis (ilium) `,
    tippedForward: 'tipped forward',
    tippedBack: 'tipped back',
    level: 'level',
    l5s1: (side: Side) => `→ ${side} side of L5–S1 `,
    extended: 'extended',
    flexed: 'flexed',
    notBent: 'not bent',
    facetStress: (band: string) => `, facet joint stress ${band} (`,
    moreLess: (more: boolean, other: Side, pct: string) =>
      `; ${more ? 'more' : 'less'} than the ${other} side, ${pct}`,
    parts: (ext: string, bend: string) => `; from extension ${ext}, from the side-bend ${bend}`,
    piriformis: '→ piriformis ',
    lengthened: 'lengthened',
    shortened: 'shortened',
    unchanged: 'unchanged',
    irritation: (word: string) => `; sciatic nerve irritation ${word} (`,
    ofOne: (x: string) => `${x} of 1`,
    muscleHeld: (name: string) => `${name} held `,
    longerBy: 'longer by',
    shorterBy: 'shorter by',
    atLength: 'at its length',
    ofLength: (pct: string) => ` (${pct} of its length)`,
    pelvis: 'Pelvis ',
    notTipped: 'not tipped',
    pelvisForward: 'tipped forward',
    pelvisBack: 'tipped back',
    rightLower: 'right side lower by',
    leftLower: 'left side lower by',
    levelSides: 'level side to side',
    lumbar: 'lumbar spine ',
    bentRight: 'side-bent toward the right by',
    bentLeft: 'side-bent toward the left by',
    straight: 'straight',
    towardHigh: ' (toward the high side, keeping the trunk over the hips),',
    twistedRight: 'twisted (right half forward)',
    twistedLeft: 'twisted (left half forward)',
    notTwisted: 'not twisted',
    footstrike: 'Each footstrike: ',
    bodyWeights: (x: string) => `${x} body weights`,
    impact: (peak: string, word: string, index: string) =>
      ` at mid-stance, after an impact peak of ${peak} as the heel lands; shock reaching the spine ${word} (${index} of 1).`,
    forefootNoPeak:
      ' at mid-stance; landing on the forefoot removes the impact peak, so little shock reaches the spine.',
    midStance: ' at mid-stance.',
    backMuscles: 'Back muscles on heels: extra work ',
    backMusclesAfter: '; the low back is mostly not arched more.',
    notes: {
      inputFoot: {
        title: 'An input: the heel and arch you set',
        text: (n: Num) =>
          `Absolute values as measured standing, not changes from neutral: the heel’s resting eversion (calcaneal stance position, degrees; negative = inverted) and the arch’s navicular height (mm). The model’s neutral is ${n(4)}° and ${n(45)} mm. The words beside them are clinical bands: the arch from Nilsson et al. 2012 (254 adults: normal 36–55 mm, very low below 27, very high above 64); the heel from the clinical neutral of about 2–6° everted (Sobel et al. 1999 measured healthy adults at ${n(6.07, 2)} ± ${n(2.7, 1)}°), with the Foot Posture Index bands of Redmond et al. 2008. The bands are clinical conventions: a foot near an edge may be read either way.`,
      },
      stress: {
        title: 'An index this project defined: facet joint stress',
        text: (n: Num) =>
          `Not a measured force: the facets’ share of compression, 16% in standing (Adams & Hutton 1980), doubling at the end of a level’s extension range and again at the end of its side-bend range, capped at 70% (Adams & Hutton 1985), times the mid-stance load in body weights, capped at 1. Told as its change from quiet standing; past the top of the colour scale (${n(0.5, 2)}) it says “beyond the scale”. The formula is in the README, “How the model works”, item 11 (facet stress index), with every coupler below. Studies do not settle which side loads more.`,
      },
      irritation: {
        title: 'An index this project defined: sciatic nerve irritation (0 to 1)',
        text: (n: Num, bands: string) =>
          `A teaching index, not a measurement: half a root term (the facet load at L4–S1 on that side, from posture) and half a piriformis tension term (full at ${n(8.6, 1)} mm of lengthening, the path’s lengthening at 20° of hip internal rotation). No study gives nerve strain per degree of hip rotation. Its word follows the colour of the drawn nerve: ${bands}. The formula is in the README, “How the model works”, item 13 (sciatic irritation index).`,
      },
      shock: {
        title: 'An index this project defined: shock reaching the spine (0 to 1)',
        text: (n: Num, bands: string) =>
          `A teaching index: the impact peak of each footstrike as a share of downhill running’s ${n(3.08, 2)} body weights, raised by up to a half for feet far from neutral (over-pronated or a rigid high arch), scaled so that 1 is the top. No study gives the size of that rise. The formula is in the README, “How the model works”, item 14 (load). Words: ${bands}.`,
      },
      effort: {
        title: 'An index this project defined: back-muscle effort on heels (0 to 1)',
        text: (n: Num, bands: string) =>
          `A teaching index: 0 barefoot or in flat shoes, 1 at the 8 cm heel where Han 2015 measured more erector spinae activity, rising as the square of the heel height between (Bendix et al. 1984 found no change at ${n(4.5, 1)} cm). The formula is in the README, “How the model works”, item 15 (back-muscle effort). Words: ${bands}.`,
      },
      shoe: {
        title: 'An input: the heel height you set',
        text: (n: Num) =>
          `An absolute height in mm, not a change from neutral: the shoe’s heel above the ball of the foot. The heels studied were ${n(4.5, 1)} cm (Bendix et al. 1984), 5 cm (Franklin et al. 1995), ${n(6.4, 1)} cm (Opila et al. 1988) and 8 cm (Han 2015); beyond 8 cm the model extrapolates. What the heel does to the pelvis and the back muscles is in the steps below, each with its study.`,
      },
    },
    bandBelow: (word: string, x: string) => `${word} below ${x}`,
    bandFrom: (word: string, x: string) => `${word} from ${x}`,
  },
  muscles: {
    iliopsoas: 'iliopsoas (hip flexor)',
    rectusFemoris: 'rectus femoris (hip flexor)',
    hamstrings: 'hamstrings',
    gluteusMediusAnterior: 'gluteus medius, front part',
    gluteusMediusMiddle: 'gluteus medius, middle part',
    gluteusMediusPosterior: 'gluteus medius, back part',
    piriformis: 'piriformis',
    erectorSpinae: 'erector spinae, lumbar (back muscle beside the spine)',
    quadratusLumborum: 'quadratus lumborum (deep back muscle at the side of the spine)',
  },
  share: {
    heading: 'Take it home',
    handout: 'Handout to print',
    savePicture: 'Save picture',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    copyFailed: (link: string) => `Copy this link: ${link}`,
    noPersonalData: 'The handout and the link hold the settings shown, no personal data.',
    fileName: 'kinetic-chain.png',
  },
  handout: {
    title: 'How your feet affect your lower back',
    subtitle: 'Kinetic Chain Explorer: a handout to take home',
    pictureAlt: (line: string) => `The 3D skeleton as it was shown: ${line}`,
    pictureLoading: 'Drawing the picture…',
    pictureFailed: 'The picture could not be drawn in this browser; the words below say the same.',
    chain: 'The chain, step by step',
    heel: (side: Side, deg: string, inverted: boolean, band: string, mm: string, arch: string) =>
      `${Side(side)} heel ${inverted ? 'inverted' : 'everted'} ${deg} (${band}), arch ${mm} mm (${arch}).`,
    legs: (side: Side, tib: string, fem: string) => `${Side(side)} leg: shin bone ${tib}, thigh bone ${fem}.`,
    pelvis: (tilt: string, obliquity: string) => `Pelvis ${tilt}; ${obliquity}.`,
    back: (side: Side, change: string) =>
      `Lower back (L5–S1, ${side} side): joint load ${change} vs standing.`,
    nerve: (side: Side, word: string, index: string) =>
      `Sciatic nerve, ${side} side: irritation ${word} (${index} of 1).`,
    disclaimer:
      'Information, not a diagnosis. The numbers come from published studies of groups of people; yours may differ. Talk it over with your clinician.',
    qr: 'Scan to open this view again',
    noPersonalData: 'The code and the link hold only the settings shown here: no name, no personal data.',
    sources: 'Sources',
    clinic: 'Your clinic',
    print: 'Print or save as PDF',
  },
  /** The chain tour and the comparison with a see-through reference skeleton (issue 11). */
  tour: {
    play: 'Play',
    pause: 'Pause',
    resume: 'Resume',
    next: 'Next link',
    previous: 'Previous link',
    restart: 'Restart',
    close: 'Close the tour',
    /** The toolbar's button (and its short form where room is tight); its aria-label is the words alone. */
    playChain: '▶ Play the chain',
    playChainShort: '▶ Chain',
    playChainLabel: 'Play the chain',
    /** The stage's invitation on the first visit. */
    invitation: 'See how a flat right foot travels up to the lower back, one link at a time.',
    invitationAction: '▶ Play the chain',
    invitationDismiss: 'Not now',
    /** Under the side panel's play button once the invitation is gone. */
    playHint: 'One link at a time, from the foot up, with the feet as they are set.',
    /** "3 of 7: thigh (femur)". */
    stepOf: (i: string, total: string, link: string) => `${i} of ${total}: ${link}`,
    linkName: {
      foot: 'foot',
      tibia: 'shin (tibia)',
      femur: 'thigh (femur)',
      pelvis: 'pelvis',
      lumbar: 'lower back',
      nerve: 'sciatic nerve and piriformis',
      muscles: 'other muscles',
    },
    shortcutHint: 'Shortcut: P plays or pauses; [ and ] step',
    stillsHint: 'Reduced motion: each link is a still; use Next to go on.',
    region: 'Play the chain',
    confidence: { high: 'high confidence', medium: 'moderate confidence', low: 'low confidence' },
    /**
     * One change of the captions, for one side or both (`both`), in its direction (`up`: everts, rises, turns
     * in, tips forward, extends, lengthens), by a size already written (`x`).
     */
    change: {
      heel: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both heels ${up ? 'evert' : 'invert'} ${x}`
          : `${Side(side)} heel ${up ? 'everts' : 'inverts'} ${x}`,
      arch: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both arches ${up ? 'rise' : 'drop'} ${x}`
          : `${Side(side)} arch ${up ? 'rises' : 'drops'} ${x}`,
      leg: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both legs are functionally ${up ? 'shorter' : 'longer'} by ${x}`
          : `${Side(side)} leg is functionally ${up ? 'shorter' : 'longer'} by ${x}`,
      shin: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both shin bones turn ${up ? 'in' : 'out'} ${x}`
          : `${Side(side)} shin bone turns ${up ? 'in' : 'out'} ${x}`,
      shinTurned: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both shins turned ${up ? 'in' : 'out'} ${x}`
          : `${Side(side)} shin turned ${up ? 'in' : 'out'} ${x}`,
      thigh: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both thigh bones turn ${up ? 'in' : 'out'} ${x}`
          : `${Side(side)} thigh bone turns ${up ? 'in' : 'out'} ${x}`,
      ilium: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both sides of the pelvis tip ${up ? 'forward' : 'back'} ${x}`
          : `${Side(side)} side of the pelvis tips ${up ? 'forward' : 'back'} ${x}`,
      lowBack: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both sides of the lower back ${up ? 'extend' : 'flatten'} ${x}`
          : `${Side(side)} side of the lower back ${up ? 'extends' : 'flattens'} ${x}`,
      piriformis: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Both piriformis muscles ${up ? 'lengthen' : 'shorten'} by ${x}`
          : `${Side(side)} piriformis ${up ? 'lengthens' : 'shortens'} by ${x}`,
    },
    /** Two changes told together: "Right heel everts 6.0° and right arch drops 15 mm". */
    and: ' and ',
    /** A step of the chain: what moved → what follows (the coupler's study, its confidence). */
    step: (from: string, to: string, cite: string) => `${from} → ${to} (${cite}).`,
    cite: (who: string, confidence: string) => `${who}, ${confidence}`,
    footNeutral: 'The feet stand neutral: no change at the foot, so nothing travels up the chain.',
    legsKeep: 'the legs keep their length',
    pelvisDrops: (deg: string, right: boolean) =>
      `; the pelvis drops ${deg} on the ${right ? 'right' : 'left'}`,
    heels: 'The heels',
    shinNone: (cite: string) => `No change at the shin: the heels did not move (${cite}).`,
    shins: 'The shins',
    thighNone: (cite: string) => `No change at the thigh (${cite}).`,
    pelvisNone: (cite: string) => `No change at the pelvis (${cite}).`,
    thighsTurning: (inward: boolean) => `The thighs turning ${inward ? 'in' : 'out'}`,
    pelvisTilts: (forward: boolean, deg: string) =>
      `; the whole pelvis tilts ${forward ? 'forward' : 'back'} ${deg}`,
    pelvisTwists: (deg: string) => ` and twists ${deg}`,
    lumbarNone: (cite: string) => `No change in the lower back (${cite}).`,
    pelvisTipping: 'The pelvis tipping',
    lumbarLevels: (change: string) => `${change} (L1–S1)`,
    facetStress: (level: string, rises: boolean, x: string) =>
      `; facet stress at ${level} ${rises ? 'rises' : 'falls'} by ${x}`,
    piriformisKeeps: 'The piriformis keeps its length',
    irritation: (side: Side, now: string, rest: string) =>
      `the ${side} sciatic irritation index reads ${now} (${rest} with neutral feet)`,
    musclesNone: 'The other muscles keep their length: no change.',
    muscles: (side: Side, name: string, longer: boolean, pct: string, confidence: string) =>
      `The muscles follow the bones: most, the ${side} ${name}, ${longer ? 'lengthens' : 'shortens'} ${pct}% (measured on the posed skeleton, ${confidence}).`,
    compare: 'Compare with',
    compareOptions: { off: 'Nothing', neutral: 'Neutral feet', barefoot: 'Same feet barefoot' },
    compareHint: 'A see-through skeleton shows the reference posture in the same place.',
    compareTable: {
      caption: 'Now against the reference',
      what: 'Link',
      now: 'Now',
      reference: { neutral: 'Neutral feet', barefoot: 'Barefoot' },
    },
    compareNoChange: 'No link differs from the reference.',
    /** The comparison's rows: each side's links, then the whole pelvis. */
    rows: {
      eversion: (side: Side) => `${Side(side)} heel eversion`,
      tibia: (side: Side) => `${Side(side)} shin turned in`,
      femur: (side: Side) => `${Side(side)} thigh turned in`,
      ilium: (side: Side) => `${Side(side)} pelvis side tipped forward`,
      shortening: (side: Side) => `${Side(side)} leg functionally shorter`,
      lumbar: (side: Side) => `${Side(side)} lower back extended (L1–S1)`,
      piriformis: (side: Side) => `${Side(side)} piriformis longer`,
      irritation: (side: Side) => `${Side(side)} sciatic irritation index`,
      tilt: 'Pelvis tilted forward',
      obliquity: 'Pelvis lower on the right',
    },
  },
  /** The gait playback (issue 13). */
  gait: {
    controls: 'Gait cycle',
    play: 'Play',
    pause: 'Pause',
    stepBack: 'Step back',
    stepForward: 'Step forward',
    scrub: 'Where in the gait cycle',
    speed: 'Speed',
    speedValue: (scale: string) => `${scale}×`,
    /** The scrub bar's spoken value: per cent of the cycle, and which foot is on the ground. */
    position: (percent: string, phase: string) => `${percent}% of the cycle: ${phase}`,
    bothFeet: 'both feet on the ground',
    rightFoot: 'right foot on the ground',
    leftFoot: 'left foot on the ground',
    flight: 'both feet in the air',
    reducedMotion: 'Motion is reduced on this device: press play or drag the bar to walk through the cycle.',
    /** The chain panel's caption while walking or running: the moment its numbers are read at. */
    moment: (pct: string, feet: string) =>
      `At ${pct}% of the cycle (${feet}): the normal motion plus what the feet add, at this moment.`,
    /** The force under each foot at that moment, body weights. */
    momentForces: (right: string, left: string) =>
      `Under the feet: right ${right}, left ${left} body weights.`,
    /** While playing, the numbers change ten times a second. */
    momentPlaying: 'Pause or drag the bar to read one moment.',
    /** Moves the cycle to where that foot's chain is largest, and pauses. */
    toPeak: (side: Side) => `Go to the ${side} foot’s mid-stance peak`,
    /** Added to the exaggeration notice while walking or running. */
    exaggeration:
      'While walking or running, only the foot-posture chain (what the feet add to the normal motion) is drawn larger; the normal walking or running motion is drawn as measured.',
  },
  /** The footstrike glow and the cycle chart (issue 14). */
  shock: {
    toggle: 'Cycle chart',
    chartTitle: 'One gait cycle, from the right heel strike',
    chartClose: 'Close the cycle chart',
    loading: 'Loading the chart…',
    /** The compare curves' legend entry, per reference. */
    legendGhost: { neutral: 'Neutral feet (compare)', barefoot: 'Barefoot (compare)' },
    /** Panel titles with their units. */
    panels: {
      eversion: 'Rearfoot eversion (°)',
      l5s1: 'L5–S1 facet stress (index 0–1)',
      force: 'Vertical force (body weights)',
    },
    cursor: 'Moment in the gait cycle',
    cursorValue: (pct: string) => `${pct}% of the cycle`,
    /** Where one foot is at a moment of the cycle. */
    moments: {
      'early stance': 'early stance',
      'mid-stance': 'mid-stance',
      'late stance': 'late stance',
      standing: 'standing',
    },
    footIn: (side: Side, moment: string) => `${side} foot in ${moment}`,
    footInAir: (side: Side) => `${side} foot in the air`,
    /** The chart described: each panel's peaks. */
    peaks: (what: string, list: string) => `${what} peaks: ${list}.`,
    peakAt: (side: Side, value: string, pct: string, moment: string) =>
      `${side} ${value} at ${pct}% of the cycle (${moment})`,
    describe: { eversion: 'Rearfoot eversion', l5s1: 'L5–S1 facet stress', force: 'Vertical force' },
    ghostNote: {
      neutral: 'Faint grey lines: the same cycle with neutral feet.',
      barefoot: 'Faint grey lines: the same cycle with the same feet barefoot.',
    },
    standingNote: 'Standing: there is no gait cycle to chart.',
    /** The footstrike glow's legend. */
    pulseLegend:
      'Glow: the shock of each footstrike climbing foot → tibia → femur → pelvis → lumbar spine, fading as the legs absorb it. Its strength at the foot is the force at impact (measured); how much reaches each level is assumed (low confidence), and a flat or a rigid foot letting more through is the least sure part.',
    /** The colour key's short line. */
    pulseKey:
      'Orange ring: each footstrike’s shock climbing the leg (strength measured, how far it reaches assumed)',
    pulseOrthotic:
      'The orthotic does not change the glow: a medial post left tibial shock unchanged (Sinclair 2017).',
    pulseStill: 'Reduced motion: the glow stands still at the moment you scrub to.',
    pulseStrength: (side: Side, bw: string) => `${Side(side)} footstrike: ${bw} body weights at impact`,
  },
  /**
   * The coupler table's words by coupler id, and each muscle path's note by muscle id. English has none here:
   * its words are the core's own (src/kinematics/couplers.ts, src/anatomy/muscles.ts), shown through
   * plainWords; another language lists every id (test/i18n/dictionaries.test.ts checks).
   */
  sources: {} as Readonly<Record<string, SourceWords>>,
  muscleNotes: {} as Readonly<Record<string, string>>,
  symptoms: {
    heading: 'What may follow, and what may help',
    disclaimer: 'Information, not a diagnosis.',
    follow: 'Symptoms that may follow',
    calm: 'With these feet, standing or walking, the model shows little change up the chain. Back pain has many other causes.',
    backPain: 'Lower back pain; rarely upper back or neck pain',
    hip: 'Muscle tightness, weakness or spasm around the hip and buttock',
    numbness: (side: Side | null) =>
      `Numbness or tingling along the back of the ${side ? `${side} ` : ''}leg (sciatic nerve irritation)`,
    heels: 'Tired, aching back muscles after standing long in high heels',
    running: (downhill: boolean) =>
      `Pain that builds with running${downhill ? ', more so downhill' : ''}: each footstrike passes more load up the legs`,
    help: 'What may help',
    exercise: 'Exercise',
    exerciseText:
      ': a structured programme (strengthening, stretching, or group exercise) is the first treatment guidelines recommend for low back pain, with or without sciatica; staying active helps.',
    orthotics: 'Orthotics',
    orthoticsText: (shown: boolean) =>
      ` (over-the-counter or custom arch supports, a medial heel post)${shown ? ', as shown here,' : ''} limit how far the heel rolls in and can help foot and leg symptoms when the arch is the source. For low back pain itself, NICE advises against foot orthotics.`,
    cushioned: 'Cushioned shoes',
    cushionedText: ': rigid, high-arched feet absorb less of each step’s shock.',
    footwear: 'Footwear',
    footwearText: (heels: boolean) =>
      `: supportive shoes with a low heel; ${heels ? 'high heels, as here, make the back muscles work harder' : 'very high heels add load'}.`,
    landing: 'How the foot lands',
    landingText: (rearfoot: boolean, downhill: boolean) =>
      `: ${rearfoot ? 'retraining the foot strike (landing nearer the forefoot has no impact peak)' : 'a forefoot strike, as here, has no impact peak'}${downhill ? '; shorter strides and less downhill running while it hurts' : ''}.`,
    clinician: 'What a clinician may consider',
    clinicianText:
      ': anti-inflammatory drugs; muscle relaxants; massage or other hands-on therapy, best alongside exercise; non-surgical decompression (traction), which NICE does not recommend for low back pain; surgery only when discs or nerves are damaged. Ask a clinician or pharmacist before taking any medicine.',
    urgentHeading: 'Get urgent care',
    urgent:
      'Go to an emergency department now if back pain comes with numbness around the genitals, buttocks or inner thighs; new trouble passing or holding urine or stool; or weakness in both legs, or in one leg getting worse. See a doctor soon if it comes with fever, unexplained weight loss, a history of cancer, or after a fall or injury. Back pain that persists is a reason to see a clinician.',
    sources:
      'Sources: NICE guideline NG59, Low back pain and sciatica in over 16s (2016, updated 2020); the cauda equina warning signs of Greenhalgh, Finucane, Mercer and Selfe; the foot-to-back story of this explorer (its chain above, with the sources of each number).',
  },
}

/** The shape every dictionary has: en's keys, each with the same kind of value (a string or a function). */
export type Messages = typeof en
