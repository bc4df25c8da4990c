// The authorization matrix through the HTTP API: every role, signed in with a device token,
// reads (pull naming the place) and writes (push: a new household, an edit of a stored one)
// at its own place, the neighbouring RT of the same RW, another RW and another kelurahan.
// Inside the user's area: allowed; outside: pull 403 with a reason, push rejected with a
// reason and nothing stored. Then moving a household across areas.
import { describe, expect, it } from 'vitest';
import type { Role, UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PullResponse } from '@shared/sync/protocol';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import {
  AREA,
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  householdValues,
  type Area,
} from '../helpers/device';

const PLACES = {
  own: AREA,
  'neighbouring RT': { ...AREA, rt: AREA.rt + 1 },
  'another RW': { ...AREA, rw: AREA.rw + 1 },
  'another kelurahan': { ...AREA, kelurahanCode: OTHER_KELURAHAN },
} satisfies Record<string, Area>;
type Place = keyof typeof PLACES;

const AREAS: Record<Role, UserArea> = {
  relawan: { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [AREA.rt] },
  'ketua-rw': { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [] },
  lurah: { kelurahanCode: KELURAHAN, rw: null, rts: [] },
  'staf-kelurahan': { kelurahanCode: KELURAHAN, rw: null, rts: [] },
  'admin-kota': { kelurahanCode: null, rw: null, rts: [] },
};

/** Where each role may read and write, written out rather than computed. */
const ALLOWED: Record<Role, readonly Place[]> = {
  relawan: ['own'],
  'ketua-rw': ['own', 'neighbouring RT'],
  lurah: ['own', 'neighbouring RT', 'another RW'],
  'staf-kelurahan': ['own', 'neighbouring RT', 'another RW'],
  'admin-kota': ['own', 'neighbouring RT', 'another RW', 'another kelurahan'],
};

const CASES = (Object.keys(AREAS) as Role[]).flatMap((role) =>
  (Object.keys(PLACES) as Place[]).map((place) => ({
    role,
    place,
    allowed: ALLOWED[role].includes(place),
  })),
);

describe.each(DATABASES)('authorization matrix over HTTP ($name)', (kind) => {
  const ctx = useApp(kind);
  const device = (role: Role) => new TestDevice(ctx.app, Date.now, { role, area: AREAS[role] });

  /** A household (with a resident) at the place, made by an admin kota; returns its id. */
  async function seed(place: Area) {
    const admin = device('admin-kota');
    const h = admin.household(1, place);
    const answer = await admin.push(h.mutations);
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    return h;
  }
  const stored = async (id: string) =>
    (
      await ctx.t.db.query<{ street: string }>(
        "SELECT fields->>'street' AS street FROM households WHERE id = $1",
        [id],
      )
    )[0]?.street;

  it.each(CASES)('$role × $place: read allowed = $allowed', async ({ role, place, allowed }) => {
    const h = await seed(PLACES[place]);
    const d = device(role);
    const where = PLACES[place];
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: await d.headers(),
      query: {
        deviceId: d.id,
        schemaVersion: String(SCHEMA_VERSION),
        kelurahan: where.kelurahanCode,
        rw: String(where.rw),
        rt: String(where.rt),
      },
    });
    if (allowed) {
      expect(response.statusCode).toBe(200);
      const page = response.json<PullResponse>();
      expect(new Set(page.changes.map((c) => c.id))).toEqual(
        new Set([h.householdId, ...h.residentIds]),
      );
      expect(page.area).toEqual(AREAS[role]);
    } else {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        error: 'forbidden',
        message: expect.stringMatching(/wilayah/),
      });
    }
  });

  it.each(CASES)('$role × $place: write allowed = $allowed', async ({ role, place, allowed }) => {
    const h = await seed(PLACES[place]);
    const d = device(role);
    const fresh = uuidv7();
    const answer = await d.push([
      d.put('household', fresh, householdValues(PLACES[place], 7)),
      d.put('household', h.householdId, { street: 'Jalan Diubah' }),
      d.delete('resident', h.residentIds[0]!),
    ]);
    if (allowed) {
      expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
      expect(await stored(fresh)).toBe('Jalan Melati 7');
      expect(await stored(h.householdId)).toBe('Jalan Diubah');
    } else {
      for (const r of answer.results) {
        expect(r).toMatchObject({
          status: 'rejected',
          reason: expect.stringMatching(/^Di luar wilayah Anda/),
        });
      }
      expect(answer.lastSeq).toBe(3); // the queue moved on
      expect(await stored(fresh)).toBeUndefined();
      expect(await stored(h.householdId)).toBe('Jalan Melati 1');
      const [resident] = await ctx.t.db.query<{ deleted: boolean }>(
        'SELECT deleted FROM residents WHERE id = $1',
        [h.residentIds[0]],
      );
      expect(resident!.deleted).toBe(false);
    }
  });

  it('a relawan cannot move a household to another RT, RW or kelurahan; the lurah moves it inside the kelurahan', async () => {
    const h = await seed(AREA);
    const relawan = device('relawan');
    const tries = [{ rt: AREA.rt + 1 }, { rw: AREA.rw + 1 }, { kelurahanCode: OTHER_KELURAHAN }];
    const answer = await relawan.push(tries.map((v) => relawan.put('household', h.householdId, v)));
    for (const r of answer.results) {
      expect(r).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/lurah/) });
    }
    const lurah = device('lurah');
    const away = await lurah.push([
      lurah.put('household', h.householdId, { kelurahanCode: OTHER_KELURAHAN }),
    ]);
    expect(away.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/Di luar wilayah/),
    });
    const moved = await lurah.push([lurah.put('household', h.householdId, { rw: 7, rt: 2 })]);
    expect(moved.results[0]!.status).toBe('applied');
    const rows = await ctx.t.db.query<{ rw: number; rt: number }>(
      `SELECT rw, rt FROM households WHERE id = $1 UNION ALL SELECT rw, rt FROM residents WHERE household_id = $1`,
      [h.householdId],
    );
    expect(rows).toEqual([
      { rw: 7, rt: 2 },
      { rw: 7, rt: 2 },
    ]);
    // The relawan of the old RT no longer sees it.
    const gone = await relawan.pullAll({ kelurahan: KELURAHAN });
    expect(gone.changes).toEqual([]);
  });

  it('a signed-in device that names no kelurahan pulls its whole area; an admin kota must name one', async () => {
    await seed(AREA);
    await seed(PLACES['another RW']);
    const pullWithout = async (role: Role) => {
      const d = device(role);
      return ctx.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: await d.headers(),
        query: { deviceId: d.id, schemaVersion: String(SCHEMA_VERSION) },
      });
    };
    const ketua = await pullWithout('ketua-rw');
    expect(ketua.statusCode).toBe(200);
    expect(ketua.json<PullResponse>().changes).toHaveLength(2);
    expect((await pullWithout('lurah')).json<PullResponse>().changes).toHaveLength(4);
    const admin = await pullWithout('admin-kota');
    expect(admin.statusCode).toBe(400);
    expect(admin.json()).toMatchObject({
      error: 'bad-request',
      message: expect.stringMatching(/kelurahan/),
    });
  });
});
