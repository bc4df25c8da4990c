import type { IsoDate } from '@shared/dates';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { rebuildKelurahan } from './refresh';
import { jakartaToday } from './today';
import { CoverageWorker } from './worker';

const DAY_MS = 24 * 60 * 60_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's coverage worker (tests wait for it with `settled`). */
    coverageWorker: CoverageWorker;
  }
}

/**
 * Brings every kelurahan's aggregates to `today`: a full rebuild (only changed households are
 * written). Needed once after the migration that made the aggregates, and once a day because
 * eligibility by age changes with the date alone (a child turning 6). Does nothing when done
 * for this day already, unless `force`.
 */
export async function updateCoverage(
  db: Database,
  today: IsoDate = jakartaToday(),
  force = false,
): Promise<boolean> {
  const [state] = await db.query<{ eligibility_on: string | null }>(
    `SELECT to_char(eligibility_on, 'YYYY-MM-DD') AS eligibility_on FROM coverage_state`,
  );
  if (!force && state?.eligibility_on === today) return false;
  const codes = await db.query<{ code: string }>(
    `SELECT DISTINCT kelurahan_code AS code FROM households
     UNION SELECT DISTINCT kelurahan_code FROM coverage_households ORDER BY 1`,
  );
  for (const { code } of codes) await rebuildKelurahan(db, code, today);
  await db.query(
    `INSERT INTO coverage_state (singleton, eligibility_on) VALUES (true, $1)
     ON CONFLICT (singleton) DO UPDATE SET eligibility_on = excluded.eligibility_on`,
    [today],
  );
  return true;
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
 * updateCoverage when the server is ready (in the background: pushes go on meanwhile, each
 * kelurahan's rebuild holding the worker back only for its own transaction) and every 24
 * hours. Between two runs, only the age-based eligibility can be behind, by at most a day.
 */
export function startCoverageUpkeep(app: FastifyInstance, db: Database): CoverageWorker {
  const worker = new CoverageWorker(db, app.log);
  app.decorate('coverageWorker', worker);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = updateCoverage(db).catch((error: unknown) =>
      app.log.error({ err: error }, 'coverage update failed'),
    );
  };
  app.addHook('onReady', async () => {
    void worker.kick();
    run();
    timer = setInterval(run, DAY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await Promise.all([running, worker.close()]);
  });
  return worker;
}
