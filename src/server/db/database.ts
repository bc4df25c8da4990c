/**
 * The one small interface the rest of the server sees, whichever PostgreSQL is behind it
 * (PGlite in this process, or a server through a `pg` pool). SQL lives in `data/` functions
 * that take a `Queryable` (usually the transaction) as their first argument.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A transaction in progress; the same shape as the database, so data functions take either. */
export type Tx = Queryable;

export type TxOptions = {
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  readOnly?: boolean;
};

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. On
   * PostgreSQL, serialization failures and deadlocks (40001, 40P01) run `fn` again, so `fn`
   * must not change anything outside the database before it returns.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
  /**
   * Runs `fn` while this process holds the session advisory lock `key`, for work of many
   * transactions that one server process of several must do alone (the demo seed). Returns
   * false at once, without running `fn`, when another session holds the lock.
   */
  whileLocked(key: number, fn: () => Promise<void>): Promise<boolean>;
  close(): Promise<void>;
}

export function beginStatement(options: TxOptions = {}): string {
  const parts = ['BEGIN'];
  if (options.isolation) parts.push(`ISOLATION LEVEL ${options.isolation.toUpperCase()}`);
  if (options.readOnly) parts.push('READ ONLY');
  return parts.join(' ');
}

/** SQLSTATEs after which the whole transaction may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryable(error: unknown): boolean {
  return RETRYABLE.has((error as { code?: string } | null)?.code ?? '');
}

/** Runs `attempt` again after a retryable failure, with a short randomized pause. */
export async function withRetry<T>(attempt: () => Promise<T>, maxAttempts = 8): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= maxAttempts || !isRetryable(error)) throw error;
      const pause = Math.random() * Math.min(200, 5 * 2 ** n);
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}
