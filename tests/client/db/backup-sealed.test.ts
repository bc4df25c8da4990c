import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportBackup,
  exportSealedBackup,
  importBackup,
  needsPassphrase,
  PassphraseNeeded,
} from '@client/db/backup';
import { PBKDF2_ITERATIONS, SEALED_FORMAT } from '@client/db/backup-crypto';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { allPending } from '@client/db/outbox';
import { uuidv7 } from '@shared/ids';

const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
const NAME = 'Siti Aminah';
const NIK = '3275015003850001';
const PASSPHRASE = 'melati-dua-belas';

const open: PintuDb[] = [];
function newDb(): PintuDb {
  const db = new PintuDb(`sealed-${uuidv7()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function deviceWithResident(): Promise<PintuDb> {
  const db = newDb();
  const h = uuidv7();
  await commitChanges(db, [
    {
      entity: 'household',
      op: 'put',
      id: h,
      values: { ...area, street: 'Jl. Melati', houseNumber: '12', headName: 'Budi Santoso' },
    },
    {
      entity: 'resident',
      op: 'put',
      id: uuidv7(),
      values: {
        householdId: h,
        ...area,
        name: NAME,
        nik: NIK,
        birthDate: '1985-03-10',
        sex: 'P',
        relation: 'istri',
        ktpElsewhere: false,
        residenceStatus: 'aktif',
      },
    },
  ]);
  return db;
}

async function residentNames(db: PintuDb): Promise<string[]> {
  return (await db.residents.toArray()).map((r) => r.name);
}

describe('sealed backup', { timeout: 30_000 }, () => {
  it('round-trips with its passphrase, and its bytes hold no name or NIK in clear', async () => {
    const blob = await exportSealedBackup(await deviceWithResident(), PASSPHRASE);
    const bytes = Buffer.from(await blob.arrayBuffer());
    for (const secret of [NAME, NIK, 'Budi Santoso', 'Melati']) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
    const envelope = JSON.parse(bytes.toString('utf8'));
    expect(envelope).toMatchObject({
      format: SEALED_FORMAT,
      version: 1,
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      cipher: 'AES-256-GCM',
    });
    expect(Buffer.from(envelope.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(envelope.iv, 'base64')).toHaveLength(12);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);

    const target = newDb();
    expect(await needsPassphrase(blob)).toBe(true);
    await expect(importBackup(target, blob)).rejects.toBeInstanceOf(PassphraseNeeded);
    expect(await importBackup(target, blob, undefined, PASSPHRASE)).toMatchObject({
      records: 2,
      mutations: 2,
    });
    expect(await residentNames(target)).toEqual([NAME]);
  });

  it('refuses a wrong passphrase in Indonesian and imports nothing', async () => {
    const blob = await exportSealedBackup(await deviceWithResident(), PASSPHRASE);
    const target = newDb();
    await expect(importBackup(target, blob, undefined, 'melati-dua-belaz')).rejects.toThrow(
      'Kata sandi salah atau berkas rusak',
    );
    expect(await residentNames(target)).toEqual([]);
    expect(await allPending(target)).toEqual([]);
  });

  it('refuses a file with one flipped byte, or altered parameters, and imports nothing', async () => {
    const text = await (await exportSealedBackup(await deviceWithResident(), PASSPHRASE)).text();
    const envelope = JSON.parse(text);
    const data = Buffer.from(envelope.data, 'base64');
    const middle = data.length >> 1;
    data[middle] = (data[middle] ?? 0) ^ 0x01;
    const flipped = { ...envelope, data: data.toString('base64') };
    const otherIterations = { ...envelope, iterations: PBKDF2_ITERATIONS + 1 };
    const target = newDb();
    for (const damaged of [flipped, otherIterations]) {
      const blob = new Blob([JSON.stringify(damaged)]);
      await expect(importBackup(target, blob, undefined, PASSPHRASE)).rejects.toThrow(
        'Kata sandi salah atau berkas rusak',
      );
    }
    expect(await residentNames(target)).toEqual([]);
  });

  it('still imports an old plain backup without asking for a passphrase', async () => {
    const plain = await exportBackup(await deviceWithResident());
    expect(await needsPassphrase(plain)).toBe(false);
    const target = newDb();
    expect(await importBackup(target, plain)).toMatchObject({ records: 2 });
    expect(await residentNames(target)).toEqual([NAME]);
  });

  it('refuses to seal with a passphrase shorter than 8 characters', async () => {
    await expect(exportSealedBackup(await deviceWithResident(), 'pendek7')).rejects.toThrow(
      'minimal 8 karakter',
    );
  });
});
