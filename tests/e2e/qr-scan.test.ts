// The camera QR scanner in real Chromium, with a fake camera playing a video made here from two
// QR codes (a household's sticker and a vaccination certificate, shown in turn). Offline, the
// volunteer opens the household by its sticker ("Pindai" on the home list) and records a dose
// proven by the certificate's QR, whose date disagrees with the dose's (the warning shows);
// back online the dose reaches the server with its proof, as the lurah's pull shows it. And a
// refused camera permission: the typed code ("Ketik kode") in Indonesian, which works.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { uuidv7 } from '@shared/ids';
import {
  createInvitation,
  enrollPage,
  enrollViaApi,
  launchBrowser,
  outboxDrained,
  serverChanges,
  setOffline,
  startApp,
  waitForServiceWorker,
  type App,
} from './harness';
import { expectAccessible } from './harness-axe';
import { call, demoCodes } from './harness-auth';
import type { ReconciliationList } from '@shared/reconciliation/api';
import { pushingDevice } from './harness-push';
import { writeQrVideo } from './qr-video';

// A kelurahan without demo households.
const AREA = { kelurahanCode: '32.75.01.1002', rw: 3, rt: 5 };
const HOUSEHOLD_ID = uuidv7();
const RESIDENT_ID = uuidv7();
const ADDRESS = 'Jl. Kenanga No. 7';
const CERTIFICATE =
  'https://sertifikat.example.id/v?nama=Budi%20Santoso&nik=3275011203800003&tgl=2021-07-01';

