// The databases every server test runs against: PGlite (in memory) always, and a real
// PostgreSQL when TEST_DATABASE_URL is set (scripts/test.mjs starts one when it can). On
// PostgreSQL each test file works in a database of its own, so files running at the same
// time never see each other's rows, nor hold back each other's pulls.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '@server/db/database';
import { migrate } from '@server/db/migrate';
import { openPglite } from '@server/db/pglite';
import { openPostgres } from '@server/db/postgres';

export type TestDatabase = {
  db: Database;
  /** Empties every table, between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
};

export type DatabaseKind = { name: 'PGlite' | 'PostgreSQL'; open(): Promise<TestDatabase> };

/** The coverage aggregates (src/server/coverage/README.md). */
const AGGREGATE_TABLES =
  'coverage_households, coverage_rt, coverage_days, coverage_dated_rt, coverage_dated_rw, coverage_dated_kelurahan, coverage_dated_kelurahan_tree, coverage_dated_city, coverage_recorded_kelurahan';
/** The aggregates and their state: a coverage test empties them to count only its records. */
export const COVERAGE_TABLES = `${AGGREGATE_TABLES}, coverage_state`;

const TABLES = `users, device_tokens, invitations, devices, receipts, households, residents, isoman, doses, visits, demo_seed, audit, coverage_queue, access_log, followups, report_submissions, ${AGGREGATE_TABLES}`;

async function prepare(db: Database, drop: () => Promise<void>): Promise<TestDatabase> {
  await migrate(db);
  return {
    db,
    reset: () => db.exec(`TRUNCATE ${TABLES}`),
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/**
 * A database of its own on the test server, and its URL. Not a schema of a shared database: a
 * transaction open in another test file's database never holds back this one's pulls (the
 * pull watermark counts only transactions of its own database, src/server/data/changes.ts).
 */
export async function createTestDatabase(
  url: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pintu_t_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const drop = async () => {
    // An autovacuum worker busy in the database can refuse the drop for a moment (when the
    // test role may not end it): try again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  return { url: own.toString(), drop };
}

/**
 * A fresh in-memory PGlite with the schema already migrated. PGlite's initdb and migrations
 * take seconds; they run once per version of the migrations, and later test files start
 * from a dump of the result kept in the temporary folder.
 */
async function migratedPglite(): Promise<Database> {
  const dir = new URL('../../../src/server/db/migrations/', import.meta.url);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort())
    hash.update(file).update(readFileSync(new URL(file, dir)));
  const path = join(tmpdir(), `pintu-test-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  const cached = await readFile(path).catch(() => null);
  if (cached) return openPglite(undefined, new Blob([cached]));
  const db = await openPglite();
  await migrate(db);
  const dump = Buffer.from(await (await db.dump()).arrayBuffer());
  const partial = `${path}.${process.pid}`;
  await writeFile(partial, dump);
  await rename(partial, path); // another worker may be writing the same file: last one wins
  return db;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export const DATABASES: DatabaseKind[] = [
  { name: 'PGlite', open: async () => prepare(await migratedPglite(), async () => {}) },
  ...(TEST_DATABASE_URL
    ? [
        {
          name: 'PostgreSQL' as const,
          open: async () => {
            const own = await createTestDatabase(TEST_DATABASE_URL);
            return prepare(openPostgres(own.url), own.drop);
          },
        },
      ]
    : []),
];
