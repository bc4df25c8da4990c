import { areaParts, type AreaInput } from '../data/area-form';
import type { Role, UserArea } from '@shared/auth/roles';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { Field, TextField } from '@client/ui/field';
import { KelurahanOptions } from './KelurahanOptions';

/**
 * The area a role needs, inside the manager's area: kelurahan (fixed unless the manager is
 * admin kota), RW (fixed for a manager of one RW), RTs for a relawan.
 */
export function AreaFields({
  role,
  manager,
  value,
  errors,
  onChange,
}: {
  role: Role;
  manager: UserArea;
  value: AreaInput;
  errors: Partial<Record<keyof AreaInput, string>>;
  onChange: (value: AreaInput) => void;
}) {
  const parts = areaParts(role);
  const set = (key: keyof AreaInput, text: string) => onChange({ ...value, [key]: text });
  return (
    <>
      {parts.kelurahan &&
        (manager.kelurahanCode ? (
          <p>
            <strong>Kelurahan {findKelurahan(manager.kelurahanCode)?.name}</strong>
          </p>
        ) : (
          <Field label="Kelurahan" error={errors.kelurahanCode}>
            {(control) => (
              <select
                {...control}
                value={value.kelurahanCode}
                onChange={(e) => set('kelurahanCode', e.target.value)}
              >
                <option value="">Pilih kelurahan…</option>
                <KelurahanOptions />
              </select>
            )}
          </Field>
        ))}
      {manager.kelurahanCode && errors.kelurahanCode && (
        <div className="field-error" role="alert">
          {errors.kelurahanCode}
        </div>
      )}
      {parts.rw && (
        <TextField
          label="Nomor RW"
          inputMode="numeric"
          value={value.rw}
          disabled={manager.rw !== null}
          onChange={(e) => set('rw', e.target.value.replace(/\D/g, ''))}
          error={errors.rw}
          placeholder="contoh: 3"
        />
      )}
      {parts.rts && (
        <TextField
          label="Nomor RT"
          value={value.rts}
          onChange={(e) => set('rts', e.target.value)}
          error={errors.rts}
          placeholder="contoh: 1, 2"
          hint="Satu relawan boleh memegang beberapa RT dalam satu RW."
        />
      )}
    </>
  );
}
