import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/content-security-policy';
import { progressiveWebApp } from './scripts/progressive-web-app';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), progressiveWebApp()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, strictPort: true },
  test: {
    // d3-flextree's main file is UMD; let Vite load its ES module entry, as the app build does.
    server: { deps: { inline: ['d3-flextree'] } },
    // Property tests run hundreds of cases; on a busy 2-core machine 5 s is too tight a budget.
    testTimeout: 15_000,
    // Vitest's default on 2 cores is one worker; most of a run is setting up jsdom and importing
    // modules, not CPU, so two run the suite in about half the time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
