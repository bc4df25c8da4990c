import { describe, expect, it } from 'vitest';
import type { AreaRecords } from '@client/features/households/data/area-records';
import { countRows, deriveHouseholdRows } from '@client/features/households/data/household-rows';
import { filterRows, nextHousehold } from '@client/features/households/data/list-filters';
import type { VisitOutcome } from '@shared/domain/visit-outcome';

const TODAY = '2021-09-01';
const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
let n = 0;
const id = () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const household = (headName: string, houseNumber: string) => ({
  id: id(),
  hlc: {},
  ...area,
  street: 'Jl. Mawar',
  houseNumber,
  headName,
  searchWords: [headName.toLowerCase()],
});
const visit = (householdId: string, outcome: VisitOutcome, at: string, revisitDate?: string) => ({
  id: id(),
  hlc: {},
  householdId,
  ...area,
  at,
  outcome,
  revisitNeeded: revisitDate !== undefined,
  revisitDate: revisitDate ?? null,
});
const rowsOf = (households: unknown[], visits: unknown[]) =>
  deriveHouseholdRows(
    { households, residents: [], doses: [], isoman: [], visits } as unknown as AreaRecords,
    TODAY,
  );

describe('household rows: what a visit outcome means on the phone', () => {
  const a = household('Ahmad', '1');
  const b = household('Bambang', '2');
  const c = household('Cahya', '3');
  const d = household('Dewi', '4');
  const rows = rowsOf(
    [a, b, c, d],
    [
      visit(a.id, 'ditemui', '2021-08-20T09:00:00+07:00'),
      visit(b.id, 'tidak-ada-orang', '2021-08-20T10:00:00+07:00', '2021-08-23'),
      visit(c.id, 'menolak-didata', '2021-08-20T11:00:00+07:00'),
    ],
  );
  const byHead = Object.fromEntries(rows.map((r) => [r.headName, r]));

  it('nobody home and refused: not visited, due for a revisit, labelled with the outcome', () => {
    expect(byHead.Bambang).toMatchObject({
      visited: false,
      revisitNeeded: true,
      revisitDate: '2021-08-23',
      unfinishedOutcome: 'tidak-ada-orang',
    });
    expect(byHead.Cahya).toMatchObject({
      visited: false,
      revisitNeeded: true,
      unfinishedOutcome: 'menolak-didata',
    });
    expect(byHead.Ahmad).toMatchObject({ visited: true, revisitNeeded: false });
  });

  it('only the finished visit counts in "Dikunjungi"; the others are in "Perlu kunjungan ulang"', () => {
    expect(countRows(rows).visited).toBe(1);
    const heads = (filter: Parameters<typeof filterRows>[1]) =>
      filterRows(rows, filter, '').map((r) => r.headName);
    expect(heads('kunjungan-ulang')).toEqual(['Bambang', 'Cahya']);
    expect(heads('belum-dikunjungi')).toEqual(['Bambang', 'Cahya', 'Dewi']);
  });

  it('"Rumah berikutnya" goes to a house never visited before one where nobody was home', () => {
    expect(nextHousehold(rows, TODAY, a.id)?.headName).toBe('Dewi');
    const noneLeft = rowsOf(
      [a, b],
      [
        visit(a.id, 'ditemui', '2021-08-20T09:00:00+07:00'),
        visit(b.id, 'tidak-ada-orang', '2021-08-20T10:00:00+07:00', '2021-08-23'),
      ],
    );
    expect(nextHousehold(noneLeft, TODAY, a.id)?.headName).toBe('Bambang');
  });
});
