import { compareHlc, type Hlc } from './hlc';

/**
 * Field-by-field last-writer-wins merge. A record's state is its values and, per field, the
 * HLC of the write that set it. Merging is commutative, associative and idempotent, so every
 * replica that has seen the same writes holds the same record whatever the order.
 *
 * `deleted` is a field like any other, except that a tombstone never comes back to life.
 */
export type FieldState = {
  values: Record<string, unknown>;
  hlc: Record<string, Hlc>;
};

export type MergeResult = FieldState & { changed: string[] };

export function mergeFieldState(
  current: FieldState | undefined,
  incoming: FieldState,
): MergeResult {
  const values = { ...(current?.values ?? {}) };
  const hlc = { ...(current?.hlc ?? {}) };
  const changed: string[] = [];
  for (const [field, value] of Object.entries(incoming.values)) {
    const incomingHlc = incoming.hlc[field];
    if (incomingHlc === undefined) continue;
    const currentHlc = hlc[field];
    const later = currentHlc === undefined || compareHlc(incomingHlc, currentHlc) > 0;
    if (field === 'deleted') {
      if (value !== true) continue;
      if (values.deleted === true) {
        // Already a tombstone: keep the later stamp too, so every replica holds the same HLCs
        // whichever delete arrived first. The value does not change.
        if (later) hlc.deleted = incomingHlc;
        continue;
      }
    } else if (!later) continue;
    values[field] = value;
    hlc[field] = incomingHlc;
    changed.push(field);
  }
  return { values, hlc, changed };
}

/** The field state of a mutation: every field it sets carries the mutation's one HLC. */
export function fieldStateOf(values: Record<string, unknown>, at: Hlc): FieldState {
  const hlc: Record<string, Hlc> = {};
  for (const field of Object.keys(values)) hlc[field] = at;
  return { values, hlc };
}
