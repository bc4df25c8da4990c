import { exportSealedBackup, importBackup, needsPassphrase } from '@client/db/backup';
import { db as appDb, type PintuDb } from '@client/db/db';
import { toIsoDate } from '@shared/dates';

export type ImportResult = { records: number; mutations: number };

/**
 * The backup file for the screen: the format, its checks and the merge rules are in
 * src/client/db/backup.ts, the encryption in src/client/db/backup-crypto.ts. An import of a
 * wrong or damaged file, or with a wrong passphrase, throws with an Indonesian message and
 * changes nothing.
 */
export async function exportBackupFile(
  passphrase: string,
  database: PintuDb = appDb,
): Promise<{ blob: Blob; fileName: string }> {
  const blob = await exportSealedBackup(database, passphrase);
  return { blob, fileName: `pintu-cadangan-${toIsoDate(new Date())}.json` };
}

export function importBackupFile(
  file: Blob,
  passphrase: string | undefined,
  onProgress: (done: number, total: number) => void,
  database: PintuDb = appDb,
): Promise<ImportResult> {
  return importBackup(database, file, onProgress, passphrase);
}

/** Old plain backups import at once; sealed ones first ask for their passphrase. */
export { needsPassphrase as backupNeedsPassphrase };
export { MIN_PASSPHRASE_LENGTH } from '@client/db/backup-crypto';
