import { changedRecordFields } from '@client/ui/form-baseline';
import type { HouseholdFields } from '@shared/domain/household';
import type { Area } from '@shared/wilayah/wilayah';

/** What the household form holds: text as typed, the GPS reading as taken. */
export type HouseholdFormValues = {
  rt: string;
  street: string;
  houseNumber: string;
  kkNumber: string;
  headName: string;
  note: string;
  location: { lat: number; lng: number; accuracy: number } | null;
};

export const HOUSEHOLD_FORM_FIELDS = [
  'kelurahanCode',
  'rw',
  'rt',
  'street',
  'houseNumber',
  'kkNumber',
  'headName',
  'note',
  'location',
] as const;

export function householdFormValues(
  area: Area,
  h?: Partial<HouseholdFields> | null,
): HouseholdFormValues {
  return {
    rt: String(h?.rt ?? area.rt),
    street: h?.street ?? '',
    houseNumber: h?.houseNumber ?? '',
    kkNumber: h?.kkNumber ?? '',
    headName: h?.headName ?? '',
    note: h?.note ?? '',
    location: h?.location ?? null,
  };
}

/**
 * The record the form describes, before validation: empty optional boxes become null, an
 * empty RT stays missing so the schema's own message ("RT wajib diisi.") is shown.
 */
export function householdFromForm(
  values: HouseholdFormValues,
  base: Pick<HouseholdFields, 'kelurahanCode' | 'rw'>,
): Record<string, unknown> {
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    kelurahanCode: base.kelurahanCode,
    rw: base.rw,
    rt: values.rt.trim() === '' ? undefined : Number(values.rt),
    street: values.street,
    houseNumber: blank(values.houseNumber),
    kkNumber: blank(values.kkNumber.replace(/\s/g, '')),
    headName: values.headName,
    note: blank(values.note),
    location: values.location,
  };
}

/**
 * The household fields a save writes. A new household (`start` null): the whole record. An
 * existing one: only the fields the volunteer changed from the values the form started with;
 * a field they did not touch is not written, whatever the database holds now.
 */
export function householdChanges(
  form: { start: HouseholdFormValues | null; edited: HouseholdFormValues },
  base: Pick<HouseholdFields, 'kelurahanCode' | 'rw'>,
): Record<string, unknown> {
  const after = householdFromForm(form.edited, base);
  if (!form.start) return after;
  return changedRecordFields(householdFromForm(form.start, base), after);
}

/** A form value as the form shows it, for "changed on another phone to …". */
export function describeHouseholdValue<K extends keyof HouseholdFormValues>(
  field: K,
  value: HouseholdFormValues[K],
): string {
  if (value === null || value === '') return '';
  if (field === 'location' && typeof value === 'object') {
    return `${value.lat}, ${value.lng} (±${value.accuracy} m)`;
  }
  return String(value);
}
