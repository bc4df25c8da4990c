import type { RecordChange } from '@shared/sync/protocol';

/**
 * What an app of an older schema version is sent in place of values it does not know. Its
 * pulls land rows without checking them, but its resident form would refuse an unknown
 * reason and its screens have no label for it: version 4 brought the reason `isoman`, which a
 * version 3 app reads as `lainnya` (its nearest); the server keeps the true value.
 */
export function forAppVersion(change: RecordChange, schemaVersion: number): RecordChange {
  if (schemaVersion >= 4 || change.entity !== 'resident') return change;
  if (change.values['notVaccinatedReason'] !== 'isoman') return change;
  return { ...change, values: { ...change.values, notVaccinatedReason: 'lainnya' } };
}
