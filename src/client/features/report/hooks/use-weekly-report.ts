import { useQuery } from '@tanstack/react-query';
import { reportApi, reportKeys } from '../data/api';

/** One week's report, the last answer of each week kept for offline viewing. */
export function useWeeklyReport(week: string) {
  return useQuery({
    queryKey: reportKeys.weekly(week),
    queryFn: () => reportApi.weekly(week),
    meta: { persist: true },
    staleTime: 5 * 60_000,
  });
}
