// The lurah's isoman list through the HTTP API: who is in active isoman on which day of
// isolation, where, and which households are family clusters (two or more residents at
// once); closed, future, deleted episodes and deleted residents are not in it; an RW asked
// narrows it; each served read leaves a row in the access log.
import { describe, expect, it } from 'vitest';
import type { Role, UserArea } from '@shared/auth/roles';
import type { IsomanList } from '@shared/isoman/api';
import { uuidv7 } from '@shared/ids';
import { jakartaToday } from '@server/coverage/today';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, isomanValues, TestDevice, type Area } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

const OTHER_RW: Area = { ...AREA, rw: AREA.rw + 1, rt: 1 };
const daysBefore = (n: number) =>
  new Date(Date.parse(jakartaToday()) - n * 86_400_000).toISOString().slice(0, 10);
const episode = (residentId: string, householdId: string, area: Area, started: number) => ({
  ...isomanValues(residentId, householdId, area),
  startDate: daysBefore(started),
  expectedEndDate: daysBefore(started - 10),
});

describe.each(DATABASES)('isoman list ($name)', (kind) => {
  const ctx = useApp(kind);

  async function list(role: Role = 'lurah', query = '', area?: UserArea) {
    const viewer = await signIn(ctx.t.db, { role, ...(area ? { area } : {}) });
    return ctx.app.inject({
      method: 'GET',
      url: `/api/isoman/kelurahan/${KELURAHAN}${query}`,
      headers: viewer.headers,
    });
  }

  /** A family of three (two in isoman), a single patient in another RW, and episodes that do not count. */
  async function seed() {
    const d = new TestDevice(ctx.app);
    const family = d.household(3, AREA);
    const single = d.household(2, OTHER_RW);
    const [a, b, c] = family.residentIds as [string, string, string];
    const [s, gone] = single.residentIds as [string, string];
    const ids = { a: uuidv7(), b: uuidv7(), s: uuidv7() };
    await d.push([
      ...family.mutations,
      ...single.mutations,
      d.put('isoman', ids.a, episode(a, family.householdId, AREA, 3)),
      d.put('isoman', ids.b, episode(b, family.householdId, AREA, 0)),
      // Closed: recovered.
      d.put('isoman', uuidv7(), {
        ...episode(c, family.householdId, AREA, 12),
        outcome: 'sembuh',
        outcomeDate: daysBefore(1),
      }),
      d.put('isoman', ids.s, episode(s, single.householdId, OTHER_RW, 11)),
      // Of a resident deleted since.
      d.put('isoman', uuidv7(), episode(gone, single.householdId, OTHER_RW, 1)),
      d.delete('resident', gone),
    ]);
    await d.push([d.put('isoman', uuidv7(), episode(c, family.householdId, AREA, 2))]);
    const cDeleted = uuidv7();
    await d.push([d.put('isoman', cDeleted, episode(c, family.householdId, AREA, 1))]);
    await d.push([d.delete('isoman', cDeleted)]);
    return { family, single, ids, c };
  }

  it('lists active patients with their day of isolation, household and family clusters', async () => {
    const { family, single, ids, c } = await seed();
    const response = await list();
    expect(response.statusCode).toBe(200);
    const answer = response.json<IsomanList>();
    expect(answer.today).toBe(jakartaToday());
    const rows = answer.patients.map((p) => [p.residentId, p.rw, p.rt, p.day, p.days, p.cluster]);
    expect(rows).toEqual([
      [family.residentIds[0], AREA.rw, AREA.rt, 4, 10, true],
      [c, AREA.rw, AREA.rt, 3, 10, true],
      [family.residentIds[1], AREA.rw, AREA.rt, 1, 10, true],
      [single.residentIds[0], OTHER_RW.rw, OTHER_RW.rt, 12, 10, false],
    ]);
    const first = answer.patients[0]!;
    expect(first).toMatchObject({
      id: ids.a,
      householdId: family.householdId,
      name: 'Siti Aminah 0',
      headName: 'Budi 1',
      address: 'Jalan Melati 1 No. 1',
    });
    expect(first.age).toBeGreaterThan(40);
    expect(answer.clusters).toEqual([
      {
        householdId: family.householdId,
        rw: AREA.rw,
        rt: AREA.rt,
        address: 'Jalan Melati 1 No. 1',
        patients: 3,
      },
    ]);
  });

  it('an RW asked narrows the list; the ketua RW reads their RW only', async () => {
    const { single } = await seed();
    const lurah = (await list('lurah', `?rw=${OTHER_RW.rw}`)).json<IsomanList>();
    expect(lurah.rw).toBe(OTHER_RW.rw);
    expect(lurah.patients.map((p) => p.householdId)).toEqual([single.householdId]);
    expect(lurah.clusters).toEqual([]);
    expect((await list('ketua-rw', `?rw=${AREA.rw}`)).json<IsomanList>().patients).toHaveLength(3);
    expect((await list('ketua-rw', `?rw=${OTHER_RW.rw}`)).statusCode).toBe(403);
    expect((await list('ketua-rw')).statusCode).toBe(403);
    expect((await list('relawan', `?rw=${AREA.rw}`)).statusCode).toBe(403);
  });

  it('bad input is a 400 with a reason', async () => {
    const bad = await list('lurah', '?rw=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: 'bad-request',
      message: expect.stringMatching(/RW/),
    });
  });

  it('each served read leaves a row in the access log; a refused one none', async () => {
    await seed();
    const lurah = await signIn(ctx.t.db, { role: 'lurah' });
    const read = () =>
      ctx.app.inject({
        method: 'GET',
        url: `/api/isoman/kelurahan/${KELURAHAN}`,
        headers: lurah.headers,
      });
    expect((await read()).statusCode).toBe(200);
    await list('relawan');
    const rows = await ctx.t.db.query<{ user_id: string; what: string; detail: unknown }>(
      "SELECT user_id, what, detail FROM access_log WHERE what = 'isoman-list'",
    );
    expect(rows).toEqual([{ user_id: lurah.userId, what: 'isoman-list', detail: { patients: 4 } }]);
  });
});
