import { describe, expect, it } from 'vitest';
import { reportKeys, weeklyReportUrl } from '@client/features/report/data/api';

describe('weekly report requests', () => {
  it('name the kelurahan of a lurah or staf, and nothing for the admin kota’s city', () => {
    expect(weeklyReportUrl('2026-W47', 'json', '32.75.01.1001')).toBe(
      '/api/reports/weekly?week=2026-W47&format=json&kelurahan=32.75.01.1001',
    );
    expect(weeklyReportUrl('2026-W47', 'csv', null)).toBe(
      '/api/reports/weekly?week=2026-W47&format=csv',
    );
  });

  it('keep a kelurahan’s report and the city’s apart in the cache', () => {
    expect(reportKeys.weekly('2026-W47', '32.75.01.1001')).not.toEqual(
      reportKeys.weekly('2026-W47', null),
    );
  });
});
