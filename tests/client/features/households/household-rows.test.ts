import { describe, expect, it } from 'vitest';
import type { AreaRecords } from '@client/features/households/data/area-records';
import { countRows, deriveHouseholdRows } from '@client/features/households/data/household-rows';
import { filterRows, nextHousehold } from '@client/features/households/data/list-filters';
import { wordsOf } from '@client/db/search-words';

const TODAY = '2021-09-01';
const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
let n = 0;
const id = () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;

function household(street: string, houseNumber: string | null, headName = 'Kepala') {
  return {
    id: id(),
    hlc: {},
    ...area,
    street,
    houseNumber,
    headName,
    searchWords: wordsOf(headName, street, houseNumber),
  };
}
function resident(householdId: string, extra: Record<string, unknown> = {}) {
  return {
    id: id(),
    hlc: {},
    householdId,
    ...area,
    name: 'Warga',
    nameWords: ['warga'],
    sex: 'L' as const,
    relation: 'anak' as const,
    ktpElsewhere: false,
    residenceStatus: 'aktif' as const,
    birthDate: '1990-01-01',
    ...extra,
  };
}
function records(partial: Partial<AreaRecords>): AreaRecords {
  return {
    households: [],
    residents: [],
    doses: [],
    isoman: [],
    visits: [],
    ...partial,
  } as AreaRecords;
}

describe('household rows', () => {
  it('orders by street, then house number as people count (2 before 10)', () => {
    const rows = deriveHouseholdRows(
      records({
        households: [
          household('Jl. Mawar', '10'),
          household('Jl. Mawar', '2'),
          household('Gg. Anggrek', '7'),
        ],
      }),
      TODAY,
    );
    expect(rows.map((r) => r.address)).toEqual([
      'Gg. Anggrek No. 7',
      'Jl. Mawar No. 2',
      'Jl. Mawar No. 10',
    ]);
  });

  it('derives the badges: unvaccinated eligible residents, revisit from the latest visit, active isoman', () => {
    const h = household('Jl. Melati', '1');
    const adult = resident(h.id);
    const vaccinated = resident(h.id);
    const toddler = resident(h.id, { birthDate: '2019-05-01' }); // too young: not counted
    const moved = resident(h.id, { residenceStatus: 'pindah' }); // not living here: not counted
    const rows = deriveHouseholdRows(
      records({
        households: [h],
        residents: [adult, vaccinated, toddler, moved] as never,
        doses: [
          {
            id: id(),
            hlc: {},
            residentId: vaccinated.id,
            householdId: h.id,
            ...area,
            kind: 'dosis1',
            product: 'coronavac',
            date: '2021-07-01',
          },
        ] as never,
        visits: [
          {
            id: id(),
            hlc: {},
            householdId: h.id,
            ...area,
            at: '2021-08-01T09:00:00+07:00',
            outcome: 'tidak-ada-orang',
            revisitNeeded: true,
            revisitDate: '2021-08-03',
          },
          {
            id: id(),
            hlc: {},
            householdId: h.id,
            ...area,
            at: '2021-08-20T09:00:00+07:00',
            outcome: 'ditemui',
            revisitNeeded: true,
            revisitDate: '2021-09-05',
          },
        ] as never,
        isoman: [
          {
            id: id(),
            hlc: {},
            residentId: adult.id,
            householdId: h.id,
            ...area,
            startDate: '2021-08-28',
            expectedEndDate: '2021-09-07',
          },
        ] as never,
      }),
      TODAY,
    );
    expect(rows[0]).toMatchObject({
      residents: 3,
      unvaccinated: 1,
      visited: true,
      revisitNeeded: true,
      revisitDate: '2021-09-05',
      activeIsoman: 1,
    });
    expect(countRows(rows)).toEqual({ households: 1, visited: 1, residents: 3, unvaccinated: 1 });
  });

  it('leaves out deleted households and residents', () => {
    const gone = { ...household('Jl. A', '1'), deleted: true };
    const h = household('Jl. B', '1');
    const rows = deriveHouseholdRows(
      records({
        households: [gone, h],
        residents: [{ ...resident(h.id), deleted: true }] as never,
      }),
      TODAY,
    );
    expect(rows.map((r) => [r.address, r.residents])).toEqual([['Jl. B No. 1', 0]]);
  });
});

describe('filters, search and the next house', () => {
  const a = household('Jl. Mawar', '1', 'Ahmad Fauzi');
  const b = household('Jl. Mawar', '2', 'Bambang');
  const c = household('Jl. Mawar', '3', 'Cahya');
  const rb = resident(b.id, {
    name: 'Dewi Lestari',
    nameWords: ['dewi', 'lestari'],
    nik: '3275014503850002',
  });
  const visit = (
    householdId: string,
    revisitNeeded = false,
    revisitDate: string | null = null,
  ) => ({
    id: id(),
    hlc: {},
    householdId,
    ...area,
    at: '2021-08-20T09:00:00+07:00',
    outcome: 'ditemui',
    revisitNeeded,
    revisitDate,
  });

  it('filters by status and finds by name word prefix or NIK prefix', () => {
    const rows = deriveHouseholdRows(
      records({ households: [a, b, c], residents: [rb] as never, visits: [visit(a.id)] as never }),
      TODAY,
    );
    expect(filterRows(rows, 'belum-dikunjungi', '').map((r) => r.headName)).toEqual([
      'Bambang',
      'Cahya',
    ]);
    expect(filterRows(rows, 'belum-vaksin', '').map((r) => r.headName)).toEqual(['Bambang']);
    expect(filterRows(rows, 'semua', 'lest').map((r) => r.headName)).toEqual(['Bambang']);
    expect(filterRows(rows, 'semua', '327501450').map((r) => r.headName)).toEqual(['Bambang']);
    expect(filterRows(rows, 'semua', 'ahmad fau').map((r) => r.headName)).toEqual(['Ahmad Fauzi']);
    expect(filterRows(rows, 'semua', 'zzz')).toEqual([]);
    // Another spelling of the name: Achmad, Fauzy.
    expect(filterRows(rows, 'semua', 'achmad fauzy').map((r) => r.headName)).toEqual([
      'Ahmad Fauzi',
    ]);
  });

  it('lets the indexed search decide once it has answered, still within the filter', () => {
    const rows = deriveHouseholdRows(
      records({ households: [a, b, c], visits: [visit(a.id)] as never }),
      TODAY,
    );
    const found = new Set([a.id, c.id]);
    expect(filterRows(rows, 'semua', 'anything', found).map((r) => r.headName)).toEqual([
      'Ahmad Fauzi',
      'Cahya',
    ]);
    expect(filterRows(rows, 'belum-dikunjungi', 'anything', found).map((r) => r.headName)).toEqual([
      'Cahya',
    ]);
    expect(filterRows(rows, 'semua', '', found)).toHaveLength(3);
  });

  it('goes to the next unvisited house after the current one, then to revisits that are due', () => {
    const rows = deriveHouseholdRows(
      records({
        households: [a, b, c],
        visits: [visit(a.id, true, '2021-08-30'), visit(c.id, true, '2021-12-01')] as never,
      }),
      TODAY,
    );
    expect(nextHousehold(rows, TODAY)?.headName).toBe('Bambang');
    expect(nextHousehold(rows, TODAY, b.id)?.headName).toBe('Ahmad Fauzi'); // a's revisit is due, c's is not
    const allVisited = deriveHouseholdRows(
      records({ households: [a], visits: [visit(a.id)] as never }),
      TODAY,
    );
    expect(nextHousehold(allVisited, TODAY)).toBeNull();
  });
});
