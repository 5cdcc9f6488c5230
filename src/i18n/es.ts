// Spanish (español), for patients and the clinicians who see them: plain words first, with the clinical term a
// Spanish-speaking clinician uses (pronación, arco plantar, nervio ciático, músculo piriforme). Typed against
// the English reference, so a missing or extra key is a compile error. Loaded only when asked for (index.ts).
// Citations (authors, years, journals, guideline titles) stay as published.
import type { Messages } from './en'
import type { Num } from './numbers'
import { MUSCLE_NOTES_ES, SOURCES_ES } from './sources.es'

type Side = 'left' | 'right'
/** A side's word, agreeing with its noun: el lado derecho, la tibia derecha. */
const m = (s: Side) => (s === 'right' ? 'derecho' : 'izquierdo')
const f = (s: Side) => (s === 'right' ? 'derecha' : 'izquierda')

export const es: Messages = {
  langName: 'Español',
  app: {
    title: 'Kinetic Chain Explorer: cómo sus pies afectan la parte baja de la espalda',
    noWebgl: 'Este navegador no puede dibujar el modelo 3D (WebGL está desactivado o no es compatible).',
    modelFailed: 'No se pudo cargar el modelo 3D.',
    stillWorks: 'La explicación paso a paso de al lado sigue funcionando y muestra los mismos números.',
    loadingControls: 'Cargando los controles…',
    language: 'Idioma',
    canvas:
      'Esqueleto 3D. Las flechas del teclado lo giran, más y menos acercan o alejan; o elija una vista con los botones.',
  },
  views: {
    front: 'De frente',
    back: 'De espaldas',
    side: 'De lado',
    feet: 'Pies',
    lumbar: 'Zona lumbar',
    cameraView: 'Vista de la cámara',
    cameraViews: 'Vistas de la cámara',
    turnedByHand: 'Girado a mano',
  },
  layers: {
    bones: 'Huesos',
    stress: 'Carga articular',
    nerve: 'Nervio ciático',
    muscle: 'Músculos',
    labels: 'Nombres',
  },
  activities: {
    standing: 'De pie',
    walking: 'Caminando',
    running: 'Corriendo',
    'downhill-running': 'Corriendo cuesta abajo',
  },
  footStrikes: { rearfoot: 'Talón primero', forefoot: 'Antepié primero' },
  sides: { left: 'Izquierdo', right: 'Derecho', leftLower: 'izquierdo', rightLower: 'derecho' },
  fields: {
    navicularHeightMm: {
      label: 'Arco (mm)',
      hint: 'Altura del arco plantar: altura del navicular de pie, mm (normal 36–55)',
    },
    calcanealEversionDeg: {
      label: 'Eversión talón (°)',
      hint: 'Eversión del talón: posición del calcáneo en reposo de pie, grados (neutra 2–6; pronación desde 8–10; negativo = invertido)',
    },
    heelHeightMm: {
      label: 'Tacón (mm)',
      hint: 'Altura del tacón: talón por encima de la planta del antepié, mm (0 = descalzo o zapato plano)',
    },
    medialPostDeg: {
      label: 'Cuña plantilla (°)',
      hint: 'Plantilla ortopédica: cuña medial (antipronadora) en el retropié, grados (0 = ninguna; su efecto crece hasta 5°)',
    },
  },
  bands: {
    arch: {
      'very-low': 'arco muy bajo',
      low: 'arco bajo',
      normal: 'arco normal',
      high: 'arco alto',
      'very-high': 'arco muy alto',
    },
    pronation: {
      'highly-supinated': 'muy supinado',
      supinated: 'supinado',
      neutral: 'neutro',
      pronated: 'pronado',
      'highly-pronated': 'muy pronado',
    },
    stress: {
      lower: 'menor que de pie',
      baseline: 'igual que de pie',
      raised: 'aumentada',
      high: 'alta',
    },
    level: { low: 'baja', moderate: 'moderada', high: 'alta' },
    heel: (mm: number) =>
      mm === 0 ? 'plano' : mm < 40 ? 'tacón bajo' : mm < 70 ? 'tacón medio' : 'tacón alto',
    post: (deg: string) => (deg === '0' ? 'sin plantilla' : `plantilla, cuña medial de ${deg}°`),
  },
  presets: {
    heading: 'Empezar desde',
    group: 'Ejemplos',
    own: 'Sus propios ajustes (no es un ejemplo).',
    more: 'Más',
    less: 'Menos',
    aboutPreset: ' sobre este ejemplo',
    labels: {
      neutral: 'Neutro',
      'flat-feet': 'Pies planos',
      'flat-feet-orthotics': 'Pies planos con plantillas',
      'high-arches': 'Arcos altos',
      'right-overpronated': 'Pie derecho con sobrepronación',
      'left-overpronated': 'Pie izquierdo con sobrepronación',
      'high-heels': 'Tacones altos',
      'downhill-running': 'Correr cuesta abajo',
    },
    descriptions: {
      neutral: (n: Num) =>
        `Ambos pies en el rango normal (arco ${n(45)} mm, talón con ${n(4)}° de eversión), de pie: la referencia con la que se compara cada otra vista.`,
      'flat-feet': (n: Num) =>
        `Ambos arcos bajos (${n(30)} mm, rango bajo 27–35) y ambos talones en pronación (${n(10)}° de eversión): las dos piernas giran hacia dentro y la pelvis se inclina hacia delante, lo que extiende la zona lumbar por ambos lados.`,
      'flat-feet-orthotics': (n: Num) =>
        `Los mismos pies planos, de pie, con plantillas ortopédicas con una cuña medial (antipronadora) de ${n(5)}°: la cuña mantiene los talones con menos eversión, así que sube menos giro por la cadena. Sinclair 2017 midió el efecto al correr (eversión máxima ${n(12.4, 1)}° → ${n(10.8, 1)}°); de pie es una suposición, y varía de una persona a otra (Nigg 1999).`,
      'high-arches': (n: Num) =>
        `Ambos arcos altos (${n(60)} mm, rango alto 56–64) con los talones invertidos (${n(-3)}°, supinación): las piernas giran un poco hacia fuera y los pies rígidos amortiguan menos los impactos.`,
      'right-overpronated': (n: Num) =>
        `Arco derecho bajo (${n(30)} mm) y talón derecho con ${n(10)}° de eversión, pie izquierdo neutro: la pierna derecha gira hacia dentro, el lado derecho de la pelvis se inclina hacia delante y baja, y la zona lumbar se dobla hacia la izquierda para mantener el tronco sobre las caderas. El lado derecho de L5–S1 queda en más extensión; el lado izquierdo, cerrado por la inclinación, soporta en total más carga en las facetas articulares (los estudios no aclaran qué lado se carga más). La cadera izquierda, más alta, mantiene más largos su músculo piriforme y su glúteo medio.`,
      'left-overpronated': (n: Num) =>
        `Arco izquierdo bajo (${n(30)} mm) y talón izquierdo con ${n(10)}° de eversión, pie derecho neutro: la imagen en espejo, el lado izquierdo de la zona lumbar en más extensión y el lado derecho cerrado por la inclinación.`,
      'high-heels': (n: Num) =>
        `Pies neutros con tacones de ${n(8)} cm, de pie: el talón sube y el tobillo apunta hacia abajo. La mayoría de los adultos no arquea más la zona lumbar con tacones; la pelvis se inclina un poco hacia atrás (unos ${n(0.2, 1)}° por cm) y los músculos de la espalda trabajan más (Han 2015).`,
      'downhill-running': (n: Num) =>
        `Pies neutros, corriendo cuesta abajo: cada pisada envía unas ${n(2.5, 1)}–${n(3)} veces el peso corporal por las piernas, y cuesta abajo aproximadamente la mitad más, así que llega más impacto a la columna.`,
    },
  },
  toolbar: {
    colourKey: 'Leyenda de colores',
    key: 'Leyenda',
    toTheColours: ' de los colores',
    drawnAnnounce: (k: string) =>
      `Movimientos dibujados ${k}× más grandes para enseñar. Los números son los reales.`,
    drawnShort: (k: string) => `Dibujo ${k}×`,
    drawnShortRest: ' más grande para enseñar; los números son los reales',
    drawnLong: (k: string) => `Dibujo ${k}× más grande · números reales`,
    detailsTitle: (k: string) => `Dibujo ${k}× más grande para enseñar.`,
    details: (k: string) =>
      `El giro de la tibia y del fémur, la inclinación y la torsión de la pelvis y la flexión de cada nivel lumbar se dibujan ${k}× más grandes. El talón, el arco y la caída de la pelvis se dibujan más grandes solo hasta donde pueden llegar un pie y una pelvis reales. Los colores de carga articular se alejan ${k}× más de la posición de pie; los colores del nervio y de los músculos muestran los valores reales.`,
    detailsReal: 'Cada número en pantalla es el real.',
    close: 'Cerrar',
  },
  legend: {
    stress: (k: string | null) => `Carga articular frente a de pie${k === null ? '' : ` (${k}× más fuerte)`}`,
    standing: 'de pie',
    high: 'alta',
    nerve: 'Irritación del nervio ciático',
    calm: 'tranquilo',
    irritated: 'irritado',
    muscle: (pct: string) => `Músculos: más cortos o más largos (±${pct}%)`,
    shorter: 'corto',
    neutral: 'neutro',
    longer: 'largo',
  },
  labels: {
    'L4–L5': 'L4–L5',
    'L5–S1 right': 'L5–S1 derecha',
    'L5–S1 left': 'L5–S1 izquierda',
    Ilium: 'Ilion',
    Piriformis: 'Piriforme',
    'Sciatic nerve': 'Nervio ciático',
    Femur: 'Fémur',
    Tibia: 'Tibia',
    Navicular: 'Navicular',
    Heel: 'Talón',
    Hamstrings: 'Isquiotibiales',
    'Gluteus medius': 'Glúteo medio',
    Iliopsoas: 'Iliopsoas',
    'Quadratus lumborum': 'Cuadrado lumbar',
    'Erector spinae': 'Erector de la columna',
  },
  controls: {
    region: 'Controles de la postura del pie y de la vista',
    heading: 'Pies y actividad',
    band: 'Rango',
    bothFeet: 'Ambos pies',
    leftFoot: 'Pie izquierdo',
    rightFoot: 'Pie derecho',
    show: 'Mostrar',
    activity: 'Actividad',
    footStrike: 'Pisada',
    footStrikeHint:
      'Al correr: qué parte del pie toca primero el suelo (la pisada con el antepié no tiene pico de impacto)',
    exaggerate: 'Exagerar ×',
  },
  feet: {
    foot: (side: Side) => `Pie ${m(side)}:`,
    summary: (mm: string, arch: string, deg: string, inverted: boolean, heel: string, fpi: string) =>
      ` arco ${mm} mm, ${arch}; talón ${deg} ${inverted ? 'en inversión' : 'en eversión'}, ${heel} (equivale a ${String(fpi).replace(' to ', ' a ')})`,
  },
  describe: {
    neutralFeet: 'Pies neutros',
    bothFeet: (w: string) => `Ambos pies: ${w}`,
    rightFoot: (w: string) => `Pie derecho: ${w}`,
    leftFoot: (w: string) => `Pie izquierdo: ${w}`,
    feetApart: (l: string, r: string) => `Pie izquierdo: ${l}; pie derecho: ${r}`,
    pelvisTips: (side: Side, forward: boolean, deg: string) =>
      `el lado ${m(side)} de la pelvis se inclina hacia ${forward ? 'delante' : 'atrás'} ${deg}`,
    mostLoad: (level: string, side: Side, pct: string) =>
      `más carga en ${level} ${f(side)} (${pct} frente a de pie)`,
    facetLoad: (pct: string) => `carga en las facetas ${pct} frente a de pie`,
    noChange: 'ningún cambio cadena arriba',
    line: (feet: string, activity: string | null, what: string) =>
      `${feet}${activity ? ` (${activity.toLowerCase()})` : ''}: ${what}.`,
    turnedByHand: 'girado a mano',
    view: (v: string) => `vista ${v.toLowerCase()}`,
    skeleton: (where: string, line: string) => `Esqueleto 3D, ${where}. ${line}`,
    shin: (side: Side, inward: boolean, tib: string, fem: string) =>
      `Tibia ${f(side)} girada hacia ${inward ? 'dentro' : 'fuera'} ${tib}, fémur ${fem}.`,
    facetStress: (r: string, l: string) =>
      `Carga en las facetas de L5–S1: derecha ${r}, izquierda ${l} frente a de pie.`,
    nerve: (r: string, l: string) => `Irritación del nervio ciático: derecho ${r}, izquierdo ${l}.`,
    drawn: (k: string) => `Movimientos dibujados ${k}× más grandes; los números son los reales.`,
    briefLoad: (level: string, side: Side, pct: string) => `más carga ${level} ${f(side)} ${pct}`,
    briefNone: 'sin carga añadida cadena arriba',
    brief: (feet: string, activity: string | null, effect: string) =>
      `${feet}${activity ? `, ${activity.toLowerCase()}` : ''} · ${effect}`,
    moment: (pct: string, feet: string) => `Al ${pct}% del ciclo, ${feet}.`,
    playing: (activity: string) =>
      `Esqueleto 3D: ${activity.toLowerCase()}. Pause, arrastre la barra del ciclo o avance un paso para oír los números de un momento.`,
  },
  chain: {
    heading: 'Cadena arriba',
    intro:
      'Talón y arco tal como los ajustó; los demás ángulos son cambios desde la posición neutra. Toque un número para ver su fuente.',
    sideHeading: (side: Side) => `Lado ${m(side)}`,
    muscles: (side: Side) => `Músculos del lado ${m(side)}`,
    musclesNote1: 'La postura ',
    musclesHeld: 'mantiene',
    musclesNote2:
      ' los músculos más cortos o más largos, y algunos trabajan más (los de la espalda con tacones); no es el cambio que el tejido muscular hace con los meses. La carga en las facetas tiene dos partes que pueden apuntar a lados distintos: la extensión en el lado más inclinado hacia delante y el lado cóncavo de la inclinación lateral; los estudios no aclaran qué lado se carga más.',
    pelvisHeading: 'Pelvis y carga',
    smallNote:
      'Los tamaños reales son pequeños (unos 1–2° de inclinación pélvica) y algunos estudios no encuentran efecto; la dirección de cada eslabón está respaldada por estudios.',
    whereFrom: 'De dónde sale este número',
    confidence: { high: 'confianza alta', medium: 'confianza media', low: 'confianza baja' },
    from: ' a partir de ',
    assumed: 'Suposición: ',
    disagree: 'Estudios en desacuerdo: ',
    references: 'Referencias',
    referencesNote: ' (de la lista de fuentes del proyecto; con enlace solo donde la lista lo tiene)',
    beyondScale: 'fuera de la escala',
    vsStanding: ' frente a de pie',
    measured: 'Medido en el esqueleto en esta postura',
    measuredText:
      'La longitud del recorrido del músculo por puntos de sus huesos, colocados por los eslabones de abajo (sin coeficiente propio).',
    heel: (side: Side, inverted: boolean) => `Talón ${m(side)} ${inverted ? 'en inversión' : 'en eversión'} `,
    heelAfter: (band: string, mm: string, arch: string) =>
      ` (${band}, según lo ajustado), arco ${mm} mm (${arch}, según lo ajustado)`,
    shoe: 'con zapatos de ',
    shoeValue: (mm: string) => `tacón de ${mm} mm`,
    shoeAfter: ' (el talón elevado, el tobillo apuntando hacia abajo)',
    orthotic: (deg: string) => `→ una plantilla con cuña medial de ${deg}° mantiene el talón `,
    lessEverted: 'con menos eversión en',
    moreEverted: 'con más eversión en',
    asItIs: 'como está',
    orthoticAt: (deg: string, inverted: boolean) => ` (en ${deg}${inverted ? ' de inversión' : ''})`,
    orthoticWalking: ' (al caminar, los estudios no encontraron un efecto constante)',
    tibia: '→ hueso de la pierna (tibia) ',
    femur: '→ hueso del muslo (fémur) ',
    turnedIn: 'girado hacia dentro',
    turnedOut: 'girado hacia fuera',
    notTurned: 'sin girar',
    ilium: (side: Side) => `→ lado ${m(side)} de la pelvis (ilion) `,
    tippedForward: 'inclinado hacia delante',
    tippedBack: 'inclinado hacia atrás',
    level: 'nivelado',
    l5s1: (side: Side) => `→ lado ${m(side)} de L5–S1 `,
    extended: 'en extensión',
    flexed: 'en flexión',
    notBent: 'sin doblar',
    facetStress: (band: string) => `, carga en las facetas articulares ${band} (`,
    moreLess: (more: boolean, other: Side, pct: string) =>
      `; ${more ? 'más' : 'menos'} que el lado ${m(other)}, ${pct}`,
    parts: (ext: string, bend: string) => `; por la extensión ${ext}, por la inclinación lateral ${bend}`,
    piriformis: '→ músculo piriforme ',
    lengthened: 'alargado',
    shortened: 'acortado',
    unchanged: 'sin cambio',
    irritation: (word: string) => `; irritación del nervio ciático ${word} (`,
    ofOne: (x: string) => `${x} de 1`,
    muscleHeld: (name: string) => `${name}: `,
    longerBy: 'más largo en',
    shorterBy: 'más corto en',
    atLength: 'en su longitud',
    ofLength: (pct: string) => ` (${pct} de su longitud)`,
    pelvis: 'Pelvis ',
    notTipped: 'sin inclinar',
    pelvisForward: 'inclinada hacia delante',
    pelvisBack: 'inclinada hacia atrás',
    rightLower: 'lado derecho más bajo en',
    leftLower: 'lado izquierdo más bajo en',
    levelSides: 'nivelada de lado a lado',
    lumbar: 'columna lumbar ',
    bentRight: 'inclinada hacia la derecha en',
    bentLeft: 'inclinada hacia la izquierda en',
    straight: 'recta',
    towardHigh: ' (hacia el lado alto, para mantener el tronco sobre las caderas),',
    twistedRight: 'con torsión (mitad derecha adelantada)',
    twistedLeft: 'con torsión (mitad izquierda adelantada)',
    notTwisted: 'sin torsión',
    footstrike: 'Cada pisada: ',
    bodyWeights: (x: string) => `${x} veces el peso corporal`,
    impact: (peak: string, word: string, index: string) =>
      ` en el apoyo medio, tras un pico de impacto de ${peak} al tocar el suelo con el talón; impacto que llega a la columna: ${word} (${index} de 1).`,
    forefootNoPeak:
      ' en el apoyo medio; pisar con el antepié elimina el pico de impacto, así que llega poco impacto a la columna.',
    midStance: ' en el apoyo medio.',
    backMuscles: 'Músculos de la espalda con tacones: trabajo extra ',
    backMusclesAfter: '; en general la zona lumbar no se arquea más.',
    notes: {
      inputFoot: {
        title: 'Un dato de entrada: el talón y el arco que usted ajustó',
        text: (n: Num) =>
          `Valores absolutos medidos de pie, no cambios desde la posición neutra: la eversión del talón en reposo (posición del calcáneo de pie, grados; negativo = invertido) y la altura del navicular del arco plantar (mm). La posición neutra del modelo es ${n(4)}° y ${n(45)} mm. Las palabras de al lado son rangos clínicos: el arco según Nilsson et al. 2012 (254 adultos: normal 36–55 mm, muy bajo por debajo de 27, muy alto por encima de 64); el talón según el rango clínico neutro de unos 2–6° de eversión (Sobel et al. 1999 midieron adultos sanos en ${n(6.07, 2)} ± ${n(2.7, 1)}°), con los rangos del Foot Posture Index de Redmond et al. 2008. Los rangos son convenciones clínicas: un pie cerca de un límite puede leerse de las dos maneras.`,
      },
      stress: {
        title: 'Un índice definido por este proyecto: carga en las facetas articulares',
        text: (n: Num) =>
          `No es una fuerza medida: la parte de la compresión que soportan las facetas, 16% de pie (Adams & Hutton 1980), que se duplica al final del rango de extensión de un nivel y otra vez al final de su rango de inclinación lateral, con un máximo del 70% (Adams & Hutton 1985), por la carga en el apoyo medio en veces el peso corporal, con un máximo de 1. Se expresa como su cambio respecto a estar de pie en reposo; pasado el extremo de la escala de colores (${n(0.5, 2)}) dice «fuera de la escala». La fórmula está en el README, «How the model works», punto 11 (facet stress index), con cada acoplamiento de abajo. Los estudios no aclaran qué lado se carga más.`,
      },
      irritation: {
        title: 'Un índice definido por este proyecto: irritación del nervio ciático (0 a 1)',
        text: (n: Num, bands: string) =>
          `Un índice para enseñar, no una medición: la mitad es un término de la raíz nerviosa (la carga en las facetas de L4–S1 de ese lado, por la postura) y la otra mitad un término de tensión del músculo piriforme (completo con ${n(8.6, 1)} mm de alargamiento, el alargamiento del recorrido con 20° de rotación interna de la cadera). Ningún estudio da la tensión del nervio por grado de rotación de la cadera. Su palabra sigue el color del nervio dibujado: ${bands}. La fórmula está en el README, «How the model works», punto 13 (sciatic irritation index).`,
      },
      shock: {
        title: 'Un índice definido por este proyecto: impacto que llega a la columna (0 a 1)',
        text: (n: Num, bands: string) =>
          `Un índice para enseñar: el pico de impacto de cada pisada como parte de las ${n(3.08, 2)} veces el peso corporal de correr cuesta abajo, aumentado hasta la mitad en pies lejos de lo neutro (sobrepronación o un arco alto rígido), escalado para que 1 sea el máximo. Ningún estudio da el tamaño de ese aumento. La fórmula está en el README, «How the model works», punto 14 (load). Palabras: ${bands}.`,
      },
      effort: {
        title:
          'Un índice definido por este proyecto: esfuerzo de los músculos de la espalda con tacones (0 a 1)',
        text: (n: Num, bands: string) =>
          `Un índice para enseñar: 0 descalzo o con zapato plano, 1 con el tacón de 8 cm con el que Han 2015 midió más actividad del erector de la columna, y entre ambos crece con el cuadrado de la altura del tacón (Bendix et al. 1984 no encontraron cambio con ${n(4.5, 1)} cm). La fórmula está en el README, «How the model works», punto 15 (back-muscle effort). Palabras: ${bands}.`,
      },
      shoe: {
        title: 'Un dato de entrada: la altura del tacón que usted ajustó',
        text: (n: Num) =>
          `Una altura absoluta en mm, no un cambio desde la posición neutra: el tacón del zapato por encima de la planta del antepié. Los tacones estudiados fueron de ${n(4.5, 1)} cm (Bendix et al. 1984), 5 cm (Franklin et al. 1995), ${n(6.4, 1)} cm (Opila et al. 1988) y 8 cm (Han 2015); por encima de 8 cm el modelo extrapola. Lo que el tacón hace en la pelvis y en los músculos de la espalda está en los pasos de abajo, cada uno con su estudio.`,
      },
    },
    bandBelow: (word: string, x: string) => `${word} por debajo de ${x}`,
    bandFrom: (word: string, x: string) => `${word} desde ${x}`,
  },
  muscles: {
    iliopsoas: 'iliopsoas (flexor de la cadera)',
    rectusFemoris: 'recto femoral (flexor de la cadera)',
    hamstrings: 'isquiotibiales',
    gluteusMediusAnterior: 'glúteo medio, parte delantera',
    gluteusMediusMiddle: 'glúteo medio, parte media',
    gluteusMediusPosterior: 'glúteo medio, parte trasera',
    piriformis: 'músculo piriforme',
    erectorSpinae: 'erector de la columna, lumbar (músculo de la espalda junto a la columna)',
    quadratusLumborum: 'cuadrado lumbar (músculo profundo de la espalda al lado de la columna)',
  },
  share: {
    heading: 'Para llevar a casa',
    handout: 'Hoja para imprimir',
    savePicture: 'Guardar imagen',
    copyLink: 'Copiar enlace',
    copied: 'Enlace copiado.',
    copyFailed: (link: string) => `Copie este enlace: ${link}`,
    noPersonalData: 'La hoja y el enlace guardan los ajustes que se ven, ningún dato personal.',
    fileName: 'cadena-cinetica.png',
  },
  handout: {
    title: 'Cómo sus pies afectan la parte baja de la espalda',
    subtitle: 'Kinetic Chain Explorer: una hoja para llevar a casa',
    pictureAlt: (line: string) => `El esqueleto 3D tal como se mostró: ${line}`,
    pictureLoading: 'Dibujando la imagen…',
    pictureFailed: 'La imagen no se pudo dibujar en este navegador; el texto de abajo dice lo mismo.',
    chain: 'La cadena, paso a paso',
    heel: (side: Side, deg: string, inverted: boolean, band: string, mm: string, arch: string) =>
      `Talón ${m(side)} ${inverted ? 'en inversión' : 'en eversión'} ${deg} (${band}), arco ${mm} mm (${arch}).`,
    legs: (side: Side, tib: string, fem: string) =>
      `Pierna ${f(side)}: hueso de la pierna (tibia) ${tib}; hueso del muslo (fémur) ${fem}.`,
    pelvis: (tilt: string, obliquity: string) => `Pelvis ${tilt}; ${obliquity}.`,
    back: (side: Side, change: string) =>
      `Zona lumbar (L5–S1, lado ${m(side)}): carga en las articulaciones ${change} frente a estar de pie.`,
    nerve: (side: Side, word: string, index: string) =>
      `Nervio ciático, lado ${m(side)}: irritación ${word} (${index} de 1).`,
    disclaimer:
      'Información, no un diagnóstico. Los números vienen de estudios publicados en grupos de personas; los suyos pueden ser distintos. Háblelo con su profesional de la salud.',
    qr: 'Escanee para volver a abrir esta vista',
    noPersonalData:
      'El código y el enlace guardan solo los ajustes que se ven aquí: ningún nombre, ningún dato personal.',
    sources: 'Fuentes',
    clinic: 'Su clínica',
    print: 'Imprimir o guardar como PDF',
  },
  tour: {
    play: 'Reproducir',
    pause: 'Pausa',
    resume: 'Continuar',
    next: 'Siguiente eslabón',
    previous: 'Eslabón anterior',
    restart: 'Volver a empezar',
    close: 'Cerrar el recorrido',
    playChain: '▶ Recorrer la cadena',
    playChainShort: '▶ Cadena',
    playChainLabel: 'Recorrer la cadena',
    invitation: 'Vea cómo un pie derecho plano sube hasta la parte baja de la espalda, eslabón por eslabón.',
    invitationAction: '▶ Recorrer la cadena',
    invitationDismiss: 'Ahora no',
    playHint: 'Un eslabón cada vez, del pie hacia arriba, con los pies tal como están ajustados.',
    stepOf: (i: string, total: string, link: string) => `${i} de ${total}: ${link}`,
    linkName: {
      foot: 'pie',
      tibia: 'espinilla (tibia)',
      femur: 'muslo (fémur)',
      pelvis: 'pelvis',
      lumbar: 'parte baja de la espalda',
      nerve: 'nervio ciático y músculo piriforme',
      muscles: 'otros músculos',
    },
    shortcutHint: 'Atajo: P reproduce o pausa; [ y ] cambian de eslabón',
    stillsHint: 'Movimiento reducido: cada eslabón es una imagen fija; pulse Siguiente para avanzar.',
    region: 'Recorrer la cadena',
    confidence: { high: 'confianza alta', medium: 'confianza moderada', low: 'confianza baja' },
    change: {
      heel: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambos talones se ${up ? 'evierten' : 'invierten'} ${x}`
          : `El talón ${m(side)} se ${up ? 'evierte' : 'invierte'} ${x}`,
      arch: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambos arcos plantares ${up ? 'suben' : 'bajan'} ${x}`
          : `El arco plantar ${m(side)} ${up ? 'sube' : 'baja'} ${x}`,
      leg: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambas piernas quedan funcionalmente más ${up ? 'cortas' : 'largas'} en ${x}`
          : `La pierna ${f(side)} queda funcionalmente más ${up ? 'corta' : 'larga'} en ${x}`,
      shin: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambas tibias giran hacia ${up ? 'dentro' : 'fuera'} ${x}`
          : `La tibia ${f(side)} gira hacia ${up ? 'dentro' : 'fuera'} ${x}`,
      shinTurned: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambas tibias, giradas hacia ${up ? 'dentro' : 'fuera'} ${x}`
          : `La tibia ${f(side)}, girada hacia ${up ? 'dentro' : 'fuera'} ${x}`,
      thigh: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambos fémures giran hacia ${up ? 'dentro' : 'fuera'} ${x}`
          : `El fémur ${m(side)} gira hacia ${up ? 'dentro' : 'fuera'} ${x}`,
      ilium: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambos lados de la pelvis se inclinan hacia ${up ? 'delante' : 'atrás'} ${x}`
          : `El lado ${m(side)} de la pelvis se inclina hacia ${up ? 'delante' : 'atrás'} ${x}`,
      lowBack: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambos lados de la zona lumbar se ${up ? 'extienden' : 'aplanan'} ${x}`
          : `El lado ${m(side)} de la zona lumbar se ${up ? 'extiende' : 'aplana'} ${x}`,
      piriformis: (side: Side | 'both', up: boolean, x: string) =>
        side === 'both'
          ? `Ambos músculos piriformes se ${up ? 'alargan' : 'acortan'} ${x}`
          : `El músculo piriforme ${m(side)} se ${up ? 'alarga' : 'acorta'} ${x}`,
    },
    and: ' y ',
    step: (from: string, to: string, cite: string) => `${from} → ${to} (${cite}).`,
    cite: (who: string, confidence: string) => `${who}, ${confidence}`,
    footNeutral: 'Los pies están en posición neutra: nada cambia en el pie, así que nada sube por la cadena.',
    legsKeep: 'las piernas conservan su longitud',
    pelvisDrops: (deg: string, right: boolean) =>
      `; la pelvis baja ${deg} del lado ${right ? 'derecho' : 'izquierdo'}`,
    heels: 'Los talones',
    shinNone: (cite: string) => `Sin cambios en la espinilla: los talones no se movieron (${cite}).`,
    shins: 'Las tibias',
    thighNone: (cite: string) => `Sin cambios en el muslo (${cite}).`,
    pelvisNone: (cite: string) => `Sin cambios en la pelvis (${cite}).`,
    thighsTurning: (inward: boolean) => `Los muslos, al girar hacia ${inward ? 'dentro' : 'fuera'}`,
    pelvisTilts: (forward: boolean, deg: string) =>
      `; toda la pelvis se inclina hacia ${forward ? 'delante' : 'atrás'} ${deg}`,
    pelvisTwists: (deg: string) => ` y rota ${deg}`,
    lumbarNone: (cite: string) => `Sin cambios en la parte baja de la espalda (${cite}).`,
    pelvisTipping: 'La pelvis, al inclinarse',
    lumbarLevels: (change: string) => `${change} (L1–S1)`,
    facetStress: (level: string, rises: boolean, x: string) =>
      `; la carga de las facetas en ${level} ${rises ? 'sube' : 'baja'} ${x}`,
    piriformisKeeps: 'El músculo piriforme conserva su longitud',
    irritation: (side: Side, now: string, rest: string) =>
      `el índice de irritación del nervio ciático ${m(side)} marca ${now} (${rest} con pies neutros)`,
    musclesNone: 'Los demás músculos conservan su longitud: sin cambios.',
    muscles: (side: Side, name: string, longer: boolean, pct: string, confidence: string) =>
      `Los músculos siguen a los huesos: el que más cambia, ${name} (lado ${m(side)}), se ${longer ? 'alarga' : 'acorta'} ${pct}% (medido en el esqueleto en postura, ${confidence}).`,
    compare: 'Comparar con',
    compareOptions: { off: 'Nada', neutral: 'Pies neutros', barefoot: 'Los mismos pies descalzos' },
    compareHint: 'Un esqueleto transparente muestra la postura de referencia en el mismo lugar.',
    compareTable: {
      caption: 'Ahora frente a la referencia',
      what: 'Eslabón',
      now: 'Ahora',
      reference: { neutral: 'Pies neutros', barefoot: 'Descalzo' },
    },
    compareNoChange: 'Ningún eslabón difiere de la referencia.',
    rows: {
      eversion: (side: Side) => `Eversión del talón ${m(side)}`,
      tibia: (side: Side) => `Tibia ${f(side)} girada hacia dentro`,
      femur: (side: Side) => `Fémur ${m(side)} girado hacia dentro`,
      ilium: (side: Side) => `Lado ${m(side)} de la pelvis inclinado hacia delante`,
      shortening: (side: Side) => `Pierna ${f(side)} funcionalmente más corta`,
      lumbar: (side: Side) => `Lado ${m(side)} de la zona lumbar extendido (L1–S1)`,
      piriformis: (side: Side) => `Músculo piriforme ${m(side)} más largo`,
      irritation: (side: Side) => `Índice de irritación del nervio ciático ${m(side)}`,
      tilt: 'Pelvis inclinada hacia delante',
      obliquity: 'Pelvis más baja a la derecha',
    },
  },
  gait: {
    controls: 'Ciclo de la marcha',
    play: 'Reproducir',
    pause: 'Pausa',
    stepBack: 'Paso atrás',
    stepForward: 'Paso adelante',
    scrub: 'Momento del ciclo de la marcha',
    speed: 'Velocidad',
    speedValue: (scale: string) => `${scale}×`,
    position: (percent: string, phase: string) => `${percent}% del ciclo: ${phase}`,
    bothFeet: 'los dos pies en el suelo',
    rightFoot: 'pie derecho en el suelo',
    leftFoot: 'pie izquierdo en el suelo',
    flight: 'los dos pies en el aire',
    reducedMotion:
      'El movimiento está reducido en este dispositivo: pulse reproducir o arrastre la barra para recorrer el ciclo.',
    moment: (pct: string, feet: string) =>
      `Al ${pct}% del ciclo (${feet}): el movimiento normal más lo que añaden los pies, en este momento.`,
    momentForces: (right: string, left: string) =>
      `Bajo los pies: derecho ${right}, izquierdo ${left} pesos corporales.`,
    momentPlaying: 'Pause o arrastre la barra para leer un momento.',
    toPeak: (side: Side) => `Ir al pico del apoyo medio del pie ${m(side)}`,
    exaggeration:
      'Al caminar o correr, solo la cadena de la postura del pie (lo que los pies añaden al movimiento normal) se dibuja más grande; el movimiento normal de caminar o correr se dibuja tal como se midió.',
  },
  shock: {
    toggle: 'Gráfica del ciclo',
    chartTitle: 'Un ciclo de la marcha, desde el choque del talón derecho',
    chartClose: 'Cerrar la gráfica del ciclo',
    loading: 'Cargando la gráfica…',
    legendGhost: { neutral: 'Pies neutros', barefoot: 'Descalzos' },
    panels: {
      eversion: 'Eversión del retropié (°)',
      l5s1: 'Carga facetaria L5–S1 (índice 0–1)',
      force: 'Fuerza vertical (pesos corporales)',
    },
    cursor: 'Momento del ciclo de la marcha',
    cursorValue: (pct: string) => `${pct}% del ciclo`,
    moments: {
      'early stance': 'apoyo inicial',
      'mid-stance': 'apoyo medio',
      'late stance': 'apoyo final',
      standing: 'de pie',
    },
    footIn: (side: Side, moment: string) => `pie ${m(side)} en ${moment}`,
    footInAir: (side: Side) => `pie ${m(side)} en el aire (balanceo)`,
    peaks: (what: string, list: string) => `${what}, picos: ${list}.`,
    peakAt: (side: Side, value: string, pct: string, moment: string) =>
      `${m(side)} ${value} al ${pct}% del ciclo (${moment})`,
    describe: {
      eversion: 'Eversión del retropié',
      l5s1: 'Carga facetaria L5–S1',
      force: 'Fuerza vertical',
    },
    ghostNote: {
      neutral: 'Líneas grises tenues: el mismo ciclo con pies neutros.',
      barefoot: 'Líneas grises tenues: el mismo ciclo con los mismos pies descalzos.',
    },
    standingNote: 'De pie: no hay ciclo de la marcha que graficar.',
    pulseLegend:
      'Brillo: el impacto de cada pisada subiendo pie → tibia → fémur → pelvis → columna lumbar, y apagándose a medida que las piernas lo absorben. Su intensidad en el pie es la fuerza del impacto (medida); cuánto llega a cada nivel es una suposición (confianza baja), y lo menos seguro es que un pie plano o uno rígido dejen pasar más.',
    pulseKey:
      'Anillo naranja: el impacto de cada pisada subiendo por la pierna (intensidad medida, hasta dónde llega supuesto)',
    pulseOrthotic:
      'La plantilla no cambia el brillo: una cuña medial dejó igual el impacto en la tibia (Sinclair 2017).',
    pulseStill: 'Movimiento reducido: el brillo se queda quieto en el momento al que lleve la barra.',
    pulseStrength: (side: Side, bw: string) => `Pisada ${f(side)}: ${bw} pesos corporales en el impacto`,
  },
  sources: SOURCES_ES,
  muscleNotes: MUSCLE_NOTES_ES,
  symptoms: {
    heading: 'Qué puede pasar y qué puede ayudar',
    disclaimer: 'Información, no un diagnóstico.',
    follow: 'Síntomas que pueden aparecer',
    calm: 'Con estos pies, de pie o caminando, el modelo muestra pocos cambios cadena arriba. El dolor de espalda tiene muchas otras causas.',
    backPain:
      'Dolor en la parte baja de la espalda (lumbalgia); rara vez dolor en la parte alta de la espalda o en el cuello',
    hip: 'Tensión, debilidad o espasmo muscular alrededor de la cadera y la nalga',
    numbness: (side: Side | null) =>
      `Entumecimiento u hormigueo por la parte de atrás de la pierna${side ? ` ${f(side)}` : ''} (irritación del nervio ciático)`,
    heels:
      'Músculos de la espalda cansados y adoloridos después de estar mucho tiempo de pie con tacones altos',
    running: (downhill: boolean) =>
      `Dolor que aumenta al correr${downhill ? ', sobre todo cuesta abajo' : ''}: cada pisada sube más carga por las piernas`,
    help: 'Qué puede ayudar',
    exercise: 'Ejercicio',
    exerciseText:
      ': un programa estructurado (fortalecimiento, estiramientos o ejercicio en grupo) es el primer tratamiento que recomiendan las guías para el dolor lumbar, con o sin ciática; mantenerse activo ayuda.',
    orthotics: 'Plantillas ortopédicas',
    orthoticsText: (shown: boolean) =>
      ` (soportes de arco de farmacia o hechos a medida, una cuña medial en el talón)${shown ? ', como aquí,' : ''} limitan cuánto se inclina el talón hacia dentro y pueden ayudar con los síntomas del pie y de la pierna cuando el arco es la causa. Para el dolor lumbar en sí, NICE desaconseja las plantillas.`,
    cushioned: 'Zapatos con amortiguación',
    cushionedText: ': los pies rígidos de arco alto absorben menos el impacto de cada paso.',
    footwear: 'Calzado',
    footwearText: (heels: boolean) =>
      `: zapatos que den soporte, con tacón bajo; ${heels ? 'los tacones altos, como aquí, hacen trabajar más a los músculos de la espalda' : 'los tacones muy altos añaden carga'}.`,
    landing: 'Cómo pisa el pie',
    landingText: (rearfoot: boolean, downhill: boolean) =>
      `: ${rearfoot ? 'reeducar la pisada (apoyar más cerca del antepié no tiene pico de impacto)' : 'pisar con el antepié, como aquí, no tiene pico de impacto'}${downhill ? '; zancadas más cortas y correr menos cuesta abajo mientras duela' : ''}.`,
    clinician: 'Lo que un profesional de la salud puede considerar',
    clinicianText:
      ': antiinflamatorios; relajantes musculares; masaje u otra terapia manual, mejor junto con ejercicio; descompresión no quirúrgica (tracción), que NICE no recomienda para el dolor lumbar; cirugía solo cuando hay daño en los discos o en los nervios. Pregunte a un profesional de la salud o a un farmacéutico antes de tomar cualquier medicamento.',
    urgentHeading: 'Busque atención urgente',
    urgent:
      'Vaya ahora a urgencias si el dolor de espalda viene con entumecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos; dificultad nueva para orinar o evacuar, o para retener la orina o las heces; o debilidad en las dos piernas, o en una pierna que empeora. Consulte pronto a un médico si viene con fiebre, pérdida de peso sin explicación, antecedentes de cáncer, o después de una caída o una lesión. Un dolor de espalda que no se quita es motivo para consultar a un profesional de la salud.',
    sources:
      'Fuentes: guía NICE NG59, Low back pain and sciatica in over 16s (2016, actualizada en 2020); las señales de alarma de cauda equina de Greenhalgh, Finucane, Mercer y Selfe; la historia del pie a la espalda de este explorador (su cadena de arriba, con las fuentes de cada número).',
  },
}
