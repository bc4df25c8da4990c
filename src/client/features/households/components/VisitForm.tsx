import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@client/ui/button';
import { Checkbox, Choices, TextAreaField, TextField } from '@client/ui/field';
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
import { householdAddress } from '@shared/domain/household';
import { today } from '@client/ui/format';
import {
  defaultRevisitDate,
  isFinishedVisit,
  VISIT_OUTCOME_LABELS,
  VISIT_OUTCOMES,
  type VisitOutcome,
} from '@shared/domain/visit';
import { recordVisit } from '../data/record-visit';
import { useHouseholdRecord } from '../hooks/use-household-record';

type Values = {
  outcome: VisitOutcome | '';
  note: string;
  location: { lat: number; lng: number; accuracy: number } | null;
  revisitNeeded: boolean;
  revisitDate: string;
};

const EMPTY: Values = {
  outcome: '',
  note: '',
  location: null,
  revisitNeeded: false,
  revisitDate: '',
};
const FIELDS = ['outcome', 'note', 'location', 'revisitNeeded', 'revisitDate'];
const OUTCOME_OPTIONS = VISIT_OUTCOMES.map((o) => ({ value: o, label: VISIT_OUTCOME_LABELS[o] }));

/** Record a visit (kunjungan): outcome, note, GPS, and whether to come back, and when. */
export function VisitForm({
  householdId,
  onDirtyChange,
  onSaved,
}: {
  householdId: string;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: () => void;
}) {
  const household = useHouseholdRecord(householdId);
  const form = useFormState<Values>(EMPTY);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, form.errors);
  const { values, set } = form;
  const { byField, other } = splitErrors(form.errors, FIELDS);

  useEffect(() => onDirtyChange(form.isDirty), [form.isDirty, onDirtyChange]);

  if (household === undefined) return <Loading />;
  if (!household) return <NotFound what="Rumah tangga" back={paths.home} />;

  // Nobody home or refused: the visit is unfinished, so a revisit is due (date proposed).
  const unfinished = values.outcome !== '' && !isFinishedVisit(values.outcome);
  const revisitNeeded = values.revisitNeeded || unfinished;
  const chooseOutcome = (outcome: VisitOutcome) => {
    const due = !isFinishedVisit(outcome) || values.revisitNeeded;
    form.setFields({
      outcome,
      revisitNeeded: due,
      revisitDate: due ? values.revisitDate || defaultRevisitDate(today()) : values.revisitDate,
    });
  };
  const askRevisit = (checked: boolean) =>
    form.setFields({
      revisitNeeded: checked,
      revisitDate: checked ? values.revisitDate || defaultRevisitDate(today()) : values.revisitDate,
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.outcome) return form.setErrors({ outcome: 'Hasil kunjungan wajib dipilih.' });
    if (revisitNeeded && values.revisitDate && values.revisitDate < today()) {
      return form.setErrors({
        revisitDate: 'Tanggal kunjungan ulang tidak boleh sebelum hari ini.',
      });
    }
    setSaving(true);
    try {
      // recordVisit checks the visit with the shared schema before anything is written.
      await recordVisit(householdId, {
        outcome: values.outcome,
        note: values.note.trim() || null,
        location: values.location,
        revisitNeeded,
        revisitDate: revisitNeeded && values.revisitDate ? values.revisitDate : null,
      });
      form.markSaved(values);
      onDirtyChange(false);
      onSaved();
    } catch (error) {
      form.setErrors(errorsFromSave(error));
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <PageHeader title="Catat kunjungan" back={paths.household(householdId)} />
      <p className="muted">
        {householdAddress(household)} · {household.headName}
      </p>
      <FormErrors messages={other} />
      <Choices
        legend="Hasil kunjungan"
        name="outcome"
        value={values.outcome}
        options={OUTCOME_OPTIONS}
        onChange={chooseOutcome}
        error={byField.outcome}
      />
      <TextAreaField
        label="Catatan"
        optional
        value={values.note}
        onChange={(e) => set('note', e.target.value)}
        error={byField.note}
      />
      <GpsField
        value={values.location}
        onChange={(v) => set('location', v)}
        error={byField.location}
      />
      {unfinished ? (
        <p className="small">Rumah ini belum terdata: perlu kunjungan ulang.</p>
      ) : (
        <Checkbox
          label="Perlu kunjungan ulang"
          checked={values.revisitNeeded}
          onChange={askRevisit}
        />
      )}
      {revisitNeeded && (
        <TextField
          label="Tanggal kunjungan ulang"
          optional
          type="date"
          min={today()}
          value={values.revisitDate}
          onChange={(e) => set('revisitDate', e.target.value)}
          error={byField.revisitDate}
        />
      )}
      <div className="sticky-save">
        <Button type="submit" variant="primary" block disabled={saving}>
          {saving ? 'Menyimpan…' : 'Simpan kunjungan'}
        </Button>
      </div>
    </form>
  );
}
