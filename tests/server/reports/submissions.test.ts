// Sending the weekly report: a version is stored as it was sent and later pushes leave it
// alone; a resend is the next version with the rows that changed; the admin kota sees who sent.
import { beforeEach, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '@shared/coverage/api';
import { uuidv7 } from '@shared/ids';
import type { ReportSnapshot, SentReport, SubmissionList } from '@shared/reports/api';
import { submissionStatus } from '@shared/reports/deadline';
import { jakartaToday } from '@server/coverage/today';
import { isoWeekOf } from '@server/reports/week';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, OTHER_KELURAHAN, TestDevice, doseValues } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

describe.each(DATABASES)('report submissions ($name)', (kind) => {
  const ctx = useApp(kind);
  const week = () => isoWeekOf(jakartaToday());
  // The coverage tables outlive the reset: each test counts only its own records.
  beforeEach(() =>
    ctx.t.db.exec('TRUNCATE coverage_households, coverage_rt, coverage_days, coverage_state'),
  );

  /** A household of `residents` people in RW `rw`, each with dose 1, and dose 2 dated today. */
  async function pushVaccinated(device: TestDevice, residents: number, rw = AREA.rw) {
    const place = { ...AREA, rw };
    const h = device.household(residents, place);
    const doses = h.residentIds.flatMap((id) => [
      device.put('dose', uuidv7(), doseValues(id, h.householdId, place)),
      device.put('dose', uuidv7(), {
        ...doseValues(id, h.householdId, place),
        kind: 'dosis2',
        date: jakartaToday(),
      }),
    ]);
    const pushed = await device.push([...h.mutations, ...doses]);
    expect(pushed.results.filter((r) => r.status !== 'applied')).toEqual([]);
    await ctx.app.coverageWorker.settled(60_000);
  }

  const storedVersions = async () =>
    (await ctx.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM report_submissions'))[0]
      ?.n;

  async function send(headers: object, baseVersion: number) {
    return ctx.app.inject({
      method: 'POST',
      url: '/api/reports/submissions',
      headers: headers as Record<string, string>,
      payload: { week: week(), baseVersion },
    });
  }

  it('keeps a sent version unchanged by later pushes; a resend is version 2 with the changed rows', async () => {
    const device = new TestDevice(ctx.app);
    await pushVaccinated(device, 3);
    const lurah = await signIn(ctx, { role: 'lurah', name: 'Hj. Suryani' });
    const weekly = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/weekly?week=${week()}`,
      headers: lurah.headers,
    });
    const reviewed = weekly.json<WeeklyReport>();

    const first = await send(lurah.headers, 0);
    expect(first.statusCode, first.body).toBe(201);
    const v1 = first.json<ReportSnapshot>();
    expect(v1).toMatchObject({
      version: 1,
      kelurahanCode: KELURAHAN,
      week: week(),
      sentBy: { id: lurah.userId, name: 'Hj. Suryani', role: 'lurah' },
      previousVersion: null,
      changes: [],
      latestVersion: 1,
    });
    // The same rows the report screen showed.
    expect(v1.report.rows).toEqual(reviewed.rows);
    expect(v1.report.rows[0]).toMatchObject({ rw: null, eligible: 3, lengkap: 3 });

    // A push after sending: the report of the week changes, the sent version does not.
    await pushVaccinated(device, 2, 8);
    const url = `/api/reports/submissions/${KELURAHAN}/${week()}/1`;
    const reread = await ctx.app.inject({ method: 'GET', url, headers: lurah.headers });
    expect(reread.statusCode).toBe(200);
    expect(reread.json<ReportSnapshot>().report).toEqual(v1.report);
    // Reading what was sent leaves a trace in the access log.
    const logged = await ctx.t.db.query<{ what: string; detail: object }>(
      `SELECT what, detail FROM access_log WHERE user_id = $1`,
      [lurah.userId],
    );
    expect(logged).toContainEqual({ what: 'weekly-report', detail: { week: week(), version: 1 } });
    await expect(
      ctx.t.db.query(`UPDATE report_submissions SET sent_by_name = 'x'`),
    ).rejects.toThrow(/never changed/);
    await expect(ctx.t.db.query(`DELETE FROM report_submissions`)).rejects.toThrow(/never changed/);

    // Sent again without having seen version 1: refused, nothing stored.
    const crossing = await send(lurah.headers, 0);
    expect(crossing.statusCode).toBe(409);
    expect(crossing.json()).toMatchObject({ error: 'conflict' });

    const staf = await signIn(ctx, { role: 'staf-kelurahan', name: 'Dewi Staf' });
    const second = await send(staf.headers, 1);
    expect(second.statusCode, second.body).toBe(201);
    const v2 = second.json<ReportSnapshot>();
    expect(v2).toMatchObject({ version: 2, previousVersion: 1, latestVersion: 2 });
    expect(v2.sentBy).toMatchObject({ name: 'Dewi Staf', role: 'staf-kelurahan' });
    const total = v2.changes.find((c) => c.rw === null)!;
    expect(total.kind).toBe('changed');
    expect(total.fields).toContainEqual({ field: 'eligible', before: 3, after: 5 });
    expect(total.fields).toContainEqual({ field: 'lengkap', before: 3, after: 5 });
    expect(v2.changes.find((c) => c.rw === 8)).toMatchObject({
      kind: 'added',
      fields: expect.arrayContaining([{ field: 'eligible', before: null, after: 2 }]),
    });
    // RW 3 did not change: it is not in the list.
    expect(v2.changes.map((c) => c.rw)).toEqual([null, 8]);
    // Version 1 is still there as it was, and now says it was replaced.
    const old = await ctx.app.inject({ method: 'GET', url, headers: lurah.headers });
    expect(old.json<ReportSnapshot>()).toMatchObject({ version: 1, latestVersion: 2 });
    expect(old.json<ReportSnapshot>().report).toEqual(v1.report);

    // Nothing changed since version 2: no version 3.
    const same = await send(lurah.headers, 2);
    expect(same.statusCode).toBe(409);
    expect(same.json()).toMatchObject({ error: 'unchanged' });
    expect(await storedVersions()).toBe(2);
  });

  it('shows the admin kota every kelurahan: the one that sent as sent, the others not', async () => {
    await pushVaccinated(new TestDevice(ctx.app), 2);
    const lurah = await signIn(ctx, { role: 'lurah', name: 'Lurah Bekasi Jaya' });
    expect((await send(lurah.headers, 0)).statusCode).toBe(201);
    const admin = await signIn(ctx, { role: 'admin-kota' });
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/submissions?week=${week()}`,
      headers: admin.headers,
    });
    expect(list.statusCode).toBe(200);
    const body = list.json<SubmissionList>();
    expect(body.kelurahan).toHaveLength(56);
    const own = body.kelurahan.find((k) => k.kelurahanCode === KELURAHAN)!;
    expect(own.status).toBe(submissionStatus(week(), own.first!.sentAt, Date.now()));
    expect(own.status).toMatch(/^sent/);
    expect(own.latest).toMatchObject({ version: 1, sentBy: { name: 'Lurah Bekasi Jaya' } });
    const other = body.kelurahan.find((k) => k.kelurahanCode === OTHER_KELURAHAN)!;
    expect(other).toMatchObject({ first: null, latest: null });
    expect(other.status).toBe(submissionStatus(week(), null, Date.now()));
    expect(body.counts[own.status]).toBe(1);
    expect(body.counts[other.status]).toBe(55);

    // The roll-up of what was sent holds the sent rows only.
    const sent = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/sent?week=${week()}`,
      headers: admin.headers,
    });
    const rollup = sent.json<SentReport>();
    expect(rollup.sent).toEqual([
      { kelurahanCode: KELURAHAN, version: 1, sentAt: own.latest!.sentAt },
    ]);
    expect(rollup.rows.map((r) => [r.kelurahanCode, r.rw, r.eligible])).toEqual([
      [KELURAHAN, null, 2],
      [KELURAHAN, AREA.rw, 2],
    ]);
    const csv = await ctx.app.inject({
      method: 'GET',
      url: `/api/reports/sent?week=${week()}&format=csv`,
      headers: admin.headers,
    });
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="laporan-terkirim-${week()}.csv"`,
    );
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('refuses senders other than the lurah and staf, and weeks that are not', async () => {
    for (const role of ['admin-kota', 'ketua-rw', 'relawan'] as const) {
      const caller = await signIn(ctx, { role });
      const response = await send(caller.headers, 0);
      expect(response.statusCode, role).toBe(403);
    }
    const lurah = await signIn(ctx, { role: 'lurah' });
    for (const payload of [
      { week: '2026-W54', baseVersion: 0 },
      { week: '2099-W01', baseVersion: 0 },
      { week: week(), baseVersion: -1 },
      { week: week() },
    ]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/reports/submissions',
        headers: lurah.headers,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const other = await ctx.app.inject({
      method: 'POST',
      url: '/api/reports/submissions',
      headers: lurah.headers,
      payload: { week: week(), kelurahan: OTHER_KELURAHAN, baseVersion: 0 },
    });
    expect(other.statusCode).toBe(403);
    expect(await storedVersions()).toBe(0);
  });
});
