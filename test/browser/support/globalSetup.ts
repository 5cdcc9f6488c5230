// Builds the app once and serves it on a free loopback port for the browser tests (support/build.ts).
import type {} from 'vitest'
import type { TestProject } from 'vitest/node'
import { serveBuild } from './build'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
  }
}

export default async function setup(project: TestProject) {
  const served = await serveBuild('kce-dist-')
  project.provide('baseUrl', served.url)
  project.provide('distDir', served.outDir)
  return served.close
}
