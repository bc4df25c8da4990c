// The service worker makes the app open without a network: installed on the first visit,
// controlling the page, and answering every navigation from the precache once offline.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  setOffline,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

const networkLabel = () =>
  session.page.getByRole('status').filter({ hasText: /^(Daring|Luring)$/ });

describe('offline app shell', () => {
  it('the first visit installs the service worker, and it controls the page after a reload', async () => {
    const { page } = session;
    await page.goto(app.url);
    await expect(networkLabel().textContent()).resolves.toBe('Daring');
    const scriptUrl = await waitForServiceWorker(page);
    expect(new URL(scriptUrl).pathname).toBe('/sw.js');

    await page.reload();
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(controller).toBe(scriptUrl);

    // Everything index.html loads is in the precache, so nothing is missing offline.
    const missing = await page.evaluate(async () => {
      const assets = [
        ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
          'script[src], link[rel="stylesheet"], link[rel="modulepreload"], link[rel="manifest"]',
        ),
      ].map((el) => ('src' in el && el.src ? el.src : (el as HTMLLinkElement).href));
      const found = await Promise.all(
        assets.map((url) => caches.match(url, { ignoreSearch: true })),
      );
      return assets.filter((_, i) => !found[i]);
    });
    expect(missing).toEqual([]);
  });

  it('with the network cut, a reload and a deep link still show the app', async () => {
    const { page, context } = session;
    await setOffline(context, true);
    try {
      await expect.poll(() => networkLabel().textContent()).toBe('Luring');
      await page.reload();
      await expect.poll(() => networkLabel().textContent()).toBe('Luring');
      expect(await page.title()).toBe('Pintu');

      // A route never opened before, typed or bookmarked, opens offline too: with no one
      // signed in on this phone it leads to enrollment, whose screen is a lazy chunk.
      await page.goto(`${app.url}/rumah/baru`);
      await page.getByRole('heading', { name: 'Daftar di Pintu' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/daftar');
      expect(await networkLabel().textContent()).toBe('Luring');

      // The server's own paths are never answered with the app shell.
      const api = await page.evaluate(() =>
        fetch('/api/sync/pull').then(
          (r) => `answered ${r.status} ${r.headers.get('content-type')}`,
          () => 'network error',
        ),
      );
      expect(api).toBe('network error');
    } finally {
      await setOffline(context, false);
    }
    await expect.poll(() => networkLabel().textContent()).toBe('Daring');
  });

  it('boundary data and map tiles seen once online are there offline', async () => {
    const { page, context } = session;
    const files = {
      '/data/e2e-batas.geojson': '{"type":"FeatureCollection","features":[]}',
      '/tiles/15/26160/16950.png': 'not really a png, but bytes to cache',
    };
    for (const [path, body] of Object.entries(files)) {
      const file = join(app.staticDir, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, body);
    }
    const fetchAll = () =>
      page.evaluate(
        (paths) =>
          Promise.all(
            paths.map((p) =>
              fetch(p).then(
                (r) => r.text(),
                () => 'failed',
              ),
            ),
          ),
        Object.keys(files),
      );
    expect(await fetchAll()).toEqual(Object.values(files));
    await setOffline(context, true);
    try {
      expect(await fetchAll()).toEqual(Object.values(files));
    } finally {
      await setOffline(context, false);
    }
  });

  it('Background Sync (network back) asks the open app to sync', async () => {
    const { page, context } = session;
    const cdp = await context.newCDPSession(page);
    const registrations: { registrationId: string; scopeURL: string }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) =>
      registrations.push(...event.registrations),
    );
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const w = window as unknown as { e2eMessages: unknown[] };
      w.e2eMessages = [];
      navigator.serviceWorker.addEventListener('message', (e) => w.e2eMessages.push(e.data));
    });
    const messages = () =>
      page.evaluate(() => (window as unknown as { e2eMessages: unknown[] }).e2eMessages);
    // What the browser does when the network returns after the page registered the tag.
    const fire = (tag: string) =>
      cdp.send('ServiceWorker.dispatchSyncEvent', {
        origin: app.url,
        registrationId: registrations[0]!.registrationId,
        tag,
        lastChance: false,
      });
    await fire('some-other-tag');
    await fire('pintu-push');
    await expect.poll(messages).toEqual([{ type: 'SYNC_REQUESTED' }]);
  });
});
