import { apiRequest } from '@client/sync';
import type { CityCoverage, KelurahanCoverage, RwCoverage } from '@shared/coverage/api';
import type { IsoDate } from '@shared/dates';

/**
 * Query keys and fetchers of the dashboards (GET /api/coverage/…, docs/api.md). `date`: the
 * figures as of the end of that past day by vaccination date; null for the current ones.
 */
export const dashboardKeys = {
  all: ['coverage'] as const,
  city: () => ['coverage', 'city'] as const,
  kelurahan: (code: string, date: IsoDate | null = null) =>
    date ? (['coverage', 'kelurahan', code, { date }] as const) : (['coverage', 'kelurahan', code] as const),
  rw: (code: string, rw: number, date: IsoDate | null = null) =>
    date
      ? (['coverage', 'kelurahan', code, 'rw', rw, { date }] as const)
      : (['coverage', 'kelurahan', code, 'rw', rw] as const),
};

const enc = encodeURIComponent;
const onDate = (date: IsoDate | null) => (date ? `?date=${date}` : '');

export const dashboardApi = {
  city: () => apiRequest<CityCoverage>('/api/coverage/city'),
  kelurahan: (code: string, date: IsoDate | null = null) =>
    apiRequest<KelurahanCoverage>(`/api/coverage/kelurahan/${enc(code)}${onDate(date)}`),
  rw: (code: string, rw: number, date: IsoDate | null = null) =>
    apiRequest<RwCoverage>(`/api/coverage/kelurahan/${enc(code)}/rw/${rw}${onDate(date)}`),
};
