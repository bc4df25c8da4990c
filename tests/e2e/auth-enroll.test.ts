// Enrollment from an invitation code, in real Chromium: a lurah makes an invitation through the
// API; the volunteer opens its link, gives a name, phone and PIN, and gets their area. Then
// the app is closed and opened again with the network cut: the PIN opens it, offline. Wrong
// PINs are slowed, and the wait survives reopening the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KELURAHAN } from '@shared/demo';
import {
  createInvitation,
  enrollPage,
  enrollViaApi,
  launchBrowser,
  readIndexedDb,
  setOffline,
  startApp,
  typePin,
  unlockPage,
  waitForServiceWorker,
  type App,
  type BrowserSession,
} from './harness';
import { demoCodes, demoDataReady } from './harness-auth';

let app: App;
let session: BrowserSession;
let lurahToken: string;

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'demo', DEMO_SIZE: 'small' } });
  await demoDataReady(app);
  session = await launchBrowser();
  lurahToken = (await enrollViaApi(app.url, (await demoCodes(app)).lurah)).token;
}, 300_000);
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

type Row = { kelurahanCode: string; rw: number; rt: number };

describe('enrollment and the PIN', () => {
  it('refuses a wrong code with a clear message', async () => {
    const { page } = session;
    await page.goto(`${app.url}/daftar?kode=ZZZZ-ZZZZ`);
    await page.getByLabel('Nama lengkap').fill('Siti Aminah');
    await page.getByLabel('Nomor HP').fill('0812 3456 7890');
    await page.getByLabel('PIN baru (6 angka)').fill('482915');
    await page.getByLabel('Ulangi PIN').fill('482915');
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByText('Kode undangan salah, sudah dipakai, atau sudah kedaluwarsa.').waitFor();
    expect(await readIndexedDb(page, 'meta')).not.toContainEqual(
      expect.objectContaining({ key: 'auth' }),
    );
  });

  it("enrolls with the lurah's invitation and holds exactly the volunteer's RT", async () => {
    const { page } = session;
    const area = { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rts: [2] };
    const invitation = await createInvitation(app.url, lurahToken, { role: 'relawan', area });
    expect(invitation.link).toBe(`/daftar?kode=${invitation.code}`);

    await page.goto(app.url);
    await waitForServiceWorker(page);
    await enrollPage(page, app.url, { code: invitation.code.toLowerCase(), name: 'Siti Aminah' });
    await page.getByRole('link', { name: 'Ganti RT' }).getByText('RT 002 / RW 001').waitFor();

    // The demo RT arrives by itself (the first sync finishes), and nothing else does.
    await expect
      .poll(
        async () => {
          const meta = await readIndexedDb<{ key: string; value: { lastSuccessAt?: number } }>(
            page,
            'meta',
          );
          return meta.find((m) => m.key === 'sync')?.value.lastSuccessAt ?? null;
        },
        { timeout: 60_000 },
      )
      .not.toBeNull();
    const rows = await readIndexedDb<Row>(page, 'households');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => `${r.kelurahanCode}/${r.rw}/${r.rt}`))).toEqual(
      new Set([`${DEMO_KELURAHAN[0]}/1/2`]),
    );
    // The token is stored; the PIN is not.
    const meta = await readIndexedDb<{ key: string; value: unknown }>(page, 'meta');
    const auth = JSON.stringify(meta.find((m) => m.key === 'auth'));
    expect(auth).toContain('"status":"active"');
    expect(auth).not.toContain('482915');
  });

  it('opens with the PIN with the network cut, after the app was closed', async () => {
    const { context, page } = session;
    const households = (await readIndexedDb(page, 'households')).length;
    await setOffline(context, true);
    await page.close();
    const reopened = await context.newPage();
    session.page = reopened;
    await reopened.goto(app.url);
    await reopened.getByRole('heading', { name: 'Masukkan PIN' }).waitFor();
    // Nothing of the area shows behind the lock.
    expect(await reopened.getByText(/Rumah berikutnya/).count()).toBe(0);

    await unlockPage(reopened);
    await reopened.getByRole('button', { name: /Rumah berikutnya/ }).waitFor();
    await expect.poll(() => reopened.locator('.hh-row').count()).toBeGreaterThan(0);
    expect((await readIndexedDb(reopened, 'households')).length).toBe(households);
  });

  it('slows wrong PINs down: after three, a wait that reopening the app does not shorten', async () => {
    const { context } = session;
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Masukkan PIN' }).waitFor();
    await typePin(page, '000001');
    await page.getByText('PIN salah. Sisa 2 percobaan sebelum harus menunggu.').waitFor();
    await typePin(page, '000002');
    await page.getByText('PIN salah. Sisa 1 percobaan sebelum harus menunggu.').waitFor();
    await typePin(page, '000003');
    await page.getByText(/Terlalu banyak PIN salah\. Coba lagi dalam (30|29|28) detik\./).waitFor();
    expect(await page.getByRole('button', { name: '4', exact: true }).isDisabled()).toBe(true);

    await page.close();
    const again = await context.newPage();
    await again.goto(app.url);
    await again.getByText(/Terlalu banyak PIN salah\. Coba lagi dalam \d+ detik\./).waitFor();
    expect(await again.getByRole('button', { name: '4', exact: true }).isDisabled()).toBe(true);
    await setOffline(context, false);
  });
});
