import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { searchArea } from '@client/db/search';
import { uuidv7 } from '@shared/ids';

const kel = '32.75.01.1001';
let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`search-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

type Where = { rw: number; rt: number };
function household(
  where: Where,
  headName: string,
  street: string,
  houseNumber: string,
  kkNumber?: string,
) {
  const id = uuidv7();
  const change: LocalChange = {
    entity: 'household',
    op: 'put',
    id,
    values: {
      kelurahanCode: kel,
      ...where,
      street,
      houseNumber,
      headName,
      kkNumber: kkNumber ?? null,
    },
  };
  return { id, where, change };
}
function resident(h: { id: string; where: Where }, name: string, nik: string | null): LocalChange {
  return {
    entity: 'resident',
    op: 'put',
    id: uuidv7(),
    values: {
      householdId: h.id,
      kelurahanCode: kel,
      ...h.where,
      name,
      nik,
      birthDate: '1985-03-10',
      sex: 'P',
      relation: 'istri',
      ktpElsewhere: false,
      residenceStatus: 'aktif',
    },
  };
}

const rw3 = { kelurahanCode: kel, rw: 3 };

describe('searchArea', () => {
  let ids: Record<string, string>;
  beforeEach(async () => {
    const melati = household(
      { rw: 3, rt: 1 },
      'Budi Santoso',
      'Jl. Melati',
      '12',
      '3275011212200001',
    );
    const masjid = household({ rw: 3, rt: 2 }, 'Asep Saepudin', 'Gg. Masjid', '7');
    const elsewhere = household(
      { rw: 4, rt: 1 },
      'Siti Aminah',
      'Jl. Melati',
      '3',
      '3275011212200002',
    );
    const siti = resident(melati, 'Siti Nur Aminah', '3275015003850001');
    const gone = resident(masjid, 'Siti Amalia', '3275015003850002');
    await commitChanges(db, [melati.change, masjid.change, elsewhere.change]);
    await commitChanges(db, [
      siti,
      gone,
      resident(masjid, 'Aminah', '3275014107900003'),
      resident(elsewhere, 'Siti Aminah', '3275015003850009'),
    ]);
    await commitChanges(db, [{ entity: 'resident', op: 'delete', id: gone.id }]);
    ids = { melati: melati.id, masjid: masjid.id, siti: siti.id };
  });

  const names = (r: { name: string }[]) => r.map((x) => x.name).sort();

  it('finds residents by the start of any word of the name, only in the area, not deleted', async () => {
    const found = await searchArea(db, rw3, 'amin');
    expect(names(found.residents)).toEqual(['Aminah', 'Siti Nur Aminah']);
    expect(names((await searchArea(db, rw3, 'SITI')).residents)).toEqual(['Siti Nur Aminah']);
  });

  it('needs every word typed to match', async () => {
    expect(names((await searchArea(db, rw3, 'siti amin')).residents)).toEqual(['Siti Nur Aminah']);
    expect((await searchArea(db, rw3, 'siti budi')).residents).toEqual([]);
  });

  it('finds residents by the start of the NIK, typed with spaces or not', async () => {
    expect(names((await searchArea(db, rw3, '327501500385')).residents)).toEqual([
      'Siti Nur Aminah',
    ]);
    expect(names((await searchArea(db, rw3, '3275 0141')).residents)).toEqual(['Aminah']);
    expect((await searchArea(db, rw3, '3275015003850009')).residents).toEqual([]);
  });

  it('finds households by head, street, house number and KK number', async () => {
    const heads = async (q: string) =>
      (await searchArea(db, rw3, q)).households.map((h) => h.headName).sort();
    expect(await heads('budi')).toEqual(['Budi Santoso']);
    expect(await heads('melati 12')).toEqual(['Budi Santoso']);
    expect(await heads('gg masjid')).toEqual(['Asep Saepudin']);
    expect(await heads('32750112122000')).toEqual(['Budi Santoso']);
    expect((await searchArea(db, rw3, 'melati')).households.map((h) => h.id)).toEqual([ids.melati]);
  });

  it('narrows to one RT when asked', async () => {
    const rt1 = await searchArea(db, { ...rw3, rt: 1 }, 'amin');
    expect(rt1.residents.map((r) => r.id)).toEqual([ids.siti]);
  });

  it('still finds the area’s records when many matches outside it come first in the index', async () => {
    const far = household({ rw: 9, rt: 1 }, 'Pak Jauh', 'Jl. Jauh', '1');
    await commitChanges(db, [far.change]);
    await commitChanges(
      db,
      Array.from({ length: 30 }, () => resident(far, 'Amin Jauh', null)),
    );
    // 'amin' sorts before 'aminah': the first read holds only residents of RW 9.
    const found = await searchArea(db, rw3, 'amin', 2);
    expect(names(found.residents)).toEqual(['Aminah', 'Siti Nur Aminah']);
  });

  it('finds a name in another spelling, and each record once', async () => {
    const rudi = household({ rw: 3, rt: 1 }, 'Rudi Santoso', 'Jl. Kenanga', '4');
    await commitChanges(db, [rudi.change]);
    await commitChanges(db, [
      resident(rudi, 'Rudi Santoso', null),
      resident(rudi, 'Joko Susanto', null),
      resident(rudi, 'Muhammad Syahrir', null),
    ]);
    const found = async (q: string) => names((await searchArea(db, rw3, q)).residents);
    expect(await found('rudy santoso')).toEqual(['Rudi Santoso']);
    expect(await found('djoko')).toEqual(['Joko Susanto']);
    expect(await found('soesanto')).toEqual(['Joko Susanto']);
    expect(await found('muhamad sjahrir')).toEqual(['Muhammad Syahrir']);
    expect(await found('rudy hartono')).toEqual([]);
    // The head's name of the household is searched the same way.
    const heads = (await searchArea(db, rw3, 'roedy')).households.map((h) => h.headName);
    expect(heads).toEqual(['Rudi Santoso']);
  });

  it('returns at most the limit, and nothing for an empty query', async () => {
    expect((await searchArea(db, rw3, 'a', 1)).residents).toHaveLength(1);
    expect(await searchArea(db, rw3, '  ')).toEqual({ households: [], residents: [] });
  });
});
