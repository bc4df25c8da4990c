// The coverage upkeep with several server processes on one database: worker rounds take turns
// across processes, a dashboard on one process waits for a push that another process's worker
// is still recomputing, and the daily rebuild runs once a day whichever processes ask.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '@shared/coverage/api';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { buildApp } from '@server/app';
import { claimRebuild, updateCoverage } from '@server/coverage/upkeep';
import { workerRound } from '@server/coverage/worker';
import { queuedCount } from '@server/data/coverage-queue';
import type { Database } from '@server/db/database';
import { push } from '@server/sync/push';
import { DATABASES, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases';
import { KELURAHAN, TestDevice } from '../helpers/device';
import { signIn, useDatabase } from '../helpers/sign-in';
import { openTwoPools, type TwoPools } from '../helpers/two-pools';
import { getJson } from './brute-force';

/** A push of `residents` residents in one new household, committed with no worker kicked. */
async function pushHousehold(db: Database, residents: number): Promise<void> {
  const user = await signIn(db, { role: 'admin-kota' });
  const device = new TestDevice(null);
  await push(
    db,
    {
      deviceId: user.deviceId,
      user: { id: user.userId, name: 'Admin', role: user.role, area: user.area },
    },
    {
      deviceId: user.deviceId,
      schemaVersion: SCHEMA_VERSION,
      mutations: device.household(residents).mutations,
    },
  );
}

describe.each(DATABASES)('daily rebuild, once per day ($name)', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await kind.open();
  });
  afterAll(() => t.close());

  it('two asking at once for a new day: one rebuilds, the other and later ones do not', async () => {
    await t.db.exec('TRUNCATE coverage_state');
    const answers = await Promise.all([
      updateCoverage(t.db, '2026-03-01'),
      updateCoverage(t.db, '2026-03-01'),
    ]);
    expect(answers.sort()).toEqual([false, true]);
    expect(await updateCoverage(t.db, '2026-03-01')).toBe(false);
    expect(await updateCoverage(t.db, '2026-03-02')).toBe(true);
  });

  it('a claim whose process stopped beating is taken over; a fresh one is not', async () => {
    await t.db.exec('TRUNCATE coverage_state');
    expect(await claimRebuild(t.db, '2026-04-01')).toBe(true); // then the process dies
    expect(await claimRebuild(t.db, '2026-04-01')).toBe(false);
    await t.db.query(`UPDATE coverage_state SET rebuild_beat = now() - interval '11 minutes'`);
    expect(await updateCoverage(t.db, '2026-04-01')).toBe(true);
    const [state] = await t.db.query<{ day: string }>(
      `SELECT to_char(eligibility_on, 'YYYY-MM-DD') AS day FROM coverage_state`,
    );
    expect(state!.day).toBe('2026-04-01');
  });
});

describe.skipIf(!TEST_DATABASE_URL)('coverage worker across two processes (PostgreSQL)', () => {
  let pools: TwoPools;
  beforeAll(async () => {
    pools = await openTwoPools(TEST_DATABASE_URL!);
  });
  afterAll(() => pools.close());

  it("a dashboard on process 2 waits while process 1's worker still recomputes a push", async () => {
    const [db1, db2] = pools.dbs;
    const app2 = await buildApp({ db: db2 });
    useDatabase(app2, db2);
    try {
      await app2.ready();
      await app2.coverageWorker.settled(10_000);
      await pushHousehold(db1, 3);
      // Process 1's round takes the queued row, then is slow to recompute it.
      let taken!: () => void;
      const rowTaken = new Promise<void>((resolve) => (taken = resolve));
      const round1 = workerRound(db1, async () => {
        taken();
        await new Promise((resolve) => setTimeout(resolve, 400));
      });
      await rowTaken;
      const kel = await getJson<KelurahanCoverage>(app2, `/api/coverage/kelurahan/${KELURAHAN}`);
      expect(kel.total.households).toBe(1);
      expect(kel.total.residents).toBe(3);
      expect(await round1).toBe(1);
    } finally {
      await app2.close();
    }
  });

  it('rounds of two processes never overlap', async () => {
    const [db1, db2] = pools.dbs;
    for (let i = 0; i < 6; i++) await pushHousehold(i % 2 ? db1 : db2, 1);
    let inside = 0;
    let most = 0;
    const hold = async () => {
      most = Math.max(most, ++inside);
      await new Promise((resolve) => setTimeout(resolve, 50));
      inside--;
    };
    const rounds = () => Promise.all([workerRound(db1, hold), workerRound(db2, hold)]);
    await Promise.all([rounds(), rounds(), rounds()]);
    expect(most).toBe(1);
    expect(await queuedCount(db1)).toBe(0);
  });
});
