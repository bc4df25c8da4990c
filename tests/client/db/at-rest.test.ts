import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LockedError } from '@client/db/at-rest';
import { AT_REST_KEY, openRecords, rewrapDataKey } from '@client/db/at-rest-key';
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { allPending } from '@client/db/outbox';
import { searchArea } from '@client/db/search';
import { findNikDuplicates } from '@client/features/residents/data/nik-duplicates';
import { makePinSecrets, openWithPin } from '@client/features/auth/data/pin';
import { uuidv7 } from '@shared/ids';
import { VERSION_1_STORES, VERSION_2_STORES, VERSION_3_STORES } from './old-versions';

const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
const NAME = 'Sulastri Wibisono';
const NIK = '3275015003850001';
const KK = '3275011212200077';
const ITERATIONS = 1000; // the test's PBKDF2: the app's count only makes it slower

const opened: PintuDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function newDb(name = `at-rest-${uuidv7()}`): PintuDb {
  const db = new PintuDb(name);
  opened.push(db);
  return db;
}

function changesFor(householdId = uuidv7(), residentId = uuidv7()): LocalChange[] {
  return [
    {
      entity: 'household',
      op: 'put',
      id: householdId,
      values: {
        ...area,
        street: 'Jl. Kenanga Wungu',
        houseNumber: '41',
        headName: NAME,
        kkNumber: KK,
        note: 'alergi telur ayam kampung',
      },
    },
    {
      entity: 'resident',
      op: 'put',
      id: residentId,
      values: {
        householdId,
        ...area,
        name: NAME,
        nik: NIK,
        birthDate: '1985-03-10',
        sex: 'P',
        relation: 'kepala',
        ktpElsewhere: false,
        residenceStatus: 'aktif',
        phone: '081234567890',
      },
    },
  ];
}

/** Every store of the database as IndexedDB holds it, as text (bytes as their characters). */
async function rawText(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const parts: string[] = [];
  for (const store of Array.from(idb.objectStoreNames)) {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = idb.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    parts.push(
      JSON.stringify(rows, (_k, v: unknown) =>
        v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v,
      ),
    );
  }
  idb.close();
  return parts.join('\n');
}

async function unlocked(db: PintuDb, pin = '482915') {
  const { verifier, wrapKey } = await makePinSecrets(pin, ITERATIONS);
  await openRecords(db, wrapKey);
  return verifier;
}

