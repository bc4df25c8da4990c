import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultRevisitDate,
  isFinishedVisit,
  VISIT_OUTCOMES,
  visitStanding,
  type VisitLike,
} from '@shared/domain/visit-outcome';
import { validate } from '@shared/domain/validation';
import { visitSchema } from '@shared/domain/visit';

const visit = (at: string, outcome: VisitLike['outcome'], extra: Partial<VisitLike> = {}) => ({
  at,
  outcome,
  revisitNeeded: false,
  ...extra,
});

describe('visit outcomes', () => {
  it('nobody home and refused are unfinished; met and moved away finish a visit', () => {
    expect(VISIT_OUTCOMES.filter(isFinishedVisit)).toEqual(['ditemui', 'pindah']);
  });

  it('nobody home: not visited, revisit needed, with the date the visit gave', () => {
    const standing = visitStanding([
      visit('2026-12-01T09:00:00+07:00', 'tidak-ada-orang', { revisitDate: '2026-12-04' }),
    ]);
    expect(standing).toMatchObject({
      visited: false,
      revisitNeeded: true,
      revisitDate: '2026-12-04',
    });
  });

  it('the latest visit decides the revisit, by instant whatever the offset', () => {
    const met = visit('2026-12-01T03:00:00Z', 'ditemui'); // 10.00 WIB
    const nobody = visit('2026-12-01T09:30:00+07:00', 'tidak-ada-orang'); // 02.30 UTC, earlier
    expect(visitStanding([nobody, met])).toMatchObject({ visited: true, revisitNeeded: false });
    expect(
      visitStanding([met, visit('2026-12-02T09:00:00+07:00', 'menolak-didata')]),
    ).toMatchObject({ visited: true, revisitNeeded: true });
  });

  it('never visited: neither visited nor due; deleted visits do not count', () => {
    expect(visitStanding([])).toMatchObject({ visited: false, revisitNeeded: false, latest: null });
    const gone = { ...visit('2026-12-01T09:00:00Z', 'ditemui'), deleted: true };
    expect(visitStanding([gone]).visited).toBe(false);
  });

  it('property: visited iff some live visit finished; due iff the latest is unfinished or asks', () => {
    const arbVisit = fc.record({
      at: fc
        .integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 })
        .map((t) => new Date(t).toISOString()),
      outcome: fc.constantFrom(...VISIT_OUTCOMES),
      revisitNeeded: fc.boolean(),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbVisit, { maxLength: 8 }), (visits) => {
        const live = visits.filter((v) => !v.deleted);
        const s = visitStanding(visits);
        expect(s.visited).toBe(live.some((v) => isFinishedVisit(v.outcome)));
        const last = [...live].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
        const latestTime = last ? Date.parse(last.at) : null;
        expect(s.latest ? Date.parse(s.latest.at) : null).toBe(latestTime);
        if (s.latest) {
          expect(s.revisitNeeded).toBe(
            s.latest.revisitNeeded || !isFinishedVisit(s.latest.outcome),
          );
        } else {
          expect(s.revisitNeeded).toBe(false);
        }
      }),
    );
  });

  it('proposes a revisit three days after the visit', () => {
    expect(defaultRevisitDate('2026-12-30')).toBe('2027-01-02');
  });
});

describe('visitSchema: revisit date', () => {
  const base = {
    householdId: '0190a4e2-3c4d-7e5f-8a9b-0c1d2e3f4a5b',
    kelurahanCode: '32.75.01.1001',
    rw: 1,
    rt: 1,
    at: '2026-12-01T09:00:00+07:00',
    outcome: 'tidak-ada-orang',
    revisitNeeded: true,
  };

  it('refuses a revisit date before the day of the visit, in Indonesian', () => {
    const result = validate(visitSchema, { ...base, revisitDate: '2026-11-20' });
    expect(result).toEqual({
      ok: false,
      errors: { revisitDate: 'Tanggal kunjungan ulang tidak boleh sebelum hari kunjungan.' },
    });
  });

  it('accepts the day of the visit or later, and no date at all', () => {
    for (const revisitDate of ['2026-12-01', '2026-12-04', null]) {
      expect(validate(visitSchema, { ...base, revisitDate }).ok).toBe(true);
    }
  });
});
