import { describe, expect, it } from 'vitest';
import {
  askedAsOfDate,
  recordedText,
  signed,
  withAsOf,
} from '@client/features/dashboard/data/as-of-date';

describe('"Per tanggal": the day a dashboard shows', () => {
  const today = '2021-12-02';

  it('takes a past day of the programme from the URL', () => {
    expect(askedAsOfDate('2021-08-10', today)).toBe('2021-08-10');
    expect(askedAsOfDate('2021-01-13', today)).toBe('2021-01-13');
  });

  it('reads today, a future day, a day before the programme and nonsense as the current figures', () => {
    expect(askedAsOfDate('2021-12-02', today)).toBeNull();
    expect(askedAsOfDate('2021-12-03', today)).toBeNull();
    expect(askedAsOfDate('2021-01-12', today)).toBeNull();
    expect(askedAsOfDate('2021-02-30', today)).toBeNull();
    expect(askedAsOfDate('10-08-2021', today)).toBeNull();
    expect(askedAsOfDate(null, today)).toBeNull();
  });

  it("keeps the day on the link down to an RW, and leaves today's link bare", () => {
    expect(withAsOf('/dasbor/32.75.01.1001/rw/3', '2021-08-10')).toBe(
      '/dasbor/32.75.01.1001/rw/3?tanggal=2021-08-10',
    );
    expect(withAsOf('/dasbor/32.75.01.1001/rw/3', null)).toBe('/dasbor/32.75.01.1001/rw/3');
  });
});

describe('"Tercatat minggu ini" in one cell', () => {
  it('signs each net change, a correction below zero too', () => {
    expect(signed(1234)).toBe('+1.234');
    expect(signed(-2)).toBe('−2');
    expect(signed(0)).toBe('0');
  });

  it('names dosis 1, lengkap and booster', () => {
    expect(recordedText({ dosis1: 3, lengkap: 2, booster: 0 })).toBe(
      'Dosis 1 +3 · Lengkap +2 · Booster 0',
    );
  });

  it('shows a dash when the answer carries no recorded figures', () => {
    expect(recordedText(undefined)).toBe('–');
  });
});
