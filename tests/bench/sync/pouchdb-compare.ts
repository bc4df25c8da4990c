// Pintu's first sync against what a JavaScript engineer would pick instead: PouchDB replicating
// from a CouchDB-compatible server (express-pouchdb over PouchDB's in-memory adapter) into
// IndexedDB. The same records — one RW of about 700 households, then the whole kelurahan — are
// put into one CouchDB database per area (the fastest layout for PouchDB: no filtered
// replication), one document per record with its fields (no per-field clocks: CouchDB has
// revisions). Both run in Debian's Chromium with a fresh on-disk profile per measurement,
// alternating, and count the bytes the page downloads (compressed as each server sends them).
// Goal: Pintu ≥ 5× faster and ≥ 3× fewer bytes.
//
// The kelurahan (about 160,000 records) is measured once per side (KELURAHAN_RUNS=1), without
// PouchDB's untimed warm-up replication: PouchDB takes minutes there. Each side prints the
// Content-Encoding its answers came with.
//
//   npx tsx tests/bench/sync/pouchdb-compare.ts [pglite|postgres]
//   env: RUNS=3 KELURAHAN_RUNS=1 ONLY=rw|kelurahan
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import { DEMO_KELURAHAN } from '@shared/demo';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PullResponse, type RecordChange } from '@shared/sync/protocol';
import { openBenchPage, pageModule, type BenchPage } from '../client/dev-page';
import { emulatePhone, kb } from '../phone/conditions';
import {
  fmt,
  freshPlace,
  kindsFromArgs,
  median,
  seed,
  serve,
  signInDevices,
  stopPostgres,
} from '../server/lib';
import type * as FirstSyncBench from './page/first-sync-bench';
import type * as PouchBench from './page/pouch-bench';

const KELURAHAN = DEMO_KELURAHAN[0];
const RUNS = Number(process.env.RUNS ?? 3);
const KELURAHAN_RUNS = Number(process.env.KELURAHAN_RUNS ?? 1);
const ONLY = process.env.ONLY;
const PAGE = 2000;

const ServerPouch = PouchDB.plugin(memoryAdapter)
  .plugin(mapreduce)
  .plugin(replication)
  .defaults({ adapter: 'memory' });

type Scope = { kelurahanCode: string; rw?: number };
type Measured = { ms: number; bytes: number };

