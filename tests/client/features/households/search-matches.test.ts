import { expect, it } from 'vitest';
import {
  describePerson,
  matchedPeopleByHousehold,
} from '@client/features/households/data/search-matches';

const person = (householdId: string, name: string, extra: Record<string, unknown> = {}) =>
  ({
    id: `${householdId}-${name}`,
    householdId,
    name,
    nik: null,
    relation: 'anak',
    birthDate: '2010-05-01',
    residenceStatus: 'aktif',
    ...extra,
  }) as never;

it('groups the residents found by house, heads first, with relation and age', () => {
  const people = matchedPeopleByHousehold(
    [
      person('h1', 'Rudi Santoso Jr'),
      person('h2', 'Rudy Hartono', { relation: 'suami', birthDate: null, ageYears: 40 }),
      person('h1', 'Rudi Santoso', { relation: 'kepala', birthDate: '1975-02-01' }),
      person('h1', 'Rudi Lama', { residenceStatus: 'pindah' }),
      person('h1', 'Rudi Dihapus', { deleted: true }),
    ],
    '2026-12-02',
  );
  expect([...people.keys()]).toEqual(['h1', 'h2']);
  expect(people.get('h1')!.map((p) => [p.name, describePerson(p)])).toEqual([
    ['Rudi Santoso', 'Kepala keluarga · 51 th'],
    ['Rudi Lama', 'Anak · 16 th · Pindah'],
    ['Rudi Santoso Jr', 'Anak · 16 th'],
  ]);
  expect(describePerson(people.get('h2')![0]!)).toBe('Suami · 40 th');
});