let app: App;
let work: string;
let admin: { token: string };

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  work = await mkdtemp(join(tmpdir(), 'pintu-qr-'));
  const codes = await demoCodes(app);
  admin = await enrollViaApi(app.url, codes.admin);
  // The household and its resident, on the server before the phone enrolls.
  const device = await pushingDevice(app.url, codes.admin);
  const answer = await device.push([
    device.put(
      'household',
      { ...AREA, street: 'Jl. Kenanga', houseNumber: '7', headName: 'Budi Santoso' },
      HOUSEHOLD_ID,
    ),
    device.put(
      'resident',
      {
        ...AREA,
        householdId: HOUSEHOLD_ID,
        name: 'Budi Santoso',
        nik: '3275011203800003',
        birthDate: '1980-03-12',
        sex: 'L',
        relation: 'kepala',
        ktpElsewhere: false,
        residenceStatus: 'aktif',
      },
      RESIDENT_ID,
    ),
  ]);
  expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied']);
}, 120_000);
afterAll(async () => {
  await app?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

async function enrollVolunteer(page: Page) {
  const { code } = await createInvitation(app.url, admin.token, {
    role: 'relawan',
    area: { kelurahanCode: AREA.kelurahanCode, rw: AREA.rw, rts: [AREA.rt] },
  });
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await enrollPage(page, app.url, { code });
  await page.getByText('Budi Santoso · 1 warga').waitFor({ timeout: 30_000 });
}

describe('QR scanner', () => {
  it('offline: a sticker opens its household, a certificate QR proves a dose; online, the server has the proof', async () => {
    const sticker = `${app.url}/rumah/${HOUSEHOLD_ID}`;
    const video = await writeQrVideo(join(work, 'qr.y4m'), [sticker, CERTIFICATE]);
    const session = await launchBrowser(
      {},
      {
        args: [
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${video}`,
        ],
      },
    );
    try {
      const { page, context } = session;
      await enrollVolunteer(page);
      await setOffline(context, true);

      // The sticker: "Pindai" on the home list opens the household, from IndexedDB.
      await page.getByRole('button', { name: 'Pindai stiker QR rumah' }).click();
      await page.getByRole('dialog', { name: 'Pindai stiker rumah' }).waitFor();
      await page.getByRole('heading', { name: ADDRESS }).waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).pathname).toBe(`/rumah/${HOUSEHOLD_ID}`);

      // The certificate: a new dose proven by its QR, a day after the date the QR holds.
      await page.getByRole('link', { name: /Budi Santoso/ }).click();
      await page.getByRole('button', { name: '+ Tambah dosis' }).click();
      await page.getByLabel('Tanggal vaksin').fill('2021-07-02');
      await page.getByLabel('Vaksin', { exact: true }).selectOption('coronavac');
      await expect(page.getByLabel('Hanya ucapan').isChecked()).resolves.toBe(true);
      await page.getByLabel('QR sertifikat dipindai').check();
      await page.getByRole('dialog', { name: 'Pindai QR sertifikat vaksin' }).waitFor();
      await page.getByText(`Isi QR: ${CERTIFICATE}`).waitFor({ timeout: 30_000 });
      await page
        .getByText(
          'QR sertifikat tidak cocok dengan data warga: tanggal vaksin berbeda. Periksa sertifikat dan data warga.',
        )
        .waitFor();
      await page.getByRole('button', { name: 'Tambahkan' }).click();
      await page.getByText('Bukti: QR sertifikat dipindai').waitFor();
      // Chromium on Linux has no BarcodeDetector of its own: ZXing's WebAssembly read both,
      // offline, so it came from the service worker's precache.
      const decoder = await page.evaluate(() => ({
        native: 'BarcodeDetector' in window,
        wasm: performance.getEntriesByType('resource').some((e) => e.name.includes('zxing_reader')),
      }));
      expect(decoder).toEqual({ native: false, wasm: true });
      await page.getByRole('button', { name: 'Simpan warga' }).click();
      await page.getByRole('heading', { name: ADDRESS }).waitFor();

      // Online: synced; the lurah's pull has the dose with its proof.
      await setOffline(context, false);
      await outboxDrained(page, 60_000);
      const { code: lurahCode } = await createInvitation(app.url, admin.token, {
        role: 'lurah',
        area: { kelurahanCode: AREA.kelurahanCode, rw: null, rts: [] },
      });
      const lurah = await enrollViaApi(app.url, lurahCode);
      const doses = (await serverChanges(app.url, lurah.token, AREA)).filter(
        (c) => c.entity === 'dose',
      );
      expect(doses.map((d) => d.values)).toEqual([
        expect.objectContaining({
          residentId: RESIDENT_ID,
          date: '2021-07-02',
          proof: 'qr',
          proofText: CERTIFICATE,
          proofMismatch: ['tanggal'],
        }),
      ]);
      // The lurah's reconciliation list has the resident as mismatched, with the scanned proof.
      const list = await call<ReconciliationList>(
        app.url,
        `/api/reconciliation/kelurahan/${AREA.kelurahanCode}?kind=tidak-cocok`,
        lurah.token,
      );
      expect(list.residents).toEqual([
        expect.objectContaining({
          mismatched: true,
          doses: [expect.objectContaining({ proof: 'qr', proofText: CERTIFICATE })],
        }),
      ]);
    } finally {
      await session.close();
    }
  });

  it('camera permission refused: the typed code, in Indonesian, opens the household', async () => {
    const session = await launchBrowser({}, { args: ['--use-fake-device-for-media-stream'] });
    try {
      const { page, context } = session;
      await enrollVolunteer(page);
      await setOffline(context, true);
      await page.getByRole('button', { name: 'Pindai stiker QR rumah' }).click();
      const dialog = page.getByRole('dialog', { name: 'Pindai stiker rumah' });
      await dialog
        .getByText(
          'Izin kamera ditolak. Izinkan kamera untuk situs ini di pengaturan browser, atau ketik kode di bawah.',
        )
        .waitFor({ timeout: 30_000 });
      await expectAccessible(page, 'scanner, camera refused');
      // A code that is no sticker is refused, in Indonesian; the sticker's link opens it.
      await dialog.getByLabel('Kode atau tautan QR').fill('VAC-2021-0001');
      await dialog.getByRole('button', { name: 'Pakai kode' }).click();
      await dialog.getByText('Ini bukan stiker rumah Pintu.', { exact: false }).waitFor();
      await dialog.getByLabel('Kode atau tautan QR').fill(`${app.url}/rumah/${uuidv7()}`);
      await dialog.getByRole('button', { name: 'Pakai kode' }).click();
      await dialog.getByText('tidak ada di ponsel ini', { exact: false }).waitFor();
      await dialog.getByLabel('Kode atau tautan QR').fill(`${app.url}/rumah/${HOUSEHOLD_ID}`);
      await dialog.getByRole('button', { name: 'Pakai kode' }).click();
      await page.getByRole('heading', { name: ADDRESS }).waitFor();
    } finally {
      await session.close();
    }
  });
});
