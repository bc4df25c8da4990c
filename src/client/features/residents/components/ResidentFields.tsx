import type { ReactNode } from 'react';
import { Checkbox, Choices, SelectField, TextField } from '@client/ui/field';
import { today } from '@client/ui/format';
import type { FieldErrors } from '@shared/domain/validation';
import {
  RELATION_LABELS,
  RELATIONS,
  RESIDENCE_STATUS_LABELS,
  RESIDENCE_STATUSES,
  SEX_LABELS,
  SEXES,
  type Relation,
} from '@shared/domain/resident-fields';
import type { ResidentFormValues } from '../data/resident-form';

const SEX_OPTIONS = SEXES.map((s) => ({ value: s, label: SEX_LABELS[s] }));
const RELATION_OPTIONS = RELATIONS.map((r) => ({ value: r, label: RELATION_LABELS[r] }));
const RESIDENCE_OPTIONS = RESIDENCE_STATUSES.map((s) => ({
  value: s,
  label: RESIDENCE_STATUS_LABELS[s],
}));

type Set = <K extends keyof ResidentFormValues>(field: K, value: ResidentFormValues[K]) => void;

/** Who the resident is: birth date or age, sex, relation, KTP, phone, living here or not. */
export function ResidentFields({
  values,
  set,
  errors,
  isNew,
  notice,
}: {
  values: ResidentFormValues;
  set: Set;
  errors: FieldErrors;
  isNew: boolean;
  /** What to say beside a field that another phone changed while the form was open. */
  notice: (field: keyof ResidentFormValues) => ReactNode;
}) {
  return (
    <>
      {values.useAge ? (
        <TextField
          label="Umur (tahun)"
          inputMode="numeric"
          value={values.ageYears}
          onChange={(e) => set('ageYears', e.target.value.replace(/\D/g, ''))}
          error={errors.ageYears ?? errors.birthDate}
          maxLength={3}
          extra={notice('ageYears')}
        />
      ) : (
        <TextField
          label="Tanggal lahir"
          type="date"
          value={values.birthDate}
          max={today()}
          onChange={(e) => set('birthDate', e.target.value)}
          error={errors.birthDate}
          extra={notice('birthDate')}
        />
      )}
      <Checkbox
        label="Tanggal lahir tidak diketahui, isi umur saja"
        checked={values.useAge}
        onChange={(checked) => set('useAge', checked)}
      />
      {notice('useAge')}
      <Choices
        legend="Jenis kelamin"
        name="sex"
        value={values.sex}
        options={SEX_OPTIONS}
        onChange={(v) => set('sex', v)}
        error={errors.sex}
      />
      {notice('sex')}
      <SelectField
        label="Hubungan dalam keluarga"
        value={values.relation}
        options={RELATION_OPTIONS}
        onChange={(e) => set('relation', e.target.value as Relation)}
        error={errors.relation}
      />
      {notice('relation')}
      <Checkbox
        label="KTP luar Kota Bekasi (tinggal di sini)"
        checked={values.ktpElsewhere}
        onChange={(checked) => set('ktpElsewhere', checked)}
      />
      {notice('ktpElsewhere')}
      {errors.ktpElsewhere && <div className="field-error">{errors.ktpElsewhere}</div>}
      <TextField
        label="Nomor HP"
        optional
        type="tel"
        inputMode="tel"
        value={values.phone}
        onChange={(e) => set('phone', e.target.value)}
        error={errors.phone}
        placeholder="contoh: 081234567890"
        extra={notice('phone')}
      />
      {!isNew && (
        <Choices
          legend="Status tinggal"
          name="residenceStatus"
          value={values.residenceStatus}
          options={RESIDENCE_OPTIONS}
          onChange={(v) => set('residenceStatus', v)}
          error={errors.residenceStatus}
        />
      )}
      {!isNew && notice('residenceStatus')}
    </>
  );
}
