import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { AREA, KELURAHAN, TestDevice, householdValues } from '../helpers/device';

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };

describe.each(DATABASES)('push sequence numbers ($name)', (kind) => {
  const ctx = useApp(kind);

  it('a gap stops the batch: nothing after it is applied until the gap is filled', async () => {
    const device = new TestDevice(ctx.app);
    const m = Array.from({ length: 6 }, (_, i) =>
      device.put('household', uuidv7(), householdValues(AREA, i)),
    );
    // seq 1, 2 arrive; 3 is lost on the way; 4, 5, 6 follow.
    const answer = await device.push([m[0]!, m[1]!, m[3]!, m[4]!, m[5]!]);
    expect(answer.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
    ]);
    expect(answer.lastSeq).toBe(2);
    expect(answer.expectedSeq).toBe(3);
    let ids = (await device.pullAll(SCOPE)).changes.map((c) => c.id);
    expect(ids.sort()).toEqual([m[0]!.entityId, m[1]!.entityId].sort());

    // The device sends from 3 on: everything lands.
    const filled = await device.push(m.slice(2));
    expect(filled.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    expect(filled.expectedSeq).toBeUndefined();
    expect(filled.lastSeq).toBe(6);
    ids = (await device.pullAll(SCOPE)).changes.map((c) => c.id);
    expect(ids.sort()).toEqual(m.map((x) => x.entityId).sort());
  });

  it('a batch out of order is processed in seq order', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, mutations } = device.household(1);
    const answer = await device.push([...mutations].reverse());
    expect(answer.results.map((r) => r.seq)).toEqual([1, 2]);
    expect(answer.results.every((r) => r.status === 'applied')).toBe(true);
    const pulled = (await device.pullAll(SCOPE)).changes.map((c) => c.id);
    expect(pulled).toContain(householdId);
  });

  it('a seq already used by another mutation stops the batch; renumbered, it goes through', async () => {
    const device = new TestDevice(ctx.app);
    const a = device.put('household', uuidv7(), householdValues(AREA, 1));
    await device.push([a]);
    // A device that lost its counter numbers a new change 1 again.
    const b = { ...device.put('household', uuidv7(), householdValues(AREA, 2)), seq: 1 };
    const refused = await device.push([b]);
    expect(refused.results).toEqual([]);
    expect(refused.expectedSeq).toBe(2);
    expect((await device.pullAll(SCOPE)).changes).toHaveLength(1);

    const renumbered = await device.push([{ ...b, seq: refused.expectedSeq! }]);
    expect(renumbered.results.map((r) => r.status)).toEqual(['applied']);
    expect((await device.pullAll(SCOPE)).changes).toHaveLength(2);
  });

  it("one device's concurrent pushes serialize: every mutation applied once, in order", async () => {
    const device = new TestDevice(ctx.app);
    const m = Array.from({ length: 40 }, (_, i) =>
      device.put('household', uuidv7(), householdValues(AREA, i)),
    );
    // Two tabs push overlapping batches at once.
    const [x, y] = await Promise.all([device.push(m.slice(0, 30)), device.push(m.slice(10))]);
    const applied = [...x.results, ...y.results].filter((r) => r.status === 'applied');
    expect(new Set(applied.map((r) => r.seq)).size).toBe(applied.length);
    const rest = m.filter((mm) => !applied.some((r) => r.id === mm.id));
    if (rest.length > 0) await device.push(rest);
    const pulled = (await device.pullAll(SCOPE)).changes;
    expect(pulled).toHaveLength(40);
  });
});
