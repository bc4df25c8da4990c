import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { acquireDirLock } from './dir-lock';
import { beginStatement, type Database, type Row, type Tx, type TxOptions } from './database';

/**
 * Embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) in this process. Files in
 * `<dataDir>/pglite`; without a dataDir, in memory (tests). PGlite has one session, so its
 * transactions run one at a time and never hit serialization failures.
 */
export async function openPglite(
  dataDir?: string,
  /** An in-memory database starts from this dump (`dumpDataDir`) instead of an empty one. */
  loadDataDir?: Blob,
): Promise<Database & { dump(): Promise<Blob> }> {
  let release = () => {};
  let pglite: PGlite;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    // Two processes writing one PGlite directory corrupt it; refuse rather than find out.
    release = acquireDirLock(join(dataDir, 'pglite.lock'));
    pglite = new PGlite(join(dataDir, 'pglite'));
  } else {
    pglite = new PGlite(loadDataDir ? { loadDataDir } : {});
  }
  try {
    await pglite.waitReady;
  } catch (error) {
    release();
    throw error;
  }

  // The directory lock makes this process PGlite's only user: a lock within it is enough.
  const held = new Set<number>();
  return {
    kind: 'pglite',
    dump: async () => (await pglite.dumpDataDir('none')) as Blob,
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await pglite.query<R>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await pglite.exec(sql);
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>, options: TxOptions = {}) {
      return pglite.transaction(async (t) => {
        // PGlite has already sent BEGIN; the characteristics go in SET TRANSACTION.
        const characteristics = beginStatement(options).slice('BEGIN'.length).trim();
        if (characteristics) await t.query(`SET TRANSACTION ${characteristics}`);
        return fn({
          query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
            (await t.query<R>(sql, params as unknown[])).rows,
          exec: async (sql: string) => {
            await t.exec(sql);
          },
        });
      });
    },
    async whileLocked(key: number, fn: () => Promise<void>) {
      if (held.has(key)) return false;
      held.add(key);
      try {
        await fn();
        return true;
      } finally {
        held.delete(key);
      }
    },
    async close() {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}
