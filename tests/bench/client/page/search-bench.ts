// Page side of search.ts: runs in Chromium, imported through Vite.
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { searchArea } from '@client/db/search';
import { wordsOf } from '@client/db/search-words';
import { generateRw } from '@shared/demo';
import { fieldsOf, type EntityName } from '@shared/domain/entities';

const db = new PintuDb('bench-search');
const area = { kelurahanCode: '32.75.01.1001', rw: 1 };
let names: string[] = [];
let niks: string[] = [];

/** One RW from the generator, written through the data layer as a volunteer's phone holds it. */
export async function prepare(): Promise<Record<string, number>> {
  await db.delete();
  await db.open();
  const rw = generateRw({ kelurahanCode: area.kelurahanCode, today: '2026-11-23' });
  const put = (entity: EntityName, records: { id: string }[]): LocalChange[] =>
    records.map((r) => ({ entity, op: 'put', id: r.id, values: fieldsOf(r as never) }));
  const all = [
    ...put('household', rw.households),
    ...put('resident', rw.residents),
    ...put('dose', rw.doses),
    ...put('isoman', rw.isoman),
    ...put('visit', rw.visits),
  ];
  for (let i = 0; i < all.length; i += 500) await commitChanges(db, all.slice(i, i + 500));

  // 100 queries of each kind, drawn with a fixed seed: the first 3 letters of a word of a
  // resident's name, and the first 6 to 12 digits of a resident's NIK.
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const withNik = rw.residents.filter((r) => r.nik);
  names = Array.from({ length: 100 }, () => pick(wordsOf(pick(rw.residents).name)).slice(0, 3));
  niks = Array.from({ length: 100 }, () => pick(withNik).nik!.slice(0, 6 + Math.floor(next() * 7)));
  return {
    households: await db.households.count(),
    residents: await db.residents.count(),
    doses: await db.doses.count(),
    visits: await db.visits.count(),
  };
}

/** Times each query of a kind (ms), and how many residents the queries found on average. */
export async function run(kind: 'name' | 'nik', limit: number) {
  const times: number[] = [];
  let found = 0;
  for (const query of kind === 'name' ? names : niks) {
    const start = performance.now();
    const result = await searchArea(db, area, query, limit);
    times.push(performance.now() - start);
    found += result.residents.length;
  }
  return { times, meanFound: found / times.length };
}
