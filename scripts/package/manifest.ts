// The element's Custom Elements Manifest (custom-elements.json, schema 2.1.0), the file editors, Storybook
// and documentation tools read to know a web component's attributes, properties, events and parts. Written
// from the input descriptor table (src/state/schema.ts), so it names exactly what the element observes;
// test/embed/manifest.test.ts checks it against the element itself.
import { CONTROLS_MODES, INPUTS, type InputDescriptor } from '../../src/state/schema'

const TAG = 'kinetic-chain-explorer'
const CLASS = 'KineticChainExplorerElement'
const MODULE = 'dist/kinetic-chain-explorer.js'

/** Attributes of the element itself, not inputs of the explorer. */
const ELEMENT_ATTRIBUTES = [
  {
    name: 'controls',
    fieldName: 'controls',
    type: CONTROLS_MODES.map((m) => `'${m}'`).join(' | '),
    default: "'minimal'",
    description:
      'full: the control panel inside the widget; minimal: presets and views only; none: the 3D alone.',
  },
  {
    name: 'loading',
    fieldName: 'loading',
    type: "'lazy' | 'eager'",
    default: "'lazy'",
    description: 'lazy: a picture until the widget is scrolled into view or clicked; eager: load at once.',
  },
  {
    name: 'explorer-url',
    fieldName: 'explorerUrl',
    type: 'string',
    description:
      'The full explorer a narrow widget links to, in the same state; default index.html beside the script; empty: no link.',
  },
  {
    name: 'share-url',
    fieldName: 'shareUrl',
    type: 'string',
    description:
      'Where Copy link and the handout’s QR code point (the site’s own explorer page); default index.html beside the script.',
  },
  {
    name: 'clinic',
    fieldName: 'clinic',
    type: 'string',
    description: 'A clinic name and contact line for the handout (text only; never markup).',
  },
]

const TS_TYPE: Record<string, string> = {
  preset: 'PresetId',
  activity: 'Activity',
  footStrike: 'FootStrike',
  view: 'CameraView',
  compare: 'CompareMode',
  tour: 'TourMode',
}
const typeOf = (d: InputDescriptor): string =>
  d.kind === 'choice'
    ? d.options.map((o) => `'${o}'`).join(' | ')
    : d.kind === 'layers' || d.kind === 'lang'
      ? 'string'
      : d.kind === 'flag'
        ? 'boolean'
        : 'number'
const describe = (d: InputDescriptor): string =>
  d.kind === 'foot'
    ? `${d.side} foot: ${d.spec.hint}; valid ${d.spec.limit.min}..${d.spec.limit.max} ${d.spec.limit.unit}.`
    : `${d.doc[0]!.toUpperCase()}${d.doc.slice(1)}.`

/** The element's shadow parts (src/embed/element.ts sets `part` on each). */
const PARTS: Record<string, string> = {
  widget: 'The whole widget: the 3D stage and, in a narrow widget, the summary under it.',
  stage: 'The 3D stage.',
  brief: 'A narrow widget’s summary: the posture in one line, “information, not a diagnosis”, the link.',
  'brief-line': 'The summary’s line of posture.',
  'brief-foot': 'The summary’s second line: the disclaimer and the link.',
  'brief-note': '“Information, not a diagnosis.”',
  'brief-open': 'The link that opens the full explorer in the same state.',
  poster: 'The picture shown before the 3D loads (a button that loads it).',
  'poster-image': 'The poster’s image.',
  cta: 'The poster’s “View in 3D” label.',
  status: 'The progress shown while loading: its bar and its words.',
  bar: 'The progress bar’s track.',
  'bar-fill': 'The progress bar’s fill.',
  label: 'The progress bar’s words.',
  error: 'The message shown when the 3D cannot run here.',
  logo: 'Where the `logo` slot sits on the poster (top left).',
  toolbar: 'The toolbar over the 3D: views, the exaggeration notice, the colour key.',
  panel: 'The side panel (presets, the chain in words, the controls) in a wide widget.',
  legend: 'The colour key, when open.',
}

/** Slots a host can fill, as model-viewer has. */
const SLOTS: Record<string, string> = {
  poster: 'The picture shown before the 3D loads (replaces the skeleton picture).',
  logo: 'The clinic’s logo or title, on the poster.',
  'progress-bar': 'The progress bar while the 3D loads.',
}

