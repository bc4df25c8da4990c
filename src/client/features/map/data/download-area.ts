import { AREA_TILE_CACHE, fitsQuota, tileUrl, TYPICAL_TILE_BYTES, type TileCoord } from './tile-area';

export type Progress = { done: number; total: number; bytes: number; failed: number };

const PARALLEL = 4;

/**
 * Fetches the tiles into the area cache, which the service worker serves before anything else
 * and never expires. `cache: 'no-store'` keeps the worker's own runtime cache out of it (so
 * each tile is stored once). Already stored tiles are skipped: a second run resumes.
 */
export async function downloadArea(
  template: string,
  coords: readonly TileCoord[],
  onProgress: (p: Progress) => void,
): Promise<Progress> {
  const estimate = (await navigator.storage?.estimate?.()) ?? {};
  if (!fitsQuota(coords.length * TYPICAL_TILE_BYTES, estimate)) {
    throw new Error('Ruang penyimpanan ponsel tidak cukup untuk peta wilayah ini.');
  }
  const cache = await caches.open(AREA_TILE_CACHE);
  const progress: Progress = { done: 0, total: coords.length, bytes: 0, failed: 0 };
  onProgress({ ...progress });
  let next = 0;
  const worker = async () => {
    while (next < coords.length) {
      const url = tileUrl(template, coords[next++]!);
      try {
        if (!(await cache.match(url))) {
          const response = await fetch(url, { mode: 'cors', cache: 'no-store' });
          if (!response.ok) throw new Error(String(response.status));
          const body = await response.clone().arrayBuffer();
          await cache.put(url, response);
          progress.bytes += body.byteLength;
        }
      } catch {
        progress.failed++;
      }
      progress.done++;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return progress;
}
