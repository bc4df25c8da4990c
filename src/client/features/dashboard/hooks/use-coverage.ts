import { useQuery } from '@tanstack/react-query';
import type { IsoDate } from '@shared/dates';
import { dashboardApi, dashboardKeys } from '../data/api';

/**
 * The dashboards' server answers. `meta.persist` keeps the last answer of each in IndexedDB
 * (app/query-persist.ts), so it shows at once after a reload and offline, with its `asOf`.
 * A past day's figures (`date`) are kept in memory only: they are looked at, not carried.
 */
const persisted = { meta: { persist: true }, staleTime: 60_000 } as const;
const pastDay = { staleTime: 60_000 } as const;

export function useCityCoverage() {
  return useQuery({ queryKey: dashboardKeys.city(), queryFn: dashboardApi.city, ...persisted });
}

export function useKelurahanCoverage(code: string, date: IsoDate | null = null) {
  return useQuery({
    queryKey: dashboardKeys.kelurahan(code, date),
    queryFn: () => dashboardApi.kelurahan(code, date),
    ...(date ? pastDay : persisted),
  });
}

export function useRwCoverage(code: string, rw: number, date: IsoDate | null = null) {
  return useQuery({
    queryKey: dashboardKeys.rw(code, rw, date),
    queryFn: () => dashboardApi.rw(code, rw, date),
    ...(date ? pastDay : persisted),
  });
}
