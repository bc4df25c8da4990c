import Dexie, { type Table } from 'dexie';
import type {
  LocalDose,
  LocalFollowup,
  LocalHousehold,
  LocalIsoman,
  LocalResident,
  LocalVisit,
  MetaEntry,
  RejectedEntry,
} from './schema';
import type { OutboxChange, OutboxRow } from '@shared/sync/outbox-rows';
import { wordsOf } from './search-words';
import { compactStoredHlcs } from './upgrade-compact-hlc';
import { atRestMiddleware, AtRestState } from './at-rest';

/**
 * The device database. Every schema version lives here, oldest first; never edit a version
 * that has shipped, add the next one.
 *
 * Indexes:
 * - `[kelurahanCode+rw+rt]` on every field table: the RT list and the RW summary read one
 *   compound range (an RW is `[kel, rw, minKey]`–`[kel, rw, maxKey]`).
 * - `*nameWords`, `nik` on residents and `*searchWords`, `kkNumber` on households: search by
 *   name prefix, NIK prefix, address and KK.
 * - `householdId` / `residentId`: a household page reads its residents, doses, visits.
 * Version 2 adds `followups` (same area index; by household and resident for the household
 * page and the done check).
 * Version 3 keeps pending changes as one row per commit (`outboxRows`, src/shared/sync/
 * outbox-rows.ts) instead of one row per change (`outbox`): IndexedDB pays per row.
 * Version 4 stores the spelling keys of names beside their words (`search-words.ts`), so
 * "rudy" finds "Rudi": the same indexes, their words made again.
 * Version 5 stores compact HLCs (upgrade-compact-hlc.ts).
 * Version 6 seals records at rest (at-rest.ts): residents are found by a keyed hash of the
 * NIK (`nikKey`) and households by one of the KK (`kkKey`); the indexes of clear words and
 * numbers are dropped (names are searched in memory). Sealing needs the data key, which only
 * the PIN opens: the records of a phone upgraded from version 5 are sealed at its first
 * unlock (at-rest-key.ts `sealClearRecords`), in the same step that makes its key.
 */
export class PintuDb extends Dexie {
  households!: Table<LocalHousehold, string>;
  residents!: Table<LocalResident, string>;
  isoman!: Table<LocalIsoman, string>;
  doses!: Table<LocalDose, string>;
  visits!: Table<LocalVisit, string>;
  followups!: Table<LocalFollowup, string>;
  outboxRows!: Table<OutboxRow, number>;
  rejected!: Table<RejectedEntry, string>;
  meta!: Table<MetaEntry, string>;
  /** The data key while unlocked (at-rest.ts); every read and write goes through it. */
  readonly atRest = new AtRestState();

  constructor(name = 'pintu') {
    super(name);
    this.use(atRestMiddleware(this.atRest));
    this.version(1).stores({
      households: 'id, [kelurahanCode+rw+rt], *searchWords, kkNumber',
      residents: 'id, householdId, [kelurahanCode+rw+rt], nik, *nameWords',
      isoman: 'id, residentId, householdId, [kelurahanCode+rw+rt]',
      doses: 'id, residentId, householdId, [kelurahanCode+rw+rt]',
      visits: 'id, householdId, [kelurahanCode+rw+rt]',
      outbox: 'seq, &id, entityId',
      rejected: 'id, rejectedAt',
      meta: 'key',
    });
    // 2: follow-ups handed out by the lurah or ketua RW, by area, household and resident.
    this.version(2)
      .stores({ followups: 'id, householdId, residentId, [kelurahanCode+rw+rt]' })
      // A version 1 phone was never sent follow-ups and its cursor is past them: the area
      // downloads again (pending local changes are kept, see apply-pulled).
      .upgrade(async (tx) => {
        const sync = (await tx.table('meta').get('sync')) as MetaEntry | undefined;
        if (sync && (sync.value as { cursor?: unknown }).cursor) {
          await tx
            .table('meta')
            .put({ key: 'sync', value: { ...(sync.value as object), cursor: null } });
        }
      });
    // 3: one outbox row per commit. A new store name, so a service worker of the previous
    // version (which reads `outbox` with plain IndexedDB) finds no outbox and pushes nothing,
    // instead of reading rows it does not understand. Pending changes move over, each as a
    // row of its own (their commits were not recorded), in order. The row is written out here
    // rather than made with `rowOf`, so this module, which every screen loads, imports none of
    // the row logic.
    this.version(3)
      .stores({ outbox: null, outboxRows: 'seq, *entityIds, size' })
      .upgrade(async (tx) => {
        const pending = (await tx.table('outbox').orderBy('seq').toArray()) as OutboxChange[];
        const rows: OutboxRow[] = pending.map((change) => ({
          seq: change.seq,
          size: 1,
          changes: [change],
          entityIds: [change.entityId],
        }));
        await tx.table('outboxRows').bulkAdd(rows);
      });
    // 4: search words with spelling keys. Same stores; the words of every name made again.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('residents')
          .toCollection()
          .modify((r: LocalResident) => {
            r.nameWords = wordsOf(r.name);
          });
        await tx
          .table('households')
          .toCollection()
          .modify((h: LocalHousehold) => {
            h.searchWords = wordsOf(h.headName, h.street, h.houseNumber);
          });
      });
    // 5: compact HLCs (protocol version 4); no store changes.
    this.version(5).stores({}).upgrade(compactStoredHlcs);
    // 6: records sealed at rest. Only the indexes change here: the clear ones go, before any
    // record is written with a hash; the records are sealed at the first unlock.
    this.version(6).stores({
      households: 'id, [kelurahanCode+rw+rt], kkKey',
      residents: 'id, householdId, [kelurahanCode+rw+rt], nikKey',
    });
  }

  /**
   * How many changes wait to be pushed, from the outbox rows' `size` index (no row is read).
   * Here, not in outbox.ts, so the screens that show the count load nothing more.
   */
  async countPending(): Promise<number> {
    const sizes = (await this.outboxRows.orderBy('size').keys()) as number[];
    return sizes.reduce((sum, n) => sum + n, 0);
  }

  get fieldTables() {
    return [this.households, this.residents, this.isoman, this.doses, this.visits, this.followups];
  }
}

/**
 * The app's one database: it refuses to store personal data in clear (at-rest.ts). Tests make
 * their own `new PintuDb(name)`, which store in clear until given a key.
 */
export const db = new PintuDb();
db.atRest.required = true;
