// The home list is virtualized (useWindowRows): with an RT of about 100 households on the
// phone, only a screenful of rows is in the DOM, the rows stack without gap or overlap once
// measured, and scrolling the page down to the end brings every household on screen once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withHouseholdWords, withResidentWords } from '@client/db/search-words';
import { DEMO_KELURAHAN, generateRw } from '@shared/demo';
import {
  launchBrowser,
  startApp,
  unlockPage,
  waitForDatabase,
  waitForServiceWorker,
  writeIndexedDb,
  writeSignedIn,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let phone: BrowserSession;
const rw = generateRw({ kelurahanCode: DEMO_KELURAHAN[0], today: '2022-06-01' });
const inRt1 = rw.households.filter((h) => h.rt === 1);

beforeAll(async () => {
  app = await startApp();
  phone = await launchBrowser();
  const { page } = phone;
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await waitForDatabase(page, 'households');
  await writeIndexedDb(page, 'households', rw.households.map(withHouseholdWords));
  await writeIndexedDb(page, 'residents', rw.residents.map(withResidentWords));
  await writeIndexedDb(page, 'meta', [
    { key: 'area', value: { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rt: 1 } },
  ]);
  await writeSignedIn(page, {
    role: 'ketua-rw',
    area: { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rts: [] },
    iterations: 1_000,
  });
  await page.goto(app.url);
  await unlockPage(page);
  await page.locator('.hh-list-item').first().waitFor();
}, 120_000);

afterAll(async () => {
  await phone?.close();
  await app?.stop();
});

/** The rows in the DOM: their household ids and where they are on screen. */
function rowsOnPage() {
  return phone.page.locator('.hh-list-item').evaluateAll((items) =>
    items.map((item) => {
      const box = item.getBoundingClientRect();
      return { key: (item as HTMLElement).dataset['key']!, top: box.top, bottom: box.bottom };
    }),
  );
}

describe('home list, virtualized', () => {
  it('has a screenful of rows in the DOM, stacked without gap or overlap', async () => {
    expect(inRt1.length).toBeGreaterThan(60);
    const rows = (await rowsOnPage()).sort((a, b) => a.top - b.top);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(30);
    for (let i = 1; i < rows.length; i++) {
      expect(Math.abs(rows[i]!.top - rows[i - 1]!.bottom)).toBeLessThan(1);
    }
  });

  it('brings every household of the RT on screen once, scrolling to the end', async () => {
    const { page } = phone;
    const seen = new Set<string>();
    const height = page.viewportSize()!.height;
    for (let step = 0; step < 400; step++) {
      for (const row of await rowsOnPage()) {
        if (row.bottom > 0 && row.top < height) seen.add(row.key);
      }
      const atEnd = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
      );
      if (atEnd) break;
      await page.evaluate((by) => window.scrollBy(0, by), Math.floor(height / 2));
      await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    }
    expect([...seen].sort()).toEqual(inRt1.map((h) => h.id).sort());
  });
});
