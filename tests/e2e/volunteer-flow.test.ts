// The volunteer's day without signal: enroll (once, with signal), record a household with its residents,
// doses and a visit while offline, reload offline, and find everything there, with every
// change waiting in the outbox. And bad input: an invalid NIK is explained beside the field
// and nothing is saved.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createInvitation,
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
} from './harness';
import { demoCodes } from './harness-auth';

type PendingChange = { seq: number; entity: string; op: string; entityId: string };

let app: App;
let session: BrowserSession;

// A kelurahan without demo households, so the RT starts empty.
const AREA = { kelurahanCode: '32.75.01.1002', rw: 3, rts: [5] };

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

const ADDRESS = 'Jl. Melati Raya No. 12A';

async function openHousehold(page: Page) {
  await page.getByRole('heading', { name: ADDRESS }).waitFor();
}

async function addResident(page: Page, fill: (page: Page) => Promise<void>) {
  await page.getByRole('link', { name: '+ Tambah warga' }).click();
  await page.getByRole('heading', { name: 'Tambah warga' }).waitFor();
  await fill(page);
  await page.getByRole('button', { name: 'Simpan warga' }).click();
  await openHousehold(page);
}

describe('volunteer flow, offline', () => {
  it('records a household with three residents, doses and a visit offline; all there after an offline reload', async () => {
    const { page, context } = session;
    await page.goto(app.url);
    await waitForServiceWorker(page);

    // Enroll with an invitation from the admin (this needs signal once), then lose it.
    const admin = await enrollViaApi(app.url, (await demoCodes(app)).admin);
    const { code } = await createInvitation(app.url, admin.token, { role: 'relawan', area: AREA });
    await enrollPage(page, app.url, { code });
    await page.getByText('Belum ada rumah tangga di RT 005.').waitFor();
    await setOffline(context, true);

    // The household.
    await page.getByRole('link', { name: '+ Tambah rumah tangga pertama' }).click();
    await page.getByLabel('Nama jalan / gang / perumahan').fill('Jl. Melati Raya');
    await page.getByLabel('Nomor rumah / blok').fill('12A');
    await page.getByLabel('Nama kepala keluarga').fill('Budi Santoso');
    await page.getByLabel('Nomor KK').fill('3275010101210001');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await openHousehold(page);

    // Three residents: the head with two doses (birth date and sex read from the NIK),
    // his wife by birth date, a child by age with a reason for not being vaccinated.
    await addResident(page, async (p) => {
      await p.getByLabel('Nama lengkap').fill('Budi Santoso');
      await p.getByLabel('NIK').fill('3275011203800003');
      await p.getByRole('button', { name: 'Isikan' }).click();
      await p.getByLabel('Hubungan dalam keluarga').selectOption('kepala');
      for (const [date, product] of [
        ['2021-07-01', 'coronavac'],
        ['2021-07-29', 'coronavac'],
      ] as const) {
        await p.getByRole('button', { name: '+ Tambah dosis' }).click();
        await p.getByLabel('Tanggal vaksin').fill(date);
        await p.getByLabel('Vaksin', { exact: true }).selectOption(product);
        await p.getByRole('button', { name: 'Tambahkan' }).click();
      }
      await expect(p.locator('h2', { hasText: 'Vaksinasi' }).innerText()).resolves.toMatch(
        /Lengkap/,
      );
    });
    await addResident(page, async (p) => {
      await p.getByLabel('Nama lengkap').fill('Siti Aminah');
      await p.getByLabel('Tanggal lahir', { exact: true }).fill('1984-05-20');
      await p.getByLabel('Perempuan').check();
      await p.getByLabel('Hubungan dalam keluarga').selectOption('istri');
    });
    await addResident(page, async (p) => {
      await p.getByLabel('Nama lengkap').fill('Rizky Santoso');
      await p.getByLabel('Tanggal lahir tidak diketahui, isi umur saja').check();
      await p.getByLabel('Umur (tahun)').fill('9');
      await p.getByLabel('Laki-laki').check();
      await p.getByLabel('Hubungan dalam keluarga').selectOption('anak');
      await p.getByLabel('Alasan').selectOption('takut-kipi');
    });

    // The visit.
    await page.getByRole('link', { name: 'Catat kunjungan' }).click();
    await page.getByLabel('Ditemui').check();
    await page.getByLabel('Catatan').fill('Anak dijadwalkan ke pos vaksinasi RW');
    await page.getByLabel('Perlu kunjungan ulang').check();
    await page.getByLabel('Tanggal kunjungan ulang').fill('2030-01-15');
    await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await openHousehold(page);

    // Reload offline: everything is still there.
    await page.reload();
    await openHousehold(page);
    const residents = page.locator('.resident-line');
    await expect(residents.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Budi Santoso[\s\S]*Kepala keluarga[\s\S]*Lengkap/),
      expect.stringMatching(/Siti Aminah[\s\S]*Istri[\s\S]*Belum vaksin/),
      expect.stringMatching(/Rizky Santoso[\s\S]*Anak · 9 th[\s\S]*Belum vaksin[\s\S]*Takut KIPI/),
    ]);
    await expect(page.locator('.timeline li').innerText()).resolves.toMatch(
      /Ditemui[\s\S]*Anak dijadwalkan[\s\S]*Perlu kunjungan ulang: 15-01-2030/,
    );
    await expect(page.locator('.topbar-status').innerText()).resolves.toMatch(/7 menunggu/);

    await page.goto(app.url);
    // Rows show first, their badges once residents, doses and visits are read.
    await page.locator('.hh-row .badges:not(.badges-pending)').waitFor();
    const row = page.locator('.hh-row');
    await expect(row.innerText()).resolves.toMatch(
      /Jl\. Melati Raya No\. 12A[\s\S]*Budi Santoso · 3 warga[\s\S]*Kunjungan ulang 15-01-2030[\s\S]*2 warga belum vaksin/,
    );
    await expect(page.locator('.stats').innerText()).resolves.toMatch(
      /Rumah\s*1\s*Dikunjungi\s*1\s*Warga\s*3\s*Belum vaksin\s*2/,
    );

    // Search (through the indexes): a resident's name, the start of a NIK, nothing.
    const search = page.getByPlaceholder('Cari nama, NIK, alamat, atau No. KK');
    await search.fill('zzz');
    await page.getByText('Tidak ada rumah yang cocok.').waitFor();
    await search.fill('siti');
    await expect.poll(() => page.locator('.hh-row').count()).toBe(1);
    await search.fill('32750112');
    await expect.poll(() => page.locator('.hh-row').count()).toBe(1);
    await search.fill('zzz');
    await page.getByText('Tidak ada rumah yang cocok.').waitFor();
    await search.fill('');

    // The outbox holds every change, in order, with consecutive sequence numbers.
    const outbox = (await readOutbox<PendingChange>(page)).sort((a, b) => a.seq - b.seq);
    expect(outbox.map((e) => `${e.entity}:${e.op}`)).toEqual([
      'household:put',
      'resident:put',
      'dose:put',
      'dose:put',
      'resident:put',
      'resident:put',
      'visit:put',
    ]);
    expect(outbox.map((e) => e.seq)).toEqual(outbox.map((_, i) => outbox[0]!.seq + i));
    const stored = await readIndexedDb<{ name: string; rt: number; householdId: string }>(
      page,
      'residents',
    );
    expect(new Set(stored.map((r) => r.householdId)).size).toBe(1);
    expect(stored.every((r) => r.rt === 5)).toBe(true);
  });

  it('an invalid NIK is explained beside the field, and nothing is saved', async () => {
    const { page } = session;
    await page.locator('.hh-row').click();
    await openHousehold(page);
    const before = (await readOutbox(page)).length;
    await page.getByRole('link', { name: '+ Tambah warga' }).click();
    await page.getByLabel('Nama lengkap').fill('Dewi Lestari');
    await page.getByLabel('NIK').fill('327501520385000');
    await page.getByLabel('Tanggal lahir', { exact: true }).fill('1985-03-12');
    await page.getByLabel('Perempuan').check();
    await page.getByLabel('Hubungan dalam keluarga').selectOption('anak');
    await page.getByRole('button', { name: 'Simpan warga' }).click();

    const nikField = page.locator('.field', { has: page.getByLabel('NIK') });
    await expect(nikField.locator('.field-error').innerText()).resolves.toBe('NIK harus 16 angka.');
    await expect(page.getByLabel('NIK').getAttribute('aria-invalid')).resolves.toBe('true');
    // Still on the form, nothing written.
    await expect(page.getByRole('heading', { name: 'Tambah warga' }).isVisible()).resolves.toBe(
      true,
    );
    expect((await readOutbox(page)).length).toBe(before);
    const names = (await readIndexedDb<{ name: string }>(page, 'residents')).map((r) => r.name);
    expect(names).not.toContain('Dewi Lestari');

    // A NIK whose birth date cannot exist is explained as soon as it is typed.
    await page.getByLabel('NIK').fill('3275013102850002');
    await expect(nikField.locator('.field-error').innerText()).resolves.toBe(
      'Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak mungkin.',
    );
  });

  it('Data & cadangan: exports the data to a file and imports it back', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('heading', { name: 'Data & cadangan' }).waitFor();
    await expect(page.getByTestId('persisted').innerText()).resolves.toMatch(/^(ya|tidak)$/);
    await expect(
      page.locator('.card', { hasText: 'Penyimpanan di HP' }).innerText(),
    ).resolves.toMatch(/Menunggu dikirim\s*7 perubahan/);

    // The passphrase: at least 8 characters, typed twice the same; otherwise no file.
    await page.getByRole('button', { name: 'Ekspor cadangan' }).click();
    await page.getByLabel('Kata sandi cadangan').fill('pendek7');
    await page.getByLabel('Ulangi kata sandi').fill('pendek7');
    await page.getByRole('button', { name: 'Buat file cadangan' }).click();
    await page.getByText('Minimal 8 karakter.').waitFor();
    await page.getByLabel('Kata sandi cadangan').fill('melati-dua-belas');
    await page.getByLabel('Ulangi kata sandi').fill('melati-dua-belaz');
    await page.getByRole('button', { name: 'Buat file cadangan' }).click();
    await page.getByText('Kata sandi tidak sama.').waitFor();
    await page.getByLabel('Ulangi kata sandi').fill('melati-dua-belas');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Buat file cadangan' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pintu-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const bytes = await readFile(file, 'utf8');
    expect((JSON.parse(bytes) as { format: string }).format).toBe('pintu-backup-encrypted');
    for (const secret of ['Budi Santoso', 'Siti Aminah', '3275011203800003', 'Melati']) {
      expect(bytes).not.toContain(secret);
    }

    // A wrong passphrase is refused, and nothing changes.
    await page.getByLabel('Pilih file cadangan').setInputFiles(file);
    await page.getByLabel('Kata sandi cadangan').fill('salah-sandi-123');
    await page.getByRole('button', { name: 'Buka cadangan' }).click();
    await expect(page.locator('.alert-error').innerText()).resolves.toMatch(
      /Kata sandi salah atau berkas rusak/,
    );
    expect(await readOutbox(page)).toHaveLength(7);

    // Importing the same file again with its passphrase changes nothing and says what it read.
    await page.getByLabel('Pilih file cadangan').setInputFiles(file);
    await page.getByLabel('Kata sandi cadangan').fill('melati-dua-belas');
    await page.getByRole('button', { name: 'Buka cadangan' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Impor selesai' }).innerText(),
    ).resolves.toMatch(/Impor selesai: \d+ data dan \d+ perubahan dipulihkan\./);
    expect(await readOutbox(page)).toHaveLength(7);

    // A file that is not a backup is refused with a message, and nothing changes.
    await page.getByLabel('Pilih file cadangan').setInputFiles({
      name: 'bukan-cadangan.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await page.locator('.alert-error').waitFor();
    expect(await readOutbox(page)).toHaveLength(7);
  });
});
