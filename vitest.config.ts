import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests are seeded (fast-check) so a failure reproduces.
    testTimeout: 30_000,
  },
})
