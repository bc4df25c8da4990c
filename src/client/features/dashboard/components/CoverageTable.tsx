import { Link, useNavigate } from 'react-router-dom';
import type { CoverageRow } from '@shared/coverage/api';
import { formatNumber, formatPercent } from '@client/ui/format';

/**
 * One row per RW (or RT): residents, eligible, doses, the lengkap share against the target,
 * the gap to it, households visited and active isoman. The first column stays in place while
 * the table scrolls sideways on a 360 px screen; tapping a row opens it when `hrefOf` is given.
 */
export function CoverageTable({
  rows,
  target,
  caption,
  hrefOf,
}: {
  rows: readonly CoverageRow[];
  target: number;
  caption: string;
  hrefOf?: (row: CoverageRow) => string;
}) {
  const navigate = useNavigate();
  if (rows.length === 0) return <p className="muted">Belum ada data.</p>;
  return (
    <div className="table-scroll">
      <table className="coverage-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Wilayah</th>
            <th scope="col">Warga</th>
            <th scope="col">Sasaran</th>
            <th scope="col">Dosis 1</th>
            <th scope="col">Lengkap</th>
            <th scope="col">Booster</th>
            <th scope="col">% lengkap (target {Math.round(target * 100)}%)</th>
            <th scope="col">Sisa ke target</th>
            <th scope="col">Rumah dikunjungi</th>
            <th scope="col">Isoman</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const href = hrefOf?.(row);
            return (
              <tr
                key={row.key}
                className={href ? 'drill' : undefined}
                onClick={href ? () => void navigate(href) : undefined}
              >
                <th scope="row">{href ? <Link to={href}>{row.name}</Link> : row.name}</th>
                <td>{formatNumber(row.residents)}</td>
                <td>{formatNumber(row.eligible)}</td>
                <td>{formatNumber(row.dosis1)}</td>
                <td>{formatNumber(row.lengkap)}</td>
                <td>{formatNumber(row.booster)}</td>
                <td className={row.reachedTarget ? 'reached' : 'below'}>
                  {formatPercent(row.pctLengkap)}
                </td>
                <td>{row.reachedTarget ? '✓' : formatNumber(row.gapToTarget)}</td>
                <td>
                  {formatNumber(row.householdsVisited)}/{formatNumber(row.households)}
                </td>
                <td>{formatNumber(row.activeIsoman)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
