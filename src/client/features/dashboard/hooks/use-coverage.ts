import { useQuery } from '@tanstack/react-query';
import { dashboardApi, dashboardKeys } from '../data/api';

/**
 * The dashboards' server answers. `meta.persist` keeps the last answer of each in IndexedDB
 * (app/query-persist.ts), so it shows at once after a reload and offline, with its `asOf`.
 */
const persisted = { meta: { persist: true }, staleTime: 60_000 } as const;

export function useCityCoverage() {
  return useQuery({ queryKey: dashboardKeys.city(), queryFn: dashboardApi.city, ...persisted });
}

export function useKelurahanCoverage(code: string) {
  return useQuery({
    queryKey: dashboardKeys.kelurahan(code),
    queryFn: () => dashboardApi.kelurahan(code),
    ...persisted,
  });
}

export function useRwCoverage(code: string, rw: number) {
  return useQuery({
    queryKey: dashboardKeys.rw(code, rw),
    queryFn: () => dashboardApi.rw(code, rw),
    ...persisted,
  });
}
