// A form left open while another phone's edit arrives: the fields the volunteer did not touch
// follow the new values, only the fields they changed are sent, and a field they are editing
// that changed underneath is pointed out beside it. Two volunteers, two real Chromium phones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  addFirstHousehold,
  createInvitation,
  enrollPage,
  launchBrowser,
  outboxDrained,
  readIndexedDb,
  setOffline,
  startAppWithAdmin,
  waitForServiceWorker,
  type App,
  type BrowserSession,
  serverChanges,
  PHONE,
} from './harness';

let app: App;
let session: BrowserSession;
let second: BrowserContext;
let adminToken: string;

// Kranji, RW 009: not a demo kelurahan, so the RT starts empty.
const AREA = { kelurahanCode: '32.75.02.1002', rw: 9, rts: [4] };
const ADDRESS = 'Jl. Kenanga No. 7';

beforeAll(async () => {
  ({ app, adminToken } = await startAppWithAdmin());
  session = await launchBrowser();
  second = await session.browser!.newContext(PHONE);
});
afterAll(async () => {
  await second?.close();
  await session?.close();
  await app?.stop();
});

async function enroll(page: Page, name: string) {
  const { code } = await createInvitation(app.url, adminToken, { role: 'relawan', area: AREA });
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await enrollPage(page, app.url, { code, name });
}

/** From the household page: the resident's form, by the name the list shows. */
async function openResident(page: Page, name: string) {
  await page.getByRole('heading', { name: ADDRESS }).waitFor();
  await page.locator('.resident-line', { hasText: name }).click({ timeout: 15_000 });
  await page.getByLabel('Nama lengkap').waitFor();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Simpan warga' }).click();
  await page.getByRole('heading', { name: ADDRESS }).waitFor();
}

/** The phone's network drops and comes back: its sync engine runs (push, then pull). */
async function reconnect(context: BrowserContext) {
  await setOffline(context, true);
  await setOffline(context, false);
}

type Resident = { name: string; phone: string | null };

async function phoneResident(page: Page): Promise<Resident | undefined> {
  const rows = await readIndexedDb<Resident & { deleted?: boolean }>(page, 'residents');
  const r = rows.find((row) => !row.deleted);
  return r && { name: r.name, phone: r.phone };
}

async function serverResident(): Promise<Resident | undefined> {
  const changes = await serverChanges(app.url, adminToken, AREA);
  const values = changes.find((c) => c.entity === 'resident')?.values;
  return values && { name: values.name as string, phone: values.phone as string | null };
}

describe('a form open during the other phone’s sync', () => {
  it('keeps the other phone’s edit of a field this form did not touch, and warns about one it did', async () => {
    const a = session.page;
    const b = await second.newPage();

    // A records a household and its head; B receives them.
    await enroll(a, 'Relawan A');
    await addFirstHousehold(a, { street: 'Jl. Kenanga', number: '7', head: 'Budi Santoso' });
    await a.getByRole('link', { name: '+ Tambah warga' }).click();
    await a.getByLabel('Nama lengkap').fill('Budi Santoso');
    await a.getByLabel('Tanggal lahir', { exact: true }).fill('1980-03-12');
    await a.getByLabel('Laki-laki').check();
    await a.getByLabel('Hubungan dalam keluarga').selectOption('kepala');
    await save(a);
    await outboxDrained(a);
    await enroll(b, 'Relawan B');
    await b.getByText(ADDRESS).first().click({ timeout: 15_000 });

    // A opens the resident's form and loses signal; B renames the resident and syncs.
    await openResident(a, 'Budi Santoso');
    await setOffline(session.context, true);
    await openResident(b, 'Budi Santoso');
    await b.getByLabel('Nama lengkap').fill('Budi S.');
    await save(b);
    await outboxDrained(b);

    // A's signal returns: its form, still open, shows the new name (a field A did not touch).
    await setOffline(session.context, false);
    await expect
      .poll(async () => (await phoneResident(a))?.name, { timeout: 20_000 })
      .toBe('Budi S.');
    await expect
      .poll(() => a.getByLabel('Nama lengkap').inputValue(), { timeout: 5_000 })
      .toBe('Budi S.');
    await expect(a.getByText(/Diubah di perangkat lain/).count()).resolves.toBe(0);

    // A changes only the phone number and saves; after both sync, everyone holds both edits.
    await a.getByLabel('Nomor HP').fill('081234567890');
    await save(a);
    await outboxDrained(a);
    await reconnect(second);
    const both = { name: 'Budi S.', phone: '081234567890' };
    await expect.poll(serverResident, { timeout: 15_000 }).toEqual(both);
    await expect.poll(() => phoneResident(a), { timeout: 15_000 }).toEqual(both);
    await expect.poll(() => phoneResident(b), { timeout: 15_000 }).toEqual(both);

    // Now both edit the name: A types one while B's arrives. A is told, beside the field, and
    // can take B's name instead of overwriting it.
    await openResident(a, 'Budi S.');
    await setOffline(session.context, true);
    await a.getByLabel('Nama lengkap').fill('Budi Santoso Jr');
    await b.getByRole('heading', { name: ADDRESS }).waitFor();
    await openResident(b, 'Budi S.');
    await b.getByLabel('Nama lengkap').fill('Budi Sutrisno');
    await save(b);
    await outboxDrained(b);
    await setOffline(session.context, false);
    const notice = a.getByText(
      'Diubah di perangkat lain menjadi “Budi Sutrisno” saat formulir terbuka. Simpan akan menimpa.',
    );
    await notice.waitFor({ timeout: 20_000 });
    // What A typed stays in the box until A chooses.
    await expect(a.getByLabel('Nama lengkap').inputValue()).resolves.toBe('Budi Santoso Jr');
    await a.getByRole('button', { name: 'Pakai “Budi Sutrisno”' }).click();
    await expect(a.getByLabel('Nama lengkap').inputValue()).resolves.toBe('Budi Sutrisno');
    await expect(notice.count()).resolves.toBe(0);
    await save(a);
    await reconnect(session.context);
    await outboxDrained(a);
    const renamed = { name: 'Budi Sutrisno', phone: '081234567890' };
    await expect.poll(serverResident, { timeout: 15_000 }).toEqual(renamed);
    await expect.poll(() => phoneResident(a), { timeout: 15_000 }).toEqual(renamed);
  }, 240_000);
});
