import Dexie from 'dexie';
import type { PintuDb } from '@client/db/db';
import type { LocalFollowup } from '@client/db/schema';
import type { Role } from '@shared/auth/roles';
import { householdAddress } from '@shared/domain/household-address';
import { isFollowupOpen, type FollowupKind } from '@shared/domain/followup-status';
import type { NotVaccinatedReason } from '@shared/domain/vaccination';
import type { Area } from '@shared/wilayah/wilayah';

/** One thing to do, as the volunteer's list shows it. */
export type OpenFollowup = {
  id: string;
  kind: FollowupKind;
  rt: number;
  householdId: string;
  /** The resident to vaccinate, or the head of the household to revisit. */
  name: string;
  address: string;
  reason: NotVaccinatedReason | null;
  note: string | null;
  dueDate: string | null;
  assignedToName: string;
  assignedByName: string | null;
};

export type RtFollowups = { rt: number; items: OpenFollowup[] };

/** Whose list this is: a relawan sees what was given to them; a ketua RW everything. */
export type ListOwner = { userId: string; role: Role } | null;

/**
 * The open follow-ups of the area's RW on this phone, by RT. Done ones drop out as soon as
 * the dose or visit that closes them is recorded here or pulled from the server: whether one
 * is open is derived every time (@shared/domain/followup-status), never stored.
 *   1. the follow-ups of the RW (one range read), cancelled ones left out;
 *   2. their residents, households, doses and visits, by index (no read per row);
 *   3. the open ones, grouped by RT, the ones due first.
 */
export async function readOpenFollowups(
  db: PintuDb,
  area: Area,
  owner: ListOwner,
): Promise<RtFollowups[]> {
  // 1.
  const { kelurahanCode: kel, rw } = area;
  const followups = (
    await db.followups
      .where('[kelurahanCode+rw+rt]')
      .between([kel, rw, Dexie.minKey], [kel, rw, Dexie.maxKey], true, true)
      .toArray()
  ).filter((f) => !f.deleted && mine(f, owner));
  return openByRt(db, followups);
}

/**
 * The open follow-ups of one household, whoever they were given to (the volunteer at the
 * door sees what the lurah asked for this house), the ones due first.
 */
export async function readHouseholdFollowups(
  db: PintuDb,
  householdId: string,
): Promise<OpenFollowup[]> {
  const followups = (await db.followups.where('householdId').equals(householdId).toArray()).filter(
    (f) => !f.deleted,
  );
  return (await openByRt(db, followups)).flatMap((g) => g.items);
}

/** Steps 2 and 3 of readOpenFollowups. */
async function openByRt(db: PintuDb, followups: LocalFollowup[]): Promise<RtFollowups[]> {
  if (followups.length === 0) return [];
  // 2.
  const residentIds = [...new Set(followups.flatMap((f) => (f.residentId ? [f.residentId] : [])))];
  const householdIds = [...new Set(followups.map((f) => f.householdId))];
  const [residents, households, doses, visits] = await Promise.all([
    db.residents.bulkGet(residentIds),
    db.households.bulkGet(householdIds),
    db.doses.where('residentId').anyOf(residentIds).toArray(),
    db.visits.where('householdId').anyOf(householdIds).toArray(),
  ]);
  const residentOf = new Map(residents.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const householdOf = new Map(households.flatMap((h) => (h ? [[h.id, h] as const] : [])));
  // 3.
  const byRt = new Map<number, OpenFollowup[]>();
  for (const f of followups) {
    const household = householdOf.get(f.householdId);
    const resident = f.residentId ? residentOf.get(f.residentId) : undefined;
    const gone =
      !household ||
      !!household.deleted ||
      (f.kind === 'belum-vaksin' &&
        (!resident || !!resident.deleted || resident.residenceStatus !== 'aktif'));
    if (!isFollowupOpen(f, { doses, visits, gone })) continue;
    const list = byRt.get(f.rt) ?? [];
    list.push({
      id: f.id,
      kind: f.kind,
      rt: f.rt,
      householdId: f.householdId,
      name: resident?.name ?? household!.headName,
      address: householdAddress(household!),
      reason: resident?.notVaccinatedReason ?? null,
      note: f.note ?? null,
      dueDate: f.dueDate ?? null,
      assignedToName: f.assignedToName,
      assignedByName: f.assignedByName ?? null,
    });
    byRt.set(f.rt, list);
  }
  return [...byRt]
    .sort(([a], [b]) => a - b)
    .map(([rt, items]) => ({ rt, items: items.sort(dueFirst) }));
}

export function countOpen(groups: readonly RtFollowups[]): number {
  return groups.reduce((n, g) => n + g.items.length, 0);
}

function mine(f: LocalFollowup, owner: ListOwner): boolean {
  return !owner || owner.role !== 'relawan' || f.assignedTo === owner.userId;
}

function dueFirst(a: OpenFollowup, b: OpenFollowup): number {
  const due = (a.dueDate ?? '9999') .localeCompare(b.dueDate ?? '9999');
  return due || a.address.localeCompare(b.address, 'id') || a.name.localeCompare(b.name, 'id');
}
