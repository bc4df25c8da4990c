import { formatDateTimeId } from '@client/ui/format';
import { formatDateId } from '@shared/dates';
import { ISOMAN_OUTCOME_LABELS } from '@shared/domain/isoman-status';
import { maskNik } from '@shared/domain/nik';
import {
  RELATION_LABELS,
  RESIDENCE_STATUS_LABELS,
  SEX_LABELS,
} from '@shared/domain/resident-fields';
import { DOSE_LABELS, REASON_LABELS, VACCINE_LABELS } from '@shared/domain/vaccination';
import { VISIT_OUTCOME_LABELS } from '@shared/domain/visit-outcome';
import { FOLLOWUP_KIND_LABELS } from '@shared/domain/followup-status';
import type { ChangeLogEntry } from '@shared/changes/api';

// Zod-free label tables of @shared/domain only: this screen stays a small chunk.
export const ENTITY_LABELS: Record<string, string> = {
  household: 'Rumah tangga',
  resident: 'Warga',
  isoman: 'Isoman',
  dose: 'Dosis vaksin',
  visit: 'Kunjungan',
  followup: 'Tindak lanjut',
};

const FIELD_LABELS: Record<string, string> = {
  street: 'Jalan',
  houseNumber: 'Nomor rumah',
  kkNumber: 'Nomor KK',
  headName: 'Kepala keluarga',
  location: 'Titik GPS',
  note: 'Catatan',
  name: 'Nama',
  nik: 'NIK',
  birthDate: 'Tanggal lahir',
  ageYears: 'Umur',
  ageAsOf: 'Umur dicatat',
  sex: 'Jenis kelamin',
  relation: 'Hubungan',
  ktpElsewhere: 'KTP luar',
  phone: 'Nomor HP',
  notVaccinatedReason: 'Alasan belum vaksin',
  notVaccinatedNote: 'Keterangan',
  residenceStatus: 'Status tinggal',
  kind: 'Jenis',
  date: 'Tanggal',
  product: 'Vaksin',
  place: 'Tempat',
  startDate: 'Mulai isoman',
  expectedEndDate: 'Perkiraan selesai',
  outcome: 'Hasil',
  outcomeDate: 'Tanggal hasil',
  at: 'Waktu',
  revisitNeeded: 'Perlu kunjungan ulang',
  revisitDate: 'Tanggal kunjungan ulang',
  deleted: 'Dihapus',
  rw: 'RW',
  rt: 'RT',
  kelurahanCode: 'Kelurahan',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  sex: SEX_LABELS,
  relation: RELATION_LABELS,
  residenceStatus: RESIDENCE_STATUS_LABELS,
  notVaccinatedReason: REASON_LABELS,
  product: VACCINE_LABELS,
  outcome: { ...ISOMAN_OUTCOME_LABELS, ...VISIT_OUTCOME_LABELS },
};

/** Links and area fields a new record carries that say nothing to the reader. */
const QUIET_ON_CREATE = new Set([
  'householdId',
  'residentId',
  'kelurahanCode',
  'rw',
  'rt',
  'hlc',
  'deleted',
]);

export type FieldChange = { label: string; before: string | null; after: string };

/** "Dosis vaksin dibuat", "Warga diubah", "Warga dihapus". */
export function changeTitle(e: ChangeLogEntry): string {
  const what = ENTITY_LABELS[e.entity] ?? e.entity;
  if (e.old === null) return `${what} dibuat`;
  if (e.new['deleted'] === true) return `${what} dihapus`;
  return `${what} diubah`;
}

/** The fields a change touched, with readable names and values, before → after. */
export function fieldChanges(e: ChangeLogEntry): FieldChange[] {
  const created = e.old === null;
  return Object.keys(e.new)
    .filter((f) => !(created ? QUIET_ON_CREATE.has(f) : f === 'hlc'))
    .filter((f) => !(f === 'deleted' && e.new['deleted'] === true))
    .map((f) => ({
      label: FIELD_LABELS[f] ?? f,
      before: e.old && f in e.old ? show(f, e.old[f]) : null,
      after: show(f, e.new[f]),
    }));
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value === true) return 'ya';
  if (value === false) return 'tidak';
  // The log is a list of many residents: their NIKs are masked as in search results.
  if (field === 'nik' && typeof value === 'string') return maskNik(value);
  if (field === 'kind') {
    const kinds: Record<string, string> = { ...DOSE_LABELS, ...FOLLOWUP_KIND_LABELS };
    return kinds[String(value)] ?? String(value);
  }
  if (field === 'at' && typeof value === 'string') return formatDateTimeId(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateId(value);
  if (field === 'location' && typeof value === 'object') {
    const p = value as { lat?: number; lng?: number };
    return `${p.lat?.toFixed(5)}, ${p.lng?.toFixed(5)}`;
  }
  const labels = VALUE_LABELS[field];
  if (labels && typeof value === 'string') return labels[value] ?? value;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
