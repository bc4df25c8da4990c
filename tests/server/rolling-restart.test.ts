// A rolling restart loses nothing: two server processes on one PostgreSQL, behind a
// round-robin balancer, while phones running the real device code push and pull through it;
// process 1 gets SIGTERM and is started again, then process 2. Afterwards every change was
// applied exactly once, every phone holds what the server holds, and no sync let an error
// through to the volunteer (the transport's retries absorbed the 503s and dropped
// connections). Both processes start on an empty database at once: their migrations take
// turns. PostgreSQL only: PGlite lives inside one process.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '@server/db/postgres';
import type { Database } from '@server/db/database';
import { uuidv7 } from '@shared/ids';
import { startBalancer, type Balancer } from './helpers/balancer';
import { createTestDatabase, TEST_DATABASE_URL } from './helpers/databases';
import { householdValues, KELURAHAN, residentValues } from './helpers/device';
import { HttpPhone } from './helpers/http-phone';
import { freePort, startServer, type ServerProcess } from './helpers/server-process';
import { isDeepStrictEqual } from 'node:util';
import { SCHEMA_VERSION, type PullResponse } from '@shared/sync/protocol';
import { fieldClocks } from '@shared/sync/record-clock';
import { normalize, type Snapshot } from '../sync/helpers/client-device';
import { signIn, type SignedIn } from './helpers/sign-in';

const PHONES = 8;
const RWS = [3, 4];

