import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '@shared/dates';
import {
  addMonths,
  compareDoses,
  doseProblems,
  problemsOf,
  type DatedDose,
} from '@shared/domain/dose-rules';
import { VACCINE_PRODUCTS, type DoseKind, type VaccineProduct } from '@shared/domain/vaccination';
import { PRIMARY_INTERVAL_DAYS } from '@shared/domain/vaccine-intervals';

const TODAY = '2026-12-01';
const dose = (kind: DoseKind, date: string, product: VaccineProduct = 'coronavac'): DatedDose => ({
  id: `${kind}-${date}`,
  kind,
  product,
  date,
});
const messages = (doses: DatedDose[], birthDate: string | null = '1980-01-01') =>
  doseProblems(doses, { birthDate }, TODAY).map((p) => p.message);

describe('doseProblems: order and interval of the primary series', () => {
  it('refuses dosis 2 before (or on the day of) dosis 1', () => {
    expect(messages([dose('dosis1', '2021-08-10'), dose('dosis2', '2021-07-01')])).toEqual([
      'Dosis 2 (01-07-2021) harus setelah Dosis 1 (10-08-2021).',
    ]);
    expect(messages([dose('dosis1', '2021-08-10'), dose('dosis2', '2021-08-10')])).toHaveLength(1);
  });

  it.each([
    ['coronavac', 28],
    ['astrazeneca', 56],
    ['pfizer', 21],
    ['moderna', 28],
    ['sinopharm', 21],
  ] as const)('%s: dosis 2 at least %i days after dosis 1', (product, days) => {
    const d1 = dose('dosis1', '2021-08-10', product);
    expect(messages([d1, dose('dosis2', addDays(d1.date, days), product)])).toEqual([]);
    const early = messages([d1, dose('dosis2', addDays(d1.date, days - 1), product)]);
    expect(early).toHaveLength(1);
    expect(early[0]).toMatch(new RegExp(`paling sedikit ${days} hari`));
  });

  it('after a single-dose vaccine the next dose is a booster, not dosis 2', () => {
    const problems = doseProblems(
      [dose('dosis1', '2021-08-10', 'janssen'), dose('dosis2', '2021-12-10', 'janssen')],
      {},
      TODAY,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'kind',
        message: 'Janssen (J&J) cukup satu dosis: catat dosis berikutnya sebagai Booster 1.',
      }),
    ]);
  });

  it('allows dosis 2 alone (dosis 1 given elsewhere, not told)', () => {
    expect(messages([dose('dosis2', '2021-08-10')])).toEqual([]);
  });
});

describe('doseProblems: boosters', () => {
  const series = [dose('dosis1', '2021-08-10'), dose('dosis2', '2021-09-07')];

  it('booster 1 only after a complete series, at least 3 months after it', () => {
    expect(
      messages([dose('dosis1', '2021-08-10'), dose('booster1', '2022-03-01', 'pfizer')]),
    ).toEqual(['Booster 1 hanya setelah dosis primer lengkap: catat dosis primernya lebih dulu.']);
    expect(messages([...series, dose('booster1', '2021-12-06', 'pfizer')])).toEqual([
      'Booster 1 (06-12-2021) paling cepat 3 bulan setelah Dosis 2 (07-09-2021).',
    ]);
    expect(messages([...series, dose('booster1', '2021-12-07', 'pfizer')])).toEqual([]);
    // Janssen's single dose completes the series.
    const janssen = dose('dosis1', '2021-08-10', 'janssen');
    expect(messages([janssen, dose('booster1', '2021-11-10', 'pfizer')])).toEqual([]);
  });

  it('booster 2 only after booster 1, at least 6 months after it', () => {
    const b1 = dose('booster1', '2022-01-10', 'pfizer');
    expect(messages([...series, dose('booster2', '2022-09-01', 'indovac')])).toEqual([
      'Booster 2 hanya setelah Booster 1: catat Booster 1 lebih dulu.',
    ]);
    expect(messages([...series, b1, dose('booster2', '2022-07-09', 'indovac')])).toHaveLength(1);
    expect(messages([...series, b1, dose('booster2', '2022-07-10', 'indovac')])).toEqual([]);
  });
});

describe('doseProblems: birth and today', () => {
  it('refuses a dose before the birth date, and after today', () => {
    expect(messages([dose('dosis1', '2021-08-10')], '2021-09-01')).toEqual([
      'Dosis 1 (10-08-2021) tidak boleh sebelum tanggal lahir (01-09-2021).',
    ]);
    expect(messages([dose('dosis1', addDays(TODAY, 1))])).toEqual([
      'Dosis 1 (02-12-2026) tidak boleh setelah hari ini.',
    ]);
    expect(messages([dose('dosis1', '2021-08-10')], null)).toEqual([]);
  });
});

describe('problemsOf: a new dose is judged only by the pairs it is in', () => {
  it('an older broken pair does not refuse a new booster', () => {
    const d1 = dose('dosis1', '2021-08-10');
    const d2 = dose('dosis2', '2021-08-17'); // a week after CoronaVac dosis 1: already wrong
    const b1 = dose('booster1', '2022-03-01', 'pfizer');
    const all = doseProblems([d1, d2, b1], {}, TODAY);
    expect(all).toHaveLength(1);
    expect(problemsOf(b1.id, all)).toEqual([]);
    expect(problemsOf(d2.id, all)).toHaveLength(1);
  });
});

describe('properties', () => {
  const arbDate = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2021-01-13', n));
  const twoDose = VACCINE_PRODUCTS.filter((p) => PRIMARY_INTERVAL_DAYS[p] !== null);

  it('dosis 2 is accepted exactly when it is at least the interval after dosis 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...twoDose), arbDate, arbDate, (product, a, b) => {
        const problems = doseProblems(
          [dose('dosis1', a, product), dose('dosis2', b, product)],
          {},
          '2030-01-01',
        );
        const ok = b >= addDays(a, PRIMARY_INTERVAL_DAYS[product]!);
        expect(problems.length === 0).toBe(ok);
      }),
    );
  });

  it('a series that keeps every interval, in any order of recording, has no problem', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...twoDose),
        arbDate,
        fc.nat(60),
        fc.nat(200),
        (product, start, extra1, extra2) => {
          const d1 = dose('dosis1', start, product);
          const d2 = dose(
            'dosis2',
            addDays(start, PRIMARY_INTERVAL_DAYS[product]! + extra1),
            product,
          );
          const b1 = dose('booster1', addDays(addMonths(d2.date, 3), extra2), 'pfizer');
          const b2 = dose('booster2', addMonths(b1.date, 6), 'pfizer');
          for (const order of [
            [d1, d2, b1, b2],
            [b2, b1, d2, d1],
            [d2, b2, d1, b1],
          ]) {
            expect(doseProblems(order, { birthDate: '1990-01-01' }, '2035-01-01')).toEqual([]);
          }
        },
      ),
    );
  });

  it('doses sort by kind, then date', () => {
    const list = [
      dose('booster1', '2022-01-01'),
      dose('dosis2', '2021-07-01'),
      dose('dosis1', '2021-08-10'),
    ];
    expect(list.sort(compareDoses).map((d) => d.kind)).toEqual(['dosis1', 'dosis2', 'booster1']);
  });

  it('addMonths keeps the day, or the month end', () => {
    expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
    expect(addMonths('2021-09-07', 3)).toBe('2021-12-07');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});
