import type { ReactNode } from 'react';
import { Button } from './button';

/**
 * Beside a field the volunteer changed that another phone changed too while the form was
 * open: what it holds now, that saving overwrites it, and a button to take it instead.
 */
export function ChangedElsewhere({ value, onTake }: { value: string; onTake: () => void }) {
  const sentence =
    value === ''
      ? 'Dikosongkan di perangkat lain saat formulir terbuka. Simpan akan menimpa.'
      : `Diubah di perangkat lain menjadi “${value}” saat formulir terbuka. Simpan akan menimpa.`;
  return (
    <div className="field-warning changed-elsewhere" role="status">
      <span>⚠ {sentence}</span>{' '}
      <Button small onClick={onTake}>
        {value === '' ? 'Kosongkan juga' : `Pakai “${value}”`}
      </Button>
    </div>
  );
}

/**
 * `notice(field)`: the ChangedElsewhere line for a field of a form, or nothing when the field
 * did not change underneath. `describe` says a value the way the form shows it.
 */
export function changedElsewhereNotices<T extends object>(
  underneath: Partial<T>,
  takeLive: (field: keyof T) => void,
  describe: (field: keyof T, value: T[keyof T]) => string,
): (field: keyof T) => ReactNode {
  return (field) =>
    field in underneath ? (
      <ChangedElsewhere
        value={describe(field, underneath[field] as T[keyof T])}
        onTake={() => takeLive(field)}
      />
    ) : null;
}
