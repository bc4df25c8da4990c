// Follow-ups named by ids of another area: the caller's area is checked before anything is
// said about the record, so a lurah of one kelurahan learns neither that another kelurahan's
// follow-up, household or resident exists nor where it is.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { KELURAHAN, OTHER_KELURAHAN, TestDevice } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

describe.each(DATABASES)('follow-ups of another area ($name)', (kind) => {
  const ctx = useApp(kind);

  const post = (headers: object, followups: object[]) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/followups',
      headers: headers as Record<string, string>,
      payload: { followups },
    });

  /** A follow-up handed out in kelurahan 1001, and a lurah of kelurahan 1002 with a house. */
  async function twoKelurahan() {
    const volunteer = new TestDevice(ctx.app, Date.now, { role: 'relawan', name: 'Rina' });
    const house = volunteer.household(1);
    await volunteer.push(house.mutations);
    const me = await volunteer.signIn();
    const lurah = await signIn(ctx, { role: 'lurah' });
    const item = {
      id: uuidv7(),
      kind: 'belum-vaksin',
      householdId: house.householdId,
      residentId: house.residentIds[0],
      assignedTo: me.userId,
    };
    expect((await post(lurah.headers, [item])).json()).toEqual({
      results: [{ id: item.id, status: 'created' }],
    });

    const otherArea = { kelurahanCode: OTHER_KELURAHAN, rw: 1, rt: 1 };
    const otherVolunteer = new TestDevice(ctx.app, Date.now, {
      role: 'relawan',
      area: { kelurahanCode: OTHER_KELURAHAN, rw: 1, rts: [1] },
    });
    const otherHouse = otherVolunteer.household(1, otherArea);
    await otherVolunteer.push(otherHouse.mutations);
    const otherLurah = await signIn(ctx, {
      role: 'lurah',
      area: { kelurahanCode: OTHER_KELURAHAN, rw: null, rts: [] },
    });
    const otherItem = {
      kind: 'belum-vaksin',
      householdId: otherHouse.householdId,
      residentId: otherHouse.residentIds[0],
      assignedTo: (await otherVolunteer.signIn()).userId,
    };
    return { item, otherLurah, otherItem };
  }

  // (The tests' reset leaves the followups table as it is: count what a test adds.)
  async function followupCount() {
    const [row] = await ctx.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM followups');
    return Number(row!.n);
  }

  it('another kelurahan’s follow-up id → 400, not `existing`, and nothing said of where', async () => {
    const { item, otherLurah, otherItem } = await twoKelurahan();
    const before = await followupCount();
    for (const sent of [item, { ...otherItem, id: item.id }]) {
      const answer = await post(otherLurah.headers, [sent]);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error).toBe('invalid-followup');
      expect(answer.body).not.toContain(KELURAHAN);
      expect(answer.body).not.toContain('existing');
    }
    expect(await followupCount()).toBe(before);
  });

  it('another kelurahan’s household or resident reads as unknown, like an id never made', async () => {
    const { item, otherLurah, otherItem } = await twoKelurahan();
    const before = await followupCount();
    const answers = [];
    for (const householdId of [item.householdId, uuidv7()]) {
      answers.push(
        (await post(otherLurah.headers, [{ ...otherItem, id: uuidv7(), householdId }])).json(),
      );
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0].message).toMatch(/tidak ditemukan/);
    const residents = [];
    for (const residentId of [item.residentId, uuidv7()]) {
      residents.push(
        (await post(otherLurah.headers, [{ ...otherItem, id: uuidv7(), residentId }])).json(),
      );
    }
    expect(residents[0]).toEqual(residents[1]);
    expect(residents[0].message).toMatch(/Data warga tidak ditemukan/);
    expect(await followupCount()).toBe(before);
  });
});
