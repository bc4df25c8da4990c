// The demo's past weekly reports: most kelurahan sent on time, a few late or never, with the
// figures of each kelurahan's weekly report; written once, into a demo database only.
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/dates';
import { DEMO_KELURAHAN } from '@shared/demo';
import { seedDemo } from '@server/seed/demo';
import { seedDemoReports } from '@server/seed/demo-reports';
import { submissionList, reportSnapshot } from '@server/reports/submissions';
import { isoWeekDays, isoWeekOf } from '@server/reports/week';
import { weeklyReport } from '@server/reports/weekly';
import { DATABASES } from './helpers/databases';
import { useApp } from './helpers/app';

const SHAPE = { rwCount: 2, rtPerRw: 1, householdsPerRt: 8 };
const TODAY = '2026-12-02'; // a Wednesday
const quiet = { info: () => {} };

describe.each(DATABASES)('demo weekly reports ($name)', (kind) => {
  const ctx = useApp(kind);

  it('sends past weeks for most kelurahan, once, and only into a demo database', async () => {
    expect(await seedDemoReports(ctx.t.db, quiet, { today: TODAY })).toBe(0); // no demo yet
    await seedDemo(ctx.t.db, quiet, { kelurahan: [DEMO_KELURAHAN[0]], today: TODAY, shape: SHAPE });
    const week = isoWeekOf(addDays(TODAY, -14));
    const written = await seedDemoReports(ctx.t.db, quiet, { today: TODAY, weeks: 4 });
    expect(written).toBeGreaterThan(4 * 56 * 0.8);
    expect(written).toBeLessThan(4 * 56);
    expect(await seedDemoReports(ctx.t.db, quiet, { today: TODAY })).toBe(0);

    const now = new Date(`${TODAY}T05:00:00Z`);
    const lastWeek = await submissionList(ctx.t.db, isoWeekOf(addDays(TODAY, -7)), undefined, now);
    expect(lastWeek.counts.sent).toBeGreaterThan(56 / 2);
    expect(lastWeek.counts.late).toBeGreaterThan(0);
    expect(lastWeek.counts['not-sent']).toBe(0); // the deadline has passed
    // The demo lurah's kelurahan has not sent last week's: the reminder has something to say.
    const own = lastWeek.kelurahan.find((k) => k.kelurahanCode === DEMO_KELURAHAN[0])!;
    expect(own).toMatchObject({ status: 'late', latest: null });
    const statuses = new Set<string>();
    for (let ago = 1; ago <= 4; ago++) {
      const list = await submissionList(
        ctx.t.db,
        isoWeekOf(addDays(TODAY, -7 * ago)),
        undefined,
        now,
      );
      for (const k of list.kelurahan) statuses.add(k.status);
    }
    expect([...statuses].sort()).toEqual(['late', 'sent', 'sent-late']);

    // What the demo kelurahan sent two weeks ago is its weekly report of that week.
    const sent = await reportSnapshot(ctx.t.db, DEMO_KELURAHAN[0], week, 1);
    const report = await weeklyReport(ctx.t.db, { week, ...isoWeekDays(week)! }, DEMO_KELURAHAN[0]);
    expect(sent?.report.rows).toEqual(report.rows);
    // The demo's history reaches back: two weeks ago already had people vaccinated.
    expect(sent?.report.rows[0]).toMatchObject({ rw: null });
    expect(sent!.report.rows[0]!.lengkap).toBeGreaterThan(0);
  });
});
