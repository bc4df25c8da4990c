// Reads of personal data leave a trace the admin kota can read: the household map, the weekly
// report (every format), a household's history and the list of users, through the routes.
import { describe, expect, it } from 'vitest';
import type { AccessLogPage } from '@shared/auth/access-log';
import { isoWeekOf } from '@server/reports/week';
import { jakartaToday } from '@server/coverage/today';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, TestDevice } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

describe.each(DATABASES)('access log ($name)', (kind) => {
  const ctx = useApp(kind);

  async function readLog(headers: { authorization: string }, query = '') {
    return ctx.app.inject({ method: 'GET', url: `/api/access-log${query}`, headers });
  }

  it('records who read the map, the report, a history and the users, for the admin kota', async () => {
    const field = new TestDevice(ctx.app);
    const h = field.household(1);
    await field.push(h.mutations);
    const lurah = await signIn(ctx, { role: 'lurah', name: 'Bu Lurah' });
    const admin = await signIn(ctx, { role: 'admin-kota' });
    const week = isoWeekOf(jakartaToday());
    const reads = [
      `/api/coverage/kelurahan/${KELURAHAN}/households`,
      `/api/reports/weekly?week=${week}`,
      `/api/reports/weekly?week=${week}&format=csv`,
      `/api/reports/weekly?week=${week}&format=xlsx`,
      `/api/households/${h.householdId}/history`,
      '/api/users',
      `/api/followups/candidates?kelurahan=${KELURAHAN}&rw=${AREA.rw}`,
    ];
    for (const url of reads) {
      const answer = await ctx.app.inject({ method: 'GET', url, headers: lurah.headers });
      expect(answer.statusCode, url).toBe(200);
    }
    // Aggregates carry no names: no trace.
    await ctx.app.inject({
      method: 'GET',
      url: `/api/coverage/kelurahan/${KELURAHAN}`,
      headers: lurah.headers,
    });

    const response = await readLog(admin.headers);
    expect(response.statusCode).toBe(200);
    const page = response.json<AccessLogPage>();
    const who = { user: { id: lurah.userId, name: 'Bu Lurah' }, deviceId: lurah.deviceId };
    const place = { kelurahanCode: KELURAHAN, rw: null };
    expect(page.entries.map(({ id: _, at: __, ...e }) => e)).toEqual([
      {
        ...who,
        what: 'followup-candidates',
        kelurahanCode: KELURAHAN,
        rw: AREA.rw,
        detail: { residents: 1 },
      },
      { ...who, what: 'users', ...place, detail: { users: 1 } },
      {
        ...who,
        what: 'household-history',
        kelurahanCode: KELURAHAN,
        rw: AREA.rw,
        detail: { householdId: h.householdId },
      },
      { ...who, what: 'weekly-report', ...place, detail: { week, format: 'xlsx' } },
      { ...who, what: 'weekly-report', ...place, detail: { week, format: 'csv' } },
      { ...who, what: 'weekly-report', ...place, detail: { week, format: 'json' } },
      { ...who, what: 'household-map', ...place, detail: { households: 0 } },
    ]);
    expect(page.nextBefore).toBeNull();
    for (const e of page.entries) expect(Date.now() - Date.parse(e.at)).toBeLessThan(60_000);
  });

  it('pages newest first with limit and before', async () => {
    const admin = await signIn(ctx, { role: 'admin-kota' });
    for (let i = 0; i < 5; i++) {
      await ctx.app.inject({ method: 'GET', url: '/api/users', headers: admin.headers });
    }
    const first = (await readLog(admin.headers, '?limit=2')).json<AccessLogPage>();
    expect(first.entries).toHaveLength(2);
    expect(first.entries[0]!.id).toBeGreaterThan(first.entries[1]!.id);
    const second = (
      await readLog(admin.headers, `?limit=2&before=${first.nextBefore}`)
    ).json<AccessLogPage>();
    const third = (
      await readLog(admin.headers, `?limit=2&before=${second.nextBefore}`)
    ).json<AccessLogPage>();
    const ids = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
    expect(ids).toHaveLength(5);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(third.nextBefore).toBeNull();
    expect((await readLog(admin.headers, '?limit=0')).statusCode).toBe(400);
  });

  it('is refused to everyone but the admin kota, and a refused read leaves no trace', async () => {
    for (const role of ['relawan', 'ketua-rw', 'lurah', 'staf-kelurahan'] as const) {
      const user = await signIn(ctx, { role });
      const answer = await readLog(user.headers);
      expect(answer.statusCode).toBe(403);
      expect(answer.json()).toMatchObject({ error: 'forbidden' });
      const map = await ctx.app.inject({
        method: 'GET',
        url: '/api/coverage/kelurahan/32.75.01.1002/households',
        headers: user.headers,
      });
      expect(map.statusCode).toBe(403);
    }
    const admin = await signIn(ctx, { role: 'admin-kota' });
    expect((await readLog(admin.headers)).json<AccessLogPage>().entries).toEqual([]);
  });
});
