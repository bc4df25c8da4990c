import { DOSE_PROOF_FIELDS } from '@shared/domain/dose';
import type { RecordChange } from '@shared/sync/protocol';

/** The first schema version whose apps know a dose's proof. */
export const DOSE_PROOF_SINCE = 5;

/**
 * A record as an app of an older schema version may be sent it. Version 5 brought a dose's
 * proof (`proof`, `proofText`, `proofMismatch`): a version 4 app has no field, label or rule
 * for them, so its pulls and push answers carry doses without them, stamps included; the
 * server keeps them. (Version 3 apps, which read `isoman` as `lainnya`, are told to update.)
 */
export function forAppVersion(change: RecordChange, schemaVersion: number): RecordChange {
  if (schemaVersion >= DOSE_PROOF_SINCE || change.entity !== 'dose') return change;
  const values = { ...change.values };
  const hlc = { ...change.hlc };
  for (const field of DOSE_PROOF_FIELDS) {
    delete values[field];
    delete hlc[field];
  }
  return { ...change, values, hlc };
}
