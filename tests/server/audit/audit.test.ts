// The audit trail through the HTTP API: each applied change leaves one entry with its user,
// device, time and the changed fields before and after; rejected and replayed mutations leave
// none; GET /api/households/:id/history answers newest first, to whom it may.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/auth/api';
import type { Role, UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { signIn } from '../helpers/sign-in';
import {
  AREA,
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  householdValues,
  residentValues,
} from '../helpers/device';

const RELAWAN_AREA: UserArea = { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [AREA.rt] };

describe.each(DATABASES)('audit trail ($name)', (kind) => {
  const ctx = useApp(kind);
  const relawan = () =>
    new TestDevice(ctx.app, Date.now, { role: 'relawan', area: RELAWAN_AREA, name: 'Rina' });
  async function history(id: string, role: Role = 'lurah', area?: UserArea) {
    const viewer = await signIn(ctx.t.db, { role, ...(area ? { area } : {}) });
    return ctx.app.inject({
      method: 'GET',
      url: `/api/households/${id}/history`,
      headers: viewer.headers,
    });
  }
  const auditCount = async () =>
    (await ctx.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit'))[0]!.n;

  it('every applied change: one entry with user, device, time, old and new values, newest first', async () => {
    const d = relawan();
    const me = await d.signIn();
    const started = Date.now();
    const householdId = uuidv7();
    const residentId = uuidv7();
    await d.push([d.put('household', householdId, householdValues())]);
    await d.push([
      d.put('household', householdId, { street: 'Jalan Mawar', headName: 'Budi' }),
      d.put('resident', residentId, residentValues(householdId)),
    ]);
    await d.push([d.delete('resident', residentId)]);

    const response = await history(householdId);
    expect(response.statusCode).toBe(200);
    const entries = response.json<AuditEntry[]>();
    expect(entries).toHaveLength(4);
    const who = { user: { id: me.userId, name: 'Rina' }, deviceId: d.id };
    expect(entries[0]).toEqual({
      ...who,
      at: expect.any(String),
      entity: 'resident',
      entityId: residentId,
      old: { deleted: false },
      new: { deleted: true },
    });
    expect(entries[1]).toMatchObject({ ...who, entity: 'resident', old: null });
    expect(entries[1]!.new).toEqual(residentValues(householdId));
    // Only the field that changed: headName was Budi 1, street was Jalan Melati 1.
    expect(entries[2]).toMatchObject({
      ...who,
      entity: 'household',
      entityId: householdId,
      old: { street: 'Jalan Melati 1', headName: 'Budi 1' },
      new: { street: 'Jalan Mawar', headName: 'Budi' },
    });
    expect(entries[3]).toMatchObject({ ...who, entity: 'household', old: null });
    expect(entries[3]!.new).toEqual(householdValues());
    for (const e of entries) {
      const at = Date.parse(e.at);
      expect(at).toBeGreaterThanOrEqual(started - 2000);
      expect(at).toBeLessThanOrEqual(Date.now() + 2000);
    }
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
  });

  it('rejected mutations, replays and changes that change nothing leave no entry', async () => {
    const d = relawan();
    const householdId = uuidv7();
    const create = d.put('household', householdId, householdValues());
    await d.push([create]);
    expect(await auditCount()).toBe(1);

    const invalid = d.put('household', uuidv7(), { ...householdValues(), kkNumber: '123' });
    const outside = d.put('household', uuidv7(), householdValues({ ...AREA, rt: AREA.rt + 1 }));
    const move = d.put('household', householdId, { rt: AREA.rt + 1 });
    const answer = await d.push([invalid, outside, move]);
    expect(answer.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    // The same batch again (a lost answer): duplicates.
    const replay = await d.push([create, invalid, outside, move]);
    expect(replay.results.every((r) => r.status === 'duplicate')).toBe(true);
    // A second device re-sending the same values under a new mutation: applied, no change.
    const other = relawan();
    const same = await other.push([
      other.put('household', householdId, { street: 'Jalan Melati 1' }),
    ]);
    expect(same.results[0]!.status).toBe('applied');
    expect(await auditCount()).toBe(1);
  });

  it('a lurah moving a household leaves the move in its history', async () => {
    const d = relawan();
    const householdId = uuidv7();
    await d.push([d.put('household', householdId, householdValues())]);
    const lurah = new TestDevice(ctx.app, Date.now, { role: 'lurah', name: 'Bu Lurah' });
    await lurah.push([lurah.put('household', householdId, { rw: 8, rt: 1 })]);
    const [latest] = (await history(householdId)).json<AuditEntry[]>();
    expect(latest).toMatchObject({
      user: { name: 'Bu Lurah' },
      old: { rw: AREA.rw, rt: AREA.rt },
      new: { rw: 8, rt: 1 },
    });
  });

  it('who may open a household history', async () => {
    const d = relawan();
    const householdId = uuidv7();
    await d.push([d.put('household', householdId, householdValues())]);
    const ok = async (role: Role, area?: UserArea) =>
      (await history(householdId, role, area)).statusCode;
    expect(await ok('lurah')).toBe(200);
    expect(await ok('staf-kelurahan')).toBe(200);
    expect(await ok('admin-kota')).toBe(200);
    expect(await ok('ketua-rw')).toBe(200);
    expect(await ok('ketua-rw', { kelurahanCode: KELURAHAN, rw: AREA.rw + 1, rts: [] })).toBe(403);
    expect(await ok('lurah', { kelurahanCode: OTHER_KELURAHAN, rw: null, rts: [] })).toBe(403);
    const refused = await history(householdId, 'relawan', RELAWAN_AREA);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({
      error: 'forbidden',
      message: expect.stringMatching(/Riwayat/),
    });

    expect((await history(uuidv7())).statusCode).toBe(404);
    expect((await history('bukan-uuid')).statusCode).toBe(400);
    const anonymous = await ctx.app.inject({
      method: 'GET',
      url: `/api/households/${householdId}/history`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
