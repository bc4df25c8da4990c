import type { PrecacheEntry } from 'workbox-precaching';

/**
 * The page every navigation falls back to. A precached file: the build's index.html mounts
 * the router, which draws whatever route was asked for.
 */
export const APP_SHELL_URL = 'index.html';

/**
 * What to precache: every file of the build that matches `injectManifest.globPatterns` in
 * vite.config.ts (JavaScript, CSS, HTML, icons, the web manifest, the QR decoder's
 * WebAssembly), lazy route chunks
 * included, since a volunteer may open any screen for the first time while offline.
 * Source maps and data files (GeoJSON, JSON under /data/) are left out on purpose: maps are
 * not needed to run and boundary data is cached at run time (strategies.ts).
 */
export function appShell(entries: readonly (PrecacheEntry | string)[]): (PrecacheEntry | string)[] {
  return entries.filter((entry) => {
    const url = typeof entry === 'string' ? entry : entry.url;
    return !url.endsWith('.map');
  });
}
