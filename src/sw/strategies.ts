import { ExpirationPlugin } from 'workbox-expiration';
import { createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { APP_SHELL_URL } from './to-cache';

/** Paths the server answers itself, never with the app shell. */
const SERVER_PATHS = [/^\/api\//, /^\/healthz$/];

/** Navigations get the precached index.html, online or not, so the app opens at once. */
export function registerAppShellNavigation(): void {
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL(APP_SHELL_URL), { denylist: SERVER_PATHS }),
  );
}

/** Cache names, so a later issue (and the backup screen) can find and measure them. */
export const RUNTIME_CACHES = {
  tiles: 'pintu-map-tiles',
  /** Tiles of an area the user downloaded for offline (the map's "unduh"): never expired. */
  areaTiles: 'pintu-map-tiles-area',
  boundaries: 'pintu-boundaries',
};

/**
 * Map tiles by their `{z}/{x}/{y}` path, on any host (the map issue picks the tile server).
 * A volunteer walks the same RW every day: keep what was seen, never refetch it.
 */
export const TILE_PATTERN = /\/\d{1,2}\/\d+\/\d+(@2x)?\.(png|jpe?g|webp|pbf|mvt)$/;

/** Boundary data (kelurahan, RW) served by the app under /data/ as GeoJSON or JSON. */
export const BOUNDARY_PATTERN = /^\/data\/.+\.(geo)?json$/;

/**
 * Runtime caching. Tiles: cache first, bounded (about 30 MB of 256 px tiles) and dropped when
 * the device runs short of space, so they never crowd out the field data in IndexedDB.
 * Boundaries: the cached copy at once, refreshed in the background, since they rarely change.
 */
export function registerRuntimeCaching(): void {
  const seenTiles = new CacheFirst({
    cacheName: RUNTIME_CACHES.tiles,
    plugins: [
      new ExpirationPlugin({
        maxEntries: 2_000,
        maxAgeSeconds: 30 * 24 * 60 * 60,
        purgeOnQuotaError: true,
      }),
    ],
  });
  registerRoute(
    // A `no-store` request is the map downloading an area into its own cache: straight through.
    ({ url, request }) =>
      request.method === 'GET' && request.cache !== 'no-store' && TILE_PATTERN.test(url.pathname),
    async (options) =>
      (await caches.match(options.request, { cacheName: RUNTIME_CACHES.areaTiles })) ??
      seenTiles.handle(options),
  );
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && BOUNDARY_PATTERN.test(url.pathname),
    new StaleWhileRevalidate({ cacheName: RUNTIME_CACHES.boundaries }),
  );
}
