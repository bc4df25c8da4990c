// The lurah's screens in real Chromium, as the lurah uses them: invite a volunteer from the
// "Relawan" menu (the code shows on screen), the volunteer enrolls with that code on their
// own phone and records a household, the lurah reads its history, changes the volunteer's
// RT with the card's form, then revokes their access. The city's admin narrows the list to
// one kelurahan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { UserSummary } from '@shared/auth/api';
import { DEMO_KELURAHAN } from '@shared/demo';
import { KECAMATAN } from '@shared/wilayah/wilayah';
import { readIndexedDb } from './harness-idb';
import {
  enrollPage,
  launchBrowser,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
  addFirstHousehold,
  outboxDrained,
  storedToken,
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
  it('invite on screen, the volunteer enrolls with the code shown; history, change area, revoke', async () => {
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

    // The volunteer records a household; it reaches the server by itself.
    await addFirstHousehold(volunteer, {
      street: 'Jl. Flamboyan',
      number: '4',
      head: 'Dedi Kurniawan',
    });
    await outboxDrained(volunteer);
    const [household] = await readIndexedDb<{ id: string }>(volunteer, 'households');

    // The lurah opens the household's history: who made it, on which device, with what.
    await lurah.goto(`${app.url}/rumah/${household!.id}/riwayat`);
    await lurah.getByRole('heading', { name: 'Riwayat perubahan' }).waitFor();
    const entry = lurah.locator('.timeline > li').first();
    await entry.waitFor();
    await expect(entry.innerText()).resolves.toMatch(
      /Rumah tangga dibuat[\s\S]*Relawan Baru[\s\S]*headName: Dedi Kurniawan/,
    );

    // The lurah moves the volunteer to RT 004 with the card's form.
    await lurah.goto(`${app.url}/relawan`);
    // The name search narrows the kelurahan's people to the one the lurah looks for.
    const cards = lurah.locator('ul.plain-list > li.card');
    await expect.poll(() => cards.count()).toBeGreaterThan(1);
    await lurah.getByLabel('Cari nama').fill('relawan BARU');
    await expect
      .poll(() => cards.allInnerTexts())
      .toEqual([expect.stringContaining('Relawan Baru')]);
    await expect(
      lurah.getByRole('status').filter({ hasText: 'orang' }).innerText(),
    ).resolves.toMatch(/^1 dari \d+ orang\.$/);
    const card = lurah.locator('.card', { hasText: 'Relawan Baru' });
    await card.getByRole('button', { name: 'Ubah wilayah' }).click();
    await card.getByLabel('Nomor RT').fill('4');
    await card.getByRole('button', { name: 'Simpan wilayah' }).click();
    await expect.poll(() => card.innerText()).toMatch(/RT 004 \/ RW 002/);
    const token = await storedToken(lurah);
    const users = await call<UserSummary[]>(app.url, '/api/users', token);
    expect(users.find((u) => u.name === 'Relawan Baru')?.area).toMatchObject({ rw: 2, rts: [4] });

    // And revokes their access.
    await card.getByRole('button', { name: 'Cabut akses' }).click();
    await lurah.getByRole('dialog').getByRole('button', { name: 'Cabut akses' }).click();

    await expect
      .poll(async () => {
        const users = await call<UserSummary[]>(app.url, '/api/users', token);
        return users.find((u) => u.name === 'Relawan Baru')?.status;
      })
      .toBe('revoked');
  }, 120_000);

  it("the city's admin narrows the whole city's people to one kelurahan", async () => {
    const context = await session.browser!.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const admin = await context.newPage();
      await enrollPage(admin, app.url, { code: (await demoCodes(app)).admin, name: 'Admin Kota' });
      const token = await storedToken(admin);
      const users = await call<UserSummary[]>(app.url, '/api/users', token);
      const inKelurahan = (code: string) => users.filter((u) => u.area.kelurahanCode === code);
      const [withPeople] = DEMO_KELURAHAN.filter((code) => inKelurahan(code).length > 0);
      const withNobody = KECAMATAN.flatMap((k) => k.kelurahan).find(
        (k) => inKelurahan(k.code).length === 0,
      )!;

      await admin.goto(`${app.url}/relawan`);
      const cards = admin.locator('ul.plain-list > li.card');
      const shown = admin.getByRole('status').filter({ hasText: 'orang' });
      await expect.poll(() => cards.count()).toBe(users.length);
      await admin.getByLabel('Kelurahan').selectOption(withPeople!);
      await expect.poll(() => cards.count()).toBe(inKelurahan(withPeople!).length);
      await expect(shown.innerText()).resolves.toBe(
        `${inKelurahan(withPeople!).length} dari ${users.length} orang.`,
      );
      await admin.getByLabel('Kelurahan').selectOption(withNobody.code);
      await expect.poll(() => cards.count()).toBe(0);
      await expect(shown.innerText()).resolves.toBe(
        `Tidak ada yang cocok dari ${users.length} orang.`,
      );
    } finally {
      await context.close();
    }
  }, 60_000);
});
