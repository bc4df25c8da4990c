import { DOSE_LABELS, VACCINE_LABELS } from '@shared/domain/vaccination';
import {
  MISMATCH_LABELS,
  type ReconciliationDose,
  type ReconciliationList,
  type ReconciliationResident,
} from '@shared/reconciliation/api';
import { formatRwRt } from '@shared/wilayah/wilayah';
import type { TableColumn } from './columns';

/** One line of the export: a dose to reconcile, with its resident. */
export type ReconciliationLine = { list: ReconciliationList } & ReconciliationResident & {
    dose: ReconciliationDose;
  };

const PROOF_LABELS = { qr: 'QR sertifikat', kartu: 'Kartu vaksin', ucapan: 'Ucapan' } as const;

/** What the puskesmas is asked to check: the certificate is missing, or disagrees. */
export function reconcileReason(dose: ReconciliationDose): string {
  if (dose.mismatch.length > 0) {
    return `QR tidak cocok: ${dose.mismatch.map((m) => MISMATCH_LABELS[m]).join(', ')}`;
  }
  return 'Hanya ucapan (tanpa bukti)';
}

/** The export's columns: one line per dose, the resident and household repeated on each. */
export const RECONCILIATION_COLUMNS: readonly TableColumn<ReconciliationLine>[] = [
  { header: 'Kode kelurahan', kind: 'text', value: (l) => l.list.kelurahanCode },
  { header: 'Kelurahan', kind: 'text', value: (l) => l.list.name },
  { header: 'RW', kind: 'text', value: (l) => formatRwRt(l.rw) },
  { header: 'RT', kind: 'text', value: (l) => formatRwRt(l.rt) },
  { header: 'Alamat', kind: 'text', value: (l) => l.address },
  { header: 'Kepala keluarga', kind: 'text', value: (l) => l.headName },
  { header: 'Nama warga', kind: 'text', value: (l) => l.name },
  { header: 'NIK', kind: 'text', value: (l) => l.nik ?? '' },
  { header: 'Tanggal lahir', kind: 'text', value: (l) => l.birthDate ?? '' },
  { header: 'Dosis', kind: 'text', value: (l) => DOSE_LABELS[l.dose.kind] },
  { header: 'Tanggal vaksin', kind: 'text', value: (l) => l.dose.date },
  { header: 'Vaksin', kind: 'text', value: (l) => VACCINE_LABELS[l.dose.product] },
  { header: 'Tempat vaksin', kind: 'text', value: (l) => l.dose.place ?? '' },
  {
    header: 'Bukti',
    kind: 'text',
    value: (l) => (l.dose.proof ? PROOF_LABELS[l.dose.proof] : 'Belum dicatat (ucapan)'),
  },
  { header: 'Isi QR sertifikat', kind: 'text', value: (l) => l.dose.proofText ?? '' },
  { header: 'Perlu dicek', kind: 'text', value: (l) => reconcileReason(l.dose) },
];

/** The list as lines of the export, in the list's order. */
export function reconciliationLines(list: ReconciliationList): ReconciliationLine[] {
  return list.residents.flatMap((r) => r.doses.map((dose) => ({ ...r, list, dose })));
}

/** `rekonsiliasi-32.75.01.1001[-rw003[-rt002]].csv` */
export function reconciliationFileName(list: ReconciliationList, ext: string): string {
  const rw = list.rw === null ? '' : `-rw${formatRwRt(list.rw)}`;
  const rt = list.rt === null ? '' : `-rt${formatRwRt(list.rt)}`;
  return `rekonsiliasi-${list.kelurahanCode}${rw}${rt}.${ext}`;
}
