import { apiRequest } from '@client/sync';
import type { CityCoverage, KelurahanCoverage } from '@shared/coverage/api';
import type { HouseholdPointDetails, HouseholdPointsCompact } from '@shared/coverage/map-points';
import type { TileConfig } from '@shared/coverage/tiles';

/**
 * The map's data: the city and kelurahan answers (the same query keys as the dashboards, so
 * one cached and persisted copy serves both), households with a GPS point, and the boundaries, served by
 * the app as a static file (the service worker keeps it for offline).
 */
export const mapKeys = {
  city: () => ['coverage', 'city'] as const,
  kelurahan: (code: string) => ['coverage', 'kelurahan', code] as const,
  households: (code: string, rw?: number) =>
    rw === undefined
      ? (['coverage', 'kelurahan', code, 'households'] as const)
      : (['coverage', 'kelurahan', code, 'rw', rw, 'households'] as const),
  details: (code: string, rw?: number) => [...mapKeys.households(code, rw), 'details'] as const,
  boundaries: () => ['boundaries', 'kelurahan'] as const,
  tiles: () => ['map', 'tiles'] as const,
};

const householdsUrl = (code: string, rw: number | undefined, part: 'points' | 'details') =>
  `/api/coverage/kelurahan/${encodeURIComponent(code)}${rw === undefined ? '' : `/rw/${rw}`}/households?part=${part}`;

const started = new Map<string, { at: number; answer: Promise<HouseholdPointsCompact> }>();

/**
 * Begins fetching the houses of a map while its code (Leaflet, ~45 KB gzip) still loads, so
 * the two come in parallel on a slow network; the map's query then takes this answer.
 */
export function startEarly(code: string, rw?: number): void {
  const url = householdsUrl(code, rw, 'points');
  const early = started.get(url);
  if (early && Date.now() - early.at < 10_000) return;
  const answer = apiRequest<HouseholdPointsCompact>(url);
  answer.catch(() => undefined); // the query reports it, if it takes it
  started.set(url, { at: Date.now(), answer });
}

export const BOUNDARIES_URL = '/data/bekasi-kelurahan.geojson';

export type KelurahanFeature = {
  type: 'Feature';
  properties: { code: string; name: string; kecamatan_name: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] };
};
export type Boundaries = { type: 'FeatureCollection'; features: KelurahanFeature[] };

export const mapApi = {
  city: () => apiRequest<CityCoverage>('/api/coverage/city'),
  kelurahan: (code: string) =>
    apiRequest<KelurahanCoverage>(`/api/coverage/kelurahan/${encodeURIComponent(code)}`),
  /** What the map draws, the compact part (taken from `startEarly` when it began it). */
  households: (code: string, rw?: number) => {
    const url = householdsUrl(code, rw, 'points');
    const early = started.get(url);
    started.delete(url);
    return early && Date.now() - early.at < 10_000
      ? early.answer
      : apiRequest<HouseholdPointsCompact>(url);
  },
  details: (code: string, rw?: number) =>
    apiRequest<HouseholdPointDetails>(householdsUrl(code, rw, 'details')),
  tiles: () => apiRequest<TileConfig>('/api/map/tiles'),
  boundaries: async (): Promise<Boundaries> => {
    const response = await fetch(BOUNDARIES_URL);
    if (!response.ok) throw new Error('Batas wilayah tidak dapat dimuat.');
    return (await response.json()) as Boundaries;
  },
};
