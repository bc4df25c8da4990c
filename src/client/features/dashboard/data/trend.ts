import type { TrendPoint } from '@shared/coverage/api';

export type TrendSeries = { key: 'dosis1' | 'lengkap' | 'booster'; label: string; points: string };

export const TREND_LINES = [
  { key: 'dosis1', label: 'Dosis 1' },
  { key: 'lengkap', label: 'Lengkap' },
  { key: 'booster', label: 'Booster' },
] as const;

/**
 * The trend chart's lines as SVG `points` in a `width` × `height` box: x by day, y by the
 * share of the eligible at that day's end (0 at the bottom, 100% at the top).
 */
export function trendSeries(trend: readonly TrendPoint[], width: number, height: number) {
  const n = trend.length;
  const x = (i: number) => (n <= 1 ? width / 2 : (i / (n - 1)) * width);
  const y = (share: number) => height - Math.max(0, Math.min(1, share)) * height;
  return TREND_LINES.map(({ key, label }) => ({
    key,
    label,
    points: trend
      .map((p, i) => `${round(x(i))},${round(y(p.eligible === 0 ? 0 : p[key] / p.eligible))}`)
      .join(' '),
  })) satisfies TrendSeries[];
}

const round = (v: number) => Math.round(v * 10) / 10;
