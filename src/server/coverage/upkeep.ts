import type { IsoDate } from '@shared/dates';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { rebuildKelurahan } from './refresh';
import { jakartaToday } from './today';
import { CoverageWorker } from './worker';

/** How often each process asks whether today's rebuild is still to do (one statement). */
const CHECK_EVERY_MS = 60 * 60_000;
/** A claimed rebuild whose process beat no sign of life for this long is taken over. */
const CLAIM_LAPSES = '10 minutes';

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's coverage worker (tests wait for it with `settled`). */
    coverageWorker: CoverageWorker;
  }
}

/**
 * Brings every kelurahan's aggregates to `today`: a full rebuild (only changed households are
 * written). Needed once after the migration that made the aggregates, and once a day because
 * eligibility by age changes with the date alone (a child turning 6). Of all the server
 * processes on the database, the one that claims the day runs it (claimRebuild); the others,
 * and this one once it is done, answer false. `force` rebuilds without a claim.
 */
export async function updateCoverage(
  db: Database,
  today: IsoDate = jakartaToday(),
  force = false,
): Promise<boolean> {
  if (!force && !(await claimRebuild(db, today))) return false;
  try {
    const codes = await db.query<{ code: string }>(
      `SELECT DISTINCT kelurahan_code AS code FROM households
       UNION SELECT DISTINCT kelurahan_code FROM coverage_households ORDER BY 1`,
    );
    for (const { code } of codes) {
      await rebuildKelurahan(db, code, today);
      await db.query('UPDATE coverage_state SET rebuild_beat = now() WHERE rebuild_on = $1', [
        today,
      ]);
    }
    await db.query(
      `INSERT INTO coverage_state (singleton, eligibility_on) VALUES (true, $1)
       ON CONFLICT (singleton) DO UPDATE SET eligibility_on = excluded.eligibility_on`,
      [today],
    );
  } catch (error) {
    // Let the next check (of any process) try again at once.
    await db
      .query('UPDATE coverage_state SET rebuild_on = NULL WHERE rebuild_on = $1', [today])
      .catch(() => {});
    throw error;
  }
  return true;
}

/**
 * Claims today's rebuild for this process, in one statement: true when the aggregates are of
 * an earlier day and no other process has claimed today, or its claim has lapsed (no beat for
 * CLAIM_LAPSES: it stopped mid-way). Two processes claiming at once: the row lock makes the
 * second see the first's claim, so one day's rebuild runs once.
 */
export async function claimRebuild(db: Database, today: IsoDate): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO coverage_state AS s (singleton, rebuild_on, rebuild_beat) VALUES (true, $1, now())
     ON CONFLICT (singleton) DO UPDATE
       SET rebuild_on = excluded.rebuild_on, rebuild_beat = excluded.rebuild_beat
       WHERE (s.eligibility_on IS NULL OR s.eligibility_on < excluded.rebuild_on)
         AND (s.rebuild_on IS DISTINCT FROM excluded.rebuild_on
              OR s.rebuild_beat < now() - interval '${CLAIM_LAPSES}')
     RETURNING true AS claimed`,
    [today],
  );
  return rows.length > 0;
}

/**
 * Records that the aggregates count eligibility as of `today`, unless a day is recorded
 * already: after a seed, which computes every household it writes as of its day, so that the
 * next server start does not rebuild the whole city for nothing.
 */
export async function noteEligibilityDay(db: Database, today: IsoDate): Promise<void> {
  await db.query(
    `INSERT INTO coverage_state (singleton, eligibility_on) VALUES (true, $1)
     ON CONFLICT (singleton) DO NOTHING`,
    [today],
  );
}

/**
 * The aggregates' upkeep for a server: the worker that recomputes what pushes queue (started
 * when the server is ready, for rows a stopped server left behind, then after each push), and
 * updateCoverage when the server is ready and every hour (in the background: pushes go on
 * meanwhile, each kelurahan's rebuild holding the worker back only for its own transaction),
 * which rebuilds once a day across all processes. Between two rebuilds, only the age-based
 * eligibility can be behind: by a day, and an hour after midnight.
 */
export function startCoverageUpkeep(app: FastifyInstance, db: Database): CoverageWorker {
  const worker = new CoverageWorker(db, app.log);
  app.decorate('coverageWorker', worker);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  const run = () => {
    // A rebuild longer than the check interval is not checked again meanwhile.
    running ??= updateCoverage(db)
      .catch((error: unknown) => app.log.error({ err: error }, 'coverage update failed'))
      .finally(() => (running = null));
  };
  app.addHook('onReady', async () => {
    void worker.recomputeSoon();
    run();
    timer = setInterval(run, CHECK_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await Promise.all([running, worker.close()]);
  });
  return worker;
}
