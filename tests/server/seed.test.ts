import { describe, expect, it } from 'vitest';
import { DEMO_KELURAHAN, generateKelurahan, mergeBatches } from '@shared/demo';
import type { KelurahanCoverage, WeeklyReport } from '@shared/coverage/api';
import { addDays } from '@shared/dates';
import { jakartaToday } from '@server/coverage/today';
import { updateCoverage } from '@server/coverage/upkeep';
import { isoWeekOf } from '@server/reports/week';
import { seedDemo } from '@server/seed/demo';
import { DATABASES } from './helpers/databases';
import { useApp } from './helpers/app';
import { TestDevice } from './helpers/device';
import { getJson } from './coverage/brute-force';

const SHAPE = { rwCount: 2, rtPerRw: 2, householdsPerRt: 10 };
const TODAY = '2026-11-23';
const quiet = { info: () => {} };

describe.each(DATABASES)('synthetic demo data ($name)', (kind) => {
  const ctx = useApp(kind);
  const expected = mergeBatches(
    generateKelurahan({ kelurahanCode: DEMO_KELURAHAN[0], seed: 1, today: TODAY, ...SHAPE }),
  );
  const total =
    expected.households.length +
    expected.residents.length +
    expected.doses.length +
    expected.isoman.length +
    expected.visits.length;
  const options = { kelurahan: [DEMO_KELURAHAN[0]], today: TODAY, shape: SHAPE };

  it('fills an empty database once, and devices can pull it', async () => {
    const counts = await seedDemo(ctx.t.db, quiet, options);
    expect(counts).toEqual({
      households: expected.households.length,
      residents: expected.residents.length,
      doses: expected.doses.length,
      isoman: expected.isoman.length,
      visits: expected.visits.length,
    });
    const { changes } = await new TestDevice(ctx.app).pullAll({ kelurahan: DEMO_KELURAHAN[0] });
    expect(changes).toHaveLength(total);
    const household = changes.find((c) => c.id === expected.households[0]!.id)!;
    expect(household.values.headName).toBe(expected.households[0]!.headName);
    expect(household.hlc).toEqual(expected.households[0]!.hlc);

    expect(await seedDemo(ctx.t.db, quiet, options)).toBeNull();
  });

  it('a seeded database needs no rebuild of its aggregates on the next start', async () => {
    await ctx.t.db.exec('TRUNCATE coverage_state');
    await seedDemo(ctx.t.db, quiet, options);
    // The seed computed every household as of today: the start-up update finds it done.
    expect(await updateCoverage(ctx.t.db)).toBe(false);
  });

  it('has 16 weeks of history: past weeks report real figures, rising with the drive', async () => {
    const today = jakartaToday();
    // Enough households that a 16-week drive leaves its mark on most weeks.
    const shape = { ...SHAPE, householdsPerRt: 40 };
    await seedDemo(ctx.t.db, quiet, { ...options, today, shape });
    const code = DEMO_KELURAHAN[0];
    const report = async (weeksAgo: number) =>
      (
        await getJson<WeeklyReport>(
          ctx.app,
          `/api/reports/weekly?week=${isoWeekOf(addDays(today, -7 * weeksAgo))}&kelurahan=${code}`,
        )
      ).rows[0]!;
    const weeks = [];
    for (let ago = 15; ago >= 1; ago--) weeks.push(await report(ago));
    for (const week of weeks) expect(week.eligible).toBeGreaterThan(0);
    // Coverage by vaccination date climbs over the drive, week after week.
    expect(weeks.at(-1)!.lengkap).toBeGreaterThan(weeks[0]!.lengkap);
    expect(weeks.filter((w) => w.lengkapChange > 0).length).toBeGreaterThan(7);
    // What reached the server is spread over the weeks, not all on the day of the seed.
    expect(weeks.filter((w) => w.recordedDosis1 > 0).length).toBeGreaterThan(7);
    expect(weeks.filter((w) => w.visits > 0).length).toBeGreaterThan(7);
    const dashboard = await getJson<KelurahanCoverage>(ctx.app, `/api/coverage/kelurahan/${code}`);
    expect(dashboard.trend.at(-1)!.lengkap).toBeGreaterThan(dashboard.trend[0]!.lengkap);
    expect(dashboard.trend.at(-1)!.householdsVisited).toBeGreaterThan(
      dashboard.trend[0]!.householdsVisited,
    );
  });

  it('never mixes invented people into a database that has real data', async () => {
    const device = new TestDevice(ctx.app);
    await device.push(device.household(0).mutations);
    expect(await seedDemo(ctx.t.db, quiet, options)).toBeNull();
    const { changes } = await device.pullAll({ kelurahan: DEMO_KELURAHAN[0] });
    expect(changes.map((c) => c.values.street)).toEqual(['Jalan Melati 1']); // only the real one
  });

  it('a seed cut short resumes where it stopped, without duplicates', async () => {
    const stop = new AbortController();
    let transactions = 0;
    const db = {
      ...ctx.t.db,
      transaction: ((fn, opts) => {
        if (++transactions === 3) stop.abort(); // the server is stopped during the seed
        return ctx.t.db.transaction(fn, opts);
      }) as typeof ctx.t.db.transaction,
    };
    const partial = await seedDemo(db, quiet, { ...options, signal: stop.signal });
    expect(partial!.households).toBeGreaterThan(0);
    expect(partial!.households).toBeLessThan(expected.households.length);

    const rest = await seedDemo(ctx.t.db, quiet, options);
    expect(rest!.households).toBe(expected.households.length); // all again; rows there are skipped
    const { changes } = await new TestDevice(ctx.app).pullAll({ kelurahan: DEMO_KELURAHAN[0] });
    expect(changes).toHaveLength(total);
    expect(await seedDemo(ctx.t.db, quiet, options)).toBeNull();
  });
});
