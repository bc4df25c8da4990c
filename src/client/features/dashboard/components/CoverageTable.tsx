import { Link, useNavigate } from 'react-router-dom';
import type { CoverageRow } from '@shared/coverage/api';
import { formatNumber, formatPercent } from '@client/ui/format';
import { TableScroll } from '@client/ui/table-scroll';
import { recordedText } from '../data/as-of-date';

/**
 * One row per RW (or RT): residents, eligible, doses (lengkap also counted with proof only: a
 * certificate QR or the vaccination card), the lengkap share against the target,
 * the gap to it ("Tercapai" once reached), what was recorded this week (when the answer
 * carries it), households visited and active isoman. On a phone
 * each row is a card of labelled figures; wider, the first column stays in place while the
 * table scrolls sideways. Tapping a row opens it when `hrefOf` is given.
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
  const pctLabel = `% lengkap (target ${Math.round(target * 100)}%)`;
  const recorded = rows.some((row) => row.recordedThisWeek);
  // An answer kept from before the server counted proofs has no such figure.
  const proven = rows.some((row) => row.lengkapBukti !== undefined);
  if (rows.length === 0) return <p className="muted">Belum ada data.</p>;
  return (
    <TableScroll label={caption}>
      <table className="coverage-table cards-on-phone">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Wilayah</th>
            <th scope="col">Warga</th>
            <th scope="col">Sasaran</th>
            <th scope="col">Dosis 1</th>
            <th scope="col">Lengkap</th>
            {proven && (
              <th
                scope="col"
                title="Lengkap menurut dosis yang dibuktikan QR sertifikat atau kartu vaksin"
              >
                Lengkap dengan bukti
              </th>
            )}
            <th scope="col">Booster</th>
            <th scope="col">{pctLabel}</th>
            <th scope="col">Sisa ke target</th>
            {recorded && (
              <th scope="col" title="Data yang masuk minggu ini: dosis 1, lengkap, booster">
                Tercatat minggu ini
              </th>
            )}
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
                <td data-label="Warga">{formatNumber(row.residents)}</td>
                <td data-label="Sasaran">{formatNumber(row.eligible)}</td>
                <td data-label="Dosis 1">{formatNumber(row.dosis1)}</td>
                <td data-label="Lengkap">{formatNumber(row.lengkap)}</td>
                {proven && (
                  <td data-label="Lengkap dengan bukti">
                    {formatNumber(row.lengkapBukti ?? 0)}{' '}
                    <span className="small muted">({formatPercent(row.pctLengkapBukti ?? 0)})</span>
                  </td>
                )}
                <td data-label="Booster">{formatNumber(row.booster)}</td>
                <td className={row.reachedTarget ? 'reached' : 'below'} data-label={pctLabel}>
                  {formatPercent(row.pctLengkap)}
                </td>
                <td data-label="Sisa ke target">
                  {row.reachedTarget ? 'Tercapai' : formatNumber(row.gapToTarget)}
                </td>
                {recorded && (
                  <td className="recorded" data-label="Tercatat minggu ini">
                    {recordedText(row.recordedThisWeek)}
                  </td>
                )}
                <td data-label="Rumah dikunjungi">
                  {formatNumber(row.householdsVisited)}/{formatNumber(row.households)}
                </td>
                <td data-label="Isoman">{formatNumber(row.activeIsoman)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