describe('records at rest', () => {
  it('stores no name, NIK, KK, phone or note in clear, and reads them back whole', async () => {
    const db = newDb();
    await unlocked(db);
    const [household, resident] = changesFor();
    await commitChanges(db, [household!, resident!]);
    const raw = await rawText(db.name);
    for (const secret of [NAME, 'Sulastri', 'sulastri', 'wibisono', NIK, KK, '081234567890']) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toContain('Kenanga');
    expect(raw).not.toContain('alergi');
    expect(raw).toContain(area.kelurahanCode); // the area stays readable: its index needs it
    const read = await db.residents.get(resident!.id);
    expect(read).toMatchObject({ name: NAME, nik: NIK, phone: '081234567890' });
    expect((await db.households.get(household!.id))?.note).toBe('alergi telur ayam kampung');
    expect(read).not.toHaveProperty('sealed');
    expect(read).not.toHaveProperty('nikKey');
    const pending = await allPending(db);
    expect(pending.map((c) => c.values?.name ?? c.values?.headName)).toEqual([NAME, NAME]);
  });

  it('seals a field it does not know by name, e.g. a dose proof text', async () => {
    const db = newDb();
    await unlocked(db);
    await db.doses.put({
      id: uuidv7(),
      ...area,
      residentId: uuidv7(),
      householdId: uuidv7(),
      proofText: 'kartu vaksin Bu Sulastri',
    } as never);
    expect(await rawText(db.name)).not.toContain('Sulastri');
    expect((await db.doses.toArray())[0]).toMatchObject({ proofText: 'kartu vaksin Bu Sulastri' });
  });

  it('searches by name, NIK prefix, whole NIK and KK, and finds NIK duplicates, once unlocked', async () => {
    const db = newDb();
    await unlocked(db);
    const [household, resident] = changesFor();
    await commitChanges(db, [household!, resident!]);
    const scope = { kelurahanCode: area.kelurahanCode, rw: area.rw };
    const names = async (q: string) =>
      (await searchArea(db, scope, q)).residents.map((r) => r.name);
    expect(await names('sulas')).toEqual([NAME]);
    expect(await names('sulastri wibi')).toEqual([NAME]);
    expect(await names('327501500385')).toEqual([NAME]);
    expect(await names(NIK)).toEqual([NAME]);
    expect(await names('3275015003850002')).toEqual([]);
    expect((await searchArea(db, scope, KK)).households.map((h) => h.headName)).toEqual([NAME]);
    const duplicates = await findNikDuplicates(db, NIK, null);
    expect(duplicates.map((d) => d.name)).toEqual([NAME]);
  });

  it('without the key, the records read as their area only, and nothing personal is written', async () => {
    const name = `at-rest-${uuidv7()}`;
    const db = newDb(name);
    await unlocked(db);
    const [household, resident] = changesFor();
    await commitChanges(db, [household!, resident!]);
    db.close();

    const locked = new PintuDb(name);
    locked.atRest.required = true;
    try {
      const read = await locked.residents.get(resident!.id);
      expect(read).toEqual(expect.objectContaining({ id: resident!.id, ...area }));
      expect(read).not.toHaveProperty('name');
      expect(await searchArea(locked, { ...area }, 'sulastri')).toEqual({
        households: [],
        residents: [],
      });
      await expect(commitChanges(locked, changesFor())).rejects.toBeInstanceOf(LockedError);
    } finally {
      locked.close();
    }
  });

  it('a wrong PIN opens nothing; a new PIN opens the same records after a re-wrap', async () => {
    const name = `at-rest-${uuidv7()}`;
    const db = newDb(name);
    const { verifier, wrapKey } = await makePinSecrets('482915', ITERATIONS);
    await openRecords(db, wrapKey);
    const [household, resident] = changesFor();
    await commitChanges(db, [household!, resident!]);

    expect(await openWithPin('482916', verifier)).toBeNull();
    const fresh = await makePinSecrets('736104', ITERATIONS);
    await rewrapDataKey(db, wrapKey, fresh.wrapKey);
    db.close();

    const again = new PintuDb(name);
    try {
      await expect(openRecords(again, wrapKey)).rejects.toThrow('Kunci data tidak dapat dibuka.');
      const newKey = await openWithPin('736104', fresh.verifier);
      await openRecords(again, newKey!);
      expect((await again.residents.get(resident!.id))?.name).toBe(NAME);
    } finally {
      again.close();
    }
  });
});

describe('database version 6: records sealed', () => {
  it('opens a version 5 phone, and seals its clear records and pending changes at the first unlock', async () => {
    const name = `v5-${uuidv7()}`;
    const old = new Dexie(name);
    old.version(1).stores(VERSION_1_STORES);
    old.version(2).stores(VERSION_2_STORES);
    old.version(3).stores(VERSION_3_STORES);
    old.version(5).stores({});
    const householdId = uuidv7();
    const residentId = uuidv7();
    await old.table('households').add({
      id: householdId,
      ...area,
      headName: NAME,
      street: 'Jl. Kenanga Wungu',
      houseNumber: '41',
      kkNumber: KK,
      searchWords: ['sulastri', 'wibisono'],
      hlc: {},
    });
    await old.table('residents').add({
      id: residentId,
      householdId,
      ...area,
      name: NAME,
      nik: NIK,
      nameWords: ['sulastri', 'wibisono'],
      hlc: {},
    });
    const change = {
      seq: 1,
      id: uuidv7(),
      entity: 'resident',
      entityId: residentId,
      op: 'put',
      values: { name: NAME, nik: NIK },
      hlc: 'x',
      createdAt: 1,
    };
    await old
      .table('outboxRows')
      .add({ seq: 1, size: 1, changes: [change], entityIds: [residentId] });
    old.close();
    expect(await rawText(name)).toContain(NIK);

    const db = newDb(name);
    db.atRest.required = true;
    await db.open();
    expect(db.verno).toBe(6);
    // Locked: the records are there, still in clear, until the PIN opens the key.
    expect((await db.residents.get(residentId))?.name).toBe(NAME);
    const verifier = await unlocked(db);
    expect(verifier.iterations).toBe(ITERATIONS);
    const raw = await rawText(name);
    expect(raw).not.toContain(NIK);
    expect(raw).not.toContain('Sulastri');
    expect(raw).not.toContain('sulastri');
    expect((await db.meta.get(AT_REST_KEY))?.value).toMatchObject({ allSealed: true });
    expect((await db.residents.get(residentId))?.name).toBe(NAME);
    expect(await searchArea(db, area, NIK)).toMatchObject({ residents: [{ id: residentId }] });
    expect((await allPending(db))[0]?.values).toEqual({ name: NAME, nik: NIK });
  });
});
