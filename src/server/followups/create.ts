import { areaContains, HOLDS_FIELD_DATA } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import type { CreateFollowupsResponse, NewFollowup } from '@shared/followups/api';
import { HlcClock } from '@shared/sync/hlc';
import type { Mutation } from '@shared/sync/protocol';
import type { User } from '@shared/auth/api';
import type { Database, Queryable } from '../db/database';
import { findUser } from '../auth/users-data';
import { insertAuditStatement, type AuditRow } from '../data/audit';
import { lockIds, lockRecords, writeRecords, type StoredRecord } from '../data/records';
import { ApiError } from '../errors';
import { describePlace, refuseWrite, type Actor } from '../sync/actor';
import { applyMutation, type WorkingSet } from '../sync/apply';
import { auditRow } from '../sync/audit';
import { refuseRole } from '../sync/entity-roles';

/** The server's own clock for the records it writes; the node "server" never equals a device. */
export const serverClock = new HlcClock('server');

/**
 * Hands out follow-ups, all or none, in one transaction:
 *   1. Only staff roles may (ENTITY_RULES.followup.writableBy), else 403.
 *   2. Lock the follow-ups named, by id first (two requests with the same new id run one
 *      after the other), so a retry or a second click finds its ids there (`existing`,
 *      nothing changes), and the households and residents they point at.
 *   3. An id, household or resident outside the caller's area is refused first, in words that
 *      do not say whether it exists. Each new one takes its area from the household and is
 *      checked like a pushed mutation
 *      (applyMutation: schema, parent, the caller's area); its resident must live in that
 *      household, its volunteer must work door to door in that RT.
 *   4. Any problem: 400 with every reason, and nothing is stored. Otherwise the records are
 *      written with this transaction's txid, so the volunteers' next pulls bring them.
 */
export async function createFollowups(
  db: Database,
  actor: Actor,
  items: readonly NewFollowup[],
  now: () => number = Date.now,
): Promise<CreateFollowupsResponse> {
  // 1.
  const refused = refuseRole(actor, 'followup');
  if (refused) throw new ApiError(403, 'forbidden', refused);
  return db.transaction(async (tx) => {
    // 2.
    const working: WorkingSet = { records: new Map(), dirty: new Set(), moves: [] };
    await lockIds(
      tx,
      items.map((i) => i.id),
    );
    const locked = await lockRecords(
      tx,
      new Map([
        ['household', [...new Set(items.map((i) => i.householdId))]],
        ['resident', [...new Set(items.flatMap((i) => (i.residentId ? [i.residentId] : [])))]],
        ['followup', items.map((i) => i.id)],
      ]),
    );
    for (const record of locked) working.records.set(record.id, record);
    const volunteers = await findVolunteers(tx, items);
    // 3.
    const problems: string[] = [];
    const results: CreateFollowupsResponse['results'] = [];
    const audit: AuditRow[] = [];
    const at = now();
    for (const [index, item] of items.entries()) {
      const existing = working.records.get(item.id);
      // The area first: an id of another area is refused before anything says it exists.
      if (existing && refuseWrite(actor, existing)) {
        problems.push(`Baris ${index + 1}: ${ID_TAKEN}`);
        continue;
      }
      if (existing?.entity === 'followup') {
        results.push({ id: item.id, status: 'existing' });
        continue;
      }
      const problem = checkItem(working, item, volunteers.get(item.assignedTo), actor);
      if (problem) {
        problems.push(`Baris ${index + 1}: ${problem}`);
        continue;
      }
      const m = mutationOf(working, item, volunteers.get(item.assignedTo)!, actor, at);
      const outcome = applyMutation(working, m, actor, at);
      if (outcome.status === 'rejected') {
        problems.push(`Baris ${index + 1}: ${outcome.reason}`);
        continue;
      }
      results.push({ id: item.id, status: 'created' });
      const row = auditRow(undefined, working.records.get(item.id)!, m, actor);
      if (row) audit.push(row);
    }
    // 4.
    if (problems.length > 0) {
      throw new ApiError(
        400,
        'invalid-followup',
        `Tindak lanjut tidak disimpan. ${problems[0]}`,
        problems,
      );
    }
    await writeRecords(
      tx,
      'followup',
      [...working.dirty]
        .map((id) => working.records.get(id)!)
        .filter((r) => r.entity === 'followup'),
    );
    // In the household's history, like a change pushed from a device.
    if (audit.length > 0) await tx.query(insertAuditStatement(1), [JSON.stringify(audit)]);
    return { results };
  });
}

async function findVolunteers(tx: Queryable, items: readonly NewFollowup[]) {
  const users = new Map<string, User>();
  for (const id of new Set(items.map((i) => i.assignedTo))) {
    const user = await findUser(tx, id);
    if (user) users.set(id, user);
  }
  return users;
}

/** The same words for an id of another area as for one never made: no hint where it is. */
const ID_TAKEN = 'ID tindak lanjut tidak dapat dipakai; buat yang baru.';

/**
 * What applyMutation does not know: the resident's household, the volunteer's RT. A household
 * or resident outside the caller's area reads as not found, as an unknown id does.
 */
function checkItem(
  working: WorkingSet,
  item: NewFollowup,
  volunteer: User | undefined,
  actor: Actor,
): string | null {
  const household = working.records.get(item.householdId);
  if (!household || household.entity !== 'household' || refuseWrite(actor, household)) {
    return 'Data rumah tangga tidak ditemukan.';
  }
  if (item.residentId) {
    const resident = working.records.get(item.residentId);
    if (
      !resident ||
      resident.entity !== 'resident' ||
      resident.deleted ||
      refuseWrite(actor, resident)
    ) {
      return 'Data warga tidak ditemukan.';
    }
    if (resident.fields.householdId !== item.householdId) {
      return 'Warga tersebut bukan anggota rumah tangga ini.';
    }
  }
  if (!volunteer || volunteer.status !== 'active' || !HOLDS_FIELD_DATA.has(volunteer.role)) {
    return 'Relawan yang ditugasi tidak ditemukan atau tidak aktif.';
  }
  if (!areaContains(volunteer.area, household)) {
    return `${volunteer.name} tidak bertugas di ${describePlace(household)}.`;
  }
  return null;
}

function mutationOf(
  working: WorkingSet,
  item: NewFollowup,
  volunteer: User,
  actor: Actor,
  nowMs: number,
): Mutation {
  const household = working.records.get(item.householdId) as StoredRecord;
  const values = {
    householdId: item.householdId,
    residentId: item.residentId ?? null,
    kelurahanCode: household.kelurahanCode,
    rw: household.rw,
    rt: household.rt,
    kind: item.kind,
    assignedTo: volunteer.id,
    assignedToName: volunteer.name,
    assignedByName: actor.user?.name ?? null,
    note: item.note ?? null,
    dueDate: item.dueDate ?? null,
    createdAt: wibTimestamp(nowMs),
  };
  return {
    id: uuidv7(nowMs),
    seq: 0,
    entity: 'followup',
    entityId: item.id,
    op: 'put',
    values,
    hlc: serverClock.next(),
  };
}

/** `2026-11-20T10:00:00.000+07:00`: the moment in WIB, whose date is the date in the field. */
export function wibTimestamp(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
}
