import type { LocalHousehold, LocalResident } from '@client/db/schema';
import type { IsoDate } from '@shared/dates';
import { queryVariants, startsAnyWord, wordsOfText } from '@shared/domain/name-spelling';
import { matchedPeopleByHousehold, type MatchedPerson } from './search-matches';

/** Digits typed with at least this many characters are read as the start of a NIK or KK. */
const MIN_NUMBER_PREFIX = 4;

export type SearchMatches = {
  query: string;
  householdIds: ReadonlySet<string>;
  /** The residents whose name or NIK matched, by household: shown under their house. */
  people: ReadonlyMap<string, MatchedPerson[]>;
};

/**
 * The words of many records in one string, one line per record: " siti nur aminah #3275…\n".
 * A word starts where a space precedes it, so `indexOf(" " + prefix)` finds every record with a
 * word of that start in one native scan, instead of a loop over records and their words in
 * JavaScript (45,000 residents: docs/benchmarks.md, "Search on the phone").
 */
class Haystack<T> {
  private readonly text: string;
  private readonly starts: number[] = [];

  constructor(
    readonly records: readonly T[],
    lineOf: (record: T) => string,
  ) {
    let text = '';
    for (const record of records) {
      this.starts.push(text.length);
      text += ` ${lineOf(record)}\n`;
    }
    this.text = text;
  }

  /** Indexes of the records with a word starting with one of `prefixes`, in record order. */
  find(prefixes: readonly string[]): number[] {
    const lists = prefixes.map((prefix) => this.findOne(` ${prefix}`));
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  /** Each record once, in order: after a hit the scan goes on from the next record's line. */
  private findOne(needle: string): number[] {
    const hits: number[] = [];
    for (let at = this.text.indexOf(needle); at >= 0; ) {
      const i = this.recordAt(at);
      hits.push(i);
      at = this.text.indexOf(needle, this.starts[i + 1] ?? this.text.length);
    }
    return hits;
  }

  private recordAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

export type SearchIndex = {
  search(query: string, today: IsoDate): SearchMatches | undefined;
};

/**
 * An index of the records the list holds (an RT or an RW), made once per list read: every
 * word typed must start a word of a resident's name, or of a household's head, street or
 * house number, as typed or in another spelling (`@shared/domain/name-spelling`); four digits
 * or more match the start of a NIK or KK number instead. The words and their spelling keys
 * were made when each record was written (`nameWords`, `searchWords`).
 */
export function buildSearchIndex(
  households: readonly LocalHousehold[],
  residents: readonly LocalResident[],
): SearchIndex {
  const liveHouseholds = new Haystack(
    households.filter((h) => !h.deleted),
    (h) => `${h.searchWords.join(' ')}${h.kkNumber ? ` #${h.kkNumber}` : ''}`,
  );
  const liveResidents = new Haystack(
    residents.filter((r) => !r.deleted),
    (r) => `${r.nameWords.join(' ')}${r.nik ? ` #${r.nik}` : ''}`,
  );
  return {
    search(query, today) {
      const trimmed = query.trim();
      const terms = wordsOfText(trimmed);
      if (terms.length === 0) return undefined;
      const digits = trimmed.replace(/[\s.-]/g, '');
      const number = /^\d+$/.test(digits) && digits.length >= MIN_NUMBER_PREFIX ? digits : null;

      // The longest word is looked up (fewest hits); the others are checked on those hits.
      const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
      const others = terms.filter((t) => t !== longest).map(queryVariants);
      const lookUp = number ? [`#${number}`] : queryVariants(longest);
      const hasOthers = (words: readonly string[]) =>
        number !== null || others.every((typed) => startsAnyWord(typed, words));

      const householdIds = new Set<string>();
      for (const i of liveHouseholds.find(lookUp)) {
        const h = liveHouseholds.records[i]!;
        if (hasOthers(h.searchWords)) householdIds.add(h.id);
      }
      const found: LocalResident[] = [];
      for (const i of liveResidents.find(lookUp)) {
        const r = liveResidents.records[i]!;
        if (hasOthers(r.nameWords)) found.push(r);
      }
      const people = matchedPeopleByHousehold(found, today);
      for (const id of people.keys()) householdIds.add(id);
      return { query: trimmed, householdIds, people };
    },
  };
}