/** Every record of the area, read from Pintu's own pull API as the signed-in lurah. */
async function pullEverything(url: string, token: string, scope: Scope) {
  const records: RecordChange[] = [];
  let cursor: string | null = null;
  for (;;) {
    const query = new URLSearchParams({
      deviceId: token.split('.')[0]!,
      schemaVersion: String(SCHEMA_VERSION),
      limit: String(PAGE),
      kelurahan: scope.kelurahanCode,
      ...(scope.rw !== undefined ? { rw: String(scope.rw) } : {}),
      ...(cursor ? { cursor } : {}),
    });
    const response = await fetch(`${url}/api/sync/pull?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`pull: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as PullResponse;
    records.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return records;
  }
}

/** A CouchDB database of the area: one document per record, its fields as they are. */
async function couchDatabase(name: string, records: RecordChange[]) {
  const db = new ServerPouch(name);
  for (let i = 0; i < records.length; i += 5000) {
    const docs = records.slice(i, i + 5000).map((r) => ({
      _id: `${r.entity}:${r.id}`,
      type: r.entity,
      ...r.values,
      ...(r.deleted ? { deleted: true } : {}),
    }));
    await db.bulkDocs(docs);
  }
}

async function measure(kind: 'pglite' | 'postgres') {
  const place = await freshPlace(kind);
  if (!place) return console.log(`${kind}: not available`);
  await seed(place, [KELURAHAN]);
  const [headers] = await signInDevices(place, [
    { deviceId: uuidv7(), role: 'lurah', area: { kelurahanCode: KELURAHAN, rw: null, rts: [] } },
  ]);
  const token = headers!.authorization.slice('Bearer '.length);
  const server = await serve(place);
  const couch = express().use('/', expressPouchdb(ServerPouch, { mode: 'minimumForPouchDB' }));
  const couchServer = couch.listen(0, '127.0.0.1');
  await new Promise((done) => couchServer.once('listening', done));
  const couchUrl = `http://127.0.0.1:${(couchServer.address() as AddressInfo).port}`;
  let bench: BenchPage | null = null;
  try {
    const kelurahan = { kelurahanCode: KELURAHAN };
    const all = await pullEverything(server.url, token, kelurahan);
    const perRw = new Map<number, number>();
    for (const r of all) {
      if (r.entity === 'household')
        perRw.set(r.values.rw as number, (perRw.get(r.values.rw as number) ?? 0) + 1);
    }
    const rw = [...perRw].reduce((a, b) =>
      Math.abs(b[1] - 700) < Math.abs(a[1] - 700) ? b : a,
    )[0];
    const areas = (
      [
        {
          label: `RW ${rw} (${perRw.get(rw)} households)`,
          scope: { kelurahanCode: KELURAHAN, rw },
          couch: `rw${rw}`,
        },
        { label: 'kelurahan', scope: kelurahan, couch: 'kelurahan' },
      ] as { label: string; scope: Scope; couch: string }[]
    ).filter((a) => !ONLY || (ONLY === 'rw') === (a.scope.rw !== undefined));

    for (const area of areas) {
      const records =
        area.scope.rw === undefined ? all : all.filter((r) => r.values.rw === area.scope.rw);
      await couchDatabase(area.couch, records);
      const pintu: Measured[] = [];
      const pouch: Measured[] = [];
      const wholeKelurahan = area.scope.rw === undefined;
      const runs = wholeKelurahan ? KELURAHAN_RUNS : RUNS * 2;
      const encodings = { pintu: new Set<string>(), pouch: new Set<string>() };
      for (let i = 0; i < runs; i++) {
        const pintuFirst = i % 2 === 0;
        for (const which of pintuFirst ? ['pintu', 'pouch'] : ['pouch', 'pintu']) {
          await bench?.close();
          bench = await openBenchPage({
            browserArgs: ['--disable-web-security'],
            dependencies: ['pouchdb-browser'],
          });
          const page = bench.page;
          const session = page.context();
          const { wire, cdp } = await emulatePhone(session, page, { cpu: false, network: false });
          cdp.on('Network.responseReceived', (e) => {
            const header = Object.entries(e.response.headers).find(
              ([name]) => name.toLowerCase() === 'content-encoding',
            );
            const encoding = header?.[1] ?? 'none';
            if (e.response.url.includes('/api/sync/pull')) encodings.pintu.add(encoding);
            else if (e.response.url.startsWith(couchUrl)) encodings.pouch.add(encoding);
          });
          if (which === 'pintu') {
            const call = pageModule<typeof FirstSyncBench>(
              page,
              '/tests/bench/sync/page/first-sync-bench.ts',
            );
            await call('setServer', server.url, token);
            await call('download', area.scope, PAGE); // untimed: warms the server, keeps the counts
            wire.reset();
            const { ms } = await call('firstSync', area.scope, PAGE);
            pintu.push({ ms, bytes: wire.bytes((u) => u.includes('/api/sync/pull')) });
          } else {
            const call = pageModule<typeof PouchBench>(
              page,
              '/tests/bench/sync/page/pouch-bench.ts',
            );
            // untimed warm-up (not for the kelurahan: minutes)
            if (!wholeKelurahan)
              await call('replicate', `${couchUrl}/${area.couch}`, records.length);
            wire.reset();
            const { ms } = await call('replicate', `${couchUrl}/${area.couch}`, records.length);
            pouch.push({ ms, bytes: wire.bytes((u) => u.startsWith(couchUrl)) });
          }
        }
      }
      const m = (xs: Measured[], k: keyof Measured) => median(xs.map((x) => x[k]));
      console.log(
        `${kind}: ${area.label}, ${fmt(records.length)} records, medians of ${pintu.length}:\n` +
          `  Pintu   ${(m(pintu, 'ms') / 1000).toFixed(2)} s, ${kb(m(pintu, 'bytes'))} (${[...encodings.pintu].join(', ')})\n` +
          `  PouchDB ${(m(pouch, 'ms') / 1000).toFixed(2)} s, ${kb(m(pouch, 'bytes'))} (${[...encodings.pouch].join(', ')})\n` +
          `  Pintu is ${(m(pouch, 'ms') / m(pintu, 'ms')).toFixed(1)}× faster (goal ≥ 5×) and ` +
          `sends ${(m(pouch, 'bytes') / m(pintu, 'bytes')).toFixed(1)}× fewer bytes (goal ≥ 3×)`,
      );
    }
  } finally {
    await bench?.close();
    couchServer.close();
    await server.stop();
    await place.drop();
  }
}

try {
  for (const kind of kindsFromArgs()) await measure(kind);
} finally {
  await stopPostgres();
}
