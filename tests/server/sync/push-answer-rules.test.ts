import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import { writeRecords } from '../../../src/server/data/records';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { AREA, KELURAHAN, TestDevice, doseValues, latest, visitValues } from '../helpers/device';

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };

/** The checks across answers (@shared/domain/dose-rules, visit.ts) hold on push too. */
describe.each(DATABASES)('push: checks across answers ($name)', (kind) => {
  const ctx = useApp(kind);
  const pullAll = () => new TestDevice(ctx.app).pullAll(SCOPE).then((p) => latest(p.changes));

  async function residentWithDose1(device: TestDevice, date = '2021-08-10') {
    const { householdId, residentIds, mutations } = device.household(1);
    const residentId = residentIds[0]!;
    const dose1 = uuidv7();
    const values = { ...doseValues(residentId, householdId), date };
    await device.push([...mutations, device.put('dose', dose1, values)]);
    return { householdId, residentId, dose1 };
  }

  it('dosis 2 dated before dosis 1 is rejected with an Indonesian reason; a valid one applies', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, residentId } = await residentWithDose1(device);
    const early = uuidv7();
    const tooSoon = uuidv7();
    const good = uuidv7();
    const dose2 = (date: string) => ({
      ...doseValues(residentId, householdId),
      kind: 'dosis2',
      date,
    });
    const answer = await device.push([
      device.put('dose', early, dose2('2021-07-01')),
      device.put('dose', tooSoon, dose2('2021-08-20')),
      device.put('dose', good, dose2('2021-09-07')),
    ]);
    expect(answer.results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'Dosis 2 (01-07-2021) harus setelah Dosis 1 (10-08-2021).'],
      [
        'rejected',
        'Jarak Dosis 1 (10-08-2021) ke Dosis 2 (20-08-2021) paling sedikit 28 hari untuk CoronaVac (Sinovac).',
      ],
      ['applied', undefined],
    ]);
    const stored = await pullAll();
    expect(stored.has(early)).toBe(false);
    expect(stored.get(good)!.values.date).toBe('2021-09-07');
  });

  it('a booster without a complete series, and a dose before birth, are rejected', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, residentId } = await residentWithDose1(device);
    const answer = await device.push([
      device.put('dose', uuidv7(), {
        ...doseValues(residentId, householdId),
        kind: 'booster1',
        date: '2022-03-01',
        product: 'pfizer',
      }),
      device.put('resident', residentId, { birthDate: '2021-09-01' }),
    ]);
    expect(answer.results.map((r) => r.reason)).toEqual([
      'Booster 1 hanya setelah dosis primer lengkap: catat dosis primernya lebih dulu.',
      'Dosis 1 (10-08-2021) tidak boleh sebelum tanggal lahir (01-09-2021).',
    ]);
  });

  it('a revisit date before the day of the visit is rejected', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, mutations } = device.household(0);
    const answer = await device.push([
      ...mutations,
      device.put('visit', uuidv7(), {
        ...visitValues(householdId),
        revisitNeeded: true,
        revisitDate: '2021-08-10',
      }),
    ]);
    expect(answer.results[1]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/Tanggal kunjungan ulang tidak boleh sebelum hari kunjungan/),
    });
  });

  it('an old record that breaks a rule still takes edits of other fields, and voids', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, residentId, dose1 } = await residentWithDose1(device);
    // Stored before the rule existed: dosis 2 a week after dosis 1 of CoronaVac.
    const oldDose2 = uuidv7();
    const fields = { ...doseValues(residentId, householdId), kind: 'dosis2', date: '2021-08-17' };
    const old = formatHlc({ wall: 1, counter: 0, node: 'old' });
    const hlc = Object.fromEntries(Object.keys(fields).map((f) => [f, old]));
    await ctx.t.db.transaction((tx) =>
      writeRecords(tx, 'dose', [
        { entity: 'dose', id: oldDose2, ...AREA, fields, hlc, deleted: false },
      ]),
    );
    const answer = await device.push([
      device.put('resident', residentId, { name: 'Siti Aminah Baru' }),
      device.put('dose', uuidv7(), {
        ...doseValues(residentId, householdId),
        kind: 'booster1',
        date: '2022-03-01',
        product: 'pfizer',
      }),
      device.delete('dose', dose1),
    ]);
    expect(answer.results.map((r) => [r.status, r.reason])).toEqual([
      ['applied', undefined],
      ['applied', undefined],
      ['applied', undefined],
    ]);
    expect((await pullAll()).get(residentId)!.values.name).toBe('Siti Aminah Baru');
  });
});
