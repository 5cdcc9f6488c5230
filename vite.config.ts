import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** The custom element's script: a stable name at the root of dist/, so a clinic's <script src> never changes. */
export const ELEMENT_ENTRY = 'kinetic-chain-explorer'

/** Ships the hand-written declarations of the element next to its script (dist/kinetic-chain-explorer.d.ts). */
function elementTypes(): Plugin {
  return {
    name: 'kce-element-types',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: `${ELEMENT_ENTRY}.d.ts`,
        source: readFileSync(here('./src/embed/kinetic-chain-explorer.d.ts'), 'utf8'),
      })
    },
  }
}

/** Dev server: the pages' `<script src="./kinetic-chain-explorer.js">` is the element's source. */
function elementDevAlias(): Plugin {
  return {
    name: 'kce-element-dev-alias',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.split('?')[0] === `/${ELEMENT_ENTRY}.js`) req.url = '/src/embed/element.ts'
        next()
      })
    },
  }
}

// The embed pages load the explorer through src/app/mountExplorer; until that lands, build the app alone
// so that everyone else's build keeps working.
const embedInputs: Record<string, string> = existsSync(here('./src/app/mountExplorer.tsx'))
  ? {
      embed: here('./embed.html'),
      example: here('./example.html'),
      configure: here('./configure.html'),
      [ELEMENT_ENTRY]: here('./src/embed/element.ts'),
    }
  : {}

export default defineConfig({
  plugins: [react(), elementTypes(), elementDevAlias()],
  // Relative asset URLs so the build works from any sub-path of a clinic's site; dynamic chunks of the
  // element's script then resolve against the script's own URL.
  base: './',
  build: {
    // Clinics still use older iPads: Safari 15 (iPadOS 15) is the floor.
    target: ['es2020', 'safari15', 'chrome100', 'firefox100'],
    sourcemap: false,
    rollupOptions: {
      // Multi-page: the app, the iframe page, the example host page, and the element's script.
      input: {
        index: here('./index.html'),
        // The take-home handout (issue 17): beside the app, so the element's openHandout() finds it too.
        handout: here('./handout.html'),
        ...embedInputs,
      },
      // Pages' code keeps hashed names; only the element's script has a fixed name.
      output: {
        entryFileNames: (chunk) =>
          chunk.name === ELEMENT_ENTRY ? `${ELEMENT_ENTRY}.js` : 'assets/[name]-[hash].js',
      },
      // An entry's exports must survive: a host page may `import { KineticChainExplorerElement }` from the script.
      preserveEntrySignatures: 'exports-only',
    },
  },
})
