/**
 * The tiles of an area for offline use: which `{z}/{x}/{y}` cover a box at each zoom, their
 * URLs as Leaflet asks for them (same subdomain), and a size estimate before downloading.
 */
/** The service worker's tile caches (src/sw/strategies.ts RUNTIME_CACHES): seen, downloaded. */
export const TILE_CACHE = 'pintu-map-tiles';
export const AREA_TILE_CACHE = 'pintu-map-tiles-area';

export type Box = { west: number; south: number; east: number; north: number };
export type TileCoord = { z: number; x: number; y: number };

/** The zooms a volunteer walks at: the kelurahan (13) down to single houses (18). */
export const OFFLINE_ZOOMS = { min: 13, max: 18 } as const;

/** A 256 px raster tile of a town, PNG, on average (OSM-style tiles of Bekasi: 10–30 KB). */
export const TYPICAL_TILE_BYTES = 20_000;

const lngToX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};

/** Every tile covering `box` at zooms min..max, shallow zooms first. */
export function tilesOf(box: Box, min: number = OFFLINE_ZOOMS.min, max: number = OFFLINE_ZOOMS.max): TileCoord[] {
  const tiles: TileCoord[] = [];
  for (let z = min; z <= max; z++) {
    const [x0, x1] = [lngToX(box.west, z), lngToX(box.east, z)];
    const [y0, y1] = [latToY(box.north, z), latToY(box.south, z)];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.push({ z, x, y });
  }
  return tiles;
}

/** A box around points, grown by `metres` on each side (the streets around the last houses). */
export function boxAround(points: readonly { lat: number; lng: number }[], metres = 150): Box {
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const dLat = metres / 111_320;
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const dLng = dLat / Math.cos((midLat * Math.PI) / 180);
  return {
    west: Math.min(...lngs) - dLng,
    south: Math.min(...lats) - dLat,
    east: Math.max(...lngs) + dLng,
    north: Math.max(...lats) + dLat,
  };
}

/** The URL Leaflet's TileLayer requests for a tile (its subdomain rule), so the cache matches. */
export function tileUrl(template: string, { z, x, y }: TileCoord, subdomains = 'abc'): string {
  return template
    .replace('{s}', subdomains[Math.abs(x + y) % subdomains.length]!)
    .replace('{z}', String(z))
    .replace('{x}', String(x))
    .replace('{y}', String(y))
    .replace('{r}', '');
}

/** Whether `bytes` fit in what the browser still grants this site, keeping a fifth free. */
export function fitsQuota(bytes: number, estimate: { quota?: number; usage?: number }): boolean {
  if (estimate.quota === undefined) return true;
  return bytes <= (estimate.quota - (estimate.usage ?? 0)) * 0.8;
}
