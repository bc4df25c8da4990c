import type { WeeklyReportRow } from '@shared/coverage/api';
import { formatNumber, formatPercent } from '@client/ui/format';
import { TableScroll } from '@client/ui/table-scroll';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';

const signed = (n: number, format: (n: number) => string) =>
  n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0);

/** The report's rows: each kelurahan's total, then its RWs (on a phone, a card each). */
export function ReportTable({ rows }: { rows: readonly WeeklyReportRow[] }) {
  if (rows.length === 0) return <p className="muted">Tidak ada data untuk minggu ini.</p>;
  return (
    <TableScroll label="Laporan mingguan per wilayah">
      <table className="report-table cards-on-phone">
        <thead>
          <tr>
            <th scope="col">Wilayah</th>
            <th scope="col">Sasaran</th>
            <th scope="col">Dosis 1</th>
            <th scope="col">Lengkap</th>
            <th scope="col">Booster</th>
            <th scope="col">% lengkap</th>
            <th scope="col">Perubahan lengkap</th>
            <th scope="col">Kunjungan</th>
            <th scope="col">Isoman aktif</th>
            <th scope="col">Isoman baru</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.kelurahanCode}/${row.rw ?? ''}`}
              className={row.rw === null ? 'report-total' : undefined}
            >
              <th scope="row">
                {row.rw === null
                  ? `Kel. ${findKelurahan(row.kelurahanCode)?.name ?? row.kelurahanName}`
                  : `RW ${formatRwRt(row.rw)}`}
              </th>
              <td data-label="Sasaran">{formatNumber(row.eligible)}</td>
              <td data-label="Dosis 1">{formatNumber(row.dosis1)}</td>
              <td data-label="Lengkap">{formatNumber(row.lengkap)}</td>
              <td data-label="Booster">{formatNumber(row.booster)}</td>
              <td data-label="% lengkap">{formatPercent(row.pctLengkap)}</td>
              <td data-label="Perubahan lengkap">
                {signed(row.lengkapChange, formatNumber)} (
                {signed(row.pctLengkapChange, formatPercent)})
              </td>
              <td data-label="Kunjungan">{formatNumber(row.visits)}</td>
              <td data-label="Isoman aktif">{formatNumber(row.activeIsoman)}</td>
              <td data-label="Isoman baru">{formatNumber(row.newIsoman)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
