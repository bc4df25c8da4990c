// The server process is killed (SIGKILL) while devices stream pushes at it, then restarted on
// the same data. Every mutation it acknowledged must be there, exactly once; every other one
// must be applied exactly once after the devices retry. Against PGlite (files in a temporary
// DATA_DIR) and, when TEST_DATABASE_URL is set, PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import {
  SCHEMA_VERSION,
  type Mutation,
  type PullResponse,
  type PushResponse,
  type RecordChange,
} from '@shared/sync/protocol';
import { createTestDatabase, TEST_DATABASE_URL } from './helpers/databases';
import { AREA, KELURAHAN, TestDevice, householdValues, residentValues } from './helpers/device';
import { freePort, startServer, type ServerProcess } from './helpers/server-process';
import { adminCreate, enrollOverHttp, inviteOverHttp } from './helpers/server-sign-in';

const DEVICES = 4;
const HOUSEHOLDS_PER_DEVICE = 20;
const BATCH = 4;

type Place = {
  name: string;
  env: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>;
};

const PLACES: Place[] = [
  {
    name: 'PGlite',
    env: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'pintu-crash-'));
      return { env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  ...(TEST_DATABASE_URL
    ? [
        {
          name: 'PostgreSQL',
          env: async () => {
            const own = await createTestDatabase(TEST_DATABASE_URL!);
            return { env: { DATABASE_URL: own.url, DATA_DIR: tmpdir() }, drop: own.drop };
          },
        },
      ]
    : []),
];

/** A phone: an outbox it drains in batches, retrying the same batch after any failure. */
class Phone {
  readonly maker = new TestDevice(null);
  readonly outbox: Mutation[] = [];
  readonly all: Mutation[] = [];
  readonly acked = new Map<string, PushResponse['results'][number]>();
  /** Its device token, once enrolled (a ketua RW of the households' RW). */
  token = '';

  constructor() {
    for (let i = 0; i < HOUSEHOLDS_PER_DEVICE; i++) {
      const householdId = uuidv7();
      this.all.push(
        this.maker.put('household', householdId, householdValues(AREA, i)),
        this.maker.put('resident', uuidv7(), residentValues(householdId, AREA, i)),
        this.maker.put('household', householdId, { headName: `Kepala ${i} diubah` }),
      );
    }
    this.outbox.push(...this.all);
  }

  async drain(url: () => string, online: () => Promise<void>): Promise<void> {
    while (this.outbox.length > 0) {
      await online();
      const batch = this.outbox.slice(0, BATCH);
      try {
        const answer = await push(url(), this.maker.id, this.token, batch);
        for (const r of answer.results) this.acked.set(r.id, r);
        expect(answer.expectedSeq).toBeUndefined();
        this.outbox.splice(0, answer.results.length);
      } catch (error) {
        if ((error as Error).name === 'AssertionError') throw error;
        await new Promise((r) => setTimeout(r, 20)); // connection refused or reset: retry
      }
    }
  }
}

