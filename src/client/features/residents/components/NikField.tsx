import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@client/ui/button';
import { Checkbox, Field } from '@client/ui/field';
import { formatDateId } from '@client/ui/format';
import { paths } from '@client/ui/paths';
import { SEX_LABELS, type Sex } from '@shared/domain/resident-fields';
import type { NikDuplicate } from '../data/nik-duplicates';
import type { NikInfo } from '../data/nik-info';

/**
 * NIK with what it says, live: digits left while typing, the reason it cannot be a NIK, or
 * the birth date and sex it encodes with a button to copy them into the form. Mismatches
 * and a NIK another resident already has are shown in amber.
 */
export function NikField({
  value,
  onChange,
  info,
  error,
  duplicates,
  confirmDuplicate,
  onConfirmDuplicate,
  onFill,
  filled,
  notice,
}: {
  value: string;
  onChange: (value: string) => void;
  info: NikInfo;
  error: string | undefined;
  duplicates: readonly NikDuplicate[];
  confirmDuplicate: boolean;
  onConfirmDuplicate: (confirmed: boolean) => void;
  onFill: (birthDate: string, sex: Sex) => void;
  /** The form already holds the NIK's birth date and sex. */
  filled: boolean;
  /** Said when another phone changed the NIK while this form was open. */
  notice?: ReactNode;
}) {
  const liveError = info.state === 'invalid' ? info.message : undefined;
  return (
    <Field
      label="NIK"
      optional
      error={error ?? liveError}
      warnings={info.state === 'valid' ? info.warnings : []}
      hint={
        info.state === 'typing'
          ? `${info.digits}/16 angka`
          : info.state === 'empty'
            ? '16 angka pada KTP atau KK'
            : undefined
      }
      extra={
        <>
          {notice}
          {info.state === 'valid' && (
            <div className="field-info row">
              <span className="grow">
                Dari NIK: lahir {formatDateId(info.birthDate)}, {SEX_LABELS[info.sex].toLowerCase()}
              </span>
              {!filled && (
                <Button small onClick={() => onFill(info.birthDate, info.sex)}>
                  Isikan
                </Button>
              )}
            </div>
          )}
          {duplicates.length > 0 && (
            <div className="field-warning">
              ⚠ NIK ini sudah tercatat untuk{' '}
              {duplicates.map((d, i) => (
                <span key={d.residentId}>
                  {i > 0 && ', '}
                  <Link to={paths.resident(d.residentId)}>{d.name}</Link> ({d.address}, RT{' '}
                  {String(d.rt).padStart(3, '0')})
                </span>
              ))}
              .
              <Checkbox
                label="Saya sudah memeriksa KTP: tetap simpan"
                checked={confirmDuplicate}
                onChange={onConfirmDuplicate}
              />
            </div>
          )}
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={19}
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/[^\d\s]/g, ''))}
          placeholder="contoh: 3275014503850002"
        />
      )}
    </Field>
  );
}
