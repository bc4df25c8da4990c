/**
 * GET /api/map/tiles: where the map's background tiles come from (server configuration:
 * TILE_URL, TILE_ATTRIBUTION, TILE_BULK_DOWNLOAD). `bulkDownload` says whether the tile server
 * allows an area to be downloaded for offline use; the public OpenStreetMap servers never do.
 */
export type TileConfig = {
  /** Leaflet URL template: `{z}/{x}/{y}`, optionally `{s}` for subdomains a, b, c. */
  url: string;
  /** HTML, shown in the map's corner (the tile server's licence asks for it). */
  attribution: string;
  bulkDownload: boolean;
  /** The deepest zoom the server has. */
  maxZoom: number;
};

export const OSM_TILES: TileConfig = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  bulkDownload: false,
  maxZoom: 19,
};

/** The OpenStreetMap Foundation's tile servers, whose usage policy forbids bulk downloading. */
export function isPublicOsm(url: string): boolean {
  const host = /^https?:\/\/([^/]+)\//i.exec(url)?.[1]?.toLowerCase() ?? '';
  return host === 'openstreetmap.org' || host.endsWith('.openstreetmap.org');
}
