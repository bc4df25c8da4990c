import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { parseHlc } from '@shared/sync/hlc';
import type { Mutation, PushResponse } from '@shared/sync/protocol';
import { MAX_CLOCK_AHEAD_MS } from '@server/sync/apply';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { AREA, KELURAHAN, TestDevice, householdValues, latest } from '../helpers/device';

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };
const DAY = 24 * 60 * 60_000;

describe.each(DATABASES)('clamped clocks and tombstone stamps ($name)', (kind) => {
  const ctx = useApp(kind);
  const pullAll = () => new TestDevice(ctx.app).pullAll(SCOPE).then((p) => latest(p.changes));

  it('a phone a day ahead sends two edits of one field in one batch: the second one is kept', async () => {
    // A second passes between the edits: each gets counter 0 on the phone's clock.
    let phoneTime = Date.now() + DAY;
    const fast = new TestDevice(ctx.app, () => (phoneTime += 1000));
    const id = uuidv7();
    const batch = [
      fast.put('household', id, householdValues()),
      fast.put('household', id, { headName: 'Ahmad (v1)' }),
      fast.put('household', id, { headName: 'Ahmad (v2)' }),
    ];
    const answer = await fast.push(batch);
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);

    const stored = (await pullAll()).get(id)!;
    expect(stored.values.headName).toBe('Ahmad (v2)');
    // Still pulled back to the server's bound, not the phone's day ahead.
    expect(parseHlc(stored.hlc.headName!).wall).toBeLessThanOrEqual(
      Date.now() + MAX_CLOCK_AHEAD_MS,
    );
    expect(stored.hlc.headName! > stored.hlc.street!).toBe(true);
  });

  it('a second delete of a tombstone with a later stamp is saved: every replica holds that stamp', async () => {
    const a = new TestDevice(ctx.app, () => 1_700_000_000_000);
    const b = new TestDevice(ctx.app, () => 1_700_000_005_000);
    const id = uuidv7();
    await a.push([a.put('household', id, householdValues())]);
    await a.push([a.delete('household', id)]);
    const { cursor } = await b.pullAll(SCOPE);

    const later = b.delete('household', id);
    expect((await b.push([later])).results[0]!.status).toBe('applied');

    // The record is sent again from the old cursor, with the later stamp the merge keeps.
    const { changes } = await b.pullAll(SCOPE, cursor);
    expect(changes.map((c) => [c.id, c.deleted, c.hlc.deleted])).toEqual([[id, true, later.hlc]]);
    // An earlier delete arriving last changes nothing.
    const early = new TestDevice(ctx.app, () => 1_699_999_000_000);
    await early.push([early.delete('household', id)]);
    expect((await pullAll()).get(id)!.hlc.deleted).toBe(later.hlc);
  });

  it('an app of schema version 3 must update; one of version 4 still gets records and superseded', async () => {
    const a = new TestDevice(ctx.app, () => 1_700_000_009_000);
    const old = new TestDevice(ctx.app, () => 1_700_000_000_000);
    const id = uuidv7();
    await a.push([
      a.put('household', id, householdValues()),
      a.put('household', id, { headName: 'Wati' }),
    ]);
    const push = async (version: number, mutations: Mutation[]) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: await old.headers(),
        payload: { deviceId: old.id, schemaVersion: version, mutations },
      });
    const lost = old.put('household', id, { headName: 'Ahmad' });
    const refused = await push(3, [lost]);
    expect(refused.statusCode).toBe(426);
    expect(refused.json()).toMatchObject({ error: 'upgrade-required' });
    // A version 4 app: its change lost to a later one, said so, with the server's record.
    const answer = (await push(4, [lost])).json<PushResponse>();
    expect(answer.results[0]).toMatchObject({
      status: 'applied',
      superseded: ['headName'],
      reason: expect.stringMatching(/perangkat lain/),
    });
    expect(answer.records?.map((r) => [r.id, r.values.headName])).toEqual([[id, 'Wati']]);
    // The same change again: a duplicate, answered with the record too.
    const again = (await push(4, [lost])).json<PushResponse>();
    expect(again.results[0]).toMatchObject({ status: 'duplicate', originalStatus: 'applied' });
    expect(again.records?.map((r) => [r.id, r.values.headName])).toEqual([[id, 'Wati']]);
  });
});
