import { describe, expect, it } from 'vitest';
import { trendSeries } from '@client/features/dashboard/data/trend';

const day = (date: string, eligible: number, dosis1: number, lengkap: number, booster: number) => ({
  date,
  eligible,
  dosis1,
  lengkap,
  booster,
  activeIsoman: 0,
  householdsVisited: 0,
});

describe('trend chart lines', () => {
  it('places days across the width and the share of the eligible up the height', () => {
    const lines = trendSeries(
      [
        day('2026-11-01', 100, 50, 20, 0),
        day('2026-11-02', 100, 60, 40, 10),
        day('2026-11-03', 200, 200, 100, 50),
      ],
      300,
      100,
    );
    expect(lines.map((l) => l.label)).toEqual(['Dosis 1', 'Lengkap', 'Booster']);
    expect(lines[0]!.points).toBe('0,50 150,40 300,0');
    expect(lines[1]!.points).toBe('0,80 150,60 300,50');
    expect(lines[2]!.points).toBe('0,100 150,90 300,75');
  });

  it('draws a day with no eligible residents at zero, not as a division by zero', () => {
    const [dosis1] = trendSeries(
      [day('2026-11-01', 0, 0, 0, 0), day('2026-11-02', 10, 5, 0, 0)],
      100,
      100,
    );
    expect(dosis1!.points).toBe('0,100 100,50');
  });
});
