// Signing out in real Chromium: "Keluar" first sends what waits in the outbox; with no signal
// it says how many changes would be lost and lets the volunteer go back; with signal it sends
// them, then wipes the phone and returns to enrollment. The server keeps what was sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIndexedDb, readOutbox, waitForDatabase } from './harness-idb';
import {
  createInvitation,
  enrollPage,
  launchBrowser,
  setOffline,
  startAppWithAdmin,
  waitForServiceWorker,
  type App,
  type BrowserSession,
  addFirstHousehold,
  serverChanges,
} from './harness';

let app: App;
let session: BrowserSession;
let adminToken: string;

// Kranji, RW 008: not a demo kelurahan, so the RT starts empty.
const AREA = { kelurahanCode: '32.75.02.1002', rw: 8, rts: [3] };

beforeAll(async () => {
  ({ app, adminToken } = await startAppWithAdmin());
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

async function serverHeadNames(): Promise<unknown[]> {
  const changes = await serverChanges(app.url, adminToken, AREA);
  return changes.filter((c) => c.entity === 'household').map((c) => c.values.headName);
}

describe('signing out', () => {
  it('warns about unsent changes offline; online it sends them first, then wipes the phone', async () => {
    const { page, context } = session;
    await page.goto(app.url);
    await waitForServiceWorker(page);
    const { code } = await createInvitation(app.url, adminToken, { role: 'relawan', area: AREA });
    await enrollPage(page, app.url, { code, name: 'Relawan Keluar' });

    // A household recorded without signal waits in the outbox.
    await setOffline(context, true);
    await addFirstHousehold(page, { street: 'Jl. Kenanga', number: '7', head: 'Sri Wahyuni' });

    // Offline, "Keluar" cannot send it: it says so, and going back keeps everything.
    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Data' })
      .click();
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await page
      .getByRole('heading', { name: '1 perubahan belum terkirim' })
      .waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Batal' }).click();
    expect(await readOutbox(page)).toHaveLength(1);
    expect(await serverHeadNames()).toEqual([]);

    // With signal again, "Keluar" sends it first, then asks, then wipes.
    await setOffline(context, false);
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await page
      .getByRole('heading', { name: 'Keluar dan hapus data di HP ini?' })
      .waitFor({ timeout: 30_000 });
    expect(await serverHeadNames()).toEqual(['Sri Wahyuni']);
    await page.getByRole('button', { name: 'Keluar dan hapus' }).click();
    await page.waitForURL(/\/daftar$/);
    await waitForDatabase(page, 'households');
    expect(await readIndexedDb(page, 'households')).toEqual([]);
    expect(await readOutbox(page)).toEqual([]);
    expect(await readIndexedDb(page, 'meta')).not.toContainEqual(
      expect.objectContaining({ key: 'auth' }),
    );
  });
});
