// Flat config: typescript-eslint strict rules plus the layer rules of shared/design/architecture.md.
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

/** A layer may not import these (architecture.md, "must never import"). */
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
    ['src/kinematics/**'],
    [...FRAMEWORKS, '**/scene/**', '**/ui/**', '**/state/**', '**/embed/**'],
    'The kinematic core is pure TypeScript: no react, three, DOM libraries or app layers.',
  ),
  layer(
    ['src/anatomy/**'],
    [...FRAMEWORKS, '**/kinematics/**', '**/scene/**', '**/ui/**', '**/state/**', '**/embed/**'],
    'Anatomy is data only.',
  ),
  layer(
    ['src/state/**'],
    ['three', 'three/*', '@react-three/*', '**/scene/**', '**/ui/**', '**/embed/**'],
    'State may not import three or the scene.',
  ),
  layer(
    ['src/scene/**'],
    ['**/ui/**', '**/embed/**'],
    'The scene may not import the DOM UI or the embed layer.',
  ),
  layer(['src/ui/**'], ['**/scene/**', '**/embed/**'], 'The UI may not reach into scene internals.'),
)
