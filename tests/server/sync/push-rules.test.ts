import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { compactNode, formatHlc, parseHlc } from '@shared/sync/hlc';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import {
  AREA,
  KELURAHAN,
  TestDevice,
  doseValues,
  householdValues,
  latest,
  residentValues,
  visitValues,
} from '../helpers/device';

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };

describe.each(DATABASES)('push rules ($name)', (kind) => {
  const ctx = useApp(kind);
  const pullAll = () => new TestDevice(ctx.app).pullAll(SCOPE).then((p) => latest(p.changes));

  it('one invalid mutation among 100: 99 applied, 1 rejected with its reason, the queue moves on', async () => {
    const device = new TestDevice(ctx.app);
    const mutations = Array.from({ length: 100 }, (_, i) =>
      device.put('household', uuidv7(), householdValues(AREA, i)),
    );
    const bad = mutations[41]!;
    bad.values = { ...bad.values, kkNumber: '12345' }; // a KK number has 16 digits

    const answer = await device.push(mutations);
    expect(answer.results).toHaveLength(100);
    expect(answer.lastSeq).toBe(100);
    expect(answer.expectedSeq).toBeUndefined();
    const rejected = answer.results.filter((r) => r.status === 'rejected');
    expect(rejected).toEqual([
      {
        id: bad.id,
        seq: 42,
        status: 'rejected',
        reason: expect.stringMatching(/Nomor KK harus 16 angka/),
      },
    ]);
    const stored = await pullAll();
    expect(stored.size).toBe(99);
    expect(stored.has(bad.entityId)).toBe(false);

    // The next change goes straight through.
    const next = device.put('household', uuidv7(), householdValues(AREA, 200));
    expect((await device.push([next])).results[0]!.status).toBe('applied');
  });

  it('edits of different fields on two devices both survive; the same field: the later HLC wins', async () => {
    // b's clock runs a second ahead of a's: b's edit is the later one.
    const a = new TestDevice(ctx.app, () => 1_700_000_000_000);
    const b = new TestDevice(ctx.app, () => 1_700_000_001_000);
    const id = uuidv7();
    await a.push([a.put('household', id, householdValues())]);
    const street = a.put('household', id, { street: 'Jalan Mawar' });
    const headOld = a.put('household', id, { headName: 'Budi (lama)' });
    const head = b.put('household', id, { headName: 'Budi Santoso' });
    // b's edit reaches the server first, a's older edits afterwards.
    await b.push([head]);
    await a.push([street, headOld]);
    const h = (await pullAll()).get(id)!;
    expect(h.values).toMatchObject({ street: 'Jalan Mawar', headName: 'Budi Santoso' });
    expect(h.hlc.headName).toBe(head.hlc);
    expect(h.hlc.street).toBe(street.hlc);
  });

  it('a clock far in the future is pulled back to five minutes ahead', async () => {
    const device = new TestDevice(ctx.app);
    const id = uuidv7();
    const future = formatHlc({ wall: Date.now() + 86_400_000, counter: 7, node: device.id });
    const m = { ...device.put('household', id, householdValues()), hlc: future };
    const before = Date.now();
    await device.push([m]);
    const stored = parseHlc((await pullAll()).get(id)!.hlc.street!);
    expect(stored.counter).toBe(7);
    expect(stored.node).toBe(compactNode(device.id));
    expect(stored.wall).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(stored.wall).toBeLessThanOrEqual(Date.now() + 5 * 60_000);

    // So a normal edit made an hour later (by the server's clock, in real life) can still win.
    const later = formatHlc({ wall: Date.now() + 10 * 60_000, counter: 0, node: 'other' });
    await device.push([{ ...device.put('household', id, { street: 'Jalan Baru' }), hlc: later }]);
    expect((await pullAll()).get(id)!.values.street).toBe('Jalan Baru');
  });

  it('a delete is a tombstone that no later edit brings back', async () => {
    const a = new TestDevice(ctx.app);
    const b = new TestDevice(ctx.app);
    const { householdId, mutations } = a.household(0);
    await a.push(mutations);
    const offlineEdit = b.put('household', householdId, { street: 'Jalan Anggrek' });
    await a.push([a.delete('household', householdId)]);
    const answer = await b.push([offlineEdit]);
    expect(answer.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'Data rumah tangga sudah dihapus.',
    });
    const h = (await pullAll()).get(householdId)!;
    expect(h.deleted).toBe(true);
    expect(h.values.street).toBe('Jalan Melati 1');
  });

  it('visits and doses are written once: a change is rejected; a visit cannot be deleted', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, residentIds, mutations } = device.household(1);
    const visitId = uuidv7();
    const doseId = uuidv7();
    await device.push([
      ...mutations,
      device.put('visit', visitId, visitValues(householdId)),
      device.put('dose', doseId, doseValues(residentIds[0]!, householdId)),
    ]);
    const answer = await device.push([
      device.put('visit', visitId, { outcome: 'menolak-didata' }),
      device.delete('visit', visitId),
      device.put('dose', doseId, { product: 'pfizer' }),
      device.delete('dose', doseId), // a dose recorded by mistake is voided
    ]);
    expect(answer.results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'Data kunjungan yang sudah dicatat tidak dapat diubah.'],
      ['rejected', 'Data kunjungan tidak dapat dihapus.'],
      ['rejected', 'Data dosis vaksin yang sudah dicatat tidak dapat diubah.'],
      ['applied', undefined],
    ]);
    const stored = await pullAll();
    expect(stored.get(visitId)!.values.outcome).toBe('ditemui');
    expect(stored.get(visitId)!.deleted).toBe(false);
    expect(stored.get(doseId)!.values.product).toBe('coronavac');
    expect(stored.get(doseId)!.deleted).toBe(true);
  });

  it('a record needs a live parent in the same RT', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, mutations } = device.household(0);
    await device.push(mutations);
    const gone = device.household(0);
    await device.push([...gone.mutations, device.delete('household', gone.householdId)]);
    const otherRt = { ...AREA, rt: AREA.rt + 1 };
    const answer = await device.push([
      device.put('resident', uuidv7(), residentValues(uuidv7())),
      device.put('resident', uuidv7(), residentValues(gone.householdId)),
      device.put('resident', uuidv7(), residentValues(householdId, otherRt)),
      device.put('visit', uuidv7(), visitValues(householdId, otherRt)),
      device.put('resident', uuidv7(), residentValues(householdId)),
    ]);
    expect(answer.results.map((r) => r.reason ?? r.status)).toEqual([
      'Data rumah tangga tidak ditemukan.',
      'Data rumah tangga sudah dihapus.',
      'Wilayah (kelurahan/RW/RT) harus sama dengan rumah tangga-nya.',
      'Wilayah (kelurahan/RW/RT) harus sama dengan rumah tangga-nya.',
      'applied',
    ]);
  });

  it('the area of a stored record cannot change; other fields can, partially', async () => {
    // A ketua RW: moving records is for a lurah, staf kelurahan or admin kota (roles.ts).
    const device = new TestDevice(ctx.app, undefined, { role: 'ketua-rw' });
    const { householdId, residentIds, mutations } = device.household(1);
    await device.push(mutations);
    const answer = await device.push([
      device.put('household', householdId, { rt: AREA.rt + 1 }),
      device.put('resident', residentIds[0]!, { phone: '081234567890' }),
    ]);
    expect(answer.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
    expect(answer.results[0]!.reason).toMatch(/hanya dapat dilakukan oleh lurah/);
    const stored = await pullAll();
    expect(stored.get(householdId)!.values.rt).toBe(AREA.rt);
    expect(stored.get(residentIds[0]!)!.values).toMatchObject({
      phone: '081234567890',
      name: 'Siti Aminah 0',
    });
  });

  it('unknown fields are ignored; a put with none of the fields is rejected', async () => {
    const device = new TestDevice(ctx.app);
    const id = uuidv7();
    const answer = await device.push([
      device.put('household', id, { ...householdValues(), searchWords: ['x'], secret: 1 }),
      device.put('household', id, { nothing: true }),
    ]);
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(Object.keys((await pullAll()).get(id)!.values)).not.toContain('secret');
  });
});
