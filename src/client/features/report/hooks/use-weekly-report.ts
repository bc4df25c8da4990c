import { useQuery } from '@tanstack/react-query';
import { reportApi, reportKeys } from '../data/api';

/** One week's report of a kelurahan or the city, the last answer kept for offline viewing. */
export function useWeeklyReport(week: string, kelurahanCode: string | null) {
  return useQuery({
    queryKey: reportKeys.weekly(week, kelurahanCode),
    queryFn: () => reportApi.weekly(week, kelurahanCode),
    meta: { persist: true },
    staleTime: 5 * 60_000,
  });
}
