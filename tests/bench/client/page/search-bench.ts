// Page side of search.ts: runs in Chromium, imported through Vite.
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { keysOf } from '@client/db/at-rest';
import type { LocalHousehold, LocalResident } from '@client/db/schema';
import { searchArea } from '@client/db/search';
import { readAreaDetails, readAreaHouseholds } from '@client/features/households/data/area-records';
import { buildSearchIndex, type SearchIndex } from '@client/features/households/data/search-index';
import { generateKelurahan, generateRw, mergeBatches, type DemoBatch } from '@shared/demo';
import { fieldsOf, type EntityName } from '@shared/domain/entities';
import { wordsOfText } from '@shared/domain/name-spelling';

const db = new PintuDb('bench-search');
// Sealed at rest as on a phone (src/client/db/at-rest.ts): every read opens the records.
db.atRest.required = true;
db.atRest.open(keysOf(crypto.getRandomValues(new Uint8Array(32))));
const kelurahanCode = '32.75.01.1001';
const area = { kelurahanCode, rw: 1 };

export const KINDS = ['prefix', 'exact', 'variant', 'nik', 'none'] as const;
export type Kind = (typeof KINDS)[number];
let queries: Record<Kind, string[]> = { prefix: [], exact: [], variant: [], nik: [], none: [] };

/**
 * The phone's data written through the data layer: one RW with its doses, isoman and visits
 * (what a volunteer's phone holds), or a whole kelurahan's households and residents (45,000
 * residents, of which the RW searched is about a twentieth).
 */
export async function prepare(scale: 'rw' | 'kelurahan'): Promise<Record<string, number>> {
  for (const how of ['list', 'all'] as const) {
    delete held[how];
    delete indexes[how];
  }
  await db.delete();
  await db.open();
  const data: DemoBatch =
    scale === 'rw'
      ? generateRw({ kelurahanCode, today: '2026-11-23' })
      : mergeBatches(generateKelurahan({ kelurahanCode, seed: 1, today: '2026-11-23' }));
  const put = (entity: EntityName, records: { id: string }[]): LocalChange[] =>
    records.map((r) => ({ entity, op: 'put', id: r.id, values: fieldsOf(r as never) }));
  const all = [
    ...put('household', data.households),
    ...put('resident', data.residents),
    ...(scale === 'rw'
      ? [...put('dose', data.doses), ...put('isoman', data.isoman), ...put('visit', data.visits)]
      : []),
  ];
  for (let i = 0; i < all.length; i += 1000) await commitChanges(db, all.slice(i, i + 1000));
  queries = drawQueries(data.residents.filter((r) => r.rw === area.rw));
  return {
    households: await db.households.count(),
    residents: await db.residents.count(),
    'residents in RW 1': data.residents.filter((r) => r.rw === area.rw).length,
    doses: await db.doses.count(),
    visits: await db.visits.count(),
  };
}

/**
 * 100 queries of each kind from the RW's residents, fixed seed: `prefix` the first 3 letters
 * of a word of a name; `exact` the first two words of a name; `variant` those written in an
 * old or other spelling ("Rudi Santoso" → "rudy santoso", "Joko" → "djoko"); `nik` 6 to 12
 * digits of a NIK; `none` two invented words that start no name.
 */
function drawQueries(residents: DemoBatch['residents']): Record<Kind, string[]> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const firstTwo = (name: string) => wordsOfText(name).slice(0, 2).join(' ');
  const withNik = residents.filter((r) => r.nik);
  const variable = residents.filter((r) => otherSpelling(firstTwo(r.name)) !== firstTwo(r.name));
  const hundred = (make: () => string) => Array.from({ length: 100 }, make);
  return {
    prefix: hundred(() => pick(wordsOfText(pick(residents).name)).slice(0, 3)),
    exact: hundred(() => firstTwo(pick(residents).name)),
    variant: hundred(() => otherSpelling(firstTwo(pick(variable).name))),
    nik: hundred(() => pick(withNik).nik!.slice(0, 6 + Math.floor(next() * 7))),
    none: hundred(() => `${pick(['zeb', 'xav', 'qwi', 'vlo'])}${pick(['ulon', 'arix', 'edo'])} wq`),
  };
}

/** A name as an older hand or another ear writes it. */
function otherSpelling(name: string): string {
  return name
    .replace(/u/g, 'oe')
    .replace(/j/g, 'dj')
    .replace(/c/g, 'tj')
    .replace(/sy/g, 'sj')
    .replace(/i\b/g, 'y')
    .replace(/ah\b/g, 'ahh');
}

export type How = 'list' | 'all' | 'indexed';
type Held = { households: LocalHousehold[]; residents: LocalResident[] };
const held: Partial<Record<How, Held>> = {};
const indexes: Partial<Record<How, SearchIndex>> = {};

/**
 * Times building the list's search index (ms) over RW 1's households and residents, read as
 * the list reads them (`list`), or over every household and resident on the phone (`all`).
 */
export async function build(how: 'list' | 'all'): Promise<number> {
  held[how] ??=
    how === 'list'
      ? {
          households: await readAreaHouseholds(db, { ...area, rt: 1 }, 'rw'),
          residents: (await readAreaDetails(db, { ...area, rt: 1 }, 'rw')).residents,
        }
      : { households: await db.households.toArray(), residents: await db.residents.toArray() };
  const start = performance.now();
  indexes[how] = buildSearchIndex(held[how].households, held[how].residents);
  return performance.now() - start;
}

/**
 * Times each query of a kind (ms), and how many households and residents were found.
 * `indexed`: `searchArea` on IndexedDB over RW 1. `list`, `all`: the list's search index
 * (`build`) over RW 1, or over the whole phone.
 */
export async function run(kind: Kind, how: How, limit: number) {
  if (how !== 'indexed' && !indexes[how]) await build(how);
  const index = how === 'indexed' ? null : indexes[how]!;
  const times: number[] = [];
  let households = 0;
  let residents = 0;
  for (const query of queries[kind]) {
    const start = performance.now();
    if (how === 'indexed') {
      const result = await searchArea(db, area, query, limit);
      times.push(performance.now() - start);
      households += result.households.length;
      residents += result.residents.length;
    } else {
      const result = index!.search(query, '2026-11-23');
      times.push(performance.now() - start);
      households += result?.householdIds.size ?? 0;
      for (const people of result?.people.values() ?? []) residents += people.length;
    }
  }
  return {
    times,
    example: queries[kind][0]!,
    households: households / times.length,
    residents: residents / times.length,
  };
}
