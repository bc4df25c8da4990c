import { commitChanges, type LocalChange } from '@client/db/commit';
import { db as appDb, type PintuDb } from '@client/db/db';

/** Deletes a resident entered by mistake, with their doses and isoman episodes (tombstones). */
export async function deleteResident(id: string, database: PintuDb = appDb): Promise<void> {
  const [doses, isoman] = await Promise.all([
    database.doses.where('residentId').equals(id).toArray(),
    database.isoman.where('residentId').equals(id).toArray(),
  ]);
  const changes: LocalChange[] = [
    ...doses.filter((d) => !d.deleted).map((d): LocalChange => ({ entity: 'dose', op: 'delete', id: d.id })),
    ...isoman.filter((e) => !e.deleted).map((e): LocalChange => ({ entity: 'isoman', op: 'delete', id: e.id })),
    { entity: 'resident', op: 'delete', id },
  ];
  await commitChanges(database, changes);
}
