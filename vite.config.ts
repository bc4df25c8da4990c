import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/client/pwa/manifest.ts';
import { precompress } from './scripts/vite-precompress.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Import aliases, the same as the `paths` in tsconfig.base.json. */
export const aliases = {
  '@shared': here('./src/shared'),
  '@client': here('./src/client'),
  '@server': here('./src/server'),
  '@sw': here('./src/sw'),
};

export default defineConfig({
  resolve: { alias: aliases },
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The app registers the worker itself (src/client/pwa) to ask before reloading.
      injectRegister: false,
      manifest,
      injectManifest: {
        // Vite 8 otherwise emits an ES-module worker that Chromium refuses to evaluate.
        rollupFormat: 'iife',
        // wasm: the QR scanner's decoder (ZXing), so scanning works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,wasm}'],
      },
      devOptions: { enabled: false },
    }),
    precompress(),
  ],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/healthz': 'http://localhost:8080' },
  },
});
