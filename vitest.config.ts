import { defineConfig } from 'vitest/config';
import { aliases } from './vite.config.ts';

/** Unit and integration tests run in Node; browser behaviour is tested in tests/e2e. */
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
