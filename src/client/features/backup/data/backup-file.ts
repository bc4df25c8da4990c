import { exportBackup, importBackup } from '@client/db/backup';
import { db as appDb, type PintuDb } from '@client/db/db';
import { toIsoDate } from '@shared/dates';

export type ImportResult = { records: number; mutations: number };

/**
 * The backup file for the screen: the format, its checks and the merge rules are in
 * src/client/db/backup.ts. An import of a wrong or damaged file throws with an Indonesian
 * message and changes nothing.
 */
export async function exportBackupFile(
  database: PintuDb = appDb,
): Promise<{ blob: Blob; fileName: string }> {
  const blob = await exportBackup(database);
  return { blob, fileName: `pintu-cadangan-${toIsoDate(new Date())}.json` };
}

export function importBackupFile(
  file: Blob,
  onProgress: (done: number, total: number) => void,
  database: PintuDb = appDb,
): Promise<ImportResult> {
  return importBackup(database, file, onProgress);
}
