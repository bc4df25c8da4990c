// The weekly report covers the programme's weeks only: from the week of its first day
// (DEFAULT_CONFIG.programmeStart, 2021-01-13, a Wednesday of 2021-W02) to the current week
// in Kota Bekasi. Any other week is 400 with the reason, not an empty report.
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/dates';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { jakartaToday } from '@server/coverage/today';
import { isoWeekOf, refuseReportWeek } from '@server/reports/week';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { signIn } from '../helpers/sign-in';

describe('refuseReportWeek', () => {
  const start = DEFAULT_CONFIG.programmeStart;
  it.each([
    ['2021-W02', null],
    ['2026-W49', null],
    ['2021-W01', /sebelum program vaksinasi dimulai \(2021-01-13\)/],
    ['2020-W53', /sebelum program/],
    ['2026-W50', /belum tiba/],
    ['9999-W01', /belum tiba/],
  ])('%s, on 2026-12-02 → %s', (week, reason) => {
    const refused = refuseReportWeek(week, start, '2026-12-02');
    if (reason === null) expect(refused).toBeNull();
    else expect(refused).toMatch(reason);
  });
});

describe.each(DATABASES)('GET /api/reports/weekly: only the programme’s weeks ($name)', (kind) => {
  const ctx = useApp(kind);

  it('before the programme or after this week → 400 with the reason; its first and this week → 200', async () => {
    const { headers } = await signIn(ctx, { role: 'admin-kota' });
    const today = jakartaToday();
    const get = (week: string) =>
      ctx.app.inject({ method: 'GET', url: `/api/reports/weekly?week=${week}`, headers });
    for (const [week, reason] of [
      ['9999-W01', /belum tiba/],
      [isoWeekOf(addDays(today, 7)), /belum tiba/],
      ['2021-W01', /sebelum program vaksinasi dimulai/],
      ['2000-W10', /sebelum program vaksinasi dimulai/],
    ] as const) {
      const response = await get(week);
      expect(response.statusCode, week).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad-request', message: reason });
    }
    for (const week of ['2021-W02', isoWeekOf(today)]) {
      expect((await get(week)).statusCode, week).toBe(200);
    }
  });
});
