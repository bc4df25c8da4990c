// Provides a PostgreSQL server for the server tests: TEST_DATABASE_URL when given; else, as
// root, the Debian cluster (pg_ctlcluster) with a database of this run's own; else a
// throw-away cluster (initdb) in a temporary folder on a free port. Returns { url, stop },
// or null when PostgreSQL is not installed (the tests then run against PGlite only).
//
//   node scripts/test-postgres.mjs   starts one, prints its URL, and stops it on Ctrl-C.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const quiet = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };

export async function startTestPostgres() {
  if (process.env.TEST_DATABASE_URL) {
    return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  }
  const bin = postgresBin();
  if (!bin) return null;
  try {
    return process.getuid?.() === 0 ? debianCluster() : await privateCluster(bin);
  } catch (error) {
    console.warn(`PostgreSQL could not be started (${error.message}); testing PGlite only.`);
    return null;
  }
}

/** The bin folder of the newest PostgreSQL installed from Debian packages, if any. */
export function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin/postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/**
 * As root: start the packaged cluster when it is down, and create a database of this run's own
 * (several runs may share the cluster). `stop` drops that database, and stops the cluster only
 * if this run started it and no other run's database is left.
 */
function debianCluster() {
  const clusters = execFileSync('pg_lsclusters', ['--no-header'], quiet)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/))
    .sort((a, b) => Number(b[0]) - Number(a[0]));
  if (clusters.length === 0) throw new Error('no cluster (pg_createcluster)');
  const [version, name, port, status] = clusters[0];
  const startedHere = status !== 'online';
  if (startedHere) execFileSync('pg_ctlcluster', [version, name, 'start'], quiet);

  const psql = (sql) =>
    execFileSync('su', ['postgres', '-c', `psql -p ${port} -v ON_ERROR_STOP=1 -qAt`], {
      stdio: ['pipe', 'pipe', 'pipe'],
      encoding: 'utf8',
      input: sql,
    }).trim();
  const database = `pintu_test_${process.pid}_${Date.now().toString(36)}`;
  psql(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pintu_test') THEN
        CREATE ROLE pintu_test LOGIN PASSWORD 'pintu_test';
      END IF;
    END $$;`);
  // Each server test file makes a database of its own (tests/server/helpers/databases.ts),
  // and drops it WITH (FORCE), which must also end an autovacuum worker busy in it.
  psql('ALTER ROLE pintu_test CREATEDB;');
  psql('GRANT pg_signal_backend TO pintu_test;');
  psql(`CREATE DATABASE ${database} OWNER pintu_test;`);
  return {
    url: `postgres://pintu_test:pintu_test@127.0.0.1:${port}/${database}`,
    stop: async () => {
      psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE);`);
      const others = psql(`SELECT count(*) FROM pg_database WHERE datname LIKE 'pintu_test_%';`);
      if (startedHere && others === '0')
        execFileSync('pg_ctlcluster', [version, name, 'stop'], quiet);
    },
  };
}

/** Not root: a throw-away cluster of our own, trusted on loopback only, removed by `stop`. */
async function privateCluster(bin) {
  const dir = mkdtempSync(join(tmpdir(), 'pintu-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  execFileSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync'],
    quiet,
  );
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  execFileSync(
    join(bin, 'pg_ctl'),
    ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'],
    quiet,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], quiet);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const postgres = await startTestPostgres();
  if (!postgres) {
    console.log('PostgreSQL is not installed.');
    process.exit(1);
  }
  console.log(postgres.url);
  const stop = () => postgres.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
