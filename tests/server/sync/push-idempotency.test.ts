import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { AREA, KELURAHAN, TestDevice, visitValues } from '../helpers/device';

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };

describe.each(DATABASES)('push is idempotent ($name)', (kind) => {
  const ctx = useApp(kind);

  it('the same push replayed 1 to 10 times applies once and changes nothing after', async () => {
    for (let replays = 1; replays <= 10; replays++) {
      await ctx.reset();
      const device = new TestDevice(ctx.app);
      const { householdId, residentIds, mutations } = device.household(3);
      const visit = device.put('visit', uuidv7(), visitValues(householdId));
      const batch = [...mutations, visit];

      const first = await device.push(batch);
      expect(first.results.map((r) => r.status)).toEqual(batch.map(() => 'applied'));
      const { changes, cursor } = await device.pullAll(SCOPE);
      expect(changes.map((c) => c.id).sort()).toEqual(
        [householdId, ...residentIds, visit.entityId].sort(),
      );

      for (let i = 0; i < replays; i++) {
        const again = await device.push(batch);
        expect(again.results.map((r) => r.status)).toEqual(batch.map(() => 'duplicate'));
        expect(again.results.every((r) => r.originalStatus === 'applied')).toBe(true);
        expect(again.lastSeq).toBe(batch.length);
        expect(again.expectedSeq).toBeUndefined();
      }
      // Nothing was written by the replays: there is nothing new to pull.
      expect((await device.pullAll(SCOPE, cursor)).changes).toEqual([]);
      const all = await new TestDevice(ctx.app).pullAll(SCOPE);
      expect(all.changes).toHaveLength(5);
    }
  });

  it('a push whose answer was lost is applied once when the device retries', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, mutations } = device.household(2);
    await device.push(mutations); // the answer never reached the phone
    const edit = device.put('household', householdId, { headName: 'Budi Santoso' });

    // The retry sends the same mutations, then the change made meanwhile.
    const retry = await device.push([...mutations, edit]);
    expect(retry.results.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'applied',
    ]);
    expect(retry.lastSeq).toBe(4);

    const { changes } = await new TestDevice(ctx.app).pullAll(SCOPE);
    expect(changes).toHaveLength(3);
    const household = changes.find((c) => c.id === householdId)!;
    expect(household.values.headName).toBe('Budi Santoso');
    expect(household.hlc.headName).toBe(edit.hlc);
  });

  it('a rejected mutation replayed stays rejected, with its reason, and changes nothing', async () => {
    const device = new TestDevice(ctx.app);
    const bad = device.put('household', uuidv7(), {
      ...AREA,
      street: 'Jalan Kenanga',
      headName: '',
    });
    const first = await device.push([bad]);
    expect(first.results[0]).toMatchObject({ status: 'rejected' });
    expect(first.results[0]!.reason).toMatch(/kepala keluarga/i);

    const again = await device.push([bad]);
    expect(again.results[0]).toEqual({
      id: bad.id,
      seq: bad.seq,
      status: 'duplicate',
      originalStatus: 'rejected',
      reason: first.results[0]!.reason,
    });
    expect((await device.pullAll(SCOPE)).changes).toEqual([]);
  });

  it('a device restored from a backup under a new id re-sends old mutations: duplicates', async () => {
    const old = new TestDevice(ctx.app);
    const { mutations } = old.household(2);
    await old.push(mutations);
    const { cursor } = await old.pullAll(SCOPE);

    // The restored phone has a new device id; the server knows nothing of its numbers yet.
    const restored = new TestDevice(ctx.app);
    const renumbered = mutations.map((m, i) => ({ ...m, seq: i + 1 }));
    const answer = await restored.push(renumbered);
    expect(answer.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(answer.lastSeq).toBe(3);
    expect((await old.pullAll(SCOPE, cursor)).changes).toEqual([]);
  });
});
