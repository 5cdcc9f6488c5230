import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Three layers of tests (shared/design/style.md §12): the core and data in Node; scene and DOM components
// in happy-dom; what a person sees in the system Chromium through playwright-core, against a fresh build.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/scene/**', 'test/ui/**', 'test/embed/**'],
          environment: 'node',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          include: [
            'test/scene/**/*.test.{ts,tsx}',
            'test/ui/**/*.test.{ts,tsx}',
            'test/embed/**/*.test.{ts,tsx}',
          ],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/support/globalSetup.ts'],
          // One Chromium at a time: this machine has two cores and SwiftShader renders on the CPU.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
