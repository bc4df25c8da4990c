import type { UserArea } from '../auth/roles';
import type { EntityName } from '../domain/entities';
import type { ColumnChanges } from './column-page';

/**
 * Types of the sync protocol, shared by the device and the server. The prose version, with
 * the rules each side follows, is docs/sync-protocol.md; keep the two in step. The zod
 * schemas that check these shapes at the server are in protocol-schema.ts, kept apart so
 * the page and the service worker can use the protocol without loading zod.
 */

/**
 * Version of the record schemas and of this protocol. The server accepts this and the one
 * before. 2: follow-ups (entity `followup`); a version 1 app is never sent any (ENTITY_SINCE).
 * 3: the push answer carries `records` and `absent`, the server's state of the records a
 * device may hold otherwise (a version 2 app is answered without them).
 * 4: compact HLCs, 28 characters instead of 59 (src/shared/sync/hlc.ts), one clock per record
 * in pulls and push answers (`RecordChange.at`), and the reason `isoman` for not being
 * vaccinated. A version 3 app sends and is sent the legacy form, every stamp listed
 * (src/server/sync/wire-records.ts), and `lainnya` in place of `isoman`
 * (src/server/sync/older-apps.ts), as its form would refuse a value it does not know.
 * 5: a dose's proof (`proof`, `proofText`, `proofMismatch`), which may also be added to a
 * stored dose later (`amendable`, src/shared/domain/entities.ts). A version 4 app is sent
 * doses without them (src/server/sync/older-apps.ts); a version 3 app is told to update.
 */
export const SCHEMA_VERSION = 5;

export type Mutation = {
  /** Made on the device (UUID v7); the server keeps a receipt per id. */
  id: string;
  /** 1, 2, 3, … per device, without gaps. */
  seq: number;
  entity: EntityName;
  entityId: string;
  /** `put` sets the given fields (creating the record if new); `delete` leaves a tombstone. */
  op: 'put' | 'delete';
  values?: Record<string, unknown> | undefined;
  hlc: string;
};

export type PushRequest = {
  deviceId: string;
  schemaVersion: number;
  mutations: Mutation[];
};

export type MutationStatus = 'applied' | 'duplicate' | 'rejected';

export type MutationResult = {
  id: string;
  seq: number;
  status: MutationStatus;
  /** Indonesian, shown to the volunteer in the "Ditolak" list. */
  reason?: string;
  /**
   * With `duplicate`: what happened when the server first processed this mutation id. A
   * `rejected` original comes with its reason, so a device that lost the first answer still
   * lists the change as "Ditolak".
   */
  originalStatus?: 'applied' | 'rejected';
  /**
   * Version 3, with `applied`: fields this change set that kept another phone's later value
   * (a concurrent edit won the merge). Comes with a `reason`; the device lists the change
   * under "Ditolak" as well, so a lost edit is never silent.
   */
  superseded?: string[];
};

export type PushResponse = {
  /** One result per mutation processed, in order. Mutations after a gap are not processed. */
  results: MutationResult[];
  /** The highest sequence number of this device the server has processed. */
  lastSeq: number;
  /** Set when the batch stopped at a gap: the device must send this seq next. */
  expectedSeq?: number;
  /**
   * Version 3: the server's state, after the batch, of each record named by a rejected or
   * duplicate mutation, or by an applied one some field of which lost the merge; the device
   * takes it as from a pull (its pending changes laid over). Nothing on the server changed
   * for them, so no pull would bring them.
   */
  records?: RecordChange[];
  /** Version 3: records those mutations name that the server does not hold at all. */
  absent?: { entity: EntityName; id: string }[];
};

/** A push answer's `records` and `absent`, as the device lands them. */
export type CurrentRecords = Required<Pick<PushResponse, 'records' | 'absent'>>;

/** A record as the server holds it: fields, per-field HLCs, tombstone. */
export type RecordChange = {
  entity: EntityName;
  id: string;
  values: Record<string, unknown>;
  /** Per field (and `deleted`); from version 4 only those that differ from `at`. */
  hlc: Record<string, string>;
  /**
   * Version 4: the stamp of every field of `values` that `hlc` does not list (one clock per
   * record, src/shared/sync/record-clock.ts). Absent: `hlc` lists every stamp.
   */
  at?: string;
  deleted: boolean;
};

/**
 * `GET /api/sync/pull?encoding=columns`: the page's records as `columns` (column-page.ts)
 * instead of `changes`, about a quarter fewer bytes after gzip. Asked for by the app, so an
 * older app, which does not ask, still gets `changes`.
 */
export const PULL_ENCODING_COLUMNS = 'columns';

/** A pull answer as sent: `changes`, or, when the app asked for them, `columns`. */
export type PullWireResponse = Omit<PullResponse, 'changes'> &
  (
    | { changes: RecordChange[]; columns?: undefined }
    | { columns: ColumnChanges; changes?: undefined }
  );

/** Page size of a pull when the device does not ask for one, and the most it may ask for. */
export const PULL_DEFAULT_LIMIT = 1000;
export const PULL_MAX_LIMIT = 5000;

/** The body of every error answer (4xx, 5xx). */
export type ErrorResponse = {
  /** Stable, for programs: `bad-request`, `upgrade-required`, `payload-too-large`, … */
  error: string;
  /** For people, in Indonesian. */
  message: string;
  /** Every problem found in the request, when it was malformed. */
  issues?: string[];
};

export type PullResponse = {
  changes: RecordChange[];
  /** Opaque; send it back to continue. */
  cursor: string;
  /** More pages wait behind this one. */
  hasMore: boolean;
  /** Records still to send after this page, for the progress bar. */
  remaining: number;
  /**
   * The signed-in user's current area. A device whose data was pulled for another area drops
   * what fell outside it and pulls again from the start (src/client/sync/area-change.ts).
   */
  area?: UserArea;
  /**
   * The kota's herd-immunity target (share of eligible, e.g. 0.7), which the phone keeps for
   * its summary (src/client/db/programme.ts); absent from an older server.
   */
  target?: number;
};
