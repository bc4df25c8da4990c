/**
 * A form's values against the record it edits, which may change while the form is open (a
 * pull brings another phone's edit). The form keeps what it started with (`start`) and what
 * the volunteer made of it (`edited`):
 *   - a field whose edited value differs from its start is the volunteer's: shown and saved;
 *   - any other field follows the live record: shown as it is now, never saved.
 * So saving sends only what the volunteer changed, whatever the database holds meanwhile.
 */
export type FormBaseline<T> = { start: T; edited: T };

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields the volunteer changed from the values the form started with. */
export function changedKeys<T extends object>({ start, edited }: FormBaseline<T>): (keyof T)[] {
  return (Object.keys(edited) as (keyof T)[]).filter((k) => !sameValue(edited[k], start[k]));
}

/** What the form shows: the volunteer's changes over the live values (the start if none). */
export function shownValues<T extends object>(state: FormBaseline<T>, live?: T): T {
  if (!live) return state.edited;
  const shown = { ...live };
  for (const k of changedKeys(state)) shown[k] = state.edited[k];
  return shown;
}

/**
 * The volunteer sets some fields. A field that was following the live record starts from the
 * value shown, which becomes its start: editing on top of the other phone's value is no
 * conflict with it.
 */
export function editFields<T extends object>(
  state: FormBaseline<T>,
  live: T | undefined,
  patch: Partial<T>,
): FormBaseline<T> {
  const start = { ...state.start };
  const edited = { ...state.edited };
  for (const k of Object.keys(patch) as (keyof T)[]) {
    if (live && sameValue(state.edited[k], state.start[k])) start[k] = live[k];
    edited[k] = patch[k] as T[keyof T];
  }
  return { start, edited };
}

/** Drops the volunteer's change of a field: it follows the live record again. */
export function followLive<T extends object>(state: FormBaseline<T>, field: keyof T) {
  return { start: state.start, edited: { ...state.edited, [field]: state.start[field] } };
}

/**
 * The fields the volunteer changed that also changed underneath since they started, with the
 * live value (the one saving would overwrite). A live value equal to the volunteer's is no
 * conflict.
 */
export function changedUnderneath<T extends object>(
  state: FormBaseline<T>,
  live: T | undefined,
): Partial<T> {
  const found: Partial<T> = {};
  if (!live) return found;
  for (const k of changedKeys(state)) {
    if (!sameValue(live[k], state.start[k]) && !sameValue(live[k], state.edited[k])) {
      found[k] = live[k];
    }
  }
  return found;
}

/**
 * The record fields a save writes: every field of a new record (`before` null), else those
 * whose value differs between the record built from the form's start and the one built from
 * the volunteer's values. Both are built by the same function, so a field derived from
 * others (an age's date, a reason cleared by a dose) counts only when the volunteer's change
 * moved it.
 */
export function changedRecordFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Record<string, unknown> {
  if (!before) return after;
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (!sameValue(value ?? null, before[field] ?? null)) changed[field] = value;
  }
  return changed;
}
