// The coverage worker: pushes queue their households and answer at once; the aggregates
// follow after the commit, and every dashboard answer includes the pushes made before it.
import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '@shared/coverage/api';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { buildApp } from '@server/app';
import { jakartaToday } from '@server/coverage/today';
import { queuedCount } from '@server/data/coverage-queue';
import { push } from '@server/sync/push';
import { useApp } from '../helpers/app';
import { COVERAGE_TABLES, DATABASES } from '../helpers/databases';
import { KELURAHAN, TestDevice, doseValues } from '../helpers/device';
import { signIn, useDatabase } from '../helpers/sign-in';
import { coverageOf, expected, getJson, readAll } from './brute-force';

describe.each(DATABASES)('coverage worker ($name)', (kind) => {
  const ctx = useApp(kind);

  async function kelurahanAnswer() {
    return getJson<KelurahanCoverage>(ctx.app, `/api/coverage/kelurahan/${KELURAHAN}`);
  }

  async function expectedTotal() {
    return expected(await readAll(ctx.t.db), jakartaToday()).kelurahan.get(KELURAHAN)!.total;
  }

  it('a push queues its households; the next dashboard answer counts them, and the queue is empty', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    const device = new TestDevice(ctx.app);
    const a = device.household(3);
    const b = device.household(2);
    const answer = await device.push([...a.mutations, ...b.mutations]);
    expect(answer.results.every((r) => r.status === 'applied')).toBe(true);

    const kel = await kelurahanAnswer();
    expect(kel.total.households).toBe(2);
    expect(kel.total.residents).toBe(5);
    expect(coverageOf(kel.total)).toEqual(await expectedTotal());
    expect(await queuedCount(ctx.t.db)).toBe(0);
  });

  it('many devices pushing doses into one household at once: the aggregates equal the records', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    const owner = new TestDevice(ctx.app);
    const home = owner.household(12);
    await owner.push(home.mutations);
    const devices = Array.from({ length: 12 }, () => new TestDevice(ctx.app));
    // Each device records a dose of its own resident of the same household, twice over, all
    // at once: pushes commit while the worker recomputes that household.
    await Promise.all(
      devices.map(async (device, i) => {
        const resident = home.residentIds[i]!;
        await device.push([device.put('dose', uuidv7(), doseValues(resident, home.householdId))]);
        await device.push([
          device.put('dose', uuidv7(), {
            ...doseValues(resident, home.householdId),
            kind: 'dosis2',
            date: '2021-09-14',
          }),
        ]);
      }),
    );
    const kel = await kelurahanAnswer();
    const want = await expectedTotal();
    expect(want.lengkap).toBeGreaterThan(0);
    expect(coverageOf(kel.total)).toEqual(want);
    expect(await queuedCount(ctx.t.db)).toBe(0);
  });

  it('households a stopped server left queued are counted once the next server starts', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    // A push through the sync module alone, as if the server stopped right after the commit,
    // before its worker ran.
    const user = await signIn(ctx.t.db, { role: 'admin-kota' });
    const device = new TestDevice(null);
    const { mutations } = device.household(4);
    await push(
      ctx.t.db,
      {
        deviceId: user.deviceId,
        user: { id: user.userId, name: 'Admin', role: user.role, area: user.area },
      },
      { deviceId: user.deviceId, schemaVersion: SCHEMA_VERSION, mutations },
    );
    expect(await queuedCount(ctx.t.db)).toBe(1);

    const next = await buildApp({ db: ctx.t.db });
    useDatabase(next, ctx.t.db);
    try {
      await next.ready();
      await expect.poll(() => queuedCount(ctx.t.db), { timeout: 10_000, interval: 50 }).toBe(0);
      const kel = await getJson<KelurahanCoverage>(next, `/api/coverage/kelurahan/${KELURAHAN}`);
      expect(kel.total.residents).toBe(4);
    } finally {
      await next.close();
    }
  });
});
