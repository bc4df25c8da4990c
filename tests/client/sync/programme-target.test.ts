// The kota's herd-immunity target reaches the phone with every pull and stays there for the
// summary offline; before the first pull, and for an answer without one, the default holds.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { readProgramme } from '@client/db/programme';
import { pullAll } from '@client/sync/pull';
import type { SyncTransport } from '@client/sync/transport';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { uuidv7 } from '@shared/ids';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`programme-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const answering = (target: number | undefined): SyncTransport => ({
  push: () => Promise.reject(new Error('not used')),
  pull: async () => ({
    changes: [],
    cursor: 'c',
    hasMore: false,
    remaining: 0,
    ...(target === undefined ? {} : { target }),
  }),
});

it('keeps the target of the last pull answer, and the default before any', async () => {
  const area = { kelurahanCode: '32.75.01.1001', rw: 3 };
  expect((await readProgramme(db)).herdImmunityTarget).toBe(DEFAULT_CONFIG.herdImmunityTarget);
  await pullAll(db, answering(0.8), area);
  expect(await readProgramme(db)).toEqual({ ...DEFAULT_CONFIG, herdImmunityTarget: 0.8 });
  // An older server says nothing: the target kept stays.
  await pullAll(db, answering(undefined), area);
  expect((await readProgramme(db)).herdImmunityTarget).toBe(0.8);
  await pullAll(db, answering(0.75), area);
  expect((await readProgramme(db)).herdImmunityTarget).toBe(0.75);
});