/** CSS custom properties a host sets on the element (they cross into its shadow root). */
const CSS_PROPERTIES: Record<string, string> = {
  '--kce-accent':
    'Buttons pressed, links, the progress bar and the poster’s button (default #2459a6 / #1d4ed8).',
  '--kce-ink': 'Text colour (default #1f2937).',
  '--kce-muted': 'Secondary text (default #4b5563).',
  '--kce-bg': 'Background of the stage and panel (default #f4f6f9).',
  '--kce-card': 'Background of the panel’s cards (default #ffffff).',
  '--kce-line': 'Borders (default #d5dbe3).',
  '--kce-focus': 'Focus rings (default #b45309).',
}

export function customElementsManifest() {
  const attributes = [
    ...INPUTS.map((d) => ({
      name: d.param,
      fieldName: d.property,
      type: { text: typeOf(d) },
      description: describe(d),
    })),
    ...ELEMENT_ATTRIBUTES.map((a) => ({
      name: a.name,
      fieldName: a.fieldName,
      type: { text: a.type },
      description: a.description,
      ...(a.default ? { default: a.default } : {}),
    })),
  ]
  const fields = attributes.map((a) => ({
    kind: 'field',
    name: a.fieldName,
    type: { text: `${TS_TYPE[a.fieldName] ?? a.type.text} | null` },
    description: a.description,
    attribute: a.name,
    reflects: true,
  }))
  const methods = [
    [
      'activate',
      'Promise<void>',
      'Loads the 3D now, as a click on the poster does; resolves when it is ready.',
    ],
    ['setInputs', 'string[]', 'Applies an InputPatch; invalid fields are ignored and returned as warnings.'],
    [
      'getState',
      'ExplorerSnapshot | null',
      'Current inputs, view, layers and a pose summary; null until ready.',
    ],
    [
      'play',
      'void',
      'Walking and running: plays the gait cycle (model-viewer’s convention); fires play. No effect while standing.',
    ],
    ['pause', 'void', 'Pauses the gait cycle where it is; fires pause.'],
    [
      'playChain',
      'Promise<{ completed: boolean }>',
      'Plays the chain a link at a time; resolves after the last link’s hold, or with completed false when stopped or played again.',
    ],
    ['pauseChain', 'void', 'Pauses the chain tour where it is.'],
    ['stepChain', 'void', 'Shows one link of the chain (0-based).'],
    [
      'openHandout',
      'void',
      'Opens the print-ready handout (handout.html beside the script) in a new tab, with a QR code back to the same view.',
    ],
  ].map(([name, ret, description]) => ({
    kind: 'method',
    name,
    return: { type: { text: ret } },
    description,
  }))
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: MODULE,
        declarations: [
          {
            kind: 'class',
            name: CLASS,
            tagName: TAG,
            customElement: true,
            description:
              'In-browser 3D explorer of how the foot’s arch and pronation travel up the kinetic chain to the lower back, with cited numbers.',
            superclass: { name: 'HTMLElement' },
            attributes,
            members: [...fields, ...methods],
            events: [
              {
                name: 'ready',
                type: { text: 'CustomEvent<void>' },
                description: 'The first 3D frame is on screen.',
              },
              {
                name: 'change',
                type: { text: 'CustomEvent<ExplorerSnapshot>' },
                description: 'Inputs or view changed, by the user or by code.',
              },
              {
                name: 'error',
                type: { text: 'CustomEvent<{ message: string }>' },
                description: 'The 3D could not load or run; the element shows a message instead.',
              },
              {
                name: 'chainstep',
                type: { text: 'CustomEvent<ChainStepDetail>' },
                description: 'A link of the chain tour began: { index, link, total, caption }.',
              },
              {
                name: 'play',
                type: { text: 'CustomEvent<PlaybackEventDetail>' },
                description:
                  'Walking and running: the gait cycle began playing (button, play(), autoplay, kce:play): { cycle }.',
              },
              {
                name: 'pause',
                type: { text: 'CustomEvent<PlaybackEventDetail>' },
                description:
                  'The gait cycle stopped (button, pause(), a step, scrubbing, standing, kce:pause): { cycle }.',
              },
            ],
            cssParts: Object.entries(PARTS).map(([name, description]) => ({ name, description })),
            slots: Object.entries(SLOTS).map(([name, description]) => ({ name, description })),
            cssProperties: Object.entries(CSS_PROPERTIES).map(([name, description]) => ({
              name,
              description,
            })),
          },
        ],
        exports: [
          { kind: 'js', name: CLASS, declaration: { name: CLASS, module: MODULE } },
          { kind: 'custom-element-definition', name: TAG, declaration: { name: CLASS, module: MODULE } },
        ],
      },
    ],
  }
}
