import { changedRecordFields } from '@client/ui/form-baseline';
import { formatDateId, type IsoDate } from '@shared/dates';
import type { DoseFields, DoseProofFields } from '@shared/domain/dose';
import { doseProblems, type DatedDose } from '@shared/domain/dose-rules';
import type { IsomanOutcome } from '@shared/domain/isoman';
import type { ResidentFields } from '@shared/domain/resident';
import {
  RELATION_LABELS,
  RESIDENCE_STATUS_LABELS,
  SEX_LABELS,
  type Relation,
  type ResidenceStatus,
  type Sex,
} from '@shared/domain/resident-fields';
import { REASON_LABELS, type NotVaccinatedReason } from '@shared/domain/vaccination';

/** A dose added in the form, saved with the resident. */
export type NewDose = { id: string } & Pick<DoseFields, 'kind' | 'date' | 'product' | 'place'> &
  Partial<DoseProofFields>;

export type IsomanStart = { id: string; startDate: IsoDate; expectedEndDate: IsoDate };
export type IsomanClose = { outcome: IsomanOutcome; outcomeDate: IsoDate };

/** Everything the resident form holds, so one save writes it all and one flag says "dirty". */
export type ResidentFormValues = {
  name: string;
  nik: string;
  /** Birth date unknown: the age in years is given instead. */
  useAge: boolean;
  birthDate: string;
  ageYears: string;
  sex: Sex | '';
  relation: Relation | '';
  ktpElsewhere: boolean;
  phone: string;
  residenceStatus: ResidenceStatus;
  notVaccinatedReason: NotVaccinatedReason | '';
  notVaccinatedNote: string;
  newDoses: NewDose[];
  voidedDoseIds: string[];
  /** Proofs given now to doses recorded earlier, by dose id (a proof is all a dose may gain). */
  doseProofs: Record<string, DoseProofFields>;
  newIsoman: IsomanStart | null;
  /** Outcomes recorded now for open episodes, by episode id. */
  closeIsoman: Record<string, IsomanClose>;
  /** The volunteer confirmed a NIK that another resident on this device already has. */
  confirmDuplicateNik: boolean;
};

export const RESIDENT_FORM_FIELDS = [
  'name',
  'nik',
  'birthDate',
  'ageYears',
  'ageAsOf',
  'sex',
  'relation',
  'ktpElsewhere',
  'phone',
  'residenceStatus',
  'notVaccinatedReason',
  'notVaccinatedNote',
] as const;

export function residentFormValues(r?: ResidentFields | null): ResidentFormValues {
  return {
    name: r?.name ?? '',
    nik: r?.nik ?? '',
    useAge: r ? !r.birthDate && r.ageYears != null : false,
    birthDate: r?.birthDate ?? '',
    ageYears: r?.ageYears != null ? String(r.ageYears) : '',
    sex: r?.sex ?? '',
    relation: r?.relation ?? '',
    ktpElsewhere: r?.ktpElsewhere ?? false,
    phone: r?.phone ?? '',
    residenceStatus: r?.residenceStatus ?? 'aktif',
    notVaccinatedReason: r?.notVaccinatedReason ?? '',
    notVaccinatedNote: r?.notVaccinatedNote ?? '',
    newDoses: [],
    voidedDoseIds: [],
    doseProofs: {},
    newIsoman: null,
    closeIsoman: {},
    confirmDuplicateNik: false,
  };
}

/**
 * The form's first values: the resident's, or for a new one blank; the head of household
 * (name from the household, relation "kepala") when offered as its first resident, so
 * "Warga (n)" counts the head too.
 */
export function newResidentFormValues(
  resident: ResidentFields | null,
  household: { headName: string },
  offerHead: boolean,
): ResidentFormValues {
  const values = residentFormValues(resident);
  return !resident && offerHead
    ? { ...values, name: household.headName, relation: 'kepala' }
    : values;
}

type HouseholdArea = { id: string; kelurahanCode: string; rw: number; rt: number };

/**
 * The resident record the form describes, before validation. It takes its area from the
 * household (a resident always lives in its household's RT). Empty optional boxes become
 * null; an age keeps the day it was told (`ageAsOf`) unless it changed.
 */
