import { describe, expect, it } from 'vitest';
import {
  isoWeekOf,
  defaultReportWeek,
  recentWeeks,
  weekLabel,
  weekOptionLabel,
  weekRange,
} from '@client/features/report/data/weeks';

describe('ISO weeks of the weekly report', () => {
  it('numbers weeks from Monday, week 1 holding the first Thursday', () => {
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48'); // Monday
    expect(isoWeekOf('2026-11-29')).toBe('2026-W48'); // Sunday
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01'); // Thursday
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53'); // Sunday, still the year before
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01'); // Monday, already the next year
  });

  it('gives Monday and Sunday of a week, the inverse of isoWeekOf', () => {
    expect(weekRange('2026-W48')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekRange('2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-03' });
    expect(weekRange('2025-W01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
    for (const date of ['2021-07-15', '2022-01-01', '2026-12-31']) {
      const { from, to } = weekRange(isoWeekOf(date));
      expect(from <= date && date <= to).toBe(true);
    }
  });

  it('defaults to the week that Friday closes, the current one', () => {
    expect(defaultReportWeek('2026-11-27')).toBe('2026-W48'); // Friday: report day for the Sekda
    expect(defaultReportWeek('2026-11-29')).toBe('2026-W48'); // Sunday, still that week
    expect(defaultReportWeek('2026-11-30')).toBe('2026-W49'); // Monday: a new week begins
    expect(defaultReportWeek('2026-01-02')).toBe('2026-W01');
  });

  it('offers recent weeks newest first, across a year end', () => {
    expect(recentWeeks('2026-W02', 4)).toEqual(['2026-W02', '2026-W01', '2025-W52', '2025-W51']);
  });

  it('labels a week in Indonesian with its dates', () => {
    expect(weekLabel('2026-W47')).toBe('Minggu 47 (16-11-2026 s.d. 22-11-2026)');
  });
});

describe('the week picker', () => {
  it('labels a week briefly, the year once', () => {
    expect(weekOptionLabel('2026-W47')).toBe('Minggu 47 · 16-11 s.d. 22-11-2026');
  });
});
