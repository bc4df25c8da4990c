import pg from 'pg';
import {
  beginStatement,
  withRetry,
  type Database,
  type Row,
  type Tx,
  type TxOptions,
} from './database';

/** A PostgreSQL server through a `pg` pool (DATABASE_URL). */
export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process; the pool drops it.
  pool.on('error', () => {});

  return {
    kind: 'postgres',
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, params as unknown[])).rows as R[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    transaction<T>(fn: (tx: Tx) => Promise<T>, options: TxOptions = {}) {
      return withRetry(async () => {
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query(beginStatement(options));
          const tx: Tx = {
            query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
              (await client.query(sql, params as unknown[])).rows as R[],
            exec: async (sql: string) => {
              await client.query(sql);
            },
          };
          const result = await fn(tx);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          try {
            await client.query('ROLLBACK');
          } catch {
            broken = true; // the connection is gone; do not return it to the pool
          }
          throw error;
        } finally {
          client.release(broken);
        }
      });
    },
    async whileLocked(key: number, fn: () => Promise<void>) {
      // Its own connection for the whole of `fn`: a session lock belongs to one connection.
      const client = await pool.connect();
      let broken = false;
      try {
        const [row] = (await client.query('SELECT pg_try_advisory_lock($1) AS held', [key]))
          .rows as { held: boolean }[];
        if (!row?.held) return false;
        try {
          await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => (broken = true));
        }
        return true;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
