// Runs project code in real Chromium against real IndexedDB: Vite's dev server (the project's
// config) serves the TypeScript modules, and an empty page imports them. No build, no app
// shell, no service worker: only the modules under test.
//
// The browser gets a fresh on-disk profile, as an installed PWA on a phone has. An incognito
// context keeps IndexedDB in memory, where this Chromium writes several times slower (an RW's
// raw writes: 4.36 s there, 1.00 s on disk; docs/benchmarks.md); `BENCH_PROFILE=incognito`
// measures that one instead.
import { createServer as netServer } from 'node:net';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchBrowser, type BrowserSession } from '../../e2e/harness';

const ROOT = resolve(import.meta.dirname, '../../..');

export type BenchPage = {
  page: Page;
  /** Slows the CPU down `rate` times (1 = normal), to stand in for a cheap phone. */
  throttle(rate: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * `browserArgs`: extra Chromium flags (the sync benchmark lets the page call another origin).
 * `persistent`: an on-disk profile (the default) or an incognito context.
 * `dependencies`: packages the page imports besides Dexie and zod (pre-bundled up front).
 */
export async function openBenchPage({
  browserArgs = [],
  persistent = process.env.BENCH_PROFILE !== 'incognito',
  dependencies = [],
}: {
  browserArgs?: string[];
  persistent?: boolean;
  dependencies?: string[];
} = {}): Promise<BenchPage> {
  const port = await freePort();
  const server: ViteDevServer = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false, proxy: {} },
    // Pre-bundled up front: a dependency found later would make Vite reload the page mid-run.
    optimizeDeps: { include: ['dexie', 'zod', ...dependencies], noDiscovery: true },
  });
  await server.listen();
  let session: BrowserSession | null = null;
  try {
    session = await launchBrowser({ serviceWorkers: 'block' }, { args: browserArgs, persistent });
    const { page } = session;
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${port}/tests/bench/client/page/bench.html`);
    let cdp: CDPSession | null = null;
    const opened = session;
    return {
      page,
      async throttle(rate) {
        cdp ??= await opened.context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      },
      async close() {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await session?.close();
    await server.close();
    throw error;
  }
}

type PageFn = (...args: never[]) => unknown;
type FnNames<Api> = { [K in keyof Api]: Api[K] extends PageFn ? K : never }[keyof Api];

/**
 * Calls the page-side module at `modulePath` (served by Vite) in the bench page:
 * `pageModule<typeof Api>(page, path)('prepare', …)` runs `prepare(…)` in Chromium and returns
 * its (serializable) result.
 */
export function pageModule<Api>(page: Page, modulePath: string) {
  return <K extends FnNames<Api> & string>(
    name: K,
    ...args: Api[K] extends PageFn ? Parameters<Api[K]> : never
  ) =>
    page.evaluate(
      async ([path, name, args]) => {
        const api = await import(path);
        return api[name](...args);
      },
      [modulePath, name, args] as const,
    ) as Promise<Api[K] extends PageFn ? Awaited<ReturnType<Api[K]>> : never>;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = netServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
