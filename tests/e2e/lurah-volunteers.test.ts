// The lurah's screens in real Chromium, as the lurah uses them: invite a volunteer from the
// "Relawan" menu (the code shows on screen), the volunteer enrolls with that code on their
// own phone, then the lurah finds them in the list and revokes their access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { UserSummary } from '@shared/auth/api';
import { readIndexedDb } from './harness-idb';
import {
  enrollPage,
  launchBrowser,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
} from './harness';
import { call, demoCodes } from './harness-auth';

let app: App;
let session: BrowserSession;
let phone: BrowserContext;

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  session = await launchBrowser();
  phone = await session.browser!.newContext({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => {
  await phone?.close();
  await session?.close();
  await app?.stop();
});

describe("the lurah's volunteer screens", () => {
  it('invite on screen, the volunteer enrolls with the code shown, then revoke', async () => {
    const lurah = session.page;
    await lurah.goto(app.url);
    await waitForServiceWorker(lurah);
    await enrollPage(lurah, app.url, { code: (await demoCodes(app)).lurah, name: 'Bu Lurah' });

    await lurah
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Relawan' })
      .click();
    await lurah.getByRole('link', { name: '+ Undang' }).click();
    await lurah.getByRole('radio', { name: 'Relawan', exact: true }).check();
    await lurah.getByLabel('Nomor RW').fill('2');
    await lurah.getByLabel('Nomor RT').fill('3');
    await lurah.getByRole('button', { name: 'Buat undangan' }).click();
    const code = (await lurah.getByTestId('invitation-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // The QR code of the link, to scan with the volunteer's camera (drawn once its chunk loads).
    await lurah.getByRole('img', { name: `Kode QR tautan undangan ${code}` }).waitFor();

    const volunteer = await phone.newPage();
    await enrollPage(volunteer, app.url, { code, name: 'Relawan Baru' });

    await lurah.goto(`${app.url}/relawan`);
    const card = lurah.locator('.card', { hasText: 'Relawan Baru' });
    await card.getByRole('button', { name: 'Cabut akses' }).click();
    await lurah.getByRole('dialog').getByRole('button', { name: 'Cabut akses' }).click();

    const meta = await readIndexedDb<{ key: string; value: { token: string } }>(lurah, 'meta');
    const token = meta.find((m) => m.key === 'auth')!.value.token;
    await expect
      .poll(async () => {
        const users = await call<UserSummary[]>(app.url, '/api/users', token);
        return users.find((u) => u.name === 'Relawan Baru')?.status;
      })
      .toBe('revoked');
  });
});
