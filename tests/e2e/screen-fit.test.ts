// The screen of a 360×740 phone, as a relawan with two RTs uses it: one top bar row online and
// offline (area, network, changes waiting), one control for RT 001 / RT 002 / the whole RW,
// and a failed save that shows its first error between the top bar and the Simpan bar, with
// the cursor in that field. axe-core checks the form showing its errors.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCodes } from './harness-auth';
import { expectAccessible } from './harness-axe';
import {
  createInvitation,
  enrollPage,
  enrollViaApi,
  launchBrowser,
  setOffline,
  startApp,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let session: BrowserSession;

// A kelurahan without demo households: the RTs start empty.
const AREA = { kelurahanCode: '32.75.01.1002', rw: 3, rts: [5, 6] };

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

const box = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())!;

describe('a screen that fits a phone', () => {
  it('keeps the top bar to one row of about 48 px, online and offline', async () => {
    const { page, context } = session;
    const admin = await enrollViaApi(app.url, (await demoCodes(app)).admin);
    const { code } = await createInvitation(app.url, admin.token, { role: 'relawan', area: AREA });
    await enrollPage(page, app.url, { code });
    await page.getByText('Belum ada rumah tangga di RT 005.').waitFor();

    const area = page.getByRole('link', { name: /RT 005 \/ RW 003/ });
    await expect(area.getAttribute('href')).resolves.toBe('/wilayah');
    const status = page.locator('.topbar-status');
    await expect.poll(() => status.innerText()).toMatch(/Daring\s+Sinkron \d{2}\.\d{2}/);
    expect((await box(page, 'header.topbar')).height).toBeLessThanOrEqual(50);

    await setOffline(context, true);
    await expect.poll(() => status.innerText()).toMatch(/Luring/);
    expect((await box(page, 'header.topbar')).height).toBeLessThanOrEqual(50);
    await setOffline(context, false);
  });

  it('switches RT 005, RT 006 and the whole RW from one control', async () => {
    const { page } = session;
    const scope = page.getByRole('group', { name: 'Lingkup daftar' });
    await expect(scope.getByRole('button').allInnerTexts()).resolves.toEqual([
      'RT 005',
      'RT 006',
      'Seluruh RW 003',
    ]);
    await expect(page.getByRole('group', { name: 'RT Anda' }).count()).resolves.toBe(0);
    await scope.getByRole('button', { name: 'RT 006' }).click();
    await page.getByText('Belum ada rumah tangga di RT 006.').waitFor();
    await page.getByRole('link', { name: /RT 006 \/ RW 003/ }).waitFor();
    await expect(
      scope.getByRole('button', { name: 'RT 006' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await scope.getByRole('button', { name: 'Seluruh RW 003' }).click();
    await page.getByText('Belum ada rumah tangga di RW ini.').waitFor();
  });

  it('shows the first error above the Simpan bar, with its field focused', async () => {
    const { page } = session;
    await page.goto(`${app.url}/rumah/baru`);
    await page.getByLabel('Nama jalan / gang / perumahan').fill('Jl. Kenanga');
    await page.getByLabel('Nomor rumah / blok').fill('7');
    await page.getByLabel('Nama kepala keluarga').fill('   ');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();

    const error = page.getByText('Nama kepala keluarga wajib diisi.');
    await error.waitFor();
    const message = (await error.boundingBox())!;
    const bar = await box(page, '.sticky-save');
    const top = await box(page, 'header.topbar');
    expect(message.y + message.height).toBeLessThanOrEqual(bar.y);
    expect(message.y).toBeGreaterThanOrEqual(top.y + top.height);
    await expect(
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('id')),
    ).resolves.toBe(await page.getByLabel('Nama kepala keluarga').getAttribute('id'));
    await expectAccessible(page, '/rumah/baru after Simpan');
  });
});
