import type { Collection } from 'dexie';
import type { PintuDb } from './db';
import { queryVariants, startsAnyWord, wordsOfText } from '@shared/domain/name-spelling';
import type { LocalHousehold, LocalResident } from './schema';

/** Where to search: a whole RW, or one RT of it. */
export type SearchScope = { kelurahanCode: string; rw: number; rt?: number | undefined };

export type SearchResult = { households: LocalHousehold[]; residents: LocalResident[] };

/** Digits typed with at least this many characters are also read as the start of a NIK or KK. */
const MIN_NUMBER_PREFIX = 4;

/**
 * Search of an area through the indexes, never a scan of the tables:
 * - every word typed must start a word of the resident's name (`*nameWords`), or of the
 *   household's head, street or house number (`*searchWords`): "siti amin" finds
 *   "Siti Nur Aminah"; as typed or in another spelling of it (`@shared/domain/name-spelling`:
 *   the words are stored with their spelling keys), so "rudy santoso" finds "Rudi Santoso";
 * - digits also match the start of a NIK (`nik`) or of a KK number (`kkNumber`).
 * The index is read for the longest word (the fewest candidates); the other words and the
 * area are checked on those candidates, and reading stops at `limit`. Deleted records and
 * records outside the area are never returned.
 */
export async function searchArea(
  db: PintuDb,
  area: SearchScope,
  query: string,
  limit = 50,
): Promise<SearchResult> {
  const words = wordsOfText(query);
  const digits = query.replace(/[\s.-]/g, '');
  const number = /^\d+$/.test(digits) && digits.length >= MIN_NUMBER_PREFIX ? digits : null;
  if (words.length === 0) return { households: [], residents: [] };

  const inArea = (r: { kelurahanCode: string; rw: number; rt: number; deleted?: boolean }) =>
    !r.deleted &&
    r.kelurahanCode === area.kelurahanCode &&
    r.rw === area.rw &&
    (area.rt === undefined || r.rt === area.rt);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const lookedUp = queryVariants(longest);
  const others = words.filter((w) => w !== longest).map(queryVariants);
  const hasAll = (own: readonly string[]) => others.every((typed) => startsAnyWord(typed, own));

  // A number of four digits or more is a NIK or KK being typed, not a name or house number.
  const none = Promise.resolve([]);
  const [byName, byNik, byWords, byKk] = await Promise.all([
    number
      ? none
      : take(
          () => db.residents.where('nameWords').startsWithAnyOf(lookedUp),
          (r) => inArea(r) && hasAll(r.nameWords),
          limit,
        ),
    number ? take(() => db.residents.where('nik').startsWith(number), inArea, limit) : none,
    number
      ? none
      : take(
          () => db.households.where('searchWords').startsWithAnyOf(lookedUp),
          (h) => inArea(h) && hasAll(h.searchWords),
          limit,
        ),
    number ? take(() => db.households.where('kkNumber').startsWith(number), inArea, limit) : none,
  ]);
  return {
    households: unique([...byKk, ...byWords]).slice(0, limit),
    residents: unique([...byNik, ...byName]).slice(0, limit),
  };
}

/**
 * Reads a few more than the limit in one request (IndexedDB getAll) and checks them here; on a phone that
 * holds only its own area that is nearly always enough. Only when the check threw too many
 * away does it walk the index with a cursor, one record at a time, until the limit is met.
 * A record with two words that match (a multi-entry index) comes twice: `unique` drops one.
 */
async function take<T extends { id: string }>(
  collection: () => Collection<T>,
  keep: (row: T) => boolean,
  limit: number,
): Promise<T[]> {
  const read = limit + 10;
  const first = await collection().limit(read).toArray();
  const kept = unique(first).filter(keep);
  if (kept.length >= limit || first.length < read) return kept.slice(0, limit);
  return collection().distinct().filter(keep).limit(limit).toArray();
}

function unique<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}
