import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { AREA_NOTICE_KEY, OUT_OF_AREA_REASON } from '@client/sync/area-notice';
import { readAuth, type Revoked, type SignedIn } from '@client/sync/auth';
import { SyncEngine } from '@client/sync/engine';
import { pullAll } from '@client/sync/pull';
import {
  httpTransport,
  HttpError,
  type PullParams,
  type SyncTransport,
} from '@client/sync/transport';
import type { UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import type { PullResponse, PushRequest, PushResponse } from '@shared/sync/protocol';
import { memoryStorage, signIn } from '../features/auth/helpers';
import { residentFields } from '../features/fixtures';
import { allPending } from '@client/db/outbox';

const KEL = '32.75.01.1001';
const rt = (n: number) => ({ kelurahanCode: KEL, rw: 3, rt: n });
let db: PintuDb;

beforeEach(() => {
  db = new PintuDb(`area-${uuidv7()}`);
  vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

/** A household in the RT with one resident, written through the app's write path. */
async function householdIn(place: { kelurahanCode: string; rw: number; rt: number }) {
  const id = uuidv7();
  const residentId = uuidv7();
  const values = { ...place, street: 'Jl. Melati', houseNumber: '1', headName: 'Budi' };
  await commitChanges(db, [
    { entity: 'household', op: 'put', id, values },
    { entity: 'resident', op: 'put', id: residentId, values: residentFields(id, place) },
  ]);
  return { id, residentId };
}

/** A server that answers every pull with no records and the given user area. */
function serverWithArea(area: () => UserArea) {
  const pulls: PullParams[] = [];
  const transport: SyncTransport = {
    push: async (request: PushRequest): Promise<PushResponse> => ({
      results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' })),
      lastSeq: request.mutations.at(-1)?.seq ?? 0,
    }),
    pull: async (params) => {
      pulls.push(params);
      const page: PullResponse & { area: UserArea } = {
        changes: [],
        cursor: 'c-next',
        hasMore: false,
        remaining: 0,
        area: area(),
      };
      return page;
    },
  };
  return { transport, pulls };
}

describe('area shrink on pull', () => {
  it('deletes rows outside the new area and moves their pending changes to "Ditolak", never silently', async () => {
    let area: UserArea = { kelurahanCode: KEL, rw: 3, rts: [5, 6] };
    await signIn(db, '482915', area);
    const kept = await householdIn(rt(5));
    const lost = await householdIn(rt(6));
    const server = serverWithArea(() => area);

    // First pull: the area is as the phone thought; nothing goes, nothing to tell.
    await pullAll(db, server.transport, {});
    expect(await db.households.count()).toBe(2);
    expect(await db.rejected.count()).toBe(0);
    expect(await db.meta.get(AREA_NOTICE_KEY)).toBeUndefined();

    // The lurah takes RT 006 away.
    area = { kelurahanCode: KEL, rw: 3, rts: [5] };
    await pullAll(db, server.transport, {});

    expect((await db.households.toArray()).map((h) => h.id)).toEqual([kept.id]);
    expect((await db.residents.toArray()).map((r) => r.id)).toEqual([kept.residentId]);
    const rejected = await db.rejected.toArray();
    expect(rejected.map((r) => r.entityId).sort()).toEqual([lost.id, lost.residentId].sort());
    expect(rejected.every((r) => r.reason === OUT_OF_AREA_REASON)).toBe(true);
    const outbox = await allPending(db);
    expect(outbox.map((e) => e.entityId).sort()).toEqual([kept.id, kept.residentId].sort());
    expect(((await readAuth(db)) as SignedIn).user.area).toEqual(area);
    // And the screens are told, with the counts.
    expect((await db.meta.get(AREA_NOTICE_KEY))?.value).toMatchObject({
      from: { kelurahanCode: KEL, rw: 3, rts: [5, 6] },
      to: area,
      deletedRecords: 2,
      rejectedChanges: 2,
    });
  });

  it('starts the pull over from the beginning when the area changed (the old cursor would skip records)', async () => {
    let area: UserArea = { kelurahanCode: KEL, rw: 3, rts: [5] };
    await signIn(db, '482915', area);
    const server = serverWithArea(() => area);
    await pullAll(db, server.transport, {});
    await pullAll(db, server.transport, {});
    expect(server.pulls.map((p) => p.cursor)).toEqual([null, 'c-next']);
    expect(server.pulls[0]!.kelurahanCode).toBeUndefined(); // the server decides the area

    area = { kelurahanCode: KEL, rw: 3, rts: [5, 7] };
    await pullAll(db, server.transport, {});
    expect(server.pulls.map((p) => p.cursor)).toEqual([null, 'c-next', 'c-next', null]);
  });
});

describe('revocation', () => {
  it('a 401 "revoked" wipes field data, outbox, Ditolak and token, and leaves why with the count of lost changes', async () => {
    await signIn(db);
    await householdIn(rt(5));
    await db.rejected.put({ ...(await allPending(db))[0]!, reason: 'x', rejectedAt: 1 });
    localStorage.setItem('pintu:area', '{}');
    const pending = await db.countPending();
    const transport: SyncTransport = {
      push: async () => {
        throw new HttpError(401, 'Akses perangkat ini telah dicabut.', 'revoked');
      },
      pull: async () => {
        throw new Error('not reached');
      },
    };
    const engine = new SyncEngine(db, transport, { scope: async () => ({}) });
    await engine.syncNow();

    for (const table of [...db.fieldTables, db.outboxRows, db.rejected])
      expect(await table.count()).toBe(0);
    const notice = (await readAuth(db)) as Revoked;
    expect(notice).toMatchObject({ status: 'revoked', unsentDeleted: pending });
    expect(JSON.stringify(notice)).not.toMatch(/token|Siti|Budi/);
    expect((await db.meta.toArray()).map((m) => m.key)).toEqual(['auth']);
    expect(localStorage.getItem('pintu:area')).toBeNull();
    expect(engine.status.get().error).toBeNull();
  });

  it('another 401 (unknown token) keeps the data and says what to do', async () => {
    await signIn(db);
    await householdIn(rt(5));
    const transport: SyncTransport = {
      push: async () => {
        throw new HttpError(401, 'Belum masuk.', 'unauthenticated');
      },
      pull: async () => ({ changes: [], cursor: '', hasMore: false, remaining: 0 }),
    };
    const engine = new SyncEngine(db, transport, { scope: async () => ({}), random: () => 0 });
    await engine.syncNow();
    engine.stop();
    expect(await db.households.count()).toBe(1);
    expect(engine.status.get().error).toMatch(/daftar ulang/);
  });

  it('does nothing before sign-in', async () => {
    const transport: SyncTransport = {
      push: async () => {
        throw new Error('must not push');
      },
      pull: async () => {
        throw new Error('must not pull');
      },
    };
    const engine = new SyncEngine(db, transport, {
      scope: async () => ({}),
      signedIn: async () => (await readAuth(db))?.status === 'active',
    });
    await householdIn(rt(5));
    await engine.syncNow();
    expect(engine.status.get()).toMatchObject({ phase: 'idle', error: null });
  });
});

describe('HTTP transport', () => {
  it('sends the device token on push and pull', async () => {
    const seen: (string | null)[] = [];
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      seen.push(new Headers(init.headers).get('authorization'));
      return new Response(
        JSON.stringify({
          results: [],
          lastSeq: 0,
          changes: [],
          cursor: '',
          hasMore: false,
          remaining: 0,
        }),
        { status: 200 },
      );
    }) as typeof fetch;
    const transport = httpTransport('', fetchImpl, 1000, async () => 'dev.secret');
    await transport.push({ deviceId: 'dev', schemaVersion: 1, mutations: [] });
    await transport.pull({ deviceId: 'dev', cursor: null, limit: 10 });
    expect(seen).toEqual(['Bearer dev.secret', 'Bearer dev.secret']);
  });

  it("reads the server's error code and wait from a refusal", async () => {
    const fetchImpl = (async () =>
      new Response(
        JSON.stringify({ error: 'revoked', message: 'Akses perangkat ini telah dicabut.' }),
        {
          status: 401,
        },
      )) as unknown as typeof fetch;
    const error = await httpTransport('', fetchImpl)
      .push({ deviceId: 'dev', schemaVersion: 1, mutations: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 401,
      code: 'revoked',
      message: 'Akses perangkat ini telah dicabut.',
    });
  });
});
