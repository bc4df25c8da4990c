// npm run seed:city [-- --kelurahan N]
//
// Kota Bekasi at full scale for benchmarks: all 56 kelurahan (≈ 730,000 households, 2.5
// million residents, ≈ 9 million records), or the first N, of SYNTHETIC demo data, into the
// database the server would use (DATABASE_URL, else PGlite in DATA_DIR). Stop the server
// first when it uses PGlite. Adds to a database that holds demo data only; refuses one that
// devices have pushed to. Resumable: run it again after a stop.
import { parseArgs } from 'node:util';
import { KELURAHAN } from '@shared/wilayah/wilayah';
import { loadConfig } from '@server/config';
import { migrate } from '@server/db/migrate';
import { describeDatabase, openDatabase } from '@server/db/open';
import { seedDemo } from '@server/seed/demo';

const { values } = parseArgs({ options: { kelurahan: { type: 'string' } } });
const count = values.kelurahan ? Number(values.kelurahan) : KELURAHAN.length;
const config = loadConfig();
const db = await openDatabase(config);
const stop = new AbortController();
process.once('SIGINT', () => stop.abort());
try {
  await migrate(db);
  console.log(`Seeding ${count} kelurahan of SYNTHETIC data into ${describeDatabase(db, config)}…`);
  const started = Date.now();
  const counts = await seedDemo(
    db,
    { info: (obj, msg) => console.log(msg, JSON.stringify(obj)) },
    {
      kelurahan: KELURAHAN.slice(0, count).map((k) => k.code),
      extend: true,
      rtsPerTransaction: 7,
      signal: stop.signal,
    },
  );
  const seconds = (Date.now() - started) / 1000;
  if (!counts) console.log('Nothing to seed (already done, or the database has real data).');
  else {
    const records = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `${stop.signal.aborted ? 'Stopped' : 'Done'}: ${JSON.stringify(counts)} — ${records} records in ${seconds.toFixed(0)} s (${Math.round(records / seconds)}/s)`,
    );
  }
} finally {
  await db.close();
}
