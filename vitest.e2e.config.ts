import { defineConfig } from 'vitest/config';
import { aliases } from './vite.config.ts';

/** End-to-end tests: the built PWA served by the real server, driven in Debian's Chromium. */
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    passWithNoTests: true,
  },
});
