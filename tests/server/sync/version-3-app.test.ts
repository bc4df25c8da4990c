import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { compactHlc, compactNode, compareHlc, parseHlc } from '@shared/sync/hlc';
import type { Mutation, RecordChange } from '@shared/sync/protocol';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { AREA, KELURAHAN, TestDevice, householdValues, latest } from '../helpers/device';

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };
const LEGACY = /^\d{15}-\d{6}-[0-9A-Za-z_-]{1,64}$/;
const COMPACT = /^[0-9a-f]{16}\.[0-9A-Za-z_-]{1,64}$/;

/** A phone still on app version 3: its stamps are 59 characters with its full device id. */
function version3App(app: FastifyInstance, now: () => number) {
  const device = new TestDevice(app, now);
  device.schemaVersion = 3;
  const legacy = (m: Mutation): Mutation => {
    const { wall, counter } = parseHlc(m.hlc);
    const hlc = `${String(wall).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${device.id}`;
    return { ...m, hlc };
  };
  return { device, legacy };
}

const stampsOf = (change: RecordChange) => Object.values(change.hlc);

describe.each(DATABASES)('a version 3 app against a version 4 server ($name)', (kind) => {
  const ctx = useApp(kind);

  it('pushes full-length stamps, stored and pulled by new apps in the compact form', async () => {
    const { device: v3, legacy } = version3App(ctx.app, () => 1_763_884_800_000);
    const id = uuidv7();
    const m = legacy(v3.put('household', id, householdValues()));
    expect(m.hlc).toHaveLength(59);
    expect((await v3.push([m])).results[0]!.status).toBe('applied');

    const pulled = latest((await new TestDevice(ctx.app).pullAll(SCOPE)).changes).get(id)!;
    for (const h of stampsOf(pulled)) {
      expect(h).toMatch(COMPACT);
      expect(h).toHaveLength(28);
      expect(compareHlc(h, m.hlc)).toBe(0); // the same write
      expect(parseHlc(h).node).toBe(compactNode(v3.id));
    }
    // On the wire to a version 4 app, one clock for the record: every field had the same.
    const [sent] = (await new TestDevice(ctx.app).pull(SCOPE)).wire;
    expect(sent).toMatchObject({ id, hlc: {}, at: compactHlc(m.hlc) });
    // Sent again (its answer lost): a duplicate, nothing stored twice.
    const again = await v3.push([m]);
    expect(again.results[0]).toMatchObject({ status: 'duplicate', originalStatus: 'applied' });
  });

  it('pulls only full-length stamps, every one listed, ordered by time as plain strings the way its code compares', async () => {
    const v4 = new TestDevice(ctx.app, () => 1_763_884_900_000);
    const { device: v3, legacy } = version3App(ctx.app, () => 1_763_884_800_000);
    const id = uuidv7();
    await v3.push([legacy(v3.put('household', id, householdValues()))]);
    await v4.push([v4.put('household', id, { headName: 'Wati' })]);

    const { wire: changes } = await v3.pull(SCOPE); // as sent, not as a device lands them
    const record = latest(changes).get(id)!;
    for (const h of stampsOf(record)) expect(h).toMatch(LEGACY);
    expect(record.at).toBeUndefined();
    expect(Object.keys(record.hlc).sort()).toEqual(Object.keys(record.values).sort());
    expect(record.values.headName).toBe('Wati');
    // The version 3 merge is `incoming > current` on strings: the later edit must win it.
    expect(record.hlc.headName! > record.hlc.street!).toBe(true);
    expect(parseHlc(record.hlc.headName!)).toEqual(parseHlc(v4.clock.last));
  });

  it('a concurrent edit is won by the later clock across the two forms, either way round', async () => {
    const v4 = new TestDevice(ctx.app, () => 1_763_884_900_000);
    const early = version3App(ctx.app, () => 1_763_884_850_000);
    const late = version3App(ctx.app, () => 1_763_884_950_000);
    const id = uuidv7();
    await v4.push([v4.put('household', id, householdValues())]);
    await v4.push([v4.put('household', id, { headName: 'Dari v4' })]);

    // Earlier by the clock, full-length: loses to the compact stamp, and is told so.
    const lost = await early.device.push([
      early.legacy(early.device.put('household', id, { headName: 'Dari v3 lama' })),
    ]);
    expect(lost.results[0]).toMatchObject({ status: 'applied', superseded: ['headName'] });
    expect(lost.records?.[0]?.values.headName).toBe('Dari v4');
    for (const h of stampsOf(lost.records![0]!)) expect(h).toMatch(LEGACY);

    // Later by the clock, full-length: wins over the compact stamp.
    const won = await late.device.push([
      late.legacy(late.device.put('household', id, { headName: 'Dari v3 baru' })),
    ]);
    expect(won.results[0]).toMatchObject({ status: 'applied' });
    expect(won.results[0]!.superseded).toBeUndefined();

    const seen = latest((await v4.pullAll(SCOPE)).changes).get(id)!;
    expect(seen.values.headName).toBe('Dari v3 baru');
    expect(parseHlc(seen.hlc.headName!).node).toBe(compactNode(late.device.id));
    // And a version 4 edit after seeing it wins again (its clock observed the stamp).
    v4.clock.observe(seen.hlc.headName!);
    await v4.push([v4.put('household', id, { headName: 'Dari v4 lagi' })]);
    const fromV3 = latest((await early.device.pullAll(SCOPE)).changes).get(id)!;
    expect(fromV3.values.headName).toBe('Dari v4 lagi');
  });

  it('a full-length stamp of a clock in the year 3000 is pulled back and stored compact', async () => {
    const { device: v3 } = version3App(ctx.app, Date.now);
    const id = uuidv7();
    const year3000 = `${Date.UTC(3000, 0, 1)}`.padStart(15, '0');
    const m = { ...v3.put('household', id, householdValues()), hlc: `${year3000}-000000-${v3.id}` };
    expect((await v3.push([m])).results[0]!.status).toBe('applied');
    const stored = latest((await new TestDevice(ctx.app).pullAll(SCOPE)).changes).get(id)!;
    expect(stored.hlc.street).toMatch(COMPACT);
    expect(parseHlc(stored.hlc.street!).wall).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
  });
});
