// Coverage dashboards: p50/p95 of each dashboard request over loopback HTTP.
//
//   npx tsx tests/bench/server/coverage.ts [pglite|postgres] [--kelurahan N] [--requests N]
//     [--replicate]
//
// A fresh database seeded with the first N kelurahan of synthetic demo data (default 2), or,
// with BENCH_DATABASE_URL, an existing PostgreSQL database as it is (for the city: seed it
// once with `DATABASE_URL=… npm run seed:city`, which takes long). The aggregates are brought
// to today before the server starts, so the server's own start-up rebuild has nothing to do.
// Each endpoint is asked `requests` times (default 50) one after the other after 5 warm-up
// requests; printed: p50 and p95 in ms, and the residents counted.
// SKIP_REBUILD=1: see upToDate. Coverage as of a past day (`?date=`, eight weeks ago) and the
// report of that week are asked as well. --replicate copies the aggregates of the seeded
// kelurahan onto every other kelurahan code (and sums the city's day rows again) before the
// server starts: the aggregate tables (all that a dashboard request reads) then have the size
// of the whole city, while the records stay those of N kelurahan; a quick stand-in for
// `npm run seed:city`.
import { parseArgs } from 'node:util';
import { tmpdir } from 'node:os';
import type { CityCoverage, KelurahanCoverage } from '@shared/coverage/api';
import { uuidv7 } from '@shared/ids';
import { KELURAHAN } from '@shared/wilayah/wilayah';
import { COUNT_COLUMNS, SUM_COLUMNS } from '@server/coverage/counts';
import { rebuildKelurahan } from '@server/coverage/refresh';
import { updateCoverage } from '@server/coverage/upkeep';
import { isoWeekOf } from '@server/reports/week';
import { jakartaToday } from '@server/coverage/today';
import type { Database } from '@server/db/database';
import { addDays } from '@shared/dates';
import { migrate } from '@server/db/migrate';
import { openDatabase } from '@server/db/open';
import {
  freshPlace,
  kindsFromArgs,
  percentile,
  seed,
  serve,
  signInDevices,
  stopPostgres,
  type Kind,
  type Place,
} from './lib';

const { values } = parseArgs({
  options: {
    kelurahan: { type: 'string' },
    requests: { type: 'string' },
    replicate: { type: 'boolean' },
  },
  allowPositionals: true,
});
const KELURAHAN_COUNT = Number(values.kelurahan ?? 2);
const REQUESTS = Number(values.requests ?? 50);
const EXISTING = process.env.BENCH_DATABASE_URL;

async function placeFor(kind: Kind): Promise<Place | null> {
  if (EXISTING) {
    return { kind, env: { DATABASE_URL: EXISTING, DATA_DIR: tmpdir() }, drop: async () => {} };
  }
  const place = await freshPlace(kind);
  if (!place) return null;
  const started = performance.now();
  await seed(
    place,
    KELURAHAN.slice(0, KELURAHAN_COUNT).map((k) => k.code),
  );
  console.log(
    `${kind}: seeded ${KELURAHAN_COUNT} kelurahan in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return place;
}

/**
 * Brings the aggregates to today before the server starts, so its start-up rebuild has
 * nothing to do. With SKIP_REBUILD=1 (a city seeded today, whose aggregates the seed already
 * computed for today) only one kelurahan is rebuilt, timed, and the rest marked current.
 */
async function upToDate(place: Place): Promise<void> {
  const db = await openDatabase({
    dataDir: place.env.DATA_DIR!,
    ...(place.env.DATABASE_URL ? { databaseUrl: place.env.DATABASE_URL } : {}),
  });
  try {
    await migrate(db);
    const today = jakartaToday();
    const started = performance.now();
    if (process.env.SKIP_REBUILD === '1') {
      const [first] = await db.query<{ code: string }>(
        'SELECT kelurahan_code AS code FROM coverage_rt ORDER BY 1 LIMIT 1',
      );
      if (first) await rebuildKelurahan(db, first.code, today);
      await db.query(
        `INSERT INTO coverage_state (singleton, eligibility_on) VALUES (true, $1)
         ON CONFLICT (singleton) DO UPDATE SET eligibility_on = excluded.eligibility_on`,
        [today],
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`rebuild of one kelurahan (${first?.code}): ${seconds} s`);
    } else if (await updateCoverage(db, today)) {
      console.log(`aggregates rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    if (values.replicate) await replicate(db);
  } finally {
    await db.close();
  }
}

const AGGREGATES = [
  'coverage_rt',
  'coverage_days',
  'coverage_dated_rt',
  'coverage_dated_kelurahan',
  'coverage_dated_rw',
  'coverage_dated_kelurahan_tree',
  'coverage_recorded_kelurahan',
];

