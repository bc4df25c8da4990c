// What the lurah's "Atur tindak lanjut" screen costs the server: GET /api/followups/candidates
// for one RW of a synthetic kelurahan (the demo generator's RW: ~700 households, ~2,500
// residents), through the app in this process (inject: handler, SQL and JSON, no network).
// Prints the median and p95 of 20 requests after 3 warm-ups, on PGlite and, when
// TEST_DATABASE_URL is set (node scripts/test-postgres.mjs), on PostgreSQL.
// Run: npx tsx tests/bench/followups/candidates.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@server/app';
import type { Database } from '@server/db/database';
import { migrate } from '@server/db/migrate';
import { openDatabase } from '@server/db/open';
import { seedDemo } from '@server/seed/demo';
import type { FollowupCandidates } from '@shared/followups/api';
import { createTestDatabase } from '../../server/helpers/databases';
import { signIn, useDatabase } from '../../server/helpers/sign-in';

const KELURAHAN = '32.75.01.1001';
const ROUNDS = 20;

async function measure(label: string, db: Database) {
  await migrate(db);
  const seeded = await seedDemo(
    db,
    { info: () => {} },
    {
      kelurahan: [KELURAHAN],
      shape: { rwCount: 1 },
      rtsPerTransaction: 7,
    },
  );
  const app = await buildApp({ db });
  useDatabase(app, db);
  const lurah = await signIn(db, {
    role: 'lurah',
    area: { kelurahanCode: KELURAHAN, rw: null, rts: [] },
  });
  const ask = async () => {
    const started = performance.now();
    const response = await app.inject({
      method: 'GET',
      url: `/api/followups/candidates?kelurahan=${KELURAHAN}&rw=1`,
      headers: lurah.headers,
    });
    const ms = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
    return { ms, body: response.body };
  };
  for (let i = 0; i < 3; i++) await ask();
  const times: number[] = [];
  let body = '';
  for (let i = 0; i < ROUNDS; i++) {
    const r = await ask();
    times.push(r.ms);
    body = r.body;
  }
  times.sort((a, b) => a - b);
  const parsed = JSON.parse(body) as FollowupCandidates;
  console.log(
    `${label}: RW of ${seeded?.households ?? '?'} households, ${seeded?.residents ?? '?'} residents → ` +
      `${parsed.residents.length} unvaccinated, ${parsed.households.length} houses to revisit, ` +
      `${parsed.rts.length} RTs, ${(body.length / 1024).toFixed(0)} KB JSON; ` +
      `median ${times[Math.floor(ROUNDS / 2)]!.toFixed(0)} ms, p95 ${times[Math.ceil(ROUNDS * 0.95) - 1]!.toFixed(0)} ms`,
  );
  await app.close();
}

const dir = await mkdtemp(join(tmpdir(), 'pintu-bench-followups-'));
try {
  const db = await openDatabase({ dataDir: dir });
  try {
    await measure('PGlite', db);
  } finally {
    await db.close();
  }
  if (process.env.TEST_DATABASE_URL) {
    const own = await createTestDatabase(process.env.TEST_DATABASE_URL);
    const pg = await openDatabase({ dataDir: dir, databaseUrl: own.url });
    try {
      await measure('PostgreSQL', pg);
    } finally {
      await pg.close();
      await own.drop();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
