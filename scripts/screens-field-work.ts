// A relawan's morning of work, pushed through the sync API before the lurah's shots: the demo
// seed writes its records straight into the tables, so without it the change log is empty.
// A new family with two residents in isoman (a family cluster), then an address corrected.
import { uuidv7 } from '@shared/ids';
import { HlcClock } from '@shared/sync/hlc';
import { SCHEMA_VERSION, type PushResponse } from '@shared/sync/protocol';
import type { EnrollResponse } from '@shared/auth/api';
import type { UserArea } from '@shared/auth/roles';
import { call } from '../tests/e2e/harness-auth';

export async function pushFieldWork(url: string, code: string, area: UserArea, today: string) {
  const deviceId = uuidv7();
  const { token } = await call<EnrollResponse>(url, '/api/auth/enroll', null, {
    method: 'POST',
    body: { code, name: 'Rina Marlina', phone: '081234567891', deviceId },
  });
  const place = { kelurahanCode: area.kelurahanCode!, rw: area.rw!, rt: area.rts[0]! };
  const clock = new HlcClock(deviceId);
  let seq = 0;
  const put = (entity: string, values: Record<string, unknown>, entityId = uuidv7()) => ({
    id: uuidv7(),
    seq: ++seq,
    entity,
    entityId,
    op: 'put' as const,
    values,
    hlc: clock.next(),
  });
  const dayBefore = (n: number) =>
    new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10);
  const householdId = uuidv7();
  const house = { ...place, street: 'Gang Melati', houseNumber: '7', headName: 'Hendra Gunawan' };
  const people = [
    { name: 'Hendra Gunawan', birthDate: '1979-03-02', sex: 'L', relation: 'kepala' },
    { name: 'Yuliani', birthDate: '1983-10-21', sex: 'P', relation: 'istri' },
  ].map((p) => ({ id: uuidv7(), ...p }));
  const first = [
    put('household', house, householdId),
    ...people.map(({ id, ...p }) =>
      put(
        'resident',
        { householdId, ...place, ...p, ktpElsewhere: false, residenceStatus: 'aktif' },
        id,
      ),
    ),
    ...people.map((p, i) =>
      put('isoman', {
        householdId,
        residentId: p.id,
        ...place,
        startDate: dayBefore(4 - i * 2),
        expectedEndDate: dayBefore(4 - i * 2 - 10),
      }),
    ),
    put('resident', { notVaccinatedReason: 'isoman' }, people[1]!.id),
  ];
  const push = (mutations: unknown[]) =>
    call<PushResponse>(url, '/api/sync/push', token, {
      method: 'POST',
      body: { deviceId, schemaVersion: SCHEMA_VERSION, mutations },
    });
  await push(first);
  await push([put('household', { street: 'Gang Melati Raya' }, householdId)]);
}
