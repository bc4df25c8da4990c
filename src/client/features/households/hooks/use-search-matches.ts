import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { searchArea } from '@client/db/search';
import { today } from '@client/ui/format';
import type { Area } from '@shared/wilayah/wilayah';
import type { Scope } from '../data/area-records';
import { matchedPeopleByHousehold, type MatchedPerson } from '../data/search-matches';

/** Enough for any search within an RW (about 700 households) to be complete. */
const LIMIT = 1000;

export type SearchMatches = {
  query: string;
  householdIds: ReadonlySet<string>;
  /** The residents whose name or NIK matched, by household: shown under their house. */
  people: ReadonlyMap<string, MatchedPerson[]>;
};

/**
 * Households matching the search box through the indexes (`searchArea`: name words in any
 * spelling, NIK and KK prefix, address): the household itself, or any of its residents.
 * `undefined` while the first search runs or when the box is empty.
 */
export function useSearchMatches(
  area: Area,
  scope: Scope,
  query: string,
): SearchMatches | undefined {
  const { kelurahanCode, rw, rt } = area;
  const trimmed = query.trim();
  return useLiveQuery(async () => {
    if (!trimmed) return undefined;
    const found = await searchArea(
      db,
      { kelurahanCode, rw, rt: scope === 'rt' ? rt : undefined },
      trimmed,
      LIMIT,
    );
    const people = matchedPeopleByHousehold(found.residents, today());
    const householdIds = new Set(found.households.map((h) => h.id));
    for (const id of people.keys()) householdIds.add(id);
    return { query: trimmed, householdIds, people };
  }, [kelurahanCode, rw, rt, scope, trimmed]);
}
