// Generated from docs/sources.md by npm run docs:references: do not edit (test/docs/references.test.ts).
// Each study: its heading there, and its reference as text and [link text, address] pairs.
export type RefPart = string | readonly [string, string]

export const REFERENCES: readonly { key: string; parts: readonly RefPart[] }[] = [
  {
    key: 'Pinto 2008',
    parts: [
      'Pinto RZA, Souza TR, Trede RG, Kirkwood RN, Figueiredo EM, Fonseca ST. Bilateral and unilateral increases in calcaneal eversion affect pelvic alignment in standing position. Manual Therapy 2008;13(6):513–519. ',
      ['doi:10.1016/j.math.2007.06.004', 'https://doi.org/10.1016/j.math.2007.06.004'],
    ],
  },
  {
    key: 'Khamis and Yizhar 2007',
    parts: [
      'Khamis S, Yizhar Z. Effect of feet hyperpronation on pelvic alignment in a standing position. Gait & Posture 2007;25(1):127–134. PMID ',
      ['16621569', 'https://pubmed.ncbi.nlm.nih.gov/16621569/'],
      ', ',
      ['doi:10.1016/j.gaitpost.2006.02.005', 'https://doi.org/10.1016/j.gaitpost.2006.02.005'],
    ],
  },
  {
    key: 'Duval 2010',
    parts: [
      'Duval K, Lam T, Sanderson D. The mechanical relationship between the rearfoot, pelvis and low-back. Gait & Posture 2010;32(4):637–640. PMID ',
      ['20889344', 'https://pubmed.ncbi.nlm.nih.gov/20889344/'],
    ],
  },
  {
    key: 'Betsch 2011',
    parts: [
      'Betsch M, Schneppendahl J, Dor L, et al. (authors and pages recalled, unverified) Influence of foot positions on the spine and pelvis. Arthritis Care & Research 2011;63(12):1758–1765. ',
      ['doi:10.1002/acr.20601', 'https://doi.org/10.1002/acr.20601'],
    ],
  },
  {
    key: 'Young 2000',
    parts: [
      'Young RS, et al. (author recalled, unverified) Effect of simulating leg length inequality on pelvic torsion and trunk mobility. Gait & Posture 2000;11(3):217–223. PMID ',
      ['10802434', 'https://pubmed.ncbi.nlm.nih.gov/10802434/'],
    ],
  },
  {
    key: 'Cummings 1993',
    parts: [
      'Cummings G, Scholz JP, Barnes K. (authors recalled, unverified) The effect of imposed leg length difference on pelvic bone symmetry. Spine 1993;18(3):368–373.',
    ],
  },
  {
    key: 'Tateuchi 2011',
    parts: [
      'Tateuchi H, et al. (initials and co-authors recalled, unverified) Effects of calcaneal eversion on three-dimensional kinematics of the hip, pelvis and thorax in unilateral weight bearing. Human Movement Science 2011;30(3):566–573. PMID ',
      ['21459469', 'https://pubmed.ncbi.nlm.nih.gov/21459469/'],
    ],
  },
  {
    key: 'Ghasemi 2016',
    parts: [
      'Ghasemi MS, Koohpayehzadeh J, Kadkhodaei H, Ehsani AA. The effect of foot hyperpronation on spine alignment in standing position. Med J Islam Repub Iran 2016;30:1225–1231 (as printed on the journal page). ',
      ['PMC5419241', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5419241/'],
      ', PMID ',
      ['28491841', 'https://pubmed.ncbi.nlm.nih.gov/28491841/'],
      ', ',
      ['journal page', 'https://mjiri.iums.ac.ir/article-1-4179-en.html'],
    ],
  },
  {
    key: 'Farokhmanesh 2014',
    parts: [
      'Farokhmanesh K, Shirzadian T, Mahboubi M, Shahri MN. Effect of foot hyperpronation on lumbar lordosis and thoracic kyphosis in standing position using 3-dimensional ultrasound-based motion analysis system. Glob J Health Sci 2014;6(5):254–260. ',
      ['PMC4825482', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4825482/'],
    ],
  },
  {
    key: 'Fischer 2018',
    parts: [
      'Fischer KM, Willwacher S, Arndt A, Brüggemann G-P. Calcaneal adduction and eversion are coupled to talus and tibial rotation. J Anat 2018;233(1):64–72. ',
      ['PMC5987802', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5987802/'],
    ],
  },
  {
    key: 'Sinclair 2017',
    parts: [
      'Sinclair J. Effects of medial and lateral orthoses on kinetics and tibiocalcaneal kinematics in male runners. Foot Ankle Online J 2017;10(4):1.',
    ],
  },
  {
    key: 'Nigg 1993',
    parts: [
      'Nigg BM, Cole GK, Nachbauer W. Effects of arch height of the foot on angular motion of the lower extremities in running. J Biomech 1993;26(8):909–916. PMID ',
      ['8349716', 'https://pubmed.ncbi.nlm.nih.gov/8349716/'],
    ],
  },
  {
    key: 'Williams 2001',
    parts: [
      'Williams DS, McClay IS, Hamill J, Buchanan TS. Lower extremity kinematic and kinetic differences in runners with high and low arches. J Appl Biomech 2001;17(2):153.',
    ],
  },
  {
    key: 'Wahmkow 2017',
    parts: [
      'Wahmkow G, Cassel M, Mayer F, Baur H. Effects of different medial arch support heights on rearfoot kinematics. PLoS One (year 2017 recalled, unverified). ',
      ['doi:10.1371/journal.pone.0172334', 'https://doi.org/10.1371/journal.pone.0172334'],
      ', ',
      ['PMC5336196', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5336196/'],
    ],
  },
  {
    key: 'Nigg 1999',
    parts: ['Nigg et al. 1999. (The notes give no fuller reference.)'],
  },
  {
    key: 'Stacoff 2000',
    parts: [
      'Stacoff A, Nigg BM, Reinschmidt C, van den Bogert AJ, Lundberg A. (author list recalled, unverified) Movement coupling at the ankle during the stance phase of running. Foot Ankle Int 2000;21(3). ',
      ['doi:10.1177/107110070002100309', 'https://doi.org/10.1177/107110070002100309'],
    ],
  },
  {
    key: 'Kim 2023',
    parts: [
      'Kim et al. 2023 (first author not verified). Effect of hind- and fore-foot eversion on positional and rotational displacement of the knee in standing posture. Healthcare 2023;11(22):2931. ',
      ['doi:10.3390/healthcare11222931', 'https://doi.org/10.3390/healthcare11222931'],
      " (Not in the project's research notes. Title, journal, DOI and abstract were read on a mirror of the journal's article page and in a publication index; the pages read show the authors' affiliations (Rhin Rehabilitation Hospital; the Catholic University of Korea) but not their names, so \"Kim\" is unverified.)",
    ],
  },
  {
    key: 'Levine and Whittle 1996',
    parts: [
      'Levine D, Whittle MW. The effects of pelvic movement on lumbar lordosis in the standing position. J Orthop Sports Phys Ther (JOSPT) 1996;24(3):130–135. PMID ',
      ['8866271', 'https://pubmed.ncbi.nlm.nih.gov/8866271/'],
    ],
  },
  {
    key: 'Delisle 1997',
    parts: [
      'Delisle, Gagnon & Sicard (authors recalled, unverified). Effect of pelvic tilt on lumbar spine geometry. IEEE Trans Rehabil Eng 1997.',
    ],
  },
  {
    key: 'Youdas 1996',
    parts: [
      'Youdas JW, et al. Lumbar lordosis and pelvic inclination of asymptomatic adults. Phys Ther 1996;76:1066–1081.',
    ],
  },
  {
    key: 'Sci Rep 2022',
    parts: [
      'Scientific Reports 2022, standing segmental lordosis in 324 subjects (authors and title not recorded in the notes). ',
      ['nature.com/articles/s41598-022-21840-x', 'https://www.nature.com/articles/s41598-022-21840-x'],
      ' (Table 2)',
    ],
  },
  {
    key: 'PMC6680033',
    parts: [
      'Lumbar alignment of 627 asymptomatic volunteers, standing and recumbent (title not on the excerpt read). ',
      ['PMC6680033', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6680033/'],
      ' (anatomy source S17)',
    ],
  },
  {
    key: 'Barrey',
    parts: [
      'Barrey et al., as quoted in Eur Spine J 2019. ',
      ['doi:10.1007/s00586-019-05955-w', 'https://doi.org/10.1007/s00586-019-05955-w'],
    ],
  },
  {
    key: 'Christophy 2012',
    parts: [
      "Christophy M, Faruk Senan NA, Lotz JC, O'Reilly OM. A musculoskeletal model for the lumbar spine. Biomech Model Mechanobiol 2012;11(1–2):19–34 (reference from a bibliographic record, not from the notes). Skeleton read from ",
      [
        'mjhmilla/kinematicPassengerModel@5096f5537c26',
        'https://github.com/mjhmilla/kinematicPassengerModel/blob/5096f5537c26/models/Christophy2012_axialRotationUpd_skeletonOnly.osim',
      ],
      ' (anatomy source S6); its motion rhythm via MyoTorso (',
      ['MyoHub/myo_sim', 'https://github.com/MyoHub/myo_sim'],
      ', torso/assets/myotorso_assets.xml).',
    ],
  },
  {
    key: 'Pearcy 1984',
    parts: ['Pearcy M, Portek I, Shepherd J (author list recalled, unverified). Spine 1984;9(3):294–297.'],
  },
  {
    key: 'Adams and Hutton 1980',
    parts: [
      'Adams MA, Hutton WC. J Bone Joint Surg Br 1980;62(3):358–362. PMID ',
      ['6447702', 'https://pubmed.ncbi.nlm.nih.gov/6447702/'],
    ],
  },
  {
    key: 'Adams and Hutton 1985',
    parts: [
      'Adams MA, Hutton WC. The effect of posture on the lumbar spine. J Bone Joint Surg Br, pp. 625–626 (year and volume, 1985;67-B(4), recalled, unverified).',
    ],
  },
  {
    key: 'Adams 1994',
    parts: ['Adams MA, McNally DS, Chinn H, Dolan P. Clin Biomech 1994;9(1):5–14.'],
  },
  {
    key: 'Wilke 1999',
    parts: ['Wilke H-J, et al. Spine 1999;24(8):755–762.'],
  },
  {
    key: 'Nilsson 2012',
    parts: [
      'Nilsson MK, et al. (authors recalled, unverified; the anatomy notes list the same study as "Nielsen et al. 2012"). Classification of the height and flexibility of the medial longitudinal arch of the foot. J Foot Ankle Res 2012;5:3, Table 3. ',
      ['PMC3354337', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3354337/'],
      ' (anatomy source S27)',
    ],
  },
  {
    key: 'Nielsen 2009',
    parts: [
      'Nielsen RG, Rathleff MS, Simonsen OH, Langberg H. J Foot Ankle Res 2009;2:12. ',
      ['doi:10.1186/1757-1146-2-12', 'https://doi.org/10.1186/1757-1146-2-12'],
      ' (anatomy source S28)',
    ],
  },
  {
    key: 'Redmond 2008',
    parts: [
      'Redmond AC, Crane YZ, Menz HB (authors recalled, unverified). Normative values for the Foot Posture Index. J Foot Ankle Res 2008;1(1):6. PMID ',
      ['18822155', 'https://pubmed.ncbi.nlm.nih.gov/18822155/'],
    ],
  },
  {
    key: 'Sobel 1999',
    parts: [
      'Sobel et al. 1999, as quoted by podiapaedia.org (RCSP page). (The notes give no fuller reference.)',
    ],
  },
  {
    key: 'Keller 1996',
    parts: ['Keller TS, Weisberger AM, Ray JL, Hasan SS, Shiavi RG, Spengler DM. Clin Biomech 1996;11(5).'],
  },
  {
    key: 'Cavanagh and Lafortune 1980',
    parts: ['Cavanagh PR, Lafortune MA. J Biomech 1980;13:397–406.'],
  },
  {
    key: 'Gottschall and Kram 2005',
    parts: ['Gottschall JS, Kram R. J Biomech 2005;38:445–452.'],
  },
  {
    key: 'Lieberman 2010',
    parts: ['Lieberman et al. Nature 2010. (The notes give no fuller reference.)'],
  },
  {
    key: 'Derrick, Hamill and Caldwell 1998',
    parts: [
      'Derrick TR, Hamill J, Caldwell GE. Energy absorption of impacts during running at various stride lengths. Med Sci Sports Exerc 1998;30(1):128–135. Full text',
    ],
  },
  {
    key: 'Shorten and Winslow 1992',
    parts: [
      'Shorten MR, Winslow DS. Spectral analysis of impact shock during running. Int J Sport Biomech 1992;8:288–304.',
    ],
  },
  {
    key: 'Franklin 1995',
    parts: [
      'Franklin ME, Chenier TC, Brauninger L, Cook H, Harris S. J Orthop Sports Phys Ther 1995;21(2):94–99.',
    ],
  },
  {
    key: 'Bendix 1984',
    parts: ['Bendix T, Sørensen SS, Klausen K. Spine 1984;9(2):223–227.'],
  },
  {
    key: 'Opila 1988',
    parts: ['Opila KA, et al. Spine 1988;13(5):542–547.'],
  },
  {
    key: 'Michoński 2019',
    parts: [
      'Michoński J, et al. Int J Environ Res Public Health (IJERPH) 2019;16:4556. ',
      ['PMC6888429', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6888429/'],
    ],
  },
  {
    key: 'Russell 2010',
    parts: [
      'Russell BS. J Chiropr Med 2010;9(4):166–173. ',
      ['PMC3206568', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3206568/'],
    ],
  },
  {
    key: 'Han 2015',
    parts: ['Han 2015. (The notes give no fuller reference.)'],
  },
  {
    key: 'de Oliveira Pezzan 2011',
    parts: ['de Oliveira Pezzan et al. 2011. (The notes give no fuller reference.)'],
  },
  {
    key: 'Delp 1999',
    parts: [
      'Delp SL, Hess WE, Hungerford DS, Jones LC. Variation of rotation moment arms with hip flexion. J Biomech 1999;32:493–501.',
    ],
  },
  {
    key: 'Breig and Troup 1979',
    parts: [
      'Breig A, Troup JDG. Biomechanical considerations in the straight-leg-raising test: cadaveric and clinical studies of the effects of medial hip rotation. (Spine 1979;4:242 recalled, unverified.)',
    ],
  },
  {
    key: 'Poutoglidou 2020',
    parts: [
      'Poutoglidou F, et al. Cureus 2020;12(11):e11531. ',
      ['PMC7746330', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7746330/'],
    ],
  },
  {
    key: 'Delp 1990',
    parts: [
      'Delp SL, Loan JP, Hoy MG, Zajac FE, Topp EL, Rosen JM. An interactive graphics-based model of the lower extremity to study orthopaedic surgical procedures. IEEE Trans Biomed Eng 1990;37(8):757–767 (reference from a bibliographic record, not from the notes). The OpenSim gait2392 model (with Anderson & Pandy 1999 and Yamaguchi & Zajac 1989; CC BY 3.0 per its credits field), read from ',
      [
        'opensim-org/opensim-models@20a888b9655e',
        'https://github.com/opensim-org/opensim-models/tree/20a888b9655e',
      ],
      ', Models/Gait2392Simbody/gait2392thelen2003muscle.osim (anatomy sources S1, S2, S4).',
    ],
  },
  {
    key: 'Rajagopal 2016',
    parts: [
      'Rajagopal A, Dembia CL, DeMers MS, Delp DD, Hicks JL, Delp SL. Full-body musculoskeletal model for muscle-driven simulation of human gait. IEEE Trans Biomed Eng 2016;63(10):2068–2079 (recalled, unverified). Read as RajagopalLaiUhlrich2023 in ',
      [
        'opensim-org/opensim-models@20a888b9655e',
        'https://github.com/opensim-org/opensim-models/tree/20a888b9655e',
      ],
      ', Models/Rajagopal/ (anatomy sources S3, S5), and as MyoLegs in ',
      ['MyoHub/myo_sim', 'https://github.com/MyoHub/myo_sim'],
      ' (commit 2cef885, leg/assets/).',
    ],
  },
  {
    key: 'Hamner 2010',
    parts: [
      'Hamner, Seth & Delp 2010. Marker-based inverse kinematics of running, read from Pipelines/Hamner/outputReference/ResultsIK/subject02runningik.mot in ',
      [
        'opensim-org/opensim-models@20a888b9655e',
        'https://github.com/opensim-org/opensim-models/tree/20a888b9655e',
      ],
      '. The walking cycle of the same notes is Tutorials/IntrotoMusculoskeletal_Modeling/normal.mot there (gait2392; Delp 1990, Anderson & Pandy 1999).',
    ],
  },
  {
    key: 'Panjabi 1992',
    parts: ['Panjabi 1992 (recalled, unverified; the notes give no fuller reference).'],
  },
  {
    key: 'Yazdani 2019',
    parts: ['Yazdani et al. 2019. (The notes give no fuller reference.)'],
  },
  {
    key: 'White and Panjabi 1990',
    parts: [
      'White AA, Panjabi MM. Clinical Biomechanics of the Spine, 2nd ed. Philadelphia: Lippincott, 1990.',
    ],
  },
  {
    key: 'NICE NG59',
    parts: [
      'National Guideline Centre. Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59. London: National Institute for Health and Care Excellence; published 30 November 2016, updated 11 December 2020. <https://www.nice.org.uk/guidance/ng59>. Summary: Bernstein IA, Malik Q, Carville S, Ward S. Low back pain and sciatica: summary of NICE guidance. BMJ 2017;356:i6748, ',
      ['doi:10.1136/bmj.i6748', 'https://doi.org/10.1136/bmj.i6748'],
      ' (author list recalled, unverified).',
    ],
  },
  {
    key: 'Cauda equina warning signs',
    parts: [
      'The cauda equina syndrome warning card by Greenhalgh S, Finucane L, Mercer C, Selfe J (consultant physiotherapists; as used by NHS trusts in the UK). (Read on NHS trust pages; no journal reference in the notes.)',
    ],
  },
]
