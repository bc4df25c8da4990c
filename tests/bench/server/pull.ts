// Pull: how many records per second a device downloads, over loopback HTTP.
//
//   npx tsx tests/bench/server/pull.ts [pglite|postgres]
//
// One synthetic kelurahan (≈ 13,000 households, 45,000 residents, 160,000 records in all) is
// seeded into a fresh database, then downloaded from an empty cursor, page after page as a
// device does: the whole kelurahan (pages of 1000, the default, and of 5000) and one RW
// (pages of 2000, as the PWA asks). Three runs each; the median is printed.
import { DEMO_KELURAHAN } from '@shared/demo';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PullResponse } from '@shared/sync/protocol';
import {
  fmt,
  freshPlace,
  kindsFromArgs,
  median,
  seed,
  serve,
  signInDevices,
  stopPostgres,
} from './lib';

const KELURAHAN = DEMO_KELURAHAN[0];
const RUNS = 3;

type Reader = { deviceId: string; headers: { authorization: string } };

async function download(url: string, reader: Reader, limit: number, rw?: number) {
  const started = performance.now();
  let cursor = '';
  let records = 0;
  let pages = 0;
  for (;;) {
    const query = new URLSearchParams({
      deviceId: reader.deviceId,
      schemaVersion: String(SCHEMA_VERSION),
      kelurahan: KELURAHAN,
      limit: String(limit),
      ...(rw ? { rw: String(rw) } : {}),
      ...(cursor ? { cursor } : {}),
    });
    const response = await fetch(`${url}/api/sync/pull?${query}`, { headers: reader.headers });
    if (!response.ok) throw new Error(`pull: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as PullResponse;
    records += page.changes.length;
    pages++;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { records, pages, seconds: (performance.now() - started) / 1000 };
}

for (const kind of kindsFromArgs()) {
  const place = await freshPlace(kind);
  if (!place) {
    console.log(`${kind}: not available`);
    continue;
  }
  const seeding = performance.now();
  await seed(place, [KELURAHAN]);
  console.log(
    `${kind}: seeded one kelurahan in ${((performance.now() - seeding) / 1000).toFixed(0)} s`,
  );
  // A lurah of the kelurahan reads it (a signed-in device, as every pull needs).
  const deviceId = uuidv7();
  const area = { kelurahanCode: KELURAHAN, rw: null, rts: [] };
  const [headers] = await signInDevices(place, [{ deviceId, role: 'lurah', area }]);
  const reader = { deviceId, headers: headers! };
  const server = await serve(place);
  try {
    for (const [label, limit, rw] of [
      ['kelurahan, pages of 1000', 1000, undefined],
      ['kelurahan, pages of 5000', 5000, undefined],
      ['one RW, pages of 2000', 2000, 1],
    ] as const) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await download(server.url, reader, limit, rw));
      const rates = runs.map((r) => r.records / r.seconds);
      const seconds = median(runs.map((r) => r.seconds));
      console.log(
        `${kind}: ${label}: ${fmt(runs[0]!.records)} records in ${runs[0]!.pages} pages, ` +
          `median ${seconds.toFixed(2)} s = ${fmt(median(rates))} records/s ` +
          `(runs: ${rates.map(fmt).join(', ')}; goal ≥ 20,000)`,
      );
    }
  } finally {
    await server.stop();
    await place.drop();
  }
}
await stopPostgres();
