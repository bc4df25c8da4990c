import { describe, expect, it } from 'vitest';
import type { FollowupCandidates } from '@shared/followups/api';
import { uuidv7 } from '@shared/ids';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { AREA, KELURAHAN, TestDevice, doseValues, latest, visitValues } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

const RW = { kelurahan: KELURAHAN, rw: AREA.rw };

describe.each(DATABASES)('follow-ups ($name)', (kind) => {
  const ctx = useApp(kind);

  /** RT 5 of RW 3: a volunteer's household with two residents (one vaccinated) and a revisit. */
  async function fieldWork() {
    const volunteer = new TestDevice(ctx.app, Date.now, { role: 'relawan', name: 'Rina' });
    const house = volunteer.household(2);
    const [unvaccinated, vaccinated] = house.residentIds as [string, string];
    const empty = volunteer.household(0);
    await volunteer.push([
      ...house.mutations,
      volunteer.put('resident', unvaccinated, { notVaccinatedReason: 'takut-kipi' }),
      volunteer.put('dose', uuidv7(), doseValues(vaccinated, house.householdId)),
      volunteer.put('dose', uuidv7(), {
        ...doseValues(vaccinated, house.householdId),
        kind: 'dosis2',
        date: '2021-09-17',
      }),
      ...empty.mutations,
      volunteer.put('visit', uuidv7(), {
        ...visitValues(empty.householdId),
        outcome: 'tidak-ada-orang',
      }),
    ]);
    return { volunteer, house, unvaccinated, empty, me: await volunteer.signIn() };
  }

  async function lurah() {
    return signIn(ctx, { role: 'lurah', name: 'Bu Lurah' });
  }

  async function candidates(headers: object, query = RW) {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/followups/candidates?kelurahan=${query.kelurahan}&rw=${query.rw}`,
      headers: headers as Record<string, string>,
    });
    return response;
  }

  const post = async (headers: object, followups: object[]) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/followups',
      headers: headers as Record<string, string>,
      payload: { followups },
    });

  it('the lurah sees who is unvaccinated and why, houses to revisit and the gap to target per RT', async () => {
    const { house, unvaccinated, empty, me } = await fieldWork();
    const answer = await candidates((await lurah()).headers);
    expect(answer.statusCode).toBe(200);
    const body = answer.json<FollowupCandidates>();
    expect(body.residents).toEqual([
      expect.objectContaining({
        residentId: unvaccinated,
        householdId: house.householdId,
        rt: AREA.rt,
        reason: 'takut-kipi',
        address: 'Jalan Melati 1 No. 1',
        openFollowup: null,
      }),
    ]);
    expect(body.households).toEqual([
      expect.objectContaining({ householdId: empty.householdId, why: 'tidak-ada-orang' }),
    ]);
    // 2 eligible, 1 complete; 70% of 2 is 2: one more needed, unvaccinated for fear of KIPI.
    expect(body.rts).toEqual([
      expect.objectContaining({
        rt: AREA.rt,
        eligible: 2,
        lengkap: 1,
        targetCount: 2,
        gapToTarget: 1,
      }),
    ]);
    expect(body.rts[0]!.unvaccinatedByReason['takut-kipi']).toBe(1);
    expect(body.volunteers).toEqual([
      { id: me.userId, name: 'Rina', role: 'relawan', rts: [AREA.rt] },
    ]);
  });

  it('a follow-up handed out by the lurah is pulled by the volunteer; a retry creates nothing twice; a dose closes it', async () => {
    const { volunteer, house, unvaccinated, me } = await fieldWork();
    const { headers } = await lurah();
    const item = {
      id: uuidv7(),
      kind: 'belum-vaksin',
      householdId: house.householdId,
      residentId: unvaccinated,
      assignedTo: me.userId,
      note: 'Jelaskan KIPI ringan',
    };
    const first = await post(headers, [item]);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ results: [{ id: item.id, status: 'created' }] });
    expect((await post(headers, [item])).json()).toEqual({
      results: [{ id: item.id, status: 'existing' }],
    });

    // Schema version 1 had no table for follow-ups; it, and versions 2 and 3, are asked to
    // update, and version 4 (the one before the current) still gets them.
    const pullAs = async (version: number) =>
      ctx.app.inject({
        method: 'GET',
        url: `/api/sync/pull?deviceId=${volunteer.id}&schemaVersion=${version}&kelurahan=${KELURAHAN}&rw=${AREA.rw}`,
        headers: await volunteer.headers(),
      });
    expect((await pullAs(1)).statusCode).toBe(426);
    expect((await pullAs(2)).statusCode).toBe(426);
    expect((await pullAs(3)).statusCode).toBe(426);
    const previous = await pullAs(4);
    expect(previous.statusCode).toBe(200);
    const entities = previous
      .json<{ changes: { entity: string }[] }>()
      .changes.map((c) => c.entity);
    expect(entities).toContain('followup');

    const pulled = latest((await volunteer.pullAll(RW)).changes);
    expect(pulled.get(item.id)).toEqual(
      expect.objectContaining({
        entity: 'followup',
        deleted: false,
        values: expect.objectContaining({
          ...AREA,
          kind: 'belum-vaksin',
          residentId: unvaccinated,
          assignedTo: me.userId,
          assignedToName: 'Rina',
          assignedByName: 'Bu Lurah',
          note: 'Jelaskan KIPI ringan',
        }),
      }),
    );

    // In the household's history, as the lurah's change.
    const history = await ctx.app.inject({
      method: 'GET',
      url: `/api/households/${house.householdId}/history`,
      headers,
    });
    expect(history.json()).toContainEqual(
      expect.objectContaining({
        entity: 'followup',
        entityId: item.id,
        user: expect.objectContaining({ name: 'Bu Lurah' }),
        new: expect.objectContaining({ kind: 'belum-vaksin', assignedToName: 'Rina' }),
      }),
    );

    let body = (await candidates(headers)).json<FollowupCandidates>();
    expect(body.residents[0]!.openFollowup).toEqual({ id: item.id, assignedToName: 'Rina' });
    expect(body.followups).toEqual([expect.objectContaining({ id: item.id, done: false })]);
    await volunteer.push([
      volunteer.put('dose', uuidv7(), {
        ...doseValues(unvaccinated, house.householdId),
        date: '2026-11-20',
      }),
    ]);
    body = (await candidates(headers)).json<FollowupCandidates>();
    expect(body.followups).toEqual([expect.objectContaining({ id: item.id, done: true })]);
    expect(body.residents).toEqual([]);
  });

  it('the same new follow-up sent twice at once (a double tap) is created once', async () => {
    const { house, unvaccinated, me } = await fieldWork();
    const { headers } = await lurah();
    const item = {
      id: uuidv7(),
      kind: 'belum-vaksin',
      householdId: house.householdId,
      residentId: unvaccinated,
      assignedTo: me.userId,
    };
    const answers = await Promise.all([post(headers, [item]), post(headers, [item])]);
    const statuses = answers.map((a) => a.json<{ results: { status: string }[] }>().results[0]!);
    expect(statuses.map((s) => s.status).sort()).toEqual(['created', 'existing']);
    const history = await ctx.app.inject({
      method: 'GET',
      url: `/api/households/${house.householdId}/history`,
      headers,
    });
    const entries = history.json<{ entityId: string }[]>().filter((e) => e.entityId === item.id);
    expect(entries).toHaveLength(1);
  });

  it('a relawan cannot hand out follow-ups, through the API or by pushing one; a ketua RW can push one', async () => {
    const { volunteer, house, unvaccinated, me } = await fieldWork();
    const item = {
      id: uuidv7(),
      kind: 'belum-vaksin',
      householdId: house.householdId,
      residentId: unvaccinated,
      assignedTo: me.userId,
    };
    const refused = await post(me.headers, [item]);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error: 'forbidden', message: expect.stringMatching(/lurah/) });
    expect((await candidates(me.headers)).statusCode).toBe(403);

    const values = {
      householdId: house.householdId,
      residentId: unvaccinated,
      ...AREA,
      kind: 'belum-vaksin',
      assignedTo: me.userId,
      assignedToName: 'Rina',
      createdAt: '2026-11-20T10:00:00+07:00',
    };
    const pushed = await volunteer.push([volunteer.put('followup', item.id, values)]);
    expect(pushed.results[0]).toEqual(
      expect.objectContaining({
        status: 'rejected',
        reason:
          'Data tindak lanjut hanya dapat diubah oleh ketua RW, lurah, staf kelurahan, atau admin kota.',
      }),
    );
    expect(latest((await volunteer.pullAll(RW)).changes).has(item.id)).toBe(false);

    const ketua = new TestDevice(ctx.app, Date.now, { role: 'ketua-rw' });
    const byKetua = await ketua.push([ketua.put('followup', item.id, values)]);
    expect(byKetua.results[0]!.status).toBe('applied');
    expect(latest((await volunteer.pullAll(RW)).changes).get(item.id)?.entity).toBe('followup');
  });

  it('a batch with a volunteer of another RT stores nothing; a cancelled follow-up reaches the phone as a tombstone', async () => {
    const { volunteer, house, unvaccinated, empty, me } = await fieldWork();
    const other = await signIn(ctx, {
      role: 'relawan',
      name: 'Dodi',
      area: { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [AREA.rt + 1] },
    });
    const { headers } = await lurah();
    const good = {
      id: uuidv7(),
      kind: 'kunjungan-ulang',
      householdId: empty.householdId,
      assignedTo: me.userId,
    };
    const bad = {
      id: uuidv7(),
      kind: 'belum-vaksin',
      householdId: house.householdId,
      residentId: unvaccinated,
      assignedTo: other.userId,
    };
    const answer = await post(headers, [good, bad]);
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toEqual(
      expect.objectContaining({
        error: 'invalid-followup',
        message: expect.stringMatching(
          /Baris 2: Dodi tidak bertugas di kelurahan 32\.75\.01\.1001 RW 003 RT 005/,
        ),
      }),
    );
    expect(latest((await volunteer.pullAll(RW)).changes).has(good.id)).toBe(false);

    expect((await post(headers, [good])).statusCode).toBe(200);
    const cancel = () =>
      ctx.app.inject({ method: 'DELETE', url: `/api/followups/${good.id}`, headers });
    expect((await cancel()).statusCode).toBe(204);
    expect((await cancel()).statusCode).toBe(204);
    expect(latest((await volunteer.pullAll(RW)).changes).get(good.id)?.deleted).toBe(true);
    const missing = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/followups/${uuidv7()}`,
      headers,
    });
    expect(missing.statusCode).toBe(404);
  });
});
