import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Three layers of tests (docs/architecture.md, Conventions 12): the core and data in Node; scene and DOM
// components in happy-dom; what a person sees in the system Chromium through playwright-core, against a
// fresh build. A fourth project rebuilds the model and compares bytes.
//
// One `vitest run` runs them in three steps (sequence.groupOrder), each with the machine to itself:
//   0. node and dom, side by side (a few seconds);
//   1. browser: one Chromium, one file at a time (SwiftShader draws on the CPU);
//   2. models: the byte-for-byte rebuild of public/models/skeleton.glb, one meshing thread per core.
// The rebuild never runs beside the browser tests, whose timing it would otherwise disturb.
//
// Every project extends this root config (without `extends: true` an inline project takes none of it).
// No test asserts a wall-clock time (budgets are `npm run bench`), and none sleeps: they wait on a signal
// with expect.poll or waitForFunction, with timeouts sized for software rendering on two busy cores.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    expect: { poll: { timeout: 60_000, interval: 100 } },
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [
            'test/browser/**',
            'test/scene/**',
            'test/ui/**',
            'test/embed/**',
            'test/models/determinism.test.ts',
          ],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'dom',
          include: [
            'test/scene/**/*.test.{ts,tsx}',
            'test/ui/**/*.test.{ts,tsx}',
            'test/embed/**/*.test.{ts,tsx}',
          ],
          environment: 'happy-dom',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/support/globalSetup.ts'],
          // One Chromium at a time: this machine has two cores and SwiftShader renders on the CPU.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'models',
          include: ['test/models/determinism.test.ts'],
          environment: 'node',
          // A full generation: about 40 s on two cores, more on one.
          testTimeout: 600_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
})
