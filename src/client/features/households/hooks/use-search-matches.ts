import { useMemo } from 'react';
import { today } from '@client/ui/format';
import type { AreaRecords } from '../data/area-records';
import { buildSearchIndex, type SearchMatches } from '../data/search-index';

export type { SearchMatches };

/**
 * Households matching the search box, and the residents found in them, from the records the
 * list holds (`buildSearchIndex`: name words in any spelling, NIK and KK prefix, address). The
 * index is made on the first search after each list read, not before: most list opens search
 * nothing. `undefined` when the box is empty or the list is not read yet.
 */
export function useSearchMatches(
  records: AreaRecords | undefined,
  query: string,
): SearchMatches | undefined {
  const searching = query.trim() !== '';
  const index = useMemo(
    () => (records && searching ? buildSearchIndex(records.households, records.residents) : null),
    [records, searching],
  );
  return useMemo(() => index?.search(query, today()), [index, query]);
}
