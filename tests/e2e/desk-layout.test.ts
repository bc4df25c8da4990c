// The lurah's desk: on a 1366×768 laptop the screens of those who oversee use the width (the
// RW table and the weekly report whole, the map beside its legend); on a 360×740 phone they
// keep the one column, with a card per RW instead of a table scrolling sideways and the map
// under the top bar and bottom menu, and a relawan's screens keep the phone column even on a
// laptop. Real Chromium, the real server, the demo data.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { demoDataReady } from './harness-auth';
import { enrollPage, launchBrowser, startApp, type App, type BrowserSession } from './harness';

const NO_OUTSIDE = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 740 };
const KELURAHAN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;

let app: App;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'demo', DEMO_SIZE: 'small' }, timeoutMs: 180_000 });
  await demoDataReady(app, 540_000);
  session = await launchBrowser({ viewport: LAPTOP }, { args: NO_OUTSIDE });
  session.page.setDefaultTimeout(60_000);
  await session.context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
}, 600_000);
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

/** How a table's scroll box and the main column measure on screen. */
function measure(page: Page, table: string) {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)!.closest('.table-scroll')!;
    return {
      hiddenSideways: box.scrollWidth - box.clientWidth,
      mainWidth: document.querySelector('main.content')!.getBoundingClientRect().width,
    };
  }, table);
}

describe('the lurah at a desk and on a phone', { timeout: 240_000 }, () => {
  it('on a laptop, the RW table and the weekly report show whole in a wide column', async () => {
    const { page } = session;
    await enrollPage(page, app.url, { code: 'DEMO-LURH', name: 'Lurah Uji' });
    await page.goto(`${app.url}/dasbor/${KELURAHAN}`);
    await page.getByRole('columnheader', { name: 'Isoman' }).waitFor();
    const dashboard = await measure(page, 'table.coverage-table');
    expect(dashboard.mainWidth).toBeGreaterThan(1200);
    expect(dashboard.hiddenSideways).toBe(0);
    await expect(page.getByRole('columnheader', { name: 'Isoman' }).isVisible()).resolves.toBe(
      true,
    );

    await page.goto(`${app.url}/laporan`);
    await page.locator('table.report-table tbody tr').first().waitFor();
    expect((await measure(page, 'table.report-table')).hiddenSideways).toBe(0);
  });

  it('on a laptop, the map has its legend beside it, not below', async () => {
    const { page } = session;
    await page.goto(`${app.url}/peta/${KELURAHAN}`);
    await page.locator('path.kelurahan-shape').first().waitFor();
    const map = (await page.locator('.map-frame').boundingBox())!;
    const legend = (await page.locator('.map-legend').first().boundingBox())!;
    expect(legend.x).toBeGreaterThanOrEqual(map.x + map.width);
    expect(legend.y).toBeLessThan(map.y + map.height);
  });

  it('on a phone, the same screens keep the one column, a card per RW with 44 px rows', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await page.goto(`${app.url}/dasbor/${KELURAHAN}`);
    await page.locator('table.coverage-table tbody tr').first().waitFor();
    const dashboard = await measure(page, 'table.coverage-table');
    expect(dashboard.mainWidth).toBeLessThanOrEqual(PHONE.width);
    expect(dashboard.hiddenSideways).toBe(0);
    // Each RW is a card: its name on top, then each figure under its label, rows of 44 px.
    const card = page.locator('table.coverage-table tbody tr').first();
    const cells = await card.locator('th, td').evaluateAll((els) =>
      els.map((el) => ({
        height: el.getBoundingClientRect().height,
        label: getComputedStyle(el, '::before').content,
      })),
    );
    expect(cells.length).toBe(12);
    for (const cell of cells) expect(cell.height).toBeGreaterThanOrEqual(44);
    const labels = cells.slice(1).map((c) => c.label);
    expect(labels).toContain('"Sisa ke target"');
    expect(labels).toContain('"Tercatat minggu ini"');
    expect(labels).toContain('"Lengkap dengan bukti"');
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.width).toBeLessThanOrEqual(PHONE.width);

    await page.goto(`${app.url}/peta/${KELURAHAN}`);
    await page.locator('path.kelurahan-shape').first().waitFor();
    const map = (await page.locator('.map-frame').boundingBox())!;
    const legend = (await page.locator('.map-legend').first().boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height);
    // The map scrolled under each bar: the bar stays on top of the map's attribution
    // (bottom right) and zoom buttons (top left), whose z-indexes in Leaflet reach 1000.
    for (const [bar, edge] of [
      ['nav.bottom-nav', 'bottom'],
      ['header.topbar', 'top'],
    ] as const) {
      // On a short screen (a phone in landscape, or with the keyboard up) the map's bottom
      // reaches below the bottom menu; on 360×740 it ends above it.
      await page.setViewportSize(edge === 'bottom' ? { width: 360, height: 480 } : PHONE);
      const covered = await page.evaluate(
        ({ bar, edge }) => {
          const map = document.querySelector('.map-frame')!.getBoundingClientRect();
          const r = document.querySelector(bar)!.getBoundingClientRect();
          // Put the map's edge in the middle of the bar.
          const mapEdge = edge === 'bottom' ? map.bottom : map.top;
          const y = r.top + r.height / 2;
          window.scrollBy(0, mapEdge - y + (edge === 'bottom' ? -10 : 10));
          const moved = document.querySelector('.map-frame')!.getBoundingClientRect();
          // Where map and bar overlap (if the page could scroll the map that far), the bar
          // is what a finger reaches; a map that ends before the bar is clear of it.
          const top = Math.max(moved.top, r.top);
          const bottom = Math.min(moved.bottom, r.bottom);
          if (bottom <= top) return { overlap: false, barOnTop: true };
          const line = (top + bottom) / 2;
          const barOnTop = [0.05, 0.5, 0.95].every(
            (x) => document.elementFromPoint(r.left + r.width * x, line)?.closest(bar) != null,
          );
          return { overlap: true, barOnTop };
        },
        { bar, edge },
      );
      expect(covered.barOnTop, bar).toBe(true);
      // At 360×480 the map does reach under the bottom menu, and under the top bar.
      expect(covered.overlap, bar).toBe(true);
    }
  });

  it("a relawan's screens keep the phone column on a laptop", async () => {
    const relawan = await launchBrowser({ viewport: LAPTOP }, { args: NO_OUTSIDE });
    try {
      await enrollPage(relawan.page, app.url, { code: 'DEMO-RLWN' });
      const width = await relawan.page
        .locator('main.content')
        .evaluate((main) => main.getBoundingClientRect().width);
      expect(width).toBe(720);
    } finally {
      await relawan.close();
    }
  });
});
