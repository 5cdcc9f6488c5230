// Flat config: typescript-eslint strict rules plus the layer rules of docs/architecture.md#layers-and-what-each-may-import.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const FRAMEWORKS = [
  'react',
  'react-dom',
  'react-dom/*',
  'three',
  'three/*',
  '@react-three/*',
  'leva',
  'zustand',
  'zustand/*',
]

/** Another layer of src/, as a barrel ('../kinematics') or deep ('../kinematics/types') import. */
const layers = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`])
const THREE = ['three', 'three/*', '@react-three/*']

/** A layer may not import these (docs/architecture.md, "must never import"). */
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
})

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/anatomy/**'],
    [...FRAMEWORKS, ...layers('kinematics', 'state', 'scene', 'ui', 'app', 'embed')],
    'Anatomy is data only.',
  ),
  layer(
    ['src/kinematics/**'],
    [...FRAMEWORKS, ...layers('state', 'scene', 'ui', 'app', 'embed')],
    'The kinematic core is pure TypeScript: no react, three, DOM libraries or app layers.',
  ),
  layer(
    ['src/state/**'],
    [...THREE, 'leva', ...layers('scene', 'ui', 'app', 'embed')],
    'State holds the vocabulary and the store: no three, leva, scene, UI, app or embed.',
  ),
  layer(
    ['src/scene/**'],
    [...layers('ui', 'app', 'embed')],
    'The scene may not import the DOM UI, the app or the embed layer.',
  ),
  layer(
    ['src/ui/**'],
    [...THREE, ...layers('scene', 'app', 'embed')],
    'The DOM UI reads the store and the pose: no three, @react-three, scene, app or embed.',
  ),
  layer(
    ['src/i18n/**'],
    [
      ...THREE,
      'leva',
      'zustand',
      'zustand/*',
      ...layers('kinematics', 'state', 'scene', 'ui', 'app', 'embed'),
    ],
    'The dictionaries are words and number formats only: no three, leva, store or other layer.',
  ),
  layer(['src/app/**'], layers('embed'), 'The app may not import the embed layer (nothing imports embed).'),
)
