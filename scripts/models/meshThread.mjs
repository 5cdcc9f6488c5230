// Entry of a meshing thread (scripts/models/build.ts): registers tsx's loader in this thread, then runs the
// TypeScript worker. A worker thread inherits neither tsx's loader (npm run build:models) nor Vitest's
// (test/models/determinism.test.ts), so it brings its own.
import { register } from 'tsx/esm/api'

register()
await import('./meshWorker.ts')
