import { describe, expect, it } from 'vitest';
import { addDays, formatDateId, isValidIsoDate, yearsBetween } from '@shared/dates';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-04-30', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-10', false],
    ['10-01-2026', false],
  ])('%s valid: %s', (date, valid) => {
    expect(isValidIsoDate(date)).toBe(valid);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole years and writes dates the Indonesian way', () => {
    expect(yearsBetween('1985-03-10', '2026-03-09')).toBe(40);
    expect(yearsBetween('1985-03-10', '2026-03-10')).toBe(41);
    expect(formatDateId('2026-03-10')).toBe('10-03-2026');
  });
});
