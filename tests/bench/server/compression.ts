// Bytes on the wire, before (identity) and after (br, and gzip for clients without br), for
// what a phone downloads most: the first route's JavaScript and CSS, one pull page of an RW,
// and the lurah's household map of one kelurahan. Measured against a real server process
// over loopback, counting the body bytes as they arrive (node:http does not decompress).
//
//   npx tsx tests/bench/server/compression.ts
//
// Builds the PWA into a temporary folder (with the .br/.gz files the build writes) and seeds
// one synthetic kelurahan into a fresh PGlite database first (about a minute).
import { request } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { DEMO_KELURAHAN } from '@shared/demo';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { fmt, freshPlace, seed, serve, signInDevices } from './lib';

const KELURAHAN = DEMO_KELURAHAN[0];
const ROOT = resolve(import.meta.dirname, '../../..');
const outDir = join(tmpdir(), `pintu-bench-compression-${process.pid}`);
const ENCODINGS = ['identity', 'gzip', 'br'] as const;
type Encoding = (typeof ENCODINGS)[number];

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };

/** The body bytes of one GET as they come off the socket, and the encoding the server chose. */
function wireBytes(url: string, encoding: Encoding, headers: Record<string, string> = {}) {
  return new Promise<{ bytes: number; encoding: string }>((done, fail) => {
    const req = request(url, { headers: { ...headers, 'accept-encoding': encoding } }, (res) => {
      if (res.statusCode !== 200) fail(new Error(`${url}: HTTP ${res.statusCode}`));
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        done({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

async function measure(label: string, urls: string[], headers?: Record<string, string>) {
  const totals: Record<string, number> = {};
  for (const encoding of ENCODINGS) {
    totals[encoding] = 0;
    for (const url of urls) {
      const answer = await wireBytes(url, encoding, headers);
      if (answer.encoding !== encoding) {
        console.log(`  (${url.split('/').pop()} came as ${answer.encoding} for ${encoding})`);
      }
      totals[encoding] += answer.bytes;
    }
  }
  const { identity, gzip, br } = totals as Record<Encoding, number>;
  const pct = (n: number) => `${((100 * n) / identity).toFixed(0)} %`;
  console.log(
    `${label}: ${fmt(identity)} B raw → ${fmt(gzip)} B gzip (${pct(gzip)}) → ` +
      `${fmt(br)} B br (${pct(br)})`,
  );
}

await build({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, manifest: true },
});
const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const firstRoute = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key]!;
  if (firstRoute.has(chunk.file)) return;
  firstRoute.add(chunk.file);
  chunk.css?.forEach((css) => firstRoute.add(css));
  chunk.imports?.forEach(visit);
};
visit(Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('index.html'))!);

const place = (await freshPlace('pglite'))!;
const seeding = performance.now();
await seed(place, [KELURAHAN]);
console.log(`seeded one kelurahan in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
const deviceId = uuidv7();
const area = { kelurahanCode: KELURAHAN, rw: null, rts: [] };
const [auth] = await signInDevices(place, [{ deviceId, role: 'lurah', area }]);
const server = await serve({ ...place, env: { ...place.env, STATIC_DIR: outDir } });
try {
  const files = [...firstRoute];
  await measure(
    `first route, ${files.length} JS and CSS files`,
    files.map((f) => `${server.url}/${f}`),
  );
  const pull = new URLSearchParams({
    deviceId,
    schemaVersion: String(SCHEMA_VERSION),
    kelurahan: KELURAHAN,
    rw: '1',
    limit: '2000',
  });
  await measure(
    'one pull page of RW 1 (2000 records)',
    [`${server.url}/api/sync/pull?${pull}`],
    auth,
  );
  await measure(
    'household map of one kelurahan',
    [`${server.url}/api/coverage/kelurahan/${KELURAHAN}/households`],
    auth,
  );
} finally {
  await server.stop();
  await place.drop();
  await rm(outDir, { recursive: true, force: true });
}
