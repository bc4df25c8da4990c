import { apiRequest } from '@client/sync';
import type { CityCoverage, KelurahanCoverage, RwCoverage } from '@shared/coverage/api';

/** Query keys and fetchers of the dashboards (GET /api/coverage/…, docs/api.md). */
export const dashboardKeys = {
  all: ['coverage'] as const,
  city: () => ['coverage', 'city'] as const,
  kelurahan: (code: string) => ['coverage', 'kelurahan', code] as const,
  rw: (code: string, rw: number) => ['coverage', 'kelurahan', code, 'rw', rw] as const,
};

const enc = encodeURIComponent;

export const dashboardApi = {
  city: () => apiRequest<CityCoverage>('/api/coverage/city'),
  kelurahan: (code: string) => apiRequest<KelurahanCoverage>(`/api/coverage/kelurahan/${enc(code)}`),
  rw: (code: string, rw: number) =>
    apiRequest<RwCoverage>(`/api/coverage/kelurahan/${enc(code)}/rw/${rw}`),
};
