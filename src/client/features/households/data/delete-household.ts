import { commitChanges, type LocalChange } from '@client/db/commit';
import { db as appDb, type PintuDb } from '@client/db/db';

/**
 * Deletes a household entered by mistake, with its residents, their doses and isoman episodes,
 * in one commit (tombstones, so the deletion syncs). Visits stay: they are history and may
 * not be deleted; without their household they are no longer shown.
 */
export async function deleteHousehold(id: string, database: PintuDb = appDb): Promise<void> {
  const [residents, doses, isoman] = await Promise.all([
    database.residents.where('householdId').equals(id).toArray(),
    database.doses.where('householdId').equals(id).toArray(),
    database.isoman.where('householdId').equals(id).toArray(),
  ]);
  const alive = <T extends { id: string; deleted?: boolean }>(rows: T[]) =>
    rows.filter((r) => !r.deleted).map((r) => r.id);
  // Children first: a tombstoned parent would make their own deletion look orphaned to sync.
  const changes: LocalChange[] = [
    ...alive(doses).map((rid): LocalChange => ({ entity: 'dose', op: 'delete', id: rid })),
    ...alive(isoman).map((rid): LocalChange => ({ entity: 'isoman', op: 'delete', id: rid })),
    ...alive(residents).map((rid): LocalChange => ({ entity: 'resident', op: 'delete', id: rid })),
    { entity: 'household', op: 'delete', id },
  ];
  await commitChanges(database, changes);
}
