import type {
  DoseRecord,
  EntityName,
  FollowupRecord,
  HouseholdRecord,
  IsomanRecord,
  ResidentRecord,
  VisitRecord,
} from '@shared/domain/entities';
import type { OutboxChange, RejectedChange } from '@shared/sync/outbox-rows';

/**
 * What the device stores. Synced records are the shared entity records plus a few
 * device-only index fields (lower-cased search words), which are never sent.
 */
export type LocalHousehold = HouseholdRecord & { searchWords: string[] };
export type LocalResident = ResidentRecord & { nameWords: string[] };
export type LocalIsoman = IsomanRecord;
export type LocalDose = DoseRecord;
export type LocalVisit = VisitRecord;
/** Pulled only: staff hand them out (followup.ts); the phone derives whether each is done. */
export type LocalFollowup = FollowupRecord;

export type LocalRecord = {
  household: LocalHousehold;
  resident: LocalResident;
  isoman: LocalIsoman;
  dose: LocalDose;
  visit: LocalVisit;
  followup: LocalFollowup;
};

/**
 * A local change waiting to be pushed: the mutation as it will be sent, plus when it was made.
 * Stored inside its commit's outbox row (src/shared/sync/outbox-rows.ts).
 */
export type OutboxEntry = OutboxChange;

/** A change the server refused, kept for the volunteer to see ("Ditolak"); never deleted silently. */
export type RejectedEntry = RejectedChange;

/** This device's identity and counters, kept in `meta` under the key `device`. */
export type DeviceState = {
  deviceId: string;
  /** Sequence number the next local change gets. */
  nextSeq: number;
  /** Last HLC handed out or observed, so the clock never goes back across restarts. */
  lastHlc: string;
};

export type MetaEntry = { key: string; value: unknown };

/** Dexie table of each entity. */
export const TABLE_OF = {
  household: 'households',
  resident: 'residents',
  isoman: 'isoman',
  dose: 'doses',
  visit: 'visits',
  followup: 'followups',
} as const satisfies Record<EntityName, string>;

export type EntityTableName = (typeof TABLE_OF)[EntityName];
