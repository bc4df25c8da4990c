import { formatNumber, formatPercent } from '@client/ui/format';
import type { ReportField, RowChange } from '@shared/reports/api';
import { formatRwRt } from '@shared/wilayah/wilayah';

const FIELD_LABELS: Record<ReportField, string> = {
  eligible: 'Sasaran',
  dosis1: 'Dosis 1',
  lengkap: 'Lengkap',
  booster: 'Booster',
  pctLengkap: '% lengkap',
  lengkapChange: 'Perubahan lengkap',
  pctLengkapChange: 'Perubahan % lengkap',
  recordedDosis1: 'Dosis 1 tercatat minggu ini',
  recordedLengkap: 'Lengkap tercatat minggu ini',
  recordedBooster: 'Booster tercatat minggu ini',
  visits: 'Kunjungan',
  activeIsoman: 'Isoman aktif',
  newIsoman: 'Isoman baru',
};
const SHARES = new Set<ReportField>(['pctLengkap', 'pctLengkapChange']);
const KIND_LABELS = { added: 'baris baru', removed: 'baris dihapus', changed: '' } as const;

function shown(field: ReportField, value: number | null): string {
  if (value === null) return '–';
  return SHARES.has(field) ? formatPercent(value) : formatNumber(value);
}

/** What a correction changed against the version before: one line per changed figure. */
export function ChangesTable({ changes }: { changes: readonly RowChange[] }) {
  if (changes.length === 0) return <p className="small muted">Tidak ada angka yang berubah.</p>;
  return (
    <div className="table-scroll">
      <table className="report-table changes-table">
        <thead>
          <tr>
            <th scope="col">Wilayah</th>
            <th scope="col">Angka</th>
            <th scope="col">Sebelumnya</th>
            <th scope="col">Sekarang</th>
          </tr>
        </thead>
        <tbody>
          {changes.flatMap((change) =>
            change.fields.map((f, i) => (
              <tr
                key={`${change.rw ?? 'total'}/${f.field}`}
                className={change.rw === null ? 'report-total' : undefined}
              >
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={change.fields.length}>
                    {change.rw === null ? 'Total kelurahan' : `RW ${formatRwRt(change.rw)}`}
                    {KIND_LABELS[change.kind] && (
                      <span className="muted small"> ({KIND_LABELS[change.kind]})</span>
                    )}
                  </th>
                )}
                <td className="changes-field">{FIELD_LABELS[f.field]}</td>
                <td>{shown(f.field, f.before)}</td>
                <td>{shown(f.field, f.after)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
