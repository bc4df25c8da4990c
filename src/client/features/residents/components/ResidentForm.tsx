import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@client/ui/button';
import { changedElsewhereNotices } from '@client/ui/changed-elsewhere';
import { TextField } from '@client/ui/field';
import { FormErrors } from '@client/ui/form-errors';
import { today } from '@client/ui/format';
import { Loading, NotFound, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import {
  errorsFromSave,
  splitErrors,
  useFocusFirstError,
  useFormState,
} from '@client/ui/use-form-state';
import { householdAddress } from '@shared/domain/household';
import { residentSchema } from '@shared/domain/resident';
import { validate } from '@shared/domain/validation';
import { compareDoses } from '@shared/domain/dose-rules';
import { isIsomanActive } from '@shared/domain/isoman-status';
import { deriveStatus } from '@shared/domain/vaccination';
import { uuidv7 } from '@shared/ids';
import { deleteResident } from '../data/delete-resident';
import { describeNik } from '../data/nik-info';
import { duplicateNikMessage } from '../data/nik-duplicates';
import {
  birthAfterDose,
  describeResidentValue,
  RESIDENT_FORM_FIELDS,
  residentChanges,
  residentFormValues,
  newResidentFormValues,
  residentFromForm,
  withBirthCheck,
} from '../data/resident-form';
import { saveResident } from '../data/save-resident';
import { useNikDuplicates } from '../hooks/use-nik-duplicates';
import { useResidentData, type ResidentData } from '../hooks/use-resident-data';
import { DoseSection } from './DoseSection';
import { IsomanSection } from './IsomanSection';
import { NikField } from './NikField';
import { ResidentFields } from './ResidentFields';
import { DeleteResident, ReasonSection } from './ResidentFormParts';

type Props = {
  target: { residentId: string } | { householdId: string };
  onDirtyChange: (dirty: boolean) => void;
  /** After a save or a delete, back to the household. */
  onDone: (householdId: string) => void;
};

/** Add or edit a resident, with doses and isoman, saved together. */
export function ResidentForm({ target, ...props }: Props) {
  const data = useResidentData(target);
  if (data === undefined) return <Loading />;
  if (data === null) return <NotFound what="Warga" back={paths.home} />;
  return <ResidentFormBody key={data.resident?.id ?? 'new'} data={data} {...props} />;
}

function ResidentFormBody({
  data,
  onDirtyChange,
  onDone,
}: Omit<Props, 'target'> & { data: ResidentData }) {
  const { household: h, resident } = data;
  const [id] = useState(() => resident?.id ?? uuidv7());
  // Fields the volunteer has not changed follow the record as it is now (a pull may bring
  // another phone's edit while the form is open); a save writes only the changed ones.
  const [params] = useSearchParams();
  const offerHead = data.firstOfHousehold || params.get('kepala') === '1';
  const form = useFormState(
    newResidentFormValues(resident, h, offerHead),
    resident ? residentFormValues(resident) : undefined,
  );
  const { values, set } = form;
  const notice = changedElsewhereNotices(form.underneath, form.takeLive, describeResidentValue);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, form.errors);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const duplicates = useNikDuplicates(values.nik, id);
  const on = today();
  const { byField, other } = splitErrors(form.errors, RESIDENT_FORM_FIELDS);

  useEffect(() => onDirtyChange(form.isDirty), [form.isDirty, onDirtyChange]);

  const owner = {
    residentId: id,
    householdId: h.id,
    kelurahanCode: h.kelurahanCode,
    rw: h.rw,
    rt: h.rt,
  };
  const doses = [
    ...data.doses.map((d) => ({
      id: d.id,
      kind: d.kind,
      date: d.date,
      product: d.product,
      place: d.place ?? null,
      proof: d.proof ?? null,
      proofText: d.proofText ?? null,
      proofMismatch: d.proofMismatch ?? null,
      ...values.doseProofs[d.id],
      saved: true,
      voided: values.voidedDoseIds.includes(d.id),
    })),
    ...values.newDoses.map((d) => ({ ...d, saved: false, voided: false })),
  ].sort(compareDoses);
  const status = deriveStatus(doses.filter((d) => !d.voided));
  const vaccinatedBefore = deriveStatus(doses.filter((d) => d.saved)) !== 'belum';
  const nik = describeNik(
    values.nik,
    {
      birthDate: values.useAge ? undefined : values.birthDate || undefined,
      sex: values.sex || undefined,
      ktpElsewhere: values.ktpElsewhere,
    },
    on,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The record as the form shows it, checked with the schema the data layer applies (to
    // answer at once); the save writes only the fields the volunteer changed.
    const fields = residentFromForm(values, h, resident, on, status !== 'belum');
    const checked = validate(residentSchema, fields);
    if (!checked.ok) return form.setErrors(withBirthCheck(checked.errors, fields));
    const birthChanged = !resident || form.start.birthDate !== values.birthDate;
    const live = doses.filter((d) => !d.voided);
    const afterDose = birthChanged ? birthAfterDose(fields.birthDate, live) : null;
    if (afterDose) return form.setErrors({ birthDate: afterDose });
    const vaccinated = { before: vaccinatedBefore, after: status !== 'belum' };
    const changes = residentChanges(
      { start: resident ? form.start : null, edited: form.edited },
      { household: h, current: resident, today: on, vaccinated },
    );
    if ('nik' in changes && duplicates.length > 0 && !values.confirmDuplicateNik) {
      return form.setErrors({ nik: duplicateNikMessage(duplicates) });
    }
    setSaving(true);
    try {
      await saveResident({
        id,
        household: h,
        isNew: !resident,
        changes,
        newDoses: values.newDoses,
        voidedDoseIds: values.voidedDoseIds,
        doseProofs: values.doseProofs,
        newIsoman: values.newIsoman,
        closeIsoman: values.closeIsoman,
        allowDuplicateNik: values.confirmDuplicateNik,
      });
      form.markSaved(values);
      onDirtyChange(false);
      onDone(h.id);
    } catch (error) {
      form.setErrors(errorsFromSave(error));
      setSaving(false);
    }
  };

  const remove = async () => {
    setConfirmDelete(false);
    try {
      await deleteResident(id);
      onDirtyChange(false);
      onDone(h.id);
    } catch (error) {
      form.setErrors(errorsFromSave(error));
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <PageHeader title={resident ? resident.name : 'Tambah warga'} back={paths.household(h.id)} />
      <p className="muted">
        {householdAddress(h)} · KK {h.headName}
      </p>
      <FormErrors messages={other} />
      <TextField
        label="Nama lengkap"
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        error={byField.name}
        autoComplete="off"
        extra={notice('name')}
      />
      <NikField
        value={values.nik}
        onChange={(v) => {
          set('nik', v);
          set('confirmDuplicateNik', false);
        }}
        info={nik}
        error={byField.nik}
        duplicates={duplicates}
        confirmDuplicate={values.confirmDuplicateNik}
        onConfirmDuplicate={(c) => set('confirmDuplicateNik', c)}
        filled={
          nik.state === 'valid' &&
          !values.useAge &&
          values.birthDate === nik.birthDate &&
          values.sex === nik.sex
        }
        onFill={(birthDate, sex) => form.setFields({ birthDate, sex, useAge: false })}
        notice={notice('nik')}
      />
      <ResidentFields
        values={values}
        set={set}
        errors={byField}
        isNew={!resident}
        notice={notice}
      />

      <DoseSection
        owner={owner}
        birthDate={values.useAge ? null : values.birthDate || null}
        doses={doses}
        status={status}
        holder={{ name: values.name, nik: values.nik.replace(/\s/g, '') || null }}
        onAdd={(dose) => set('newDoses', [...values.newDoses, dose])}
        onAddProof={(doseId, proof) => set('doseProofs', { ...values.doseProofs, [doseId]: proof })}
        onRemoveNew={(doseId) =>
          set(
            'newDoses',
            values.newDoses.filter((d) => d.id !== doseId),
          )
        }
        onToggleVoid={(doseId) =>
          set(
            'voidedDoseIds',
            values.voidedDoseIds.includes(doseId)
              ? values.voidedDoseIds.filter((x) => x !== doseId)
              : [...values.voidedDoseIds, doseId],
          )
        }
      />
      {status === 'belum' && (
        <ReasonSection
          reason={values.notVaccinatedReason}
          note={values.notVaccinatedNote}
          onReason={(v) => set('notVaccinatedReason', v)}
          onNote={(v) => set('notVaccinatedNote', v)}
          errors={byField}
          notice={notice}
          inIsoman={
            values.newIsoman !== null ||
            data.isoman.some((e) => isIsomanActive(e, on) && !values.closeIsoman[e.id])
          }
        />
      )}
      <IsomanSection
        owner={owner}
        episodes={data.isoman}
        newIsoman={values.newIsoman}
        closing={values.closeIsoman}
        onStart={(start) => set('newIsoman', start)}
        onClose={(episodeId, close) => {
          const { [episodeId]: _old, ...rest } = values.closeIsoman;
          set('closeIsoman', close ? { ...rest, [episodeId]: close } : rest);
        }}
      />
      <div className="sticky-save">
        <Button type="submit" variant="primary" block disabled={saving}>
          {saving ? 'Menyimpan…' : 'Simpan warga'}
        </Button>
      </div>
      {resident && (
        <DeleteResident
          name={resident.name}
          open={confirmDelete}
          onAsk={() => setConfirmDelete(true)}
          onConfirm={remove}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
    </form>
  );
}
