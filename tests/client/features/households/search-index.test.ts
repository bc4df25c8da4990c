import { describe, expect, it } from 'vitest';
import { withHouseholdWords, withResidentWords } from '@client/db/search-words';
import { buildSearchIndex } from '@client/features/households/data/search-index';

const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 1 };
const household = (id: string, headName: string, street: string, kkNumber: string | null = null) =>
  withHouseholdWords({
    id,
    hlc: {},
    ...area,
    headName,
    street,
    houseNumber: '4',
    kkNumber,
  } as never);
const resident = (id: string, householdId: string, name: string, nik: string | null = null) =>
  withResidentWords({
    id,
    hlc: {},
    householdId,
    ...area,
    name,
    nik,
    sex: 'L',
    relation: 'anak',
    ktpElsewhere: false,
    residenceStatus: 'aktif',
    birthDate: '1990-01-01',
  } as never);

const index = buildSearchIndex(
  [
    household('h1', 'Rudi Santoso', 'Jl. Kenanga', '3275011212200001'),
    household('h2', 'Siti Aminah', 'Gg. Masjid'),
    { ...household('h3', 'Rudi Dihapus', 'Jl. Lama'), deleted: true },
  ],
  [
    resident('r1', 'h1', 'Rudi Santoso', '3275010101900001'),
    resident('r2', 'h1', 'Joko Susilo', '3275010101900002'),
    resident('r3', 'h2', 'Siti Aminah', '3275014107900003'),
    resident('r4', 'h2', 'Muhammad Rudy', null),
    { ...resident('r5', 'h2', 'Rudi Dihapus'), deleted: true },
  ],
);
const search = (q: string) => {
  const found = index.search(q, '2026-12-02');
  return {
    houses: [...(found?.householdIds ?? [])].sort(),
    people: [...(found?.people.values() ?? [])].flat().map((p) => p.name),
  };
};

describe('the list’s search index', () => {
  it('finds a person by another spelling and says who matched', () => {
    expect(search('rudy santoso')).toEqual({ houses: ['h1'], people: ['Rudi Santoso'] });
    expect(search('djoko')).toEqual({ houses: ['h1'], people: ['Joko Susilo'] });
    expect(search('rudi')).toEqual({
      houses: ['h1', 'h2'],
      people: ['Rudi Santoso', 'Muhammad Rudy'],
    });
    expect(search('muhamad roedy').people).toEqual(['Muhammad Rudy']);
  });

  it('finds households by street and by the start of a KK number; residents by NIK', () => {
    expect(search('masjid')).toEqual({ houses: ['h2'], people: [] });
    expect(search('3275 0112')).toEqual({ houses: ['h1'], people: [] });
    expect(search('327501410')).toEqual({ houses: ['h2'], people: ['Siti Aminah'] });
    expect(search('32750101019')).toEqual({
      houses: ['h1'],
      people: ['Joko Susilo', 'Rudi Santoso'],
    });
  });

  it('finds nothing deleted, nothing that does not match, nothing for an empty box', () => {
    expect(search('dihapus')).toEqual({ houses: [], people: [] });
    expect(search('rudi hartono')).toEqual({ houses: [], people: [] });
    expect(index.search('  ', '2026-12-02')).toBeUndefined();
  });
});
