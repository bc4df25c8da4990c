// Revocation in real Chromium: a volunteer's phone holds their RT and one change not yet sent;
// the lurah revokes the volunteer; at the phone's next sync every record of the area, the
// outbox and the token are gone, and the screen says why and how many changes were lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserSummary } from '@shared/auth/api';
import { DEMO_KELURAHAN } from '@shared/demo';
import {
  createInvitation,
  countIndexedDb,
  enrollPage,
  enrollViaApi,
  launchBrowser,
  readIndexedDb,
  readOutbox,
  setOffline,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
  addFirstHousehold,
} from './harness';
import { call, demoCodes, demoDataReady } from './harness-auth';

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

describe('revocation', () => {
  it("a revoked volunteer's next sync removes the area's data from the phone and shows why", async () => {
    const { page, context } = session;
    const area = { kelurahanCode: DEMO_KELURAHAN[0], rw: 2, rts: [3] };
    const { code } = await createInvitation(app.url, lurahToken, { role: 'relawan', area });
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await enrollPage(page, app.url, { code, name: 'Relawan Dicabut' });

    // A household recorded and sent, then an edit made without signal.
    await addFirstHousehold(page, { street: 'Jl. Kenanga', number: '7', head: 'Slamet Riyadi' });
    await expect.poll(() => readOutbox(page), { timeout: 20_000 }).toEqual([]);
    await setOffline(context, true);
    await page.getByRole('link', { name: 'Ubah data rumah' }).click();
    await page.getByLabel('Nama kepala keluarga').fill('Slamet Riyadi Jr');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('link', { name: 'Ubah data rumah' }).waitFor();
    expect(await readOutbox(page)).toHaveLength(1);
    expect((await countIndexedDb(page)).households).toBeGreaterThan(0);

    // The lurah revokes the volunteer.
    const users = await call<UserSummary[]>(app.url, '/api/users', lurahToken);
    const volunteer = users.find((u) => u.name === 'Relawan Dicabut')!;
    await call(app.url, `/api/users/${volunteer.id}/revoke`, lurahToken, { method: 'POST' });

    // Signal returns: the phone's own sync finds out, with no click.
    await setOffline(context, false);
    await page
      .getByRole('heading', { name: 'Akses Anda telah dicabut' })
      .waitFor({ timeout: 30_000 });
    await page.getByText('1 perubahan yang belum terkirim ikut terhapus.').waitFor();
    const counts = await countIndexedDb(page);
    for (const store of [
      'households',
      'residents',
      'doses',
      'visits',
      'isoman',
      'outboxRows',
      'rejected',
    ]) {
      expect(counts[store], store).toBe(0);
    }
    const meta = await readIndexedDb<{ key: string; value: Record<string, unknown> }>(page, 'meta');
    expect(meta.map((m) => m.key)).toEqual(['auth']);
    expect(meta[0]!.value).toMatchObject({ status: 'revoked', unsentDeleted: 1 });
    expect(JSON.stringify(meta)).not.toMatch(/token|Slamet|Relawan Dicabut/);

    // A reload shows the same notice, and enrollment starts from a clean phone.
    await page.reload();
    await page.getByRole('heading', { name: 'Akses Anda telah dicabut' }).waitFor();
    await page.getByRole('button', { name: 'Daftar dengan kode undangan baru' }).click();
    await page.getByRole('heading', { name: 'Daftar di Pintu' }).waitFor();
  });
});
