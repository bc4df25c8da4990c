import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { FIRST_PAGE_SIZE, pullAll, type Progress } from '@client/sync/pull';
import { NetworkError, type PullParams, type SyncTransport } from '@client/sync/transport';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';

const AREA = { kelurahanCode: '32.75.01.1001', rw: 3 };
const hlc = formatHlc({ wall: 1_763_884_800_000, counter: 0, node: 'server' });
let db: PintuDb;

beforeEach(() => {
  db = new PintuDb(`pull-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

/** A server holding `count` households; the cursor is the number of records sent so far. */
function fakeServer(count: number, failAtRequest?: number) {
  const records: RecordChange[] = Array.from({ length: count }, (_, i) => ({
    entity: 'household',
    id: uuidv7(),
    values: { ...AREA, rt: 1, street: 'Jl. Kenanga', houseNumber: String(i + 1), headName: 'Budi' },
    hlc: { kelurahanCode: hlc, rw: hlc, rt: hlc, street: hlc, houseNumber: hlc, headName: hlc },
    deleted: false,
  }));
  const asked: PullParams[] = [];
  const transport: SyncTransport = {
    push: () => Promise.reject(new Error('not used')),
    pull: async (params) => {
      asked.push(params);
      if (asked.length === failAtRequest) throw new NetworkError('connection dropped');
      const from = Number(params.cursor ?? 0);
      const changes = records.slice(from, from + params.limit);
      const to = from + changes.length;
      return { changes, cursor: String(to), hasMore: to < count, remaining: count - to };
    },
  };
  return { transport, asked };
}

describe('pullAll', () => {
  it('starts with a small page, doubles it up to the page size, and stores every record', async () => {
    const server = fakeServer(9000);
    const progress: Progress[] = [];
    const pulled = await pullAll(db, server.transport, AREA, (p) => progress.push(p), 2000);

    expect(server.asked.map((p) => p.limit)).toEqual([
      FIRST_PAGE_SIZE,
      FIRST_PAGE_SIZE * 2,
      FIRST_PAGE_SIZE * 4,
      2000,
      2000,
      2000,
      2000,
    ]);
    expect(pulled).toBe(9000);
    expect(await db.households.count()).toBe(9000);
    expect(progress.at(-1)).toEqual({ done: 9000, total: 9000 });
    expect(progress.every((p) => p.total === 9000)).toBe(true);
  });

  it('resumes after a dropped connection from the last page written, skipping and repeating none', async () => {
    const server = fakeServer(3000, 4);
    await expect(pullAll(db, server.transport, AREA)).rejects.toBeInstanceOf(NetworkError);
    const written = await db.households.count();
    // The 4th request failed while the 3rd page was being written: pages 1–3 landed.
    expect(written).toBe(FIRST_PAGE_SIZE * (1 + 2 + 4));

    const before = server.asked.length;
    await pullAll(db, server.transport, AREA);
    expect(server.asked[before]!.cursor).toBe(String(written));
    expect(await db.households.count()).toBe(3000);
  });
});
