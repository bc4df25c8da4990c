import type { WeeklyReportRow } from '@shared/coverage/api';
import { formatRwRt } from '@shared/wilayah/wilayah';

export type ColumnKind = 'text' | 'count' | 'share';

/** A column of an export (CSV, XLSX): Indonesian header, the value, and how it is shown. */
export type TableColumn<Row> = {
  header: string;
  kind: ColumnKind;
  value: (row: Row) => string | number;
};

/** A column of the weekly report's files. */
export type ReportColumn = TableColumn<WeeklyReportRow>;

/** The label of the kelurahan's total row in the RW column. */
export const TOTAL_LABEL = 'Total kelurahan';

export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { header: 'Kode kelurahan', kind: 'text', value: (r) => r.kelurahanCode },
  { header: 'Kelurahan', kind: 'text', value: (r) => r.kelurahanName },
  {
    header: 'RW',
    kind: 'text',
    value: (r) => (r.rw === null ? TOTAL_LABEL : `RW ${formatRwRt(r.rw)}`),
  },
  { header: 'Sasaran (warga layak vaksin)', kind: 'count', value: (r) => r.eligible },
  { header: 'Dosis 1', kind: 'count', value: (r) => r.dosis1 },
  { header: 'Lengkap', kind: 'count', value: (r) => r.lengkap },
  { header: 'Booster', kind: 'count', value: (r) => r.booster },
  { header: '% Lengkap', kind: 'share', value: (r) => r.pctLengkap },
  { header: 'Tambahan lengkap minggu ini', kind: 'count', value: (r) => r.lengkapChange },
  { header: 'Perubahan % lengkap', kind: 'share', value: (r) => r.pctLengkapChange },
  { header: 'Lengkap tercatat minggu ini', kind: 'count', value: (r) => r.recordedLengkap },
  { header: 'Kunjungan', kind: 'count', value: (r) => r.visits },
  { header: 'Isoman aktif', kind: 'count', value: (r) => r.activeIsoman },
  { header: 'Isoman baru', kind: 'count', value: (r) => r.newIsoman },
];

/** `laporan-mingguan-2026-W47[-32.75.01.1001].csv` */
export function reportFileName(week: string, kelurahanCode: string | undefined, ext: string) {
  return `laporan-mingguan-${week}${kelurahanCode ? `-${kelurahanCode}` : ''}.${ext}`;
}
