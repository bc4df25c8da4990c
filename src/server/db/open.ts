import { join } from 'node:path';
import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** PostgreSQL at `databaseUrl` when given, else PGlite in `<dataDir>/pglite`. */
export function openDatabase(options: { databaseUrl?: string; dataDir: string }) {
  if (options.databaseUrl) return Promise.resolve(openPostgres(options.databaseUrl));
  return openPglite(options.dataDir);
}

export function describeDatabase(db: Database, options: { dataDir: string }): string {
  return db.kind === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${join(options.dataDir, 'pglite')}`;
}
