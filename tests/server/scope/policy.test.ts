// The area policy of push and pull, called directly with signed-in actors (no HTTP): a
// record's stored place and its new values, children placed by their household, moves of a
// household and its children, an RT list on pull, the cursor across an area change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role, UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import type { Mutation, RecordChange } from '@shared/sync/protocol';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import type { Database } from '@server/db/database';
import { ApiError } from '@server/errors';
import type { Actor } from '@server/sync/actor';
import { pull } from '@server/sync/pull';
import { push } from '@server/sync/push';

import { DATABASES, type TestDatabase } from '../helpers/databases';
import {
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  residentValues,
  doseValues,
  type Area,
} from '../helpers/device';

function actor(
  role: Role,
  area: UserArea,
  device = new TestDevice(null),
): Actor & { device: TestDevice } {
  return { deviceId: device.id, device, user: { id: uuidv7(), name: role, role, area } };
}
const relawan = (rts: number[], rw = 3) => actor('relawan', { kelurahanCode: KELURAHAN, rw, rts });
const lurah = () => actor('lurah', { kelurahanCode: KELURAHAN, rw: null, rts: [] });
const admin = () => actor('admin-kota', { kelurahanCode: null, rw: null, rts: [] });
const at = (rw: number, rt: number, kelurahanCode = KELURAHAN): Area => ({ kelurahanCode, rw, rt });

