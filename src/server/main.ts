import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { describeDatabase, openDatabase } from './db/open';
import { migrate } from './db/migrate';
import { analyze } from './data/maintenance';
import { seedDemo } from './seed/demo';
import { demoAccountsTable, seedDemoAccounts } from './seed/demo-accounts';

/**
 * Starts Pintu: configuration, database and migrations, then HTTP on one port, then (first
 * start only) the synthetic demo data in the background. Stops gracefully on SIGTERM/SIGINT:
 * no new connections, requests in flight and the current demo transaction finish, the
 * database closes. `npm start` (scripts/start.mjs) builds the PWA first and then runs this.
 */
const ANALYZE_EVERY_MS = 10 * 60_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }

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

  if (config.seed !== 'none') {
    if (await seedDemoAccounts(db)) console.log(demoAccountsTable(`http://${shown}:${port}`));
  }
  if (config.seed === 'demo') {
    seeded = seedDemo(db, app.log, { signal: seeding.signal }).then(
      () => {
        if (!seeding.signal.aborted) console.log('Data demo (SINTETIS, orang rekaan) siap.');
      },
      (error: unknown) => {
        if (!stopping) app.log.error({ err: error }, 'demo data could not be seeded');
      },
    );
  }
}

main().catch((error: unknown) => {
  console.error('Pintu failed to start:', error);
  process.exit(1);
});
