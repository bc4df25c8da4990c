import cluster from 'node:cluster';
import { buildApp } from './app';
import { runPrimary } from './cluster';
import { ConfigError, loadConfig } from './config';
import { describeDatabase, openDatabase } from './db/open';
import { migrate } from './db/migrate';
import { analyze } from './data/maintenance';
import { seedDemo } from './seed/demo';
import { demoAccountsTable, seedDemoAccounts } from './seed/demo-accounts';
import { seedDemoReports } from './seed/demo-reports';

/**
 * Starts Pintu: configuration, database and migrations, then HTTP on one port, then (first
 * start only) the synthetic demo data in the background. Stops gracefully on SIGTERM/SIGINT:
 * no new connections, requests in flight and the current demo transaction finish, new
 * requests on kept-alive connections get 503 + Retry-After (drain.ts), the database closes.
 * `npm start` (scripts/start.mjs) builds the PWA first and then runs this. With WORKERS=n this
 * process only forks and watches n such servers on the one port (cluster.ts).
 */
const ANALYZE_EVERY_MS = 10 * 60_000;

/** An arbitrary constant: of several processes starting together, one seeds the demo. */
const SEED_LOCK = 7_372_485;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config.workers);

  const db = await openDatabase(config);
  const app = await buildApp({
    db,
    staticDir: config.staticDir,
    logger: { level: config.logLevel },
    programme: config.programme,
    trustProxy: config.trustProxy,
    tiles: config.tiles,
  });
  app.addHook('onClose', () => db.close());
  const applied = await migrate(db);
  app.log.info({ database: describeDatabase(db, config), migrations: applied }, 'database ready');

  await analyze(db);
  // PGlite has no autovacuum: keep the planner's statistics fresh as data arrives.
  const maintenance =
    db.kind === 'pglite'
      ? setInterval(() => {
          analyze(db).catch((error: unknown) => app.log.warn({ err: error }, 'ANALYZE failed'));
        }, ANALYZE_EVERY_MS)
      : undefined;
  maintenance?.unref();
  app.addHook('onClose', async () => clearInterval(maintenance));

  const seeding = new AbortController();
  let seeded: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // A request that never ends must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    seeding.abort();
    seeded
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // One plain line for people and scripts, besides the structured log.
  console.log(`Pintu siap: http://${shown}:${port}`);

  if (config.seed === 'none') return;
  // Every process may write the accounts (their fixed codes make it idempotent); of a
  // cluster's workers the first prints them: the same table n times is noise.
  const demo = await seedDemoAccounts(db);
  if (demo && (cluster.worker?.id ?? 1) === 1) {
    console.log(demoAccountsTable(`http://${shown}:${port}`));
  }
  if (config.seed !== 'demo') return;
  // One process seeds the field data; another starting meanwhile skips (same rows).
  seeded = db
    .whileLocked(SEED_LOCK, async () => {
      // A small demo (tests) goes in one transaction per kelurahan: a few seconds.
      const shape = config.demoShape;
      await seedDemo(db, app.log, {
        signal: seeding.signal,
        ...(shape && { shape, rtsPerTransaction: shape.rwCount * shape.rtPerRw }),
      });
      if (seeding.signal.aborted) return;
      await seedDemoReports(db, app.log, { config: config.programme });
      console.log('Data demo (SINTETIS, orang rekaan) siap.');
    })
    .catch((error: unknown) => {
      if (!stopping) app.log.error({ err: error }, 'demo data could not be seeded');
    });
}

main().catch((error: unknown) => {
  console.error('Pintu failed to start:', error);
  process.exit(1);
});
