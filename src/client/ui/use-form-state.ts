import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { FieldErrors } from '@shared/domain/validation';
import {
  changedKeys,
  changedUnderneath,
  editFields,
  followLive,
  shownValues,
  type FormBaseline,
} from './form-baseline';

/**
 * Form values with the values the form started with, so the form knows which fields the
 * volunteer changed (the only ones a save writes; `isDirty` for useUnsavedChanges), and the
 * per-field messages to show.
 *
 * `live` is the record as the database holds it now, as form values (absent for a new
 * record). Fields the volunteer has not changed show it, so an edit from another phone that
 * arrives while the form is open appears at once; `underneath` lists the fields they changed
 * that changed there too, with the value saving would overwrite (see form-baseline.ts).
 */
export function useFormState<T extends object>(initial: T, live?: T) {
  const [state, setState] = useState<FormBaseline<T>>({ start: initial, edited: initial });
  const [errors, setErrors] = useState<FieldErrors>({});
  const liveRef = useRef(live);
  liveRef.current = live;

  const dropErrors = useCallback((fields: string[]) => {
    // The message goes once the field changes; the next save checks again.
    setErrors((e) => {
      if (!fields.some((f) => f in e)) return e;
      return Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k)));
    });
  }, []);

  const set = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => {
      const patch: Partial<T> = {};
      patch[field] = value;
      setState((s) => editFields(s, liveRef.current, patch));
      dropErrors([field as string]);
    },
    [dropErrors],
  );

  /** Sets several fields at once, as the volunteer's changes. */
  const setFields = useCallback(
    (patch: Partial<T>) => {
      setState((s) => editFields(s, liveRef.current, patch));
      dropErrors(Object.keys(patch));
    },
    [dropErrors],
  );

  const values = useMemo(() => shownValues(state, live), [state, live]);
  const isDirty = changedKeys(state).length > 0;
  const underneath = useMemo(() => changedUnderneath(state, live), [state, live]);

  /** Takes the live value of a field that changed underneath: the volunteer's change goes. */
  const takeLive = useCallback((field: keyof T) => setState((s) => followLive(s, field)), []);

  /** After a save: the saved values become the clean state. */
  const markSaved = useCallback((saved: T) => {
    setState({ start: saved, edited: saved });
    setErrors({});
  }, []);

  return {
    values,
    /** The values the form started with, and the volunteer's: what a save compares. */
    start: state.start,
    edited: state.edited,
    set,
    setFields,
    errors,
    setErrors,
    isDirty,
    underneath,
    takeLive,
    markSaved,
  };
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
 * volunteer sees what to fix even when it is above or below the screen: the whole field,
 * label to message, comes into view clear of the top bar and of the sticky Simpan bar and
 * bottom menu (the `.field` scroll margins in components.css), and its control gets focus.
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, errors: FieldErrors) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('[role="alert"]');
    (target?.closest<HTMLElement>('.field') ?? target)?.scrollIntoView({ block: 'nearest' });
    if (target?.matches('input, select, textarea')) target.focus({ preventScroll: true });
  }, [form, errors]);
}
