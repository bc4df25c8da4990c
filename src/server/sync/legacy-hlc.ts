import { legacyHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';

/** The first protocol version whose apps read compact HLCs (`src/shared/sync/hlc.ts`). */
export const COMPACT_HLC_SINCE = 4;

/**
 * Records as an app of `schemaVersion` reads them: before version 4 every HLC in the legacy
 * form (its code parses nothing else), the node kept compact, so it orders them by time as
 * the server does. Stamps are stored compact; a version 3 app's are made so on arrival.
 */
export function recordsForVersion(
  records: RecordChange[],
  schemaVersion: number | undefined,
): RecordChange[] {
  if (schemaVersion === undefined || schemaVersion >= COMPACT_HLC_SINCE) return records;
  return records.map((r) => {
    const hlc: Record<string, string> = {};
    for (const field in r.hlc) hlc[field] = legacyHlc(r.hlc[field]!);
    return { ...r, hlc };
  });
}
