import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs so the build works from any sub-path of a clinic's site.
  base: './',
  build: {
    // Clinics still use older iPads: Safari 15 (iPadOS 15) is the floor.
    target: ['es2020', 'safari15', 'chrome100', 'firefox100'],
    sourcemap: false,
  },
})
