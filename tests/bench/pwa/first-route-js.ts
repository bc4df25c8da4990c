// How much JavaScript the first screen costs a volunteer on a slow connection, gzip-compressed.
// Builds the PWA with a Vite manifest into a temporary folder, then counts it twice:
//   1. from the build graph: the entry chunk and every chunk it imports statically;
//   2. measured in Chromium: every script the page really loads on its first screen, for a
//      new phone (enrollment) and for a signed-in volunteer (PIN screen, then the home list).
// Budget: 150 KB gzip for the first route. Run: npx tsx tests/bench/pwa/first-route-js.ts
import { readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { DEMO_KELURAHAN } from '@shared/demo';
import {
  launchBrowser,
  startApp,
  unlockPage,
  waitForDatabase,
  waitForServiceWorker,
  writeSignedIn,
} from '../../e2e/harness';

const BUDGET_KB = 150;
const ROOT = resolve(import.meta.dirname, '../../..');
const outDir = join(tmpdir(), `pintu-bench-size-${process.pid}`);

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipped = new Map<string, number>();
async function gzipSize(file: string): Promise<number> {
  if (!gzipped.has(file)) {
    gzipped.set(file, gzipSync(await readFile(join(outDir, file)), { level: 9 }).length);
  }
  return gzipped.get(file)!;
}

async function report(label: string, files: string[]) {
  const sizes = await Promise.all(files.map(async (f) => ({ f, gz: await gzipSize(f) })));
  const total = sizes.reduce((sum, s) => sum + s.gz, 0);
  const verdict = total / 1024 <= BUDGET_KB ? 'within' : 'OVER';
  console.log(
    `\n${label}: ${kb(total)} KB gzip in ${files.length} files (${verdict} ${BUDGET_KB} KB)`,
  );
  for (const { f, gz } of sizes.sort((a, b) => b.gz - a.gz))
    console.log(`  ${kb(gz).padStart(7)} KB  ${f}`);
  return total;
}

await build({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, manifest: true },
});

try {
  // 1. The static graph.
  const manifest = JSON.parse(
    await readFile(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find(
    (k) => manifest[k]!.isEntry && k.endsWith('index.html'),
  );
  if (!entryKey) throw new Error('No index.html entry in the Vite manifest');
  const staticFiles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (staticFiles.has(chunk.file)) return;
    staticFiles.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(entryKey);
  await report('Entry chunk + static imports (build graph)', [...staticFiles]);

  // 2. What Chromium loads.
  const app = await startApp({ staticDir: outDir });
  const session = await launchBrowser();
  const scriptsLoaded = () =>
    session.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.slice(1))
        .filter((path) => path.startsWith('assets/') && path.endsWith('.js')),
    );
  try {
    const { page } = session;
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Daftar di Pintu' }).waitFor();
    await page.waitForLoadState('networkidle');
    const enroll = await scriptsLoaded();
    const enrollTotal = await report(
      `New phone: enrollment (${new URL(page.url()).pathname}), measured`,
      enroll,
    );

    // A signed-in volunteer: every start opens on the PIN screen, then the home list.
    await waitForServiceWorker(page);
    await waitForDatabase(page, 'meta');
    await writeSignedIn(page, {
      area: { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rts: [1] },
      iterations: 1_000,
    });
    const home = await session.context.newPage();
    await home.goto(app.url);
    await home.getByRole('heading', { name: 'Masukkan PIN' }).waitFor();
    await home.waitForLoadState('networkidle');
    session.page = home;
    const lockFiles = await scriptsLoaded();
    await report('Signed-in phone: PIN screen, measured', lockFiles);
    await unlockPage(home);
    await home.locator('#cari').waitFor();
    await home.waitForLoadState('networkidle');
    const homeFiles = await scriptsLoaded();
    const homeTotal = await report('PIN screen, then the home list, measured', homeFiles);

    const all = (await readdir(join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
    let allTotal = 0;
    for (const f of all) allTotal += await gzipSize(`assets/${f}`);
    const sw = gzipSync(await readFile(join(outDir, 'sw.js')), { level: 9 }).length;
    console.log(
      `\nAll app JavaScript (every route, precached): ${kb(allTotal)} KB gzip in ${all.length} files`,
    );
    console.log(`Service worker sw.js: ${kb(sw)} KB gzip`);
    console.log(
      `\nFIRST ROUTE: enrollment ${kb(enrollTotal)} KB, home ${kb(homeTotal)} KB gzip; budget ${BUDGET_KB} KB each`,
    );
  } finally {
    await session.close();
    await app.stop();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
