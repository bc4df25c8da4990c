import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@client/ui/button';
import { changedElsewhereNotices } from '@client/ui/changed-elsewhere';
import { TextAreaField, TextField } from '@client/ui/field';
import { FormErrors } from '@client/ui/form-errors';
import { GpsField } from '@client/ui/gps-field';
import { Loading, NotFound, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import {
  errorsFromSave,
  splitErrors,
  useFocusFirstError,
  useFormState,
} from '@client/ui/use-form-state';
import { householdSchema, type HouseholdFields } from '@shared/domain/household';
import { validate } from '@shared/domain/validation';
import { findKelurahan, formatRwRt, type Area } from '@shared/wilayah/wilayah';
import {
  describeHouseholdValue,
  HOUSEHOLD_FORM_FIELDS,
  householdChanges,
  householdFormValues,
  householdFromForm,
  type HouseholdFormValues,
} from '../data/household-form';
import { saveHousehold } from '../data/save-household';
import { useHouseholdRecord } from '../hooks/use-household-record';

type Props = {
  area: Area;
  /** Absent: a new household in the working area. */
  id?: string;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (id: string) => void;
};

export function HouseholdForm({ id, ...props }: Props) {
  const record = useHouseholdRecord(id);
  if (id && record === undefined) return <Loading />;
  if (id && !record) return <NotFound what="Rumah tangga" back={paths.home} />;
  return <HouseholdFormBody key={id ?? 'new'} id={id} record={record ?? null} {...props} />;
}

function HouseholdFormBody({
  area,
  id,
  record,
  onDirtyChange,
  onSaved,
}: Props & { record: HouseholdFields | null }) {
  // Fields the volunteer has not changed follow the record as it is now (a pull may bring
  // another phone's edit while the form is open); a save writes only the changed ones.
  const form = useFormState<HouseholdFormValues>(
    householdFormValues(area, record),
    record ? householdFormValues(area, record) : undefined,
  );
  const notice = changedElsewhereNotices(form.underneath, form.takeLive, describeHouseholdValue);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, form.errors);
  const { values, set, errors } = form;
  const base = record ?? area;
  const { byField, other } = splitErrors(errors, HOUSEHOLD_FORM_FIELDS);

  useEffect(() => onDirtyChange(form.isDirty), [form.isDirty, onDirtyChange]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The household as the form shows it, checked with the schema the data layer applies (to
    // answer at once); an edit writes only the fields the volunteer changed.
    const checked = validate(householdSchema, householdFromForm(values, base));
    if (!checked.ok) return form.setErrors(checked.errors);
    setSaving(true);
    try {
      const savedId = await saveHousehold(
        id
          ? { id, changes: householdChanges({ start: form.start, edited: form.edited }, base) }
          : { fields: checked.value },
      );
      form.markSaved(values);
      onDirtyChange(false);
      onSaved(savedId);
    } catch (error) {
      form.setErrors(errorsFromSave(error));
    } finally {
      setSaving(false);
    }
  };

  const back = id ? paths.household(id) : paths.home;
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <PageHeader title={id ? 'Ubah data rumah' : 'Tambah rumah tangga'} back={back} />
      <FormErrors
        messages={[
          ...other,
          ...(byField.kelurahanCode ? [byField.kelurahanCode] : []),
          ...(byField.rw ? [byField.rw] : []),
        ]}
      />
      <p className="muted">
        Kelurahan {findKelurahan(base.kelurahanCode)?.name}, RW {formatRwRt(base.rw)}
      </p>
      <TextField
        label="RT"
        inputMode="numeric"
        value={values.rt}
        onChange={(e) => set('rt', e.target.value.replace(/\D/g, ''))}
        error={byField.rt}
        extra={notice('rt')}
        hint="Ubah bila rumah ini di RT lain dalam RW yang sama."
      />
      <TextField
        label="Nama jalan / gang / perumahan"
        value={values.street}
        onChange={(e) => set('street', e.target.value)}
        error={byField.street}
        extra={notice('street')}
        placeholder="contoh: Jl. Melati Raya"
        autoComplete="off"
      />
      <TextField
        label="Nomor rumah / blok"
        optional
        value={values.houseNumber}
        onChange={(e) => set('houseNumber', e.target.value)}
        error={byField.houseNumber}
        extra={notice('houseNumber')}
        placeholder="contoh: 12A atau Blok C3 No. 7"
      />
      <TextField
        label="Nama kepala keluarga"
        value={values.headName}
        onChange={(e) => set('headName', e.target.value)}
        error={byField.headName}
        extra={notice('headName')}
        autoComplete="off"
      />
      <TextField
        label="Nomor KK"
        optional
        inputMode="numeric"
        value={values.kkNumber}
        onChange={(e) => set('kkNumber', e.target.value.replace(/[^\d\s]/g, ''))}
        error={byField.kkNumber}
        extra={notice('kkNumber')}
        hint={`16 angka pada kartu keluarga${values.kkNumber ? ` (${values.kkNumber.replace(/\s/g, '').length}/16)` : ''}`}
        maxLength={20}
      />
      <GpsField
        value={values.location}
        onChange={(v) => set('location', v)}
        error={byField.location}
      />
      {notice('location')}
      <TextAreaField
        label="Catatan"
        optional
        value={values.note}
        onChange={(e) => set('note', e.target.value)}
        error={byField.note}
      />
      {notice('note')}
      <div className="sticky-save">
        <Button type="submit" variant="primary" block disabled={saving}>
          {saving ? 'Menyimpan…' : 'Simpan'}
        </Button>
      </div>
    </form>
  );
}
