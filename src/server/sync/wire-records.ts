import { legacyHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';
import { withRecordClock } from '@shared/sync/record-clock';

/** The first protocol version whose apps read compact HLCs and one clock per record. */
export const COMPACT_HLC_SINCE = 4;

/**
 * Records as an app of `schemaVersion` reads them. From version 4 with one clock per record
 * (`at`, src/shared/sync/record-clock.ts). Before, every HLC in the legacy form (its code
 * parses nothing else), the node kept compact, so it orders them by time as the server does;
 * stamps are stored compact, a version 3 app's made so on arrival (push.ts).
 */
export function recordsForVersion(
  records: RecordChange[],
  schemaVersion: number | undefined,
): RecordChange[] {
  if (schemaVersion === undefined || schemaVersion >= COMPACT_HLC_SINCE) {
    return records.map(withRecordClock);
  }
  return records.map((r) => {
    const hlc: Record<string, string> = {};
    for (const field in r.hlc) hlc[field] = legacyHlc(r.hlc[field]!);
    return { ...r, hlc };
  });
}
