// The kelurahan's change log through the HTTP API: every applied change of the kelurahan,
// newest first, with who, which device and where; filtered by RW and by person; paged with
// a cursor that serves only the filters it was made for; nothing of another kelurahan.
import { describe, expect, it } from 'vitest';
import type { Role, UserArea } from '@shared/auth/roles';
import type { ChangeLogEntry, ChangeLogPage } from '@shared/changes/api';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, OTHER_KELURAHAN, TestDevice, type Area } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

const OTHER_RW: Area = { ...AREA, rw: AREA.rw + 1, rt: 1 };
const ELSEWHERE: Area = { ...AREA, kelurahanCode: OTHER_KELURAHAN };
const rtArea = (a: Area): UserArea => ({ kelurahanCode: a.kelurahanCode, rw: a.rw, rts: [a.rt] });

describe.each(DATABASES)('change log ($name)', (kind) => {
  const ctx = useApp(kind);

  async function read(query = '', role: Role = 'lurah', area?: UserArea) {
    const viewer = await signIn(ctx.t.db, { role, ...(area ? { area } : {}) });
    return ctx.app.inject({
      method: 'GET',
      url: `/api/changes/kelurahan/${KELURAHAN}${query}`,
      headers: viewer.headers,
    });
  }

  /** Rina works in RW 3, Dodi in RW 4; one more change in another kelurahan. */
  async function seed() {
    const rina = new TestDevice(ctx.app, Date.now, {
      role: 'relawan',
      area: rtArea(AREA),
      name: 'Rina',
    });
    const dodi = new TestDevice(ctx.app, Date.now, {
      role: 'relawan',
      area: rtArea(OTHER_RW),
      name: 'Dodi',
    });
    const far = new TestDevice(ctx.app, Date.now, { role: 'relawan', area: rtArea(ELSEWHERE) });
    const a = rina.household(2, AREA);
    await rina.push(a.mutations);
    const b = dodi.household(1, OTHER_RW);
    await dodi.push(b.mutations);
    await rina.push([rina.put('household', a.householdId, { street: 'Jalan Mawar' })]);
    await far.push(far.household(1, ELSEWHERE).mutations);
    return { rina: await rina.signIn(), dodi: await dodi.signIn(), rinaDevice: rina.id, a, b };
  }

  it('lists the kelurahan changes newest first, with who, device, place and what changed', async () => {
    const { rina, rinaDevice, a, b } = await seed();
    const response = await read();
    expect(response.statusCode).toBe(200);
    const page = response.json<ChangeLogPage>();
    expect(page.entries.map((e) => [e.entity, e.householdId, e.rw])).toEqual([
      ['household', a.householdId, AREA.rw],
      ['resident', b.householdId, OTHER_RW.rw],
      ['household', b.householdId, OTHER_RW.rw],
      ['resident', a.householdId, AREA.rw],
      ['resident', a.householdId, AREA.rw],
      ['household', a.householdId, AREA.rw],
    ]);
    expect(page.entries[0]).toEqual<ChangeLogEntry>({
      at: expect.any(String),
      entity: 'household',
      entityId: a.householdId,
      user: { id: rina.userId, name: 'Rina' },
      deviceId: rinaDevice,
      old: { street: 'Jalan Melati 1' },
      new: { street: 'Jalan Mawar' },
      householdId: a.householdId,
      rw: AREA.rw,
      rt: AREA.rt,
      address: 'Jalan Mawar No. 1',
    });
    expect(page.nextCursor).toBeNull();
    expect(page.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Rina', 'Dodi']));
    expect(page.rws).toEqual([AREA.rw, OTHER_RW.rw]);
  });

  it('filters by RW and by person, together too', async () => {
    const { rina, dodi, b } = await seed();
    const byRw = (await read(`?rw=${OTHER_RW.rw}`)).json<ChangeLogPage>();
    expect(byRw.entries.map((e) => e.householdId)).toEqual([b.householdId, b.householdId]);
    const byDodi = (await read(`?user=${dodi.userId}`)).json<ChangeLogPage>();
    expect(byDodi.entries.map((e) => e.user?.name)).toEqual(['Dodi', 'Dodi']);
    const byRina = (await read(`?user=${rina.userId}`)).json<ChangeLogPage>();
    expect(byRina.entries).toHaveLength(4);
    const both = (await read(`?rw=${OTHER_RW.rw}&user=${rina.userId}`)).json<ChangeLogPage>();
    expect(both.entries).toEqual([]);
  });

  it('pages with a cursor, each change once; a cursor of other filters or a forged one is a 400', async () => {
    await seed();
    const all = (await read()).json<ChangeLogPage>().entries;
    const seen: ChangeLogEntry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=4${cursor ? `&cursor=${cursor}` : ''}`;
      const page: ChangeLogPage = (await read(query)).json<ChangeLogPage>();
      seen.push(...page.entries);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual(all);

    const first = (await read('?limit=2')).json<ChangeLogPage>();
    const other = await read(`?limit=2&rw=${AREA.rw}&cursor=${first.nextCursor}`);
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ error: 'invalid-cursor' });
    for (const forged of ['abc', Buffer.from('{"v":1,"b":-1,"f":"x"}').toString('base64url')]) {
      const answer = await read(`?cursor=${forged}`);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ error: 'invalid-cursor' });
    }
    for (const bad of ['?limit=0', '?limit=201', '?user=rina', '?rw=0']) {
      const answer = await read(bad);
      expect(answer.statusCode, bad).toBe(400);
      expect(answer.json()).toMatchObject({ error: 'bad-request' });
    }
  });

  it('the ketua RW reads their RW only; the relawan nothing; each served read is logged', async () => {
    await seed();
    const own = await read(`?rw=${AREA.rw}`, 'ketua-rw');
    expect(own.statusCode).toBe(200);
    expect(own.json<ChangeLogPage>().entries.every((e) => e.rw === AREA.rw)).toBe(true);
    expect((await read(`?rw=${OTHER_RW.rw}`, 'ketua-rw')).statusCode).toBe(403);
    expect((await read('', 'ketua-rw')).statusCode).toBe(403);
    expect((await read(`?rw=${AREA.rw}`, 'relawan', rtArea(AREA))).statusCode).toBe(403);
    const logged = await ctx.t.db.query<{ rw: number | null; detail: unknown }>(
      "SELECT rw, detail FROM access_log WHERE what = 'change-log'",
    );
    expect(logged).toEqual([{ rw: AREA.rw, detail: { entries: 4 } }]);
  });
});
