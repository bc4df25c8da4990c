import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { FieldErrors } from '@shared/domain/validation';

/**
 * Form values with their first state, so the form knows whether it holds unsaved edits
 * (reported with useUnsavedChanges), and the per-field messages to show.
 */
export function useFormState<T extends object>(initial: T) {
  const [start, setStart] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    // The message goes once the field changes; the next save checks again.
    setErrors((e) => {
      if (!((field as string) in e)) return e;
      const { [field as string]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  const isDirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(start), [values, start]);

  /** After a save: the saved values become the clean state. */
  const markSaved = useCallback((saved: T) => {
    setStart(saved);
    setValues(saved);
    setErrors({});
  }, []);

  return { values, set, setValues, errors, setErrors, isDirty, markSaved };
}

/**
 * Splits messages into those shown beside a field of this form and the rest, shown at the
 * top. A message for `location.lat` belongs to the field `location`.
 */
export function splitErrors(
  errors: FieldErrors,
  fields: readonly string[],
): { byField: FieldErrors; other: string[] } {
  const byField: FieldErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) byField[field] ??= message;
    else other.push(message);
  }
  return { byField, other };
}

/**
 * What a failed save tells the form: a ValidationError's per-field messages, or one message
 * for the top of the form (a refused change, or a storage failure).
 */
export function errorsFromSave(error: unknown): FieldErrors {
  // By name, not instanceof: importing ValidationError would load zod into every screen.
  if (error instanceof Error && error.name === 'ValidationError' && 'fieldErrors' in error) {
    return error.fieldErrors as FieldErrors;
  }
  if (error instanceof Error && error.name === 'ChangeRefusedError') return { _: error.message };
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return { _: `Gagal menyimpan di perangkat${detail}. Coba lagi.` };
}

/**
 * After a save that failed validation, moves to the first field with a message, so the
 * volunteer sees what to fix even when it is above or below the screen.
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, errors: FieldErrors) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('[role="alert"]');
    target?.scrollIntoView({ block: 'center' });
    if (target?.matches('input, select, textarea')) target.focus({ preventScroll: true });
  }, [form, errors]);
}
