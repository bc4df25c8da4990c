import { useQuery } from '@tanstack/react-query';
import { isomanApi, isomanKeys } from '../data/api';

/**
 * Who is in isoman, by name and address: health data of named people, so the answer is not
 * kept on the device (as the map's households are not); it is read again on each visit.
 */
export function useIsomanList(code: string, rw: number | null) {
  return useQuery({
    queryKey: isomanKeys.kelurahan(code, rw),
    queryFn: () => isomanApi.kelurahan(code, rw),
    staleTime: 60_000,
  });
}

/** Counts only: kept for offline viewing with its `asOf`, like the city dashboard. */
export function useCityIsoman() {
  return useQuery({
    queryKey: isomanKeys.city(),
    queryFn: isomanApi.city,
    meta: { persist: true },
    staleTime: 60_000,
  });
}
