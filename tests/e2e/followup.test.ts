// Follow-up ("tindak lanjut"): the lurah gives a volunteer an unvaccinated resident to visit;
// the item appears on the volunteer's phone after sync, and leaves the list once the
// resident's dose is recorded there. The lurah then sees it done. Both enroll through the
// app's own screen with invitations the demo admin makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { UserArea } from '@shared/auth/roles';
import {
  createInvitation,
  enrollPage,
  launchBrowser,
  readIndexedDb,
  startAppWithAdmin,
  type App,
  type BrowserSession,
  addFirstHousehold,
  outboxDrained,
} from './harness';

let app: App;
let session: BrowserSession;
let lurahContext: BrowserContext;
let adminToken: string;

// Kranji, RW 008: not a demo kelurahan, so the RT starts empty.
const KELURAHAN = '32.75.02.1002';
const RELAWAN_AREA: UserArea = { kelurahanCode: KELURAHAN, rw: 8, rts: [2] };
const LURAH_AREA: UserArea = { kelurahanCode: KELURAHAN, rw: null, rts: [] };

beforeAll(async () => {
  ({ app, adminToken } = await startAppWithAdmin());
  session = await launchBrowser();
  lurahContext = await session.browser!.newContext({
    viewport: { width: 1000, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
});
afterAll(async () => {
  await lurahContext?.close();
  await session?.close();
  await app?.stop();
});

/** Enrolls the page with an invitation of its own, made by the demo admin. */
async function enroll(page: Page, role: 'relawan' | 'lurah', area: UserArea, name: string) {
  const { code } = await createInvitation(app.url, adminToken, { role, area });
  await enrollPage(page, app.url, { code, name });
}

describe('follow-up from the lurah to the volunteer', () => {
  it('appears on the volunteer’s phone after sync and leaves it when the dose is recorded', async () => {
    // The volunteer records a household with an unvaccinated resident; it reaches the server.
    const phone = session.page;
    await enroll(phone, 'relawan', RELAWAN_AREA, 'Rina Relawan');
    await addFirstHousehold(phone, { street: 'Jl. Kenanga', number: '7', head: 'Ahmad Fauzi' });
    await phone.getByRole('link', { name: '+ Tambah warga' }).click();
    await phone.getByLabel('Nama lengkap').fill('Ahmad Fauzi');
    await phone.getByLabel('Tanggal lahir', { exact: true }).fill('1970-02-03');
    await phone.getByLabel('Laki-laki').check();
    await phone.getByLabel('Hubungan dalam keluarga').selectOption('kepala');
    await phone.getByLabel('Alasan').selectOption('takut-kipi');
    await phone.getByRole('button', { name: 'Simpan warga' }).click();
    await phone.getByRole('heading', { name: 'Jl. Kenanga No. 7' }).waitFor();
    await phone.reload(); // sync runs when the app starts
    await outboxDrained(phone);

    // The lurah sees the gap of RT 002 and the resident, and gives him to Rina.
    const office = await lurahContext.newPage();
    await enroll(office, 'lurah', LURAH_AREA, 'Bu Lurah');
    await office.getByRole('link', { name: 'Atur tindak lanjut' }).click();
    await office.getByRole('heading', { name: 'Atur tindak lanjut' }).waitFor();
    await office.getByLabel('RW').fill('8');
    await office.getByTestId('gap-table').waitFor();
    await expect(office.getByTestId('gap-table').locator('tbody tr').innerText()).resolves.toMatch(
      /002\s+1\s+0\s+1\s+1\s+Takut KIPI 1/,
    );
    await office.getByLabel(/Ahmad Fauzi/).check();
    await office.getByLabel('Relawan').selectOption({ label: 'Rina Relawan (RT 002)' });
    await office.getByLabel('Catatan').fill('Jelaskan KIPI ringan, ajak ke pos RW');
    await office.getByRole('button', { name: 'Kirim ke relawan (1)' }).click();
    await office.getByText('1 tindak lanjut dikirim.').waitFor();
    await expect(office.getByTestId('given').innerText()).resolves.toMatch(
      /Ahmad Fauzi[\s\S]*Rina Relawan[\s\S]*Terbuka/,
    );

    // The volunteer's phone pulls it: the count on home, the list by RT.
    await phone.goto(app.url);
    await phone.getByTestId('followup-count').waitFor({ timeout: 30_000 });
    await expect(phone.getByTestId('followup-count').innerText()).resolves.toMatch(/1 menunggu/);
    await phone.getByTestId('followup-count').click();
    await phone.getByRole('heading', { name: 'Tindak lanjut' }).waitFor();
    const item = phone.getByTestId('followup-item');
    await expect(item.innerText()).resolves.toMatch(
      /Ahmad Fauzi[\s\S]*Jl\. Kenanga No\. 7[\s\S]*dari Bu Lurah[\s\S]*Belum vaksin[\s\S]*Takut KIPI[\s\S]*Jelaskan KIPI ringan/,
    );
    await expect(phone.getByRole('region', { name: 'RT 002' }).isVisible()).resolves.toBe(true);

    // The item opens the household, which shows what was asked; the dose is recorded there;
    // the item is gone, from the household page and from the list.
    await item.click();
    await phone.getByRole('heading', { name: 'Jl. Kenanga No. 7' }).waitFor();
    const onPage = phone.getByTestId('household-followup');
    await expect(onPage.innerText()).resolves.toMatch(
      /Ahmad Fauzi · untuk Rina Relawan · dari Bu Lurah[\s\S]*Belum vaksin[\s\S]*Takut KIPI/,
    );
    await phone.locator('.resident-line', { hasText: 'Ahmad Fauzi' }).click();
    await phone.getByRole('button', { name: '+ Tambah dosis' }).click();
    await phone.getByLabel('Tanggal vaksin').fill(new Date().toISOString().slice(0, 10));
    await phone.getByLabel('Vaksin', { exact: true }).selectOption('pfizer');
    await phone.getByRole('button', { name: 'Tambahkan' }).click();
    await phone.getByRole('button', { name: 'Simpan warga' }).click();
    await phone.getByRole('heading', { name: 'Jl. Kenanga No. 7' }).waitFor();
    await expect.poll(() => onPage.count()).toBe(0);
    await phone.goto(`${app.url}/tindak-lanjut`);
    await phone.getByTestId('followups-empty').waitFor();
    await expect(phone.getByTestId('followup-count').count()).resolves.toBe(0);
    const stored = await readIndexedDb<{ kind: string; assignedToName: string }>(
      phone,
      'followups',
    );
    expect(stored).toEqual([
      expect.objectContaining({ kind: 'belum-vaksin', assignedToName: 'Rina Relawan' }),
    ]);

    // Once the phone has sent the dose, the lurah sees the follow-up done.
    await outboxDrained(phone);
    await office.reload();
    await office.getByLabel('RW').fill('8');
    await expect
      .poll(() => office.getByTestId('given').innerText(), { timeout: 30_000 })
      .toMatch(/Ahmad Fauzi[\s\S]*Selesai/);
  }, 180_000);
});
