import { apiRequest } from '@client/sync';
import type { CityCoverage, KelurahanCoverage } from '@shared/coverage/api';
import type { HouseholdPointDetails, HouseholdPointsCompact } from '@shared/coverage/map-points';
import type { TileConfig } from '@shared/coverage/tiles';
import { householdsUrl, takeEarly } from './early';

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
  households: (code: string, rw?: number) =>
    takeEarly(code, rw) ?? apiRequest<HouseholdPointsCompact>(householdsUrl(code, rw, 'points')),
  details: (code: string, rw?: number) =>
    apiRequest<HouseholdPointDetails>(householdsUrl(code, rw, 'details')),
  tiles: () => apiRequest<TileConfig>('/api/map/tiles'),
  boundaries: async (): Promise<Boundaries> => {
    const response = await fetch(BOUNDARIES_URL);
    if (!response.ok) throw new Error('Batas wilayah tidak dapat dimuat.');
    return (await response.json()) as Boundaries;
  },
};