export function residentFromForm(
  v: ResidentFormValues,
  household: HouseholdArea,
  current: Pick<ResidentFields, 'ageYears' | 'ageAsOf'> | null,
  today: IsoDate,
  vaccinated: boolean,
): Record<string, unknown> {
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  const ageYears = v.useAge && v.ageYears !== '' ? Number(v.ageYears) : null;
  const keepAsOf = current?.ageAsOf && current.ageYears === ageYears;
  return {
    householdId: household.id,
    kelurahanCode: household.kelurahanCode,
    rw: household.rw,
    rt: household.rt,
    name: v.name,
    nik: blank(v.nik.replace(/\s/g, '')),
    birthDate: v.useAge ? null : blank(v.birthDate),
    ageYears,
    ageAsOf: ageYears === null ? null : keepAsOf ? current.ageAsOf : today,
    sex: v.sex || undefined,
    relation: v.relation || undefined,
    ktpElsewhere: v.ktpElsewhere,
    phone: blank(v.phone.replace(/[\s-]/g, '')),
    residenceStatus: v.residenceStatus,
    // A reason for not being vaccinated means nothing once a dose is recorded.
    notVaccinatedReason: vaccinated ? null : v.notVaccinatedReason || null,
    notVaccinatedNote: vaccinated ? null : blank(v.notVaccinatedNote),
  };
}

/**
 * The resident fields a save writes. A new resident (`start` null): the whole record. An
 * existing one: only the fields the volunteer changed from the values the form started with;
 * a field they did not touch is not written, whatever the database holds now (another phone's
 * edit may have arrived while the form was open). Whether the resident is vaccinated before
 * and after the doses changed in the form decides the reason fields, like `residentFromForm`.
 */
export function residentChanges(
  form: { start: ResidentFormValues | null; edited: ResidentFormValues },
  context: {
    household: HouseholdArea;
    current: Pick<ResidentFields, 'ageYears' | 'ageAsOf'> | null;
    today: IsoDate;
    vaccinated: { before: boolean; after: boolean };
  },
): Record<string, unknown> {
  const { household, current, today, vaccinated } = context;
  const after = residentFromForm(form.edited, household, current, today, vaccinated.after);
  if (!form.start) return after;
  const before = residentFromForm(form.start, household, current, today, vaccinated.before);
  return changedRecordFields(before, after);
}

/** A form value as the form shows it, for "changed on another phone to …". */
export function describeResidentValue<K extends keyof ResidentFormValues>(
  field: K,
  value: ResidentFormValues[K],
): string {
  if (value === '' || value === null || value === undefined) return '';
  switch (field) {
    case 'birthDate':
      return formatDateId(value as IsoDate);
    case 'sex':
      return SEX_LABELS[value as Sex];
    case 'relation':
      return RELATION_LABELS[value as Relation];
    case 'residenceStatus':
      return RESIDENCE_STATUS_LABELS[value as ResidenceStatus];
    case 'notVaccinatedReason':
      return REASON_LABELS[value as NotVaccinatedReason];
    case 'useAge':
      return value ? 'umur saja' : 'tanggal lahir';
    case 'ktpElsewhere':
      return value ? 'KTP luar Kota Bekasi' : 'KTP Kota Bekasi';
    default:
      return String(value);
  }
}

/**
 * The schema asks for a birth date or an age only once every other field is valid (an object
 * refinement); the form says it at once with the others, in the same words.
 */
export function withBirthCheck(
  errors: Record<string, string>,
  fields: Record<string, unknown>,
): Record<string, string> {
  if (fields.birthDate != null || fields.ageYears != null || errors.birthDate) return errors;
  return { ...errors, birthDate: 'Isi tanggal lahir atau umur.' };
}

/**
 * A birth date the volunteer set must not come after a live dose (the server checks it too):
 * the message for the birth date field, or null. Called only when the birth date changed, so an
 * old record that already breaks it still saves other edits (the dose section warns).
 */
export function birthAfterDose(birthDate: unknown, doses: readonly DatedDose[]): string | null {
  if (typeof birthDate !== 'string') return null;
  const early = doses.find((d) => d.date < birthDate);
  return early ? (doseProblems([early], { birthDate }, early.date)[0]?.message ?? null) : null;
}