describe.skipIf(!TEST_DATABASE_URL)(
  'rolling restart of two server processes (PostgreSQL only: PGlite serves one process; set TEST_DATABASE_URL)',
  () => {
    const cleanups: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    });

    it(
      'applies every change exactly once, and every phone converges without seeing an error',
      { timeout: 120_000 },
      async () => {
        const own = await createTestDatabase(TEST_DATABASE_URL!);
        cleanups.push(own.drop);
        const ports = [await freePort(), await freePort()];
        const env = (port: number) => ({
          DATABASE_URL: own.url,
          PORT: String(port),
          LOG_LEVEL: 'error',
        });
        const servers: ServerProcess[] = await Promise.all(ports.map((p) => startServer(env(p))));
        cleanups.push(async () => servers.forEach((s) => s.child.kill('SIGKILL')));
        const balancer: Balancer = await startBalancer(ports);
        cleanups.push(() => balancer.close());
        const db: Database = openPostgres(own.url, 2);
        cleanups.push(() => db.close());

        const phones = await Promise.all(
          Array.from({ length: PHONES }, (_, i) =>
            HttpPhone.signedIn(db, balancer.url, {
              kelurahanCode: KELURAHAN,
              rw: RWS[i % RWS.length]!,
            }),
          ),
        );
        cleanups.push(() => Promise.all(phones.map((p) => p.close())));

        // 1. Phones work: new households with a resident, and edits of households any phone of
        //    the RW made, each followed by a sync.
        let working = true;
        const work = phones.map(async (phone, i) => {
          const rw = RWS[i % RWS.length]!;
          for (let n = 0; working; n++) {
            const known = await phone.db.households.toArray();
            if (known.length < 3 || n % 2 === 0) {
              const household = uuidv7();
              const area = { kelurahanCode: KELURAHAN, rw, rt: 1 + (n % 3) };
              await phone.commit([
                { entity: 'household', op: 'put', id: household, values: householdValues(area, n) },
                {
                  entity: 'resident',
                  op: 'put',
                  id: uuidv7(),
                  values: residentValues(household, area, n),
                },
              ]);
            } else {
              const target = known[Math.floor(Math.random() * known.length)]!;
              await phone.commit([
                {
                  entity: 'household',
                  op: 'put',
                  id: target.id,
                  values: { note: `Kunjungan ${i}.${n}` },
                },
              ]);
            }
            await phone.sync();
            await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
          }
        });

        // 2. While they work: SIGTERM process 1, start it again on its port; then process 2.
        const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
        await pause(2_000);
        for (const i of [0, 1]) {
          servers[i]!.child.kill('SIGTERM');
          expect(await servers[i]!.exited).toBe(0);
          servers[i] = await startServer(env(ports[i]!));
          await pause(2_000);
        }
        working = false;
        await Promise.all(work);

        // 3. Quiet: every phone syncs until its outbox is empty and it holds what a fresh
        //    download of its RW holds (a pull brings only what no running transaction may
        //    still precede, so the last rows can take a moment).
        const checker = await signIn(db, {
          role: 'lurah',
          area: { kelurahanCode: KELURAHAN, rw: null, rts: [] },
        });
        const downloads = new Map<number, Snapshot>();
        const converged = async () => {
          for (const rw of RWS) downloads.set(rw, await download(balancer.url, checker, rw));
          for (const [i, phone] of phones.entries()) {
            if ((await phone.pending()) > 0) return false;
            if (!isDeepStrictEqual(await phone.snapshot(), downloads.get(RWS[i % RWS.length]!)))
              return false;
          }
          return true;
        };
        for (let round = 0; round < 20; round++) {
          for (const phone of phones) await phone.sync();
          if (await converged()) break;
          await pause(250);
        }

        // What the restarts cost underneath (retried by the transport), for whoever reads the log.
        const failed = phones.flatMap((p) => p.failedAttempts);
        console.log(
          `rolling restart: ${phones.reduce((n, p) => n + p.writes.length, 0)} changes, ` +
            `${failed.length} requests refused or dropped and sent again: ${[...new Set(failed)].join('; ')}`,
        );

        // Every phone saw no error, and both processes served through the balancer.
        expect(phones.flatMap((p) => p.errors.map(String))).toEqual([]);
        expect(balancer.served.every((n) => n > 0)).toBe(true);
        for (const phone of phones) expect(await phone.pending()).toBe(0);

        // Every change has one receipt, applied, and one audit row at most: none ran twice.
        const writes = phones.flatMap((p) => p.writes);
        expect(writes.length).toBeGreaterThan(PHONES * 4);
        const receipts = await db.query<{ mutation_id: string; status: string }>(
          'SELECT mutation_id, status FROM receipts',
        );
        expect(new Set(receipts.map((r) => r.mutation_id))).toEqual(
          new Set(writes.map((w) => w.id)),
        );
        expect(receipts.filter((r) => r.status !== 'applied')).toEqual([]);
        const twice = await db.query(
          'SELECT mutation_id FROM audit GROUP BY mutation_id HAVING count(*) > 1',
        );
        expect(twice).toEqual([]);
        const created = new Set(
          writes
            .filter((w) => w.entity === 'household' && w.values?.headName)
            .map((w) => w.entityId),
        );
        const [households] = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM households',
        );
        expect(households!.n).toBe(created.size);

        // Every phone holds exactly the server's records of its RW, values and clocks.
        for (const [i, phone] of phones.entries()) {
          const server = downloads.get(RWS[i % RWS.length]!)!;
          expect(server.size).toBeGreaterThan(0);
          expect(Object.fromEntries(await phone.snapshot())).toEqual(Object.fromEntries(server));
        }
      },
    );
  },
);

/** The server's records of one RW, as a fresh download through the balancer brings them. */
async function download(url: string, as: SignedIn, rw: number): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  let cursor = '';
  for (;;) {
    const query = new URLSearchParams({
      deviceId: as.deviceId,
      schemaVersion: String(SCHEMA_VERSION),
      kelurahan: KELURAHAN,
      rw: String(rw),
      limit: '1000',
      ...(cursor ? { cursor } : {}),
    });
    const response = await fetch(`${url}/api/sync/pull?${query}`, { headers: as.headers });
    expect(response.status).toBe(200);
    const page = (await response.json()) as PullResponse;
    for (const c of page.changes) {
      snapshot.set(c.id, {
        entity: c.entity,
        values: normalize(c.values),
        hlc: fieldClocks(c), // the phone stores a stamp per field
        deleted: c.deleted,
      });
    }
    cursor = page.cursor;
    if (!page.hasMore) return snapshot;
  }
}
