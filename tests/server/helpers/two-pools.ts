// Two server processes on one PostgreSQL, as far as the database can tell: one test database
// and two `pg` pools to it, each its own sessions (advisory locks, snapshots, row locks are per
// session, so what the pools share is exactly what two processes share). PostgreSQL only.
import type { Database } from '@server/db/database';
import { migrate } from '@server/db/migrate';
import { openPostgres } from '@server/db/postgres';
import { createTestDatabase } from './databases';

export type TwoPools = { url: string; dbs: [Database, Database]; close(): Promise<void> };

export async function openTwoPools(serverUrl: string): Promise<TwoPools> {
  const own = await createTestDatabase(serverUrl);
  const dbs: [Database, Database] = [openPostgres(own.url), openPostgres(own.url)];
  await migrate(dbs[0]);
  return {
    url: own.url,
    dbs,
    close: async () => {
      await Promise.all(dbs.map((db) => db.close()));
      await own.drop();
    },
  };
}
