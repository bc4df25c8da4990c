import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { searchArea } from '@client/db/search';
import { uuidv7 } from '@shared/ids';
import { VERSION_1_STORES, VERSION_2_STORES, VERSION_3_STORES } from './old-versions';

const area = { kelurahanCode: '32.75.01.1001', rw: 1, rt: 2 };

it('database version 4 gives the names a version 3 phone holds their spelling keys', async () => {
  const name = `v3-${uuidv7()}`;
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1_STORES);
  old.version(2).stores(VERSION_2_STORES);
  old.version(3).stores(VERSION_3_STORES);
  const householdId = uuidv7();
  // The words as version 3 stored them: lower case, no keys.
  await old.table('households').add({
    id: householdId,
    ...area,
    headName: 'Rudy Santoso',
    street: 'Jl. Kenanga',
    houseNumber: '4',
    searchWords: ['rudy', 'santoso', 'jl', 'kenanga', '4'],
  });
  await old.table('residents').add({
    id: uuidv7(),
    householdId,
    ...area,
    name: 'Djoko Soesilo',
    nameWords: ['djoko', 'soesilo'],
  });
  old.close();

  const db = new PintuDb(name);
  try {
    await db.open();
    const joko = await searchArea(db, area, 'joko susilo');
    expect(joko.residents.map((r) => r.name)).toEqual(['Djoko Soesilo']);
    const rudi = await searchArea(db, area, 'rudi');
    expect(rudi.households.map((h) => h.headName)).toEqual(['Rudy Santoso']);
  } finally {
    await db.delete();
  }
});
