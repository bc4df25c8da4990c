import { useMemo } from 'react';
import type { HouseholdRow } from '../data/household-rows';
import type { MatchedPerson } from '../data/search-matches';
import { useWindowRows } from '../hooks/use-window-rows';
import { HouseholdRowView } from './HouseholdRowView';

/**
 * The list scrolls with the page (a window virtualizer: useWindowRows), so the toolbar above scrolls away and
 * the whole screen is list on a small phone. Only the rows on screen are in the DOM.
 */
export function VirtualRows({
  rows,
  showRt,
  complete,
  search,
}: {
  rows: readonly HouseholdRow[];
  showRt: boolean;
  complete: boolean;
  /** During a search: the residents found, by household, shown under their house. */
  search?: { people: ReadonlyMap<string, MatchedPerson[]>; query: string } | undefined;
}) {
  const keys = useMemo(() => rows.map((row) => row.id), [rows]);
  const { listRef, totalHeight, items, measure } = useWindowRows(keys);

  return (
    <div ref={listRef} className="hh-list" style={{ height: totalHeight }}>
      {items.map((item) => (
        <div
          key={item.key}
          data-key={item.key}
          ref={measure}
          className="hh-list-item"
          style={{ transform: `translateY(${item.start}px)` }}
        >
          <HouseholdRowView
            row={rows[item.index]!}
            showRt={showRt}
            complete={complete}
            matched={search && matchedIn(search, rows[item.index]!.id)}
          />
        </div>
      ))}
    </div>
  );
}

function matchedIn(
  search: { people: ReadonlyMap<string, MatchedPerson[]>; query: string },
  householdId: string,
) {
  const people = search.people.get(householdId);
  return people ? { people, query: search.query } : undefined;
}
