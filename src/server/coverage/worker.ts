import type { Database } from '../db/database';
import { markAggregatesOnly } from '../data/changes';
import { takeQueuedHouseholds } from '../data/coverage-queue';
import { refreshHouseholds } from './refresh';
import { lockWorkerRound } from './store';
import { jakartaToday } from './today';

/** Households recomputed per transaction: a few hundred keep each one short. */
const BATCH = 400;
/**
 * After a push calls `recomputeSoon`, the worker waits this long before a round, so a burst of pushes is
 * recomputed in a few rounds instead of one round between every two pushes (on PGlite's one
 * session those rounds would queue behind the pushes). A dashboard asking skips the wait.
 */
const GATHER_MS = 50;
/** After a failure (the database gone for a moment), the next try. */
const RETRY_MS = 5_000;

type Log = { error: (obj: object, msg: string) => void };

/**
 * Recomputes the households that pushes queued (coverage_queue) after their commit, so a push
 * pays one queued row per household instead of reading its households back and computing
 * them. One pass at a time per server: `recomputeSoon` after a push starts one (after GATHER_MS), or
 * asks the running one to go round again; each round takes up to BATCH queue rows and
 * recomputes their households in one transaction, until the queue is empty. Pushes arriving
 * meanwhile are handled together in the next round, so a burst of pushes costs a few large
 * recomputes. Rounds of all server processes on one database take turns (lockWorkerRound).
 *
 * The dashboards call `settled` first: their answer includes every push committed before the
 * request, to whichever process it went (unless the queue needs longer than the wait they
 * allow): the pass ends with a round, begun after the call, that waited for any other
 * process's round and then found the queue empty.
 */
export class CoverageWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  /** A dashboard waits: no gathering pause until the pass ends. */
  private urgent = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    private readonly log: Log,
  ) {}

  /** Something was queued (or may be, after a restart): recompute it soon. */
  recomputeSoon(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.again = true;
    this.running ??= this.loop();
    return this.running;
  }

  /**
   * Resolves when every household queued before the call is recomputed, or after `waitMs`
   * (then with false: the answer may miss the latest pushes).
   */
  async settled(waitMs = 3_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), waitMs);
    });
    try {
      this.urgent = true;
      const done = this.recomputeSoon();
      this.wake?.();
      return await Promise.race([done.then(() => true), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops taking new rounds and waits for the current one (server shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    try {
      while (this.again && !this.closed) {
        if (!this.urgent) await this.pause(GATHER_MS);
        this.again = false;
        await this.drain();
      }
    } finally {
      this.running = null;
      this.urgent = false;
    }
  }

  /** Waits `ms`, or less if `settled` or `close` wakes it. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.closed && (await this.round()) > 0);
    } catch (error) {
      // The rows stay queued (the round rolled back); try again later.
      this.log.error({ err: error }, 'coverage worker failed; retrying');
      clearTimeout(this.retry);
      this.retry = setTimeout(() => void this.recomputeSoon(), RETRY_MS);
      this.retry.unref();
    }
  }

  private round(): Promise<number> {
    return workerRound(this.db);
  }
}

/**
 * One transaction, one process's turn at a time: take queued rows, recompute their
 * households. Answers how many households. `beforeRecompute` lets a test hold a round open.
 */
export function workerRound(db: Database, beforeRecompute?: () => Promise<void>): Promise<number> {
  return db.transaction(async (tx) => {
    await markAggregatesOnly(tx);
    await lockWorkerRound(tx);
    const ids = await takeQueuedHouseholds(tx, BATCH);
    await beforeRecompute?.();
    await refreshHouseholds(tx, ids, jakartaToday());
    return ids.length;
  });
}
