import type { TrendPoint } from '@shared/coverage/api';
import { formatDateId } from '@client/ui/format';
import { trendSeries } from '../data/trend';

const W = 320;
const H = 120;

/** Share of the eligible at dosis 1, lengkap and booster by day: a hand-written SVG chart. */
export function TrendChart({ trend, target }: { trend: readonly TrendPoint[]; target: number }) {
  if (trend.length < 2) return <p className="muted small">Tren muncul setelah dua hari data.</p>;
  const series = trendSeries(trend, W, H);
  const targetY = H - target * H;
  return (
    <figure className="trend">
      <svg
        viewBox={`0 -4 ${W} ${H + 8}`}
        role="img"
        aria-label={`Tren cakupan ${formatDateId(trend[0]!.date)} sampai ${formatDateId(trend.at(-1)!.date)}`}
      >
        <line x1={0} x2={W} y1={H} y2={H} className="trend-axis" />
        <line x1={0} x2={W} y1={targetY} y2={targetY} className="trend-target" />
        {series.map((s) => (
          <polyline key={s.key} points={s.points} className={`trend-line trend-${s.key}`} />
        ))}
      </svg>
      <figcaption className="small">
        {series.map((s) => (
          <span key={s.key} className={`trend-key trend-${s.key}`}>
            {s.label}
          </span>
        ))}
        <span className="trend-key trend-target-key">Target {Math.round(target * 100)}%</span>
        <span className="muted">
          {formatDateId(trend[0]!.date)} – {formatDateId(trend.at(-1)!.date)}
        </span>
      </figcaption>
    </figure>
  );
}
