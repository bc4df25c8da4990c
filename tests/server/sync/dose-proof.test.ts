// A dose's proof (schema version 5): stored, pulled by a version 5 app, left out for a
// version 4 app (values and stamps), added later to a stored dose while the rest of the dose
// stays fixed; a version 3 app is told to update.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type RecordChange } from '@shared/sync/protocol';
import { fieldClocks } from '@shared/sync/record-clock';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, TestDevice, doseValues, latest } from '../helpers/device';

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };
const PROOF = {
  proof: 'qr',
  proofText: 'https://sertifikat.example.id/v?nik=3275010101800001&tgl=2021-08-17',
  proofMismatch: ['nama'],
};
const PROOF_FIELDS = ['proof', 'proofText', 'proofMismatch'];

describe.each(DATABASES)('proof of a dose, versions 5 and 4 ($name)', (kind) => {
  const ctx = useApp(kind);

  async function residentWithDevice(device: TestDevice) {
    const h = device.household(1);
    await device.push(h.mutations);
    return { householdId: h.householdId, residentId: h.residentIds[0]! };
  }

  async function doseAs(device: TestDevice, id: string) {
    return latest((await device.pullAll(SCOPE)).changes).get(id);
  }

  it('is stored and pulled by a version 5 app; a version 4 app is sent the dose without it', async () => {
    expect(SCHEMA_VERSION).toBe(5);
    const v5 = new TestDevice(ctx.app);
    const { householdId, residentId } = await residentWithDevice(v5);
    const id = uuidv7();
    const answer = await v5.push([
      v5.put('dose', id, { ...doseValues(residentId, householdId), ...PROOF }),
    ]);
    expect(answer.results[0]!.status).toBe('applied');
    expect((await doseAs(v5, id))!.values).toMatchObject(PROOF);

    const v4 = new TestDevice(ctx.app);
    v4.schemaVersion = 4;
    const { wire } = await v4.pull(SCOPE);
    const sent = wire.find((c) => c.id === id)!;
    for (const field of PROOF_FIELDS) {
      expect(sent.values).not.toHaveProperty(field);
      expect(fieldClocks(sent)).not.toHaveProperty(field);
    }
    expect(sent.values).toMatchObject({ kind: 'dosis1', date: '2021-08-17' });
  });

  it("a version 4 app's push is applied as before, and its answer carries no proof", async () => {
    const v4 = new TestDevice(ctx.app);
    v4.schemaVersion = 4;
    const { householdId, residentId } = await residentWithDevice(v4);
    const id = uuidv7();
    const dose = v4.put('dose', id, doseValues(residentId, householdId));
    expect((await v4.push([dose])).results[0]!.status).toBe('applied');
    // A version 5 phone adds the proof later; the version 4 app sends its dose again (its
    // answer lost): a duplicate, answered with the record as a version 4 app reads it.
    const v5 = new TestDevice(ctx.app);
    await v5.push([v5.put('dose', id, PROOF)]);
    const again = await v4.push([dose]);
    expect(again.results[0]).toMatchObject({ status: 'duplicate', originalStatus: 'applied' });
    const record = again.records!.find((r: RecordChange) => r.id === id)!;
    for (const field of PROOF_FIELDS) expect(record.values).not.toHaveProperty(field);
    // A version 5 app sees the dose without proof as stated only: no proof field.
    const fresh = new TestDevice(ctx.app);
    const v4Dose = uuidv7();
    await v4.push([
      v4.put('dose', v4Dose, {
        ...doseValues(residentId, householdId),
        kind: 'dosis2',
        date: '2021-10-01',
      }),
    ]);
    expect((await doseAs(fresh, v4Dose))!.values.proof ?? null).toBeNull();
  });

  it('may be added to a stored dose later; no other field of the dose may change', async () => {
    const d = new TestDevice(ctx.app);
    const { householdId, residentId } = await residentWithDevice(d);
    const id = uuidv7();
    await d.push([d.put('dose', id, doseValues(residentId, householdId))]);

    const added = await d.push([d.put('dose', id, { proof: 'kartu' })]);
    expect(added.results[0]!.status).toBe('applied');
    expect((await doseAs(d, id))!.values).toMatchObject({ proof: 'kartu', kind: 'dosis1' });

    const scanned = await d.push([d.put('dose', id, PROOF)]);
    expect(scanned.results[0]!.status).toBe('applied');
    expect((await doseAs(d, id))!.values).toMatchObject(PROOF);

    const refused = await d.push([d.put('dose', id, { ...PROOF, date: '2021-08-18' })]);
    expect(refused.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'Data dosis vaksin yang sudah dicatat tidak dapat diubah.',
    });
    const invalid = await d.push([d.put('dose', id, { proof: 'foto' })]);
    expect(invalid.results[0]).toMatchObject({ status: 'rejected' });
    expect(invalid.results[0]!.reason).toMatch(/^Data dosis vaksin tidak valid/);
    expect((await doseAs(d, id))!.values).toMatchObject({ ...PROOF, date: '2021-08-17' });
  });

  it('a proof added to a voided dose is refused', async () => {
    const d = new TestDevice(ctx.app);
    const { householdId, residentId } = await residentWithDevice(d);
    const id = uuidv7();
    await d.push([d.put('dose', id, doseValues(residentId, householdId)), d.delete('dose', id)]);
    const late = await d.push([d.put('dose', id, PROOF)]);
    expect(late.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'Data dosis vaksin sudah dihapus.',
    });
  });

  it('a version 3 app is told to update, on push and on pull', async () => {
    const v3 = new TestDevice(ctx.app);
    const headers = await v3.headers();
    const push = await ctx.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers,
      payload: { deviceId: v3.id, schemaVersion: 3, mutations: [] },
    });
    expect(push.statusCode).toBe(426);
    expect(push.json()).toMatchObject({ error: 'upgrade-required' });
    const pull = await ctx.app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers,
      query: { deviceId: v3.id, schemaVersion: '3', kelurahan: KELURAHAN },
    });
    expect(pull.statusCode).toBe(426);
  });
});
