import Dexie, { type Collection, type Table } from 'dexie';
import type { PintuDb } from './db';
import { queryVariants, startsAnyWord, wordsOfText } from '@shared/domain/name-spelling';
import type { LocalHousehold, LocalResident } from './schema';

/** Where to search: a whole RW, or one RT of it. */
export type SearchScope = { kelurahanCode: string; rw: number; rt?: number | undefined };

export type SearchResult = { households: LocalHousehold[]; residents: LocalResident[] };

/** Digits typed with at least this many characters are also read as the start of a NIK or KK. */
const MIN_NUMBER_PREFIX = 4;

/**
 * Search of an area, in memory: the area's records are read through the area index
 * (`[kelurahanCode+rw+rt]`, opened by the at-rest middleware) and matched here, because the
 * names and numbers they are matched on are sealed (at-rest.ts) and no index holds them:
 * - every word typed must start a word of the resident's name (`nameWords`), or of the
 *   household's head, street or house number (`searchWords`): "siti amin" finds
 *   "Siti Nur Aminah"; as typed or in another spelling of it (`@shared/domain/name-spelling`:
 *   the words are stored with their spelling keys), so "rudy santoso" finds "Rudi Santoso";
 * - digits (four or more) match the start of a NIK or of a KK number; a whole one (16 digits)
 *   is looked up by its keyed hash (`nikKey`, `kkKey`) without reading the area.
 * Deleted records and records outside the area are never returned. The home list does not
 * use this: it searches the records it already holds (features/households/data/search-index.ts).
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
  if (number && number.length === 16) {
    const hash = db.atRest.hashOf(number);
    const [residents, households] = await Promise.all([
      db.residents.where('nikKey').equals(hash).toArray(),
      db.households.where('kkKey').equals(hash).toArray(),
    ]);
    return {
      households: households.filter((h) => inArea(h) && h.kkNumber === number).slice(0, limit),
      residents: residents.filter((r) => inArea(r) && r.nik === number).slice(0, limit),
    };
  }
  const typed = words.map(queryVariants);
  // A record read while locked has no words (at-rest.ts): it matches nothing.
  const hasAll = (own: readonly string[] | undefined) =>
    !!own && typed.every((t) => startsAnyWord(t, own));
  const [households, residents] = await Promise.all([
    areaRange(db.households, area).toArray(),
    areaRange(db.residents, area).toArray(),
  ]);
  const found = number
    ? {
        households: households.filter((h) => inArea(h) && !!h.kkNumber?.startsWith(number)),
        residents: residents.filter((r) => inArea(r) && !!r.nik?.startsWith(number)),
      }
    : {
        households: households.filter((h) => inArea(h) && hasAll(h.searchWords)),
        residents: residents.filter((r) => inArea(r) && hasAll(r.nameWords)),
      };
  return {
    households: found.households.slice(0, limit),
    residents: found.residents.slice(0, limit),
  };
}

/** The area's records, through the area index: one RT, or the RW's range. */
function areaRange<T>(table: Table<T, string>, area: SearchScope): Collection<T, string> {
  const index = table.where('[kelurahanCode+rw+rt]');
  return area.rt === undefined
    ? index.between(
        [area.kelurahanCode, area.rw, Dexie.minKey],
        [area.kelurahanCode, area.rw, Dexie.maxKey],
      )
    : index.equals([area.kelurahanCode, area.rw, area.rt]);
}