describe.each(DATABASES)('area policy, called directly ($name)', (kind) => {
  let t: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    t = await kind.open();
    db = t.db;
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const send = (a: Actor, mutations: Mutation[]) =>
    push(db, a, { deviceId: a.deviceId, schemaVersion: SCHEMA_VERSION, mutations });
  async function pullEverything(a: Actor, scope = {}) {
    const changes: RecordChange[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await pull(db, a, { scope, cursor, limit: 100 });
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor, page };
    }
  }
  async function seed(...places: Area[]) {
    const a = admin();
    const ids: string[] = [];
    for (const place of places) {
      const h = a.device.household(1, place);
      const answer = await send(a, h.mutations);
      expect(answer.results.every((r) => r.status === 'applied')).toBe(true);
      ids.push(h.householdId);
    }
    return ids;
  }

  it('a relawan writes in their RTs; the neighbouring RT, another RW or kelurahan are rejected with a reason', async () => {
    const r = relawan([1, 2]);
    const inside = r.device.household(0, at(3, 2));
    const neighbour = r.device.household(0, at(3, 4));
    const otherRw = r.device.household(0, at(4, 1));
    const otherKel = r.device.household(0, at(3, 1, OTHER_KELURAHAN));
    const answer = await send(r, [
      ...inside.mutations,
      ...neighbour.mutations,
      ...otherRw.mutations,
      ...otherKel.mutations,
    ]);
    expect(answer.results.map((x) => x.status)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(answer.results[1]!.reason).toMatch(/^Di luar wilayah Anda: .*RW 003 RT 004/);
    const { changes } = await pullEverything(admin(), { kelurahanCode: KELURAHAN });
    expect(changes.map((c) => c.id)).toEqual([inside.householdId]);
  });

  it('a stored record outside the area cannot be edited or deleted, nor a child added under it', async () => {
    const [far] = await seed(at(3, 7));
    const r = relawan([1]);
    const answer = await send(r, [
      r.device.put('household', far!, { street: 'Jalan Lain' }),
      r.device.delete('household', far!),
      // The resident claims RT 1, but its household is in RT 7.
      r.device.put('resident', uuidv7(), residentValues(far!, at(3, 1))),
      // The resident says RT 7 like its household: outside the area.
      r.device.put('resident', uuidv7(), residentValues(far!, at(3, 7))),
    ]);
    expect(answer.results.map((x) => x.status)).toEqual(Array(4).fill('rejected'));
    expect(answer.results[0]!.reason).toMatch(/Di luar wilayah Anda/);
    expect(answer.results[1]!.reason).toMatch(/Di luar wilayah Anda/);
    expect(answer.results[2]!.reason).toMatch(/Wilayah .* harus sama/);
    expect(answer.results[3]!.reason).toMatch(/Di luar wilayah Anda/);
  });

  it('a relawan cannot move a household, even within their RTs; a lurah moves it with its residents and doses', async () => {
    const r = relawan([1, 2]);
    const h = r.device.household(1, at(3, 1));
    const dose = r.device.put(
      'dose',
      uuidv7(),
      doseValues(h.residentIds[0]!, h.householdId, at(3, 1)),
    );
    await send(r, [...h.mutations, dose]);
    const move = await send(r, [r.device.put('household', h.householdId, { rt: 2 })]);
    expect(move.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/lurah/),
    });

    const l = lurah();
    const outside = await send(l, [
      l.device.put('household', h.householdId, { kelurahanCode: OTHER_KELURAHAN }),
    ]);
    expect(outside.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/Di luar wilayah/),
    });
    const inside = await send(l, [l.device.put('household', h.householdId, { rw: 5, rt: 9 })]);
    expect(inside.results[0]!.status).toBe('applied');

    // Everything of the household now lies in RW 5 RT 9: a pull of RW 5 has it, the RTs 1-2 not.
    const rw5 = await pullEverything(l, { kelurahanCode: KELURAHAN, rw: 5 });
    expect(rw5.changes).toHaveLength(3);
    for (const c of rw5.changes) expect(c.values).toMatchObject({ rw: 5, rt: 9 });
    expect((await pullEverything(r)).changes).toEqual([]);
    // The resident can still be edited by the lurah (it followed its household).
    const edit = await send(l, [
      l.device.put('resident', h.residentIds[0]!, { name: 'Siti Baru' }),
    ]);
    expect(edit.results[0]!.status).toBe('applied');
  });

  it('an admin kota moves a household to another kelurahan; its records follow', async () => {
    const [id] = await seed(at(3, 1));
    const a = admin();
    const answer = await send(a, [
      a.device.put('household', id!, { kelurahanCode: OTHER_KELURAHAN }),
    ]);
    expect(answer.results[0]!.status).toBe('applied');
    expect((await pullEverything(a, { kelurahanCode: KELURAHAN })).changes).toEqual([]);
    const there = await pullEverything(a, { kelurahanCode: OTHER_KELURAHAN });
    expect(there.changes).toHaveLength(2);
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM households');
    expect(row!.n).toBe(1);
  });

  it('a relawan of RTs 1 and 2 pulls exactly those RTs, child records too, and gets their area', async () => {
    await seed(at(3, 1), at(3, 2), at(3, 3), at(4, 1), at(3, 1, OTHER_KELURAHAN));
    const r = relawan([1, 2]);
    const { changes, page } = await pullEverything(r);
    expect(changes).toHaveLength(4);
    for (const c of changes) expect(c.values).toMatchObject({ kelurahanCode: KELURAHAN, rw: 3 });
    expect(new Set(changes.map((c) => c.values.rt))).toEqual(new Set([1, 2]));
    expect(page.area).toEqual({ kelurahanCode: KELURAHAN, rw: 3, rts: [1, 2] });
    // Naming one of their RTs narrows; naming another is refused.
    expect(
      (await pullEverything(r, { kelurahanCode: KELURAHAN, rw: 3, rt: 2 })).changes,
    ).toHaveLength(2);
    await expect(
      pull(db, r, { scope: { kelurahanCode: KELURAHAN, rw: 3, rt: 3 }, limit: 10 }),
    ).rejects.toMatchObject({ statusCode: 403 });
  });

  it('an admin kota must name a kelurahan; no user means no access', async () => {
    await expect(pull(db, admin(), { scope: {}, limit: 10 })).rejects.toMatchObject({
      statusCode: 400,
    });
    const nobody = { deviceId: uuidv7(), user: null };
    await expect(
      pull(db, nobody, { scope: { kelurahanCode: KELURAHAN }, limit: 10 }),
    ).rejects.toBeInstanceOf(ApiError);
    const h = new TestDevice(null).household(0, at(3, 1));
    const answer = await send(nobody, h.mutations);
    expect(answer.results[0]!.status).toBe('rejected');
  });

  it('a cursor made before the area grew starts the download over, so the new RT arrives whole', async () => {
    await seed(at(3, 1), at(3, 2));
    const r = relawan([1]);
    const first = await pullEverything(r);
    expect(first.changes).toHaveLength(2);
    r.user!.area = { kelurahanCode: KELURAHAN, rw: 3, rts: [1, 2] };
    const again = await pull(db, r, { scope: {}, cursor: first.cursor, limit: 100 });
    expect(again.changes).toHaveLength(4);
    expect(again.area!.rts).toEqual([1, 2]);
    // With the same area, the cursor goes on from where it was.
    const next = await pull(db, r, { scope: {}, cursor: again.cursor, limit: 100 });
    expect(next.changes).toEqual([]);
  });
});
