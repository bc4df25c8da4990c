import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { HouseholdRow } from '../data/household-rows';
import type { MatchedPerson } from '../data/search-matches';
import { HouseholdRowView } from './HouseholdRowView';

/**
 * The list scrolls with the page (window virtualizer), so the toolbar above scrolls away and
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
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 92,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]!.id,
  });

  return (
    <div ref={listRef} className="hh-list" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="hh-list-item"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
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
