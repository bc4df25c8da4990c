import { describe, expect, it } from 'vitest';
import { listPeople } from '@client/features/volunteers/data/people-list';
import type { UserSummary } from '@shared/auth/api';
import type { Role } from '@shared/auth/roles';

const MARGAHAYU = '32.75.01.1001';
const KRANJI = '32.75.02.1002';

function person(
  name: string,
  kelurahanCode: string | null,
  { role = 'relawan', status = 'active' }: { role?: Role; status?: UserSummary['status'] } = {},
): UserSummary {
  return {
    id: name,
    name,
    phone: '081234567890',
    role,
    area: { kelurahanCode, rw: kelurahanCode ? 1 : null, rts: kelurahanCode ? [1] : [] },
    status,
    createdAt: '2026-11-01T00:00:00Z',
    lastSyncAt: null,
    devices: 1,
    changes: 0,
    changesLast7Days: 0,
  };
}

const people = [
  person('Siti Rahma', MARGAHAYU),
  person('Budi Santoso', KRANJI),
  person('Agus Salim', MARGAHAYU, { status: 'revoked' }),
  person('Admin Kota', null, { role: 'admin-kota' }),
  person('budiman', MARGAHAYU),
];
const names = (list: UserSummary[]) => list.map((u) => u.name);

describe('the people list of the volunteers screen', () => {
  it('shows everyone with no filter: active people by name, revoked ones last', () => {
    expect(names(listPeople(people, { kelurahanCode: '', name: '' }))).toEqual([
      'Admin Kota',
      'Budi Santoso',
      'budiman',
      'Siti Rahma',
      'Agus Salim',
    ]);
  });

  it("narrows to one kelurahan's people (the city's admin has no kelurahan and drops out)", () => {
    expect(names(listPeople(people, { kelurahanCode: MARGAHAYU, name: '' }))).toEqual([
      'budiman',
      'Siti Rahma',
      'Agus Salim',
    ]);
    expect(names(listPeople(people, { kelurahanCode: KRANJI, name: '' }))).toEqual([
      'Budi Santoso',
    ]);
  });

  it('finds names containing the typed text, whatever its case and the spaces around it', () => {
    expect(names(listPeople(people, { kelurahanCode: '', name: '  BUDI ' }))).toEqual([
      'Budi Santoso',
      'budiman',
    ]);
    expect(names(listPeople(people, { kelurahanCode: MARGAHAYU, name: 'budi' }))).toEqual([
      'budiman',
    ]);
    expect(listPeople(people, { kelurahanCode: KRANJI, name: 'siti' })).toEqual([]);
  });

  it('leaves the list it was given as it was', () => {
    const before = names(people);
    listPeople(people, { kelurahanCode: MARGAHAYU, name: 'a' });
    expect(names(people)).toEqual(before);
  });
});
