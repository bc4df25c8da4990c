// When a week's report is due: the end of its Friday in Kota Bekasi (UTC+7).
import { describe, expect, it } from 'vitest';
import { reportDeadline, submissionStatus, weekDueOn } from '@shared/reports/deadline';
import { diffReportRows } from '@shared/reports/diff';
import type { WeeklyReportRow } from '@shared/coverage/api';

describe('report deadline', () => {
  it('is Saturday 00:00 WIB, i.e. Friday 17:00 UTC', () => {
    // 2026-W48: Monday 23 November to Sunday 29 November; Friday 27 November.
    expect(reportDeadline('2026-W48').toISOString()).toBe('2026-11-27T17:00:00.000Z');
    // Across a year end: 2026-W53 does not exist, 2027-W01 starts Monday 4 January 2027.
    expect(reportDeadline('2027-W01').toISOString()).toBe('2027-01-08T17:00:00.000Z');
  });

  it.each([
    ['2026-11-27T16:59:59Z', null, 'sent'],
    ['2026-11-27T17:00:00Z', null, 'sent-late'],
    [null, '2026-11-27T16:00:00Z', 'not-sent'],
    [null, '2026-11-27T17:00:00Z', 'late'],
    ['2026-11-25T01:00:00Z', '2026-12-30T00:00:00Z', 'sent'],
  ] as const)('first sent %s, now %s → %s', (sentAt, now, status) => {
    expect(submissionStatus('2026-W48', sentAt, now ? new Date(now) : new Date())).toBe(status);
  });

  it.each([
    ['2026-11-26', '2026-W47'], // Thursday: last week's is the one due
    ['2026-11-27', '2026-W48'], // Friday
    ['2026-11-29', '2026-W48'], // Sunday
    ['2026-11-30', '2026-W48'], // Monday: still the week just ended, until sent
  ])('on %s the report due is %s', (day, week) => {
    expect(weekDueOn(day)).toBe(week);
  });
});

describe('diffReportRows', () => {
  const row = (rw: number | null, eligible: number, lengkap: number): WeeklyReportRow => ({
    kelurahanCode: '32.75.01.1001',
    kelurahanName: 'Bekasi Jaya',
    rw,
    eligible,
    dosis1: lengkap,
    lengkap,
    booster: 0,
    pctLengkap: lengkap / eligible,
    lengkapChange: 0,
    recordedDosis1: 0,
    recordedLengkap: 0,
    recordedBooster: 0,
    pctLengkapChange: 0,
    visits: 0,
    activeIsoman: 0,
    newIsoman: 0,
  });

  it('lists changed, added and removed rows, with each changed figure', () => {
    const before = [row(null, 10, 5), row(1, 6, 3), row(2, 4, 2)];
    const after = [row(null, 12, 5), row(1, 6, 3), row(3, 6, 2)];
    const changes = diffReportRows(before, after);
    expect(changes.map((c) => [c.rw, c.kind])).toEqual([
      [null, 'changed'],
      [3, 'added'],
      [2, 'removed'],
    ]);
    expect(changes[0]!.fields).toEqual([
      { field: 'eligible', before: 10, after: 12 },
      { field: 'pctLengkap', before: 0.5, after: 5 / 12 },
    ]);
    expect(diffReportRows(before, before)).toEqual([]);
  });
});