async function push(
  url: string,
  deviceId: string,
  token: string,
  mutations: readonly Mutation[],
): Promise<PushResponse> {
  const response = await fetch(`${url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ deviceId, schemaVersion: SCHEMA_VERSION, mutations }),
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok) throw new Error(`push: ${response.status} ${await response.text()}`);
  return (await response.json()) as PushResponse;
}

type Reader = { deviceId: string; token: string };

async function pullAll(url: string, reader: Reader): Promise<Map<string, RecordChange>> {
  const records = new Map<string, RecordChange>();
  let cursor = '';
  for (;;) {
    const query = new URLSearchParams({
      deviceId: reader.deviceId,
      schemaVersion: String(SCHEMA_VERSION),
      kelurahan: KELURAHAN,
      limit: '1000',
      ...(cursor ? { cursor } : {}),
    });
    const response = await fetch(`${url}/api/sync/pull?${query}`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    const page = (await response.json()) as PullResponse;
    for (const c of page.changes) records.set(c.id, c);
    cursor = page.cursor;
    if (!page.hasMore) return records;
  }
}

/** Replays mutations: each must come back `duplicate`, i.e. its receipt survived. */
async function expectAllKnown(url: string, phone: Phone, mutations: readonly Mutation[]) {
  for (let i = 0; i < mutations.length; i += 200) {
    const answer = await push(url, phone.maker.id, phone.token, mutations.slice(i, i + 200));
    expect(answer.results.map((r) => r.status)).toEqual(
      mutations.slice(i, i + 200).map(() => 'duplicate'),
    );
  }
}

/** What the records must be once every mutation is applied: later writes win, per field. */
function expectedRecords(phones: readonly Phone[]): Map<string, Record<string, unknown>> {
  const records = new Map<string, Record<string, unknown>>();
  for (const m of phones.flatMap((p) => p.all)) {
    records.set(m.entityId, { ...records.get(m.entityId), ...m.values });
  }
  return records;
}

describe.each(PLACES)('crash: SIGKILL during pushes ($name)', (place) => {
  it('keeps every acknowledged mutation, and applies every other one exactly once', async () => {
    const { env, drop } = await place.env();
    const port = String(await freePort());
    let server: ServerProcess | undefined;
    try {
      const { code } = await adminCreate(env);
      server = await startServer({ ...env, PORT: port });
      const url = server.url;
      const phones = Array.from({ length: DEVICES }, () => new Phone());
      // The phones enroll before the stream: an admin, then a ketua RW invitation each.
      const adminId = uuidv7();
      const admin = { deviceId: adminId, token: (await enrollOverHttp(url, code, adminId)).token };
      for (const phone of phones) {
        const area = { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [] };
        const invitation = await inviteOverHttp(url, admin.token, { role: 'ketua-rw', area });
        phone.token = (await enrollOverHttp(url, invitation.code, phone.maker.id)).token;
      }
      let open: () => void = () => {};
      let gate: Promise<void> = Promise.resolve();
      const draining = Promise.all(
        phones.map((p) =>
          p.drain(
            () => url,
            () => gate,
          ),
        ),
      );

      // 1. Kill the server while pushes are in flight, some way into the stream.
      const total = DEVICES * HOUSEHOLDS_PER_DEVICE * 3;
      while ([...phones].reduce((n, p) => n + p.acked.size, 0) < total / 3) {
        await new Promise((r) => setTimeout(r, 5));
      }
      gate = new Promise((r) => (open = r));
      server.child.kill('SIGKILL');
      expect(await server.exited).toBeNull();
      const ackedBefore = phones.map((p) => p.all.filter((m) => p.acked.has(m.id)));
      expect(ackedBefore.flat().length).toBeLessThan(total);

      // 2. Restart on the same data: every acknowledged mutation is there.
      server = await startServer({ ...env, PORT: port });
      for (const [i, phone] of phones.entries()) await expectAllKnown(url, phone, ackedBefore[i]!);
      const afterRestart = await pullAll(url, admin);
      for (const m of ackedBefore.flat()) expect(afterRestart.has(m.entityId)).toBe(true);

      // 3. The phones retry; everything drains.
      open();
      await draining;
      for (const phone of phones) {
        expect(phone.outbox).toEqual([]);
        expect([...phone.acked.values()].filter((r) => r.status === 'rejected')).toEqual([]);
        await expectAllKnown(url, phone, phone.all);
      }
      const stored = await pullAll(url, admin);
      const expected = expectedRecords(phones);
      expect(stored.size).toBe(expected.size);
      for (const [id, values] of expected) expect(stored.get(id)?.values).toEqual(values);

      // 4. A graceful stop exits cleanly.
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      server = undefined;
    } finally {
      if (server && server.child.exitCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
      await drop();
    }
  }, 300_000);
});
