import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { applyPulledPage } from '@client/sync/apply-pulled';
import { DexieOutbox } from '@client/sync/dexie-outbox';
import { uuidv7 } from '@shared/ids';
import { pushOutbox, PushStalledError } from '@shared/sync/push-loop';
import type { PushRequest, PushResponse } from '@shared/sync/protocol';
import { allPending } from '@client/db/outbox';

const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
let db: PintuDb;

beforeEach(() => {
  db = new PintuDb(`sync-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

async function addHouseholds(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => uuidv7());
  await commitChanges(
    db,
    ids.map((id, i) => ({
      entity: 'household' as const,
      op: 'put' as const,
      id,
      values: {
        ...area,
        street: 'Jl. Kenanga',
        houseNumber: String(i + 1),
        headName: 'Siti Aminah',
      },
    })),
  );
  return ids;
}

describe('pushOutbox over the Dexie outbox', () => {
  it('empties the outbox on success and keeps a rejected change with its reason', async () => {
    await addHouseholds(3);
    const sent: PushRequest[] = [];
    const outcome = await pushOutbox(new DexieOutbox(db), async (request) => {
      sent.push(request);
      return {
        results: request.mutations.map((m, i) =>
          i === 1
            ? {
                id: m.id,
                seq: m.seq,
                status: 'rejected' as const,
                reason: 'RT di luar wilayah Anda.',
              }
            : { id: m.id, seq: m.seq, status: 'applied' as const },
        ),
        lastSeq: 3,
      };
    });
    expect(outcome).toEqual({ sent: 2, rejected: 1 });
    expect(sent[0]!.mutations.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(await db.countPending()).toBe(0);
    const rejected = await db.rejected.toArray();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBe('RT di luar wilayah Anda.');
    expect(rejected[0]!.seq).toBe(2);
  });

  it('leaves the outbox untouched when the network fails, and sends the same ids again', async () => {
    await addHouseholds(2);
    const before = (await allPending(db)).map((e) => e.id);
    await expect(
      pushOutbox(new DexieOutbox(db), async () => {
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
    const seen: string[] = [];
    await pushOutbox(new DexieOutbox(db), async (request) => {
      seen.push(...request.mutations.map((m) => m.id));
      return ack(request);
    });
    expect(seen).toEqual(before);
  });

  it('renumbers the pending outbox when the server expects another sequence number', async () => {
    await addHouseholds(3);
    const seqsSent: number[][] = [];
    await pushOutbox(new DexieOutbox(db), async (request) => {
      seqsSent.push(request.mutations.map((m) => m.seq));
      // A server that has seen 40 numbers of this device (restored from an old backup).
      if (request.mutations[0]!.seq !== 41) return { results: [], lastSeq: 40, expectedSeq: 41 };
      return ack(request);
    });
    expect(seqsSent).toEqual([
      [1, 2, 3],
      [41, 42, 43],
    ]);
    await addHouseholds(1);
    expect((await allPending(db)).map((e) => e.seq)).toEqual([44]);
  });

  it('sends a commit larger than a batch in order, settling part of its row between batches', async () => {
    await addHouseholds(300); // one commit: one outbox row of 300 changes
    expect(await db.outboxRows.count()).toBe(1);
    const batches: number[][] = [];
    const rowsBetween: number[][] = [];
    await pushOutbox(
      new DexieOutbox(db),
      async (request) => {
        batches.push(request.mutations.map((m) => m.seq));
        rowsBetween.push((await db.outboxRows.toArray()).map((r) => r.size));
        // The 120th change is refused; the queue goes on behind it.
        return {
          results: request.mutations.map((m) =>
            m.seq === 120
              ? { id: m.id, seq: m.seq, status: 'rejected' as const, reason: 'NIK ganda.' }
              : { id: m.id, seq: m.seq, status: 'applied' as const },
          ),
          lastSeq: request.mutations.at(-1)!.seq,
        };
      },
      250,
    );
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(batches).toEqual([range(1, 250), range(251, 300)]);
    // Before the second batch, the row kept its last 50 changes under its first key.
    expect(rowsBetween).toEqual([[300], [50]]);
    expect(await db.countPending()).toBe(0);
    expect((await db.rejected.toArray()).map((r) => [r.seq, r.reason])).toEqual([
      [120, 'NIK ganda.'],
    ]);
  });

  it('stops with an error instead of looping when the server keeps refusing the numbering', async () => {
    await addHouseholds(1);
    await expect(
      pushOutbox(new DexieOutbox(db), async () => ({ results: [], lastSeq: 0, expectedSeq: 1 })),
    ).rejects.toBeInstanceOf(PushStalledError);
    expect(await db.countPending()).toBe(1);
  });
});

describe('applyPulledPage', () => {
  it('takes the server record but keeps fields with pending local changes', async () => {
    const [id] = await addHouseholds(1);
    await pushOutbox(new DexieOutbox(db), async (r) => ack(r));
    // A local edit not yet pushed…
    await commitChanges(db, [
      { entity: 'household', op: 'put', id: id!, values: { headName: 'Siti A.' } },
    ]);
    const local = (await db.households.get(id!))!;
    // …and the server's version, where someone else changed the street.
    const serverHlc = '000000000000002-000000-server';
    await applyPulledPage(
      db,
      [
        {
          entity: 'household',
          id: id!,
          values: { ...area, street: 'Jl. Mawar', houseNumber: '1', headName: 'Siti Aminah' },
          hlc: { ...local.hlc, street: serverHlc, headName: serverHlc },
          deleted: false,
        },
      ],
      async () => {},
    );
    const merged = (await db.households.get(id!))!;
    expect(merged.street).toBe('Jl. Mawar');
    expect(merged.headName).toBe('Siti A.');
    expect(merged.searchWords).toContain('mawar');
  });
});

function ack(request: PushRequest): PushResponse {
  return {
    results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' as const })),
    lastSeq: request.mutations.at(-1)?.seq ?? 0,
  };
}

describe('a lost answer to a rejected mutation', () => {
  it('still lands in the rejected list when the retry is answered as a duplicate', async () => {
    await addHouseholds(1);
    await pushOutbox(new DexieOutbox(db), async (request) => ({
      results: request.mutations.map((m) => ({
        id: m.id,
        seq: m.seq,
        status: 'duplicate' as const,
        originalStatus: 'rejected' as const,
        reason: 'Kelurahan di luar wilayah Anda.',
      })),
      lastSeq: 1,
    }));
    expect(await db.countPending()).toBe(0);
    expect((await db.rejected.toArray()).map((r) => r.reason)).toEqual([
      'Kelurahan di luar wilayah Anda.',
    ]);
  });
});
