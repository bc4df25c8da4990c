// End-to-end harness: the built PWA served by the real server on a loopback port, driven in
// Debian's Chromium through playwright-core. Every app gets its own port, its own temporary
// DATA_DIR and its own copy of the build, so tests (and engineers) running at the same time
// never share state, and a test may change its copy (e.g. a new sw.js for the update flow).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
} from 'playwright-core';

export {
  addFirstHousehold,
  editHousehold,
  outboxDrained,
  serverChanges,
  storedToken,
} from './harness-field';
export {
  countIndexedDb,
  dumpIndexedDb,
  dumpRawIndexedDb,
  readIndexedDb,
  readOutbox,
  waitForDatabase,
  writeIndexedDb,
} from './harness-idb';
import { demoCodes, enrollViaApi } from './harness-auth';
export {
  createInvitation,
  enrollPage,
  enrollViaApi,
  TEST_PIN,
  typePin,
  unlockPage,
  writeSignedIn,
} from './harness-auth';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The app with the demo accounts only (no field data), and the demo admin kota's device token,
 * enrolled through the API, for tests that make their own invitations.
 */
export async function startAppWithAdmin(): Promise<{ app: App; adminToken: string }> {
  const app = await startApp({ env: { SEED: 'accounts' } });
  const { token } = await enrollViaApi(app.url, (await demoCodes(app)).admin);
  return { app, adminToken: token };
}

/** The build the tests serve: `PINTU_STATIC_DIR`, else `dist/client` (scripts/test.mjs builds it). */
export const DEFAULT_STATIC_DIR = resolve(
  process.env.PINTU_STATIC_DIR ?? join(ROOT, 'dist/client'),
);

export interface App {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** The folder being served: a private copy of the build that the test may change. */
  staticDir: string;
  /** The server's DATA_DIR (temporary, removed by stop()). */
  dataDir: string;
  /** Which server answers: the real one, or `vite preview` before src/server existed. */
  kind: 'server' | 'preview';
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartAppOptions {
  /** A built PWA to serve (copied first). Default DEFAULT_STATIC_DIR. */
  staticDir?: string;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** How long to wait for the server to answer, in ms. */
  timeoutMs?: number;
}

/** Starts the app server on a free loopback port and waits until it answers. */
export async function startApp(options: StartAppOptions = {}): Promise<App> {
  const source = resolve(options.staticDir ?? DEFAULT_STATIC_DIR);
  if (!existsSync(join(source, 'index.html'))) {
    throw new Error(`No built PWA in ${source}: run \`npx vite build\` first (npm test does).`);
  }
  const work = await mkdtemp(join(tmpdir(), 'pintu-e2e-'));
  const staticDir = join(work, 'static');
  const dataDir = join(work, 'data');
  // Source maps are not needed to run and are the bulk of the build.
  await cp(source, staticDir, { recursive: true, filter: (path) => !path.endsWith('.map') });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // PINTU_E2E_SERVER=preview forces the static preview (e.g. while the server is broken).
  const kind =
    process.env.PINTU_E2E_SERVER === 'preview' || !existsSync(join(ROOT, 'src/server/main.ts'))
      ? 'preview'
      : 'server';
  const child =
    kind === 'server'
      ? spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
          cwd: ROOT,
          env: {
            ...process.env,
            PORT: String(port),
            HOST: '127.0.0.1',
            DATA_DIR: dataDir,
            STATIC_DIR: staticDir,
            LOG_LEVEL: 'warn',
            // No demo data unless a test asks for it (env: { SEED: 'demo' }): starts faster.
            SEED: 'none',
            ...options.env,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(
          process.execPath,
          [
            join(ROOT, 'node_modules/vite/bin/vite.js'),
            'preview',
            '--outDir',
            staticDir,
            '--host',
            '127.0.0.1',
            '--port',
            String(port),
            '--strictPort',
          ],
          { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
        );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    await stopProcess(child);
    await rm(work, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${url}${kind === 'server' ? '/healthz' : '/'}`, child, options.timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return { url, staticDir, dataDir, kind, output: () => output, stop };
}

/** The flags Debian's Chromium needs here (no sandbox, no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A volunteer's phone: 360×740, Indonesian, Jakarta time, service workers on. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
  serviceWorkers: 'allow',
};

export interface BrowserSession {
  /** null for a persistent context (it has no separate browser object). */
  browser: Browser | null;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with a fresh context (fresh storage, no service worker) and one page.
 * `persistent: true` uses a real (temporary) profile instead of an incognito-like context:
 * Chromium only offers installation outside incognito. `args` adds Chromium flags.
 */
export async function launchBrowser(
  contextOptions: BrowserContextOptions = {},
  { persistent = false, args = [] }: { persistent?: boolean; args?: string[] } = {},
): Promise<BrowserSession> {
  const launch = {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...args],
  };
  const options: BrowserContextOptions = { ...PHONE, ...contextOptions };
  if (persistent) {
    const profile = await mkdtemp(join(tmpdir(), 'pintu-profile-'));
    const context = await chromium.launchPersistentContext(profile, { ...launch, ...options });
    const page = context.pages()[0] ?? (await context.newPage());
    const close = async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    };
    return { browser: null, context, page, close };
  }
  const browser = await chromium.launch(launch);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { browser, context, page, close: () => browser.close() };
}

/**
 * Waits until a service worker is active for the page, then, if it does not yet control the
 * page (the first visit), reloads so that it does. Returns the active worker's script URL.
 */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<string> {
  const scriptUrl = await page.evaluate(async (timeout) => {
    const ready = navigator.serviceWorker.ready.then((r) => r.active?.scriptURL ?? '');
    const late = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no active service worker')), timeout),
    );
    return Promise.race([ready, late]);
  }, timeoutMs);
  if (!(await isControlled(page))) {
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: timeoutMs,
    });
  }
  return scriptUrl;
}

/** Whether a service worker controls the page (serves its requests). */
export function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/**
 * Cuts the network for the whole context (pages and service worker) or brings it back.
 *
 * Debian's Chromium 150 keeps blocking requests of a document loaded while offline, but that
 * document's `navigator.onLine` says true (no 'offline' emulation for it). A phone without
 * signal says false, so each page of an offline context gets the emulation again through CDP
 * after every navigation (the page then sees an 'offline' event, as a phone would); going
 * online lifts it from those pages too.
 */
export async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  await context.setOffline(offline);
  if (offline) offlineContexts.add(context);
  else offlineContexts.delete(context);
  if (!watchedContexts.has(context)) {
    watchedContexts.add(context);
    context.pages().forEach(reapplyOfflineOnNavigation);
    context.on('page', reapplyOfflineOnNavigation);
  }
  if (!offline) {
    await Promise.all(context.pages().map((page) => emulateOffline(page, false).catch(() => {})));
  }
}

const offlineContexts = new WeakSet<BrowserContext>();
const watchedContexts = new WeakSet<BrowserContext>();
const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();

function reapplyOfflineOnNavigation(page: Page): void {
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || !offlineContexts.has(page.context())) return;
    emulateOffline(page, true).catch(() => {}); // the page may close meanwhile
  });
}

async function emulateOffline(page: Page, offline: boolean): Promise<void> {
  if (!offline && !cdpSessions.has(page)) return; // never emulated through CDP
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  await (
    await session
  ).send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
