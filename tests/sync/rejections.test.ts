// After a rejection the phone shows the server's record again; "Ditolak" keeps what was typed.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { useApp } from '../server/helpers/app';
import { DATABASES } from '../server/helpers/databases';
import { ClientDevice } from './helpers/client-device';

const AREA = { kelurahanCode: '32.75.05.1001', rw: 6, rt: 3 };
const SCOPE = { kelurahanCode: AREA.kelurahanCode, rw: AREA.rw };

describe.each(DATABASES)('rejected changes ($name)', (kind) => {
  const ctx = useApp(kind);

  it('a resident and a visit added under a household deleted elsewhere, and a birth date cleared while the age was: all refused, the phone shows the server', async () => {
    const [a, b] = [new ClientDevice(ctx.app, SCOPE), new ClientDevice(ctx.app, SCOPE)];
    const [gone, kept, residentId] = [uuidv7(), uuidv7(), uuidv7()];
    const household = { ...AREA, street: 'Jl. Kenanga', houseNumber: '3', headName: 'Budi' };
    await a.commit([
      { entity: 'household', op: 'put', id: gone, values: household },
      { entity: 'household', op: 'put', id: kept, values: { ...household, houseNumber: '4' } },
      {
        entity: 'resident',
        op: 'put',
        id: residentId,
        values: {
          householdId: kept,
          ...AREA,
          name: 'Sri Wahyuni',
          birthDate: '1970-03-02',
          ageYears: 55,
          sex: 'P',
          relation: 'istri',
          ktpElsewhere: false,
          residenceStatus: 'aktif',
        },
      },
    ]);
    expect(await a.sync()).toBe(true);
    expect(await b.sync()).toBe(true);

    await a.commit([
      { entity: 'household', op: 'delete', id: gone },
      { entity: 'resident', op: 'put', id: residentId, values: { ageYears: null } },
    ]);
    expect(await a.sync()).toBe(true);
    const newResident = uuidv7();
    const resident = await b.db.residents.get(residentId);
    await b.commit([
      {
        entity: 'resident',
        op: 'put',
        id: newResident,
        values: { ...resident!, id: undefined, householdId: gone, name: 'Anak Baru' },
      },
      {
        entity: 'visit',
        op: 'put',
        id: uuidv7(),
        values: {
          householdId: gone,
          ...AREA,
          at: '2021-08-17T09:30:00+07:00',
          outcome: 'ditemui',
          revisitNeeded: false,
        },
      },
      { entity: 'resident', op: 'put', id: residentId, values: { birthDate: null } },
    ]);
    expect(await b.sync()).toBe(true);

    const refused = (await b.db.rejected.toArray()).sort((x, y) => x.seq - y.seq);
    expect(
      refused.map((r) => [r.entity, r.values?.name ?? r.values?.outcome ?? r.values?.birthDate]),
    ).toEqual([
      ['resident', 'Anak Baru'],
      ['visit', 'ditemui'],
      ['resident', null],
    ]);
    expect(await b.db.residents.get(newResident)).toBeUndefined();
    expect(await b.db.visits.count()).toBe(0);
    expect(await b.db.residents.get(residentId)).toMatchObject({ birthDate: '1970-03-02' });
    expect(await b.snapshot()).toEqual(await a.snapshot());
    await Promise.all([a.close(), b.close()]);
  });
});
