import type { Hlc } from './hlc';
import type { RecordChange } from './protocol';

/**
 * One clock per record on the wire (protocol version 4). A record's fields mostly share the
 * stamp of the change that made it (a resident: 16 fields, one stamp), so a record is sent
 * with that stamp once, as `at`, and `hlc` lists only the stamps that differ — and every
 * stamp of a key that is no field (`deleted`). Lossless: `at` is used only when every field
 * has a stamp, and `fieldClocks` gives back exactly the map it was made from.
 */
export function withRecordClock(change: RecordChange): RecordChange {
  const fields = Object.keys(change.values);
  if (fields.length < 2 || fields.some((f) => change.hlc[f] === undefined)) return change;
  const counts = new Map<Hlc, number>();
  let at: Hlc | undefined;
  let most = 0;
  for (const f of fields) {
    const h = change.hlc[f]!;
    const n = (counts.get(h) ?? 0) + 1;
    counts.set(h, n);
    if (n > most) [at, most] = [h, n];
  }
  if (most < 2) return change;
  const hlc: Record<string, Hlc> = {};
  for (const [key, h] of Object.entries(change.hlc)) {
    if (h !== at || !Object.hasOwn(change.values, key)) hlc[key] = h;
  }
  return { ...change, hlc, at };
}

/** The per-field stamps of a record as sent, with or without `at`. */
export function fieldClocks(change: RecordChange): Record<string, Hlc> {
  const { at } = change;
  if (at === undefined) return change.hlc;
  const hlc = { ...change.hlc };
  for (const field in change.values) hlc[field] ??= at;
  return hlc;
}
