import { apiRequest } from '@client/sync';
import type { CityCoverage, HouseholdPoints, KelurahanCoverage } from '@shared/coverage/api';
import type { TileConfig } from '@shared/coverage/tiles';

/**
 * The map's data: the city and kelurahan answers (the same query keys as the dashboards, so
 * one cached and persisted copy serves both), households with a GPS point, and the boundaries, served by
 * the app as a static file (the service worker keeps it for offline).
 */
export const mapKeys = {
  city: () => ['coverage', 'city'] as const,
  kelurahan: (code: string) => ['coverage', 'kelurahan', code] as const,
  households: (code: string) => ['coverage', 'kelurahan', code, 'households'] as const,
  rwHouseholds: (code: string, rw: number) =>
    ['coverage', 'kelurahan', code, 'rw', rw, 'households'] as const,
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
  households: (code: string) =>
    apiRequest<HouseholdPoints>(`/api/coverage/kelurahan/${encodeURIComponent(code)}/households`),
  rwHouseholds: (code: string, rw: number) =>
    apiRequest<HouseholdPoints>(
      `/api/coverage/kelurahan/${encodeURIComponent(code)}/rw/${rw}/households`,
    ),
  tiles: () => apiRequest<TileConfig>('/api/map/tiles'),
  boundaries: async (): Promise<Boundaries> => {
    const response = await fetch(BOUNDARIES_URL);
    if (!response.ok) throw new Error('Batas wilayah tidak dapat dimuat.');
    return (await response.json()) as Boundaries;
  },
};
