import { toIsoDate } from '@shared/dates';

export type ImportResult = { records: number; mutations: number };

// Placeholder until src/client/db/backup.ts (exportBackup, importBackup) lands; the screen is
// built around those signatures.
export async function exportBackupFile(): Promise<{ blob: Blob; fileName: string }> {
  void toIsoDate;
  throw new Error('Ekspor cadangan belum tersedia di versi ini.');
}

export async function importBackupFile(
  _file: Blob,
  _onProgress: (done: number, total: number) => void,
): Promise<ImportResult> {
  throw new Error('Impor cadangan belum tersedia di versi ini.');
}
