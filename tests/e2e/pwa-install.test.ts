// The web app manifest meets Chromium's install criteria, and says what a volunteer's home
// screen needs: name, icons (maskable too), standalone display, theme, the "add" shortcut.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  // Headless Chromium offers installation (beforeinstallprompt) only without its
  // engagement heuristics (a real user visits more than once first).
  session = await launchBrowser(
    {},
    { persistent: true, args: ['--bypass-app-banner-engagement-checks'] },
  );
  await session.page.goto(app.url);
  await waitForServiceWorker(session.page);
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

type Icon = { src: string; sizes: string; type: string; purpose?: string };
type Manifest = {
  id: string;
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  lang: string;
  icons: Icon[];
  shortcuts: { name: string; url: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('install to the home screen', () => {
  it('Chromium finds no installability error', async () => {
    const cdp = await session.context.newCDPSession(session.page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(new URL(url).pathname).toBe('/manifest.webmanifest');
  });

  it('the manifest has the names, colours, display, scope and the shortcut', async () => {
    const manifest = (await (await fetch(`${app.url}/manifest.webmanifest`)).json()) as Manifest;
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Pintu'),
      short_name: 'Pintu',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0f766e',
      background_color: '#ffffff',
      lang: 'id',
    });
    expect(manifest.shortcuts).toContainEqual(
      expect.objectContaining({ name: 'Tambah rumah tangga', url: '/rumah/baru' }),
    );
    // The page shows the same theme colour as the manifest (status bar before install).
    const themeMeta = await session.page.getAttribute('meta[name="theme-color"]', 'content');
    expect(themeMeta).toBe(manifest.theme_color);
  });

  it('icons 192, 512 and maskable 512 are real PNGs of their stated size; Apple icon too', async () => {
    const manifest = (await (await fetch(`${app.url}/manifest.webmanifest`)).json()) as Manifest;
    const wanted = [
      { size: 192, purpose: 'any' },
      { size: 512, purpose: 'any' },
      { size: 512, purpose: 'maskable' },
    ];
    for (const { size, purpose } of wanted) {
      const icon = manifest.icons.find(
        (i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(' ').includes(purpose),
      );
      expect(icon, `${purpose} ${size}`).toBeDefined();
      const response = await fetch(new URL(icon!.src, app.url));
      expect(response.headers.get('content-type')).toContain('image/png');
      expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({
        width: size,
        height: size,
      });
    }
    const appleHref = await session.page.getAttribute('link[rel="apple-touch-icon"]', 'href');
    const apple = await fetch(new URL(appleHref!, app.url));
    expect(pngSize(Buffer.from(await apple.arrayBuffer()))).toEqual({ width: 180, height: 180 });
  });

  it('offers "Pasang aplikasi" when Chromium can install the app', async () => {
    const button = session.page.getByRole('button', { name: 'Pasang aplikasi' });
    await button.waitFor({ timeout: 15_000 });
    expect(await button.isVisible()).toBe(true);
  });

  it('on an iPhone, explains Bagikan → Tambah ke Layar Utama; installed, shows nothing', async () => {
    // Safari has no install prompt: an incognito context with an iPhone's user agent never
    // gets beforeinstallprompt either.
    const iphone = await launchBrowser({
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 ' +
        '(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    });
    try {
      const { page } = iphone;
      await page.goto(app.url);
      // Once the first visit's service worker controls the page, nothing reloads it under the click.
      await waitForServiceWorker(page);
      const button = page.getByRole('button', { name: 'Pasang aplikasi' });
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.getByText('Tambah ke Layar Utama').isVisible()).toBe(true);
      expect(await page.getByText('Bagikan').isVisible()).toBe(true);

      // Opened from the home screen, iOS Safari sets navigator.standalone: no button, no steps.
      const installed = await iphone.context.newPage();
      await installed.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }),
      );
      await installed.goto(app.url);
      await installed
        .getByRole('status')
        .filter({ hasText: /^(Daring|Luring)$/ })
        .waitFor();
      expect(await installed.getByRole('button', { name: 'Pasang aplikasi' }).count()).toBe(0);
      expect(await installed.getByText('Tambah ke Layar Utama').count()).toBe(0);
    } finally {
      await iphone.close();
    }
  });
});