/** Copies the aggregates of the seeded kelurahan onto every other kelurahan code, round robin. */
async function replicate(db: Database): Promise<void> {
  const seeded = (
    await db.query<{ code: string }>(
      'SELECT DISTINCT kelurahan_code AS code FROM coverage_rt ORDER BY 1',
    )
  ).map((r) => r.code);
  const others = KELURAHAN.map((k) => k.code).filter((c) => !seeded.includes(c));
  const started = performance.now();
  for (const [i, code] of others.entries()) {
    await db.transaction(async (tx) => {
      for (const table of AGGREGATES) {
        const columns = (
          await tx.query<{ name: string }>(
            `SELECT column_name AS name FROM information_schema.columns
             WHERE table_name = $1 AND column_name <> 'kelurahan_code'`,
            [table],
          )
        ).map((r) => r.name);
        await tx.query(
          `INSERT INTO ${table} (kelurahan_code, ${columns.join(', ')})
           SELECT $1, ${columns.join(', ')} FROM ${table} WHERE kelurahan_code = $2`,
          [code, seeded[i % seeded.length]],
        );
      }
    });
  }
  // The city's day rows are the sums of every kelurahan's (migration 017).
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM coverage_dated_city');
    await tx.query(
      `INSERT INTO coverage_dated_city (day, ${COUNT_COLUMNS.join(', ')})
       SELECT day, ${SUM_COLUMNS} FROM coverage_dated_kelurahan GROUP BY day`,
    );
  });
  await db.exec(`ANALYZE ${AGGREGATES.join(', ')}, coverage_dated_city`);
  const [rows] = await db.query<{ rw: number; rt: number; tree: number }>(
    `SELECT (SELECT count(*) FROM coverage_dated_rt)::int AS rt,
       (SELECT count(*) FROM coverage_dated_rw)::int AS tree,
       (SELECT count(*) FROM (SELECT DISTINCT kelurahan_code, rw FROM coverage_rt) x)::int AS rw`,
  );
  console.log(
    `aggregates copied to ${others.length} more kelurahan in ${((performance.now() - started) / 1000).toFixed(0)} s: ${rows!.rw} RWs, ${rows!.rt.toLocaleString('en-US')} RT day rows, ${rows!.tree.toLocaleString('en-US')} RW tree nodes`,
  );
}

async function run(kind: Kind): Promise<void> {
  const place = await placeFor(kind);
  if (!place) return console.log(`${kind}: not available`);
  try {
    await upToDate(place);
    const [headers] = await signInDevices(place, [{ role: 'admin-kota', deviceId: uuidv7() }]);
    const server = await serve(place);
    try {
      const get = async (path: string) => {
        const response = await fetch(`${server.url}${path}`, { headers });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return response;
      };
      const city = (await (await get('/api/coverage/city')).json()) as CityCoverage;
      const kel = city.kelurahan.find((k) => k.residents > 0)!;
      const kelurahan = (await (
        await get(`/api/coverage/kelurahan/${kel.key}`)
      ).json()) as KelurahanCoverage;
      const rw = kelurahan.rws[0]!.key;
      console.log(
        `${kind}: ${city.total.residents.toLocaleString('en-US')} residents, ${city.total.households.toLocaleString('en-US')} households in ${city.kelurahan.filter((k) => k.residents > 0).length} kelurahan; asking ${kel.name}, RW ${rw}`,
      );
      const week = isoWeekOf(jakartaToday());
      const past = addDays(jakartaToday(), -56);
      const pastWeek = isoWeekOf(past);
      const paths: [string, string][] = [
        ['city', '/api/coverage/city'],
        ['kelurahan', `/api/coverage/kelurahan/${kel.key}`],
        ['RW', `/api/coverage/kelurahan/${kel.key}/rw/${rw}`],
        ['city as of 8 weeks ago', `/api/coverage/city?date=${past}`],
        ['kelurahan as of 8 weeks ago', `/api/coverage/kelurahan/${kel.key}?date=${past}`],
        ['RW as of 8 weeks ago', `/api/coverage/kelurahan/${kel.key}/rw/${rw}?date=${past}`],
        ['households (map)', `/api/coverage/kelurahan/${kel.key}/households`],
        ['weekly report 8 weeks ago, city', `/api/reports/weekly?week=${pastWeek}`],
        ['weekly report, city, JSON', `/api/reports/weekly?week=${week}`],
        ['weekly report, city, XLSX', `/api/reports/weekly?week=${week}&format=xlsx`],
        [
          'weekly report, kelurahan, CSV',
          `/api/reports/weekly?week=${week}&kelurahan=${kel.key}&format=csv`,
        ],
      ];
      for (const [name, path] of paths) {
        for (let i = 0; i < 5; i++) await (await get(path)).arrayBuffer();
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < REQUESTS; i++) {
          const started = performance.now();
          bytes = (await (await get(path)).arrayBuffer()).byteLength;
          times.push(performance.now() - started);
        }
        console.log(
          `${kind}: ${name.padEnd(30)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   (${(bytes / 1024).toFixed(0)} KB)`,
        );
      }
    } finally {
      await server.stop();
    }
  } finally {
    await place.drop();
  }
}

for (const kind of kindsFromArgs()) await run(kind);
await stopPostgres();
