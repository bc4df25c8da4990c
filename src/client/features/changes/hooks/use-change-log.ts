import { useInfiniteQuery } from '@tanstack/react-query';
import { changeKeys, fetchChangePage, type ChangeFilter } from '../data/api';

/**
 * The change log page by page ("Muat lebih banyak"). Not kept on the device: it holds what
 * was written about named people, and it is only useful fresh.
 */
export function useChangeLog(code: string, filter: ChangeFilter) {
  return useInfiniteQuery({
    queryKey: changeKeys.log(code, filter),
    queryFn: ({ pageParam }) => fetchChangePage(code, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 30_000,
  });
}
