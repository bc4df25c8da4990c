import { apiRequest } from '@client/sync';
import type { CityCoverage } from '@shared/coverage/api';
import type { IsomanList } from '@shared/isoman/api';

/** Query keys and fetchers of the isoman screens (docs/api.md). */
export const isomanKeys = {
  kelurahan: (code: string, rw: number | null) => ['isoman', code, rw] as const,
  // The city dashboard's answer: the same key as the dashboard, so the two share one copy.
  city: () => ['coverage', 'city'] as const,
};

const enc = encodeURIComponent;

export const isomanApi = {
  kelurahan: (code: string, rw: number | null) =>
    apiRequest<IsomanList>(`/api/isoman/kelurahan/${enc(code)}${rw ? `?rw=${rw}` : ''}`),
  city: () => apiRequest<CityCoverage>('/api/coverage/city'),
};
