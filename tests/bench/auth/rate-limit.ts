// What the rate limits cost now that they are counted in the database (rate_counts).
//
//   npx tsx tests/bench/auth/rate-limit.ts [pglite] [postgres]
//
// For each database: one check alone (the enrollment's statement: one counter hit, three read),
// sequential, median and p99 of 2,000; the same from 8 callers at once on one hot counter
// (everyone's), checks per second; and a whole refused enrollment through the app (inject), of
// which the check is a part. A verified device's request runs no check at all (authenticate.ts).
import { uuidv7 } from '@shared/ids';
import { buildApp } from '@server/app';
import { counter, RateCounts } from '@server/auth/rate-limit';
import type { Database } from '@server/db/database';
import { migrate } from '@server/db/migrate';
import { openPglite } from '@server/db/pglite';
import { openPostgres } from '@server/db/postgres';
import { freshPlace, kindsFromArgs, median, percentile, stopPostgres, fmt } from '../server/lib';

const CHECKS = 2_000;
const PARALLEL = 8;
const WINDOW = 15 * 60_000;
const attempts = { scope: 'enroll-address', max: 300, windowMs: WINDOW };
const failed = { scope: 'code-address', max: 10, windowMs: WINDOW };
const everyone = { scope: 'code-everyone', max: 1000, windowMs: WINDOW };
const perCode = { scope: 'code', max: 10, windowMs: WINDOW };

async function measure(name: string, db: Database): Promise<void> {
  await migrate(db);
  const counts = new RateCounts(db);
  const check = (i: number) =>
    counts.count(
      [counter(attempts, `10.0.${i % 250}.${i % 7}`)],
      [counter(failed, `10.0.${i % 250}.1`), counter(everyone, '*'), counter(perCode, `C${i}`)],
    );
  for (let i = 0; i < 200; i++) await check(i); // warm up
  const one: number[] = [];
  for (let i = 0; i < CHECKS; i++) {
    const t = performance.now();
    await check(i);
    one.push(performance.now() - t);
  }
  // Eight callers failing at once: every statement bumps the one everyone counter.
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PARALLEL }, async (_, p) => {
      for (let i = 0; i < CHECKS / PARALLEL; i++, done++)
        await counts.count([counter(failed, `10.9.${p}.${i % 50}`), counter(everyone, '*')]);
    }),
  );
  const perSecond = done / ((performance.now() - started) / 1000);

  const app = await buildApp({ db });
  const refused: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    const answer = await app.inject({
      method: 'POST',
      url: '/api/auth/enroll',
      remoteAddress: `10.1.${i}.1`,
      payload: {
        code: `ZZZZ-${String(i).padStart(4, 'Z')}`,
        name: 'Tamu',
        phone: '0812345678',
        deviceId: uuidv7(),
      },
    });
    if (answer.statusCode !== 400) throw new Error(`enroll: ${answer.statusCode} ${answer.body}`);
    refused.push(performance.now() - t);
  }
  await app.close();
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  console.log(`${name}:`);
  console.log(
    `  one check (1 hit + 3 reads), median ${ms(median(one))}, p99 ${ms(percentile(one, 99))}`,
  );
  console.log(`  ${PARALLEL} callers on one hot counter: ${fmt(perSecond)} checks/s`);
  console.log(
    `  refused enrollment (check, code lookup, failure counted): median ${ms(median(refused))}`,
  );
}

for (const kind of kindsFromArgs()) {
  if (kind === 'pglite') {
    const db = await openPglite();
    await measure('PGlite (in memory)', db);
    await db.close();
    continue;
  }
  const place = await freshPlace('postgres');
  if (!place) {
    console.log('PostgreSQL: not available, skipped');
    continue;
  }
  const db = openPostgres(place.env.DATABASE_URL!);
  await measure('PostgreSQL (local socket, pool of 10)', db);
  await db.close();
  await place.drop();
}
await stopPostgres();
