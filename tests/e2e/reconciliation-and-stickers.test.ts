// Proof of vaccination after sync, in real Chromium against the real server: a relawan's
// device pushes doses stated only, proven by card and QR, and a QR that disagrees; the lurah
// opens the reconciliation list from the dashboard (the stated-only and mismatched residents,
// NIK masked, not the proven one), narrows it by RW and RT, downloads the CSV (whole NIK) and
// sees "Lengkap dengan bukti" on the dashboard. The ketua RW prints the household QR stickers
// of their RW from their phone: an A4 PDF of 3 × 8 labels per page, each QR the household's
// URL, no names in it.
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '@shared/coverage/api';
import { uuidv7 } from '@shared/ids';
import { formatRwRt } from '@shared/wilayah/wilayah';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { call } from './harness-auth';
import { pushingDevice } from './harness-push';
import {
  enrollPage,
  launchBrowser,
  startApp,
  storedToken,
  type App,
  type BrowserSession,
} from './harness';

const code = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.code;
const relawanArea = DEMO_ACCOUNTS.find((a) => a.role === 'relawan')!.area;
const OWN = relawanArea.kelurahanCode!;
const RW = relawanArea.rw!;
const [RT_A, RT_B] = relawanArea.rts as [number, number];
const HOUSES = 30;
// Valid NIKs of women born 12-04-1980.
const nik = (n: number) => `327501520480${String(n).padStart(4, '0')}`;
const masked = (n: number) => `3275••••••••${String(n).padStart(4, '0')}`;

let app: App;
let lurah: BrowserSession;
const householdIds: string[] = [];

/** 30 households over two RTs, a resident each; three of the first with doses. */
async function seed(): Promise<void> {
  const { put, push } = await pushingDevice(app.url, code('relawan'));
  const mutations = [];
  const residents: { id: string; householdId: string; place: object }[] = [];
  for (let i = 1; i <= HOUSES; i++) {
    const place = { kelurahanCode: OWN, rw: RW, rt: i <= 16 ? RT_A : RT_B };
    const householdId = uuidv7();
    householdIds.push(householdId);
    mutations.push(
      put(
        'household',
        {
          ...place,
          street: 'Jalan Stiker',
          houseNumber: String(i),
          headName: `Kepala Stiker ${i}`,
        },
        householdId,
      ),
    );
    const residentId = uuidv7();
    const name = ['Ani Ucapan', 'Bela Terbukti', 'Cici Salah'][i - 1] ?? `Warga Stiker ${i}`;
    mutations.push(
      put(
        'resident',
        {
          householdId,
          ...place,
          name,
          nik: nik(i),
          birthDate: '1980-04-12',
          sex: 'P',
          relation: 'kepala',
          ktpElsewhere: false,
          residenceStatus: 'aktif',
        },
        residentId,
      ),
    );
    residents.push({ id: residentId, householdId, place });
  }
  const dose = (n: number, kind: string, date: string, proof: object = {}) => {
    const r = residents[n]!;
    return put('dose', {
      residentId: r.id,
      householdId: r.householdId,
      ...r.place,
      kind,
      date,
      product: 'astrazeneca',
      ...proof,
    });
  };
  const qr = { proof: 'qr', proofText: 'https://sertifikat.example/123' };
  mutations.push(
    // Ani: dosis 1 from before proofs, dosis 2 as she says it.
    dose(0, 'dosis1', '2021-07-01'),
    dose(0, 'dosis2', '2021-10-01', { proof: 'ucapan' }),
    // Bela: card, then a certificate QR that matched.
    dose(1, 'dosis1', '2021-07-01', { proof: 'kartu' }),
    dose(1, 'dosis2', '2021-10-01', { ...qr, proofMismatch: [] }),
    // Cici: a certificate QR of someone else's name.
    dose(2, 'dosis1', '2021-07-01', { ...qr, proofMismatch: ['nama'] }),
  );
  const answer = await push(mutations);
  expect(answer.results.filter((r) => r.status !== 'applied')).toEqual([]);
}

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  await seed();
  lurah = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  lurah.page.setDefaultTimeout(60_000);
  await enrollPage(lurah.page, app.url, { code: code('lurah'), name: 'Lurah Uji' });
}, 180_000);
afterAll(async () => {
  await lurah?.close();
  await app?.stop();
});

describe(
  'proof of vaccination: reconciliation and household stickers',
  { timeout: 240_000 },
  () => {
    it('the lurah sees the stated-only and mismatched residents, and downloads the CSV', async () => {
      const { page } = lurah;
      await page.goto(`${app.url}/dasbor/${OWN}`);
      await page.getByRole('link', { name: 'Rekonsiliasi bukti' }).click();
      await page.waitForURL(`**/rekonsiliasi/${OWN}`);
      const cards = page.locator('.recon-resident');
      await cards.first().waitFor();
      expect(await cards.count()).toBe(2);
      const totals = await page.locator('.recon-totals').innerText();
      expect(totals).toMatch(/1\s+warga dengan dosis hanya\s+menurut ucapan/);
      expect(totals).toMatch(/1\s+warga dengan QR sertifikat\s+tidak cocok/);
      const ani = await cards.filter({ hasText: 'Ani Ucapan' }).innerText();
      expect(ani).toContain(`NIK ${masked(1)}`);
      expect(ani).toContain('Hanya ucapan');
      expect(ani).toMatch(/Dosis 1 · 01-07-2021 · AstraZeneca\s*— tanpa bukti \(belum dicatat\)/);
      expect(ani).toMatch(/Dosis 2 · 01-10-2021 · AstraZeneca\s*— menurut ucapan, tanpa bukti/);
      const cici = await cards.filter({ hasText: 'Cici Salah' }).innerText();
      expect(cici).toContain('QR tidak cocok: nama');
      expect(await page.locator('.recon-screen').innerText()).not.toContain('Bela Terbukti');
      expect(await page.locator('.recon-screen').innerText()).not.toContain(nik(1));
      await page
        .getByRole('heading', { name: `RW ${formatRwRt(RW)} · RT ${formatRwRt(RT_A)}` })
        .waitFor();

      // Narrowed to the RW, then to an RT with nobody to reconcile.
      await page.getByLabel('RW', { exact: true }).selectOption(String(RW));
      await page.waitForURL(`**/rekonsiliasi/${OWN}?rw=${RW}`);
      await page.getByLabel('RT', { exact: true }).selectOption(String(RT_A));
      await page.waitForURL(`**/rekonsiliasi/${OWN}?rw=${RW}&rt=${RT_A}`);
      await expect.poll(() => cards.count()).toBe(2);
      await page.goto(`${app.url}/rekonsiliasi/${OWN}?rw=${RW}&rt=${RT_B}`);
      await page.getByText('Tidak ada warga yang perlu dicocokkan.').waitFor();
      await page.goto(`${app.url}/rekonsiliasi/${OWN}`);
      await cards.first().waitFor();
      await page.getByLabel('Tampilkan').selectOption('tidak-cocok');
      await expect.poll(() => cards.count()).toBe(1);
      expect(await cards.first().innerText()).toContain('Cici Salah');
      await page.getByLabel('Tampilkan').selectOption('');
      await expect.poll(() => cards.count()).toBe(2);

      // The file for the puskesmas: one line per dose to check, the whole NIK.
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Unduh CSV' }).click(),
      ]);
      expect(csv.suggestedFilename()).toBe(`rekonsiliasi-${OWN}.csv`);
      const lines = (await readFile((await csv.path())!, 'utf8')).trim().split(/\r?\n/);
      expect(lines[0]).toContain('Nama warga,NIK');
      expect(lines.slice(1).map((l) => l.split(',').slice(6, 8))).toEqual([
        ['Ani Ucapan', nik(1)],
        ['Ani Ucapan', nik(1)],
        ['Cici Salah', nik(3)],
      ]);
      expect(lines.join('\n')).not.toContain('Bela');
    });

    it('the dashboard counts lengkap both ways', async () => {
      const { page } = lurah;
      const token = await storedToken(page);
      const kel = await call<KelurahanCoverage>(app.url, `/api/coverage/kelurahan/${OWN}`, token);
      const rw = kel.rws.find((r) => r.key === String(RW))!;
      // Ani (dosis 2 stated) and Bela are complete; only Bela with proof.
      expect([rw.lengkap, rw.lengkapBukti]).toEqual([2, 1]);
      await page.goto(`${app.url}/dasbor/${OWN}`);
      await page.getByRole('columnheader', { name: 'Lengkap dengan bukti' }).waitFor();
      const row = page.locator('table.coverage-table tbody tr').filter({
        has: page.locator('th', { hasText: `RW ${formatRwRt(RW)}` }),
      });
      await expect
        .poll(() => row.locator('td[data-label="Lengkap dengan bukti"]').innerText())
        .toMatch(/^1 \(\d+[.,]\d\s?%\)$/);
    });

    it('the ketua RW prints the RW’s household stickers: A4, QR codes, no names', async () => {
      const phone = await launchBrowser();
      try {
        const { page } = phone;
        page.setDefaultTimeout(60_000);
        await enrollPage(page, app.url, { code: code('ketua-rw'), name: 'Ketua RW Uji' });
        await page.getByRole('link', { name: 'Ringkasan' }).click();
        await page.getByRole('link', { name: 'Cetak stiker QR rumah' }).click();
        await page.waitForURL('**/stiker-rumah');
        const stickers = page.locator('.sticker');
        // Every household of the RW, once the first sync has brought them all.
        await expect.poll(() => stickers.count(), { timeout: 60_000 }).toBe(HOUSES);
        await page.getByText(`${HOUSES} rumah di RW ${formatRwRt(RW)}`).waitFor();
        // Each QR is the household's URL, as uqr draws it.
        const first = stickers.filter({ hasText: 'Jalan Stiker No. 1' }).first();
        const drawn = await first.locator('svg path').getAttribute('d');
        expect(drawn).toBe(qrPath(`${app.url}/rumah/${householdIds[0]}`));

        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const doc = await getDocumentProxy(new Uint8Array(pdf));
        // 30 stickers, 24 a sheet: two A4 pages (595 × 842 points).
        expect(doc.numPages).toBe(2);
        for (const n of [1, 2]) {
          const size = (await doc.getPage(n)).getViewport({ scale: 1 });
          expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
        }
        // A QR code per sticker, drawn as vectors: 24 on the first sheet, 6 on the second.
        expect(await qrDrawings(doc, 1)).toBe(24);
        expect(await qrDrawings(doc, 2)).toBe(6);
        const { text } = await extractText(doc, { mergePages: true });
        const flat = text.replace(/\s+/g, ' ');
        for (let i = 1; i <= HOUSES; i++) expect(flat).toContain(`Jalan Stiker No. ${i}`);
        expect(flat).toContain(`RT ${formatRwRt(RT_B)} / RW ${formatRwRt(RW)}`);
        for (const name of [
          'Ani Ucapan',
          'Bela',
          'Cici',
          'Warga Stiker',
          'Kepala Stiker',
          '3275',
        ]) {
          expect(flat).not.toContain(name);
        }
        // Nothing of the app around the labels.
        expect(flat).not.toContain('Cetak stiker');
        expect(flat).not.toContain('Menu utama');
      } finally {
        await phone.close();
      }
    });
  },
);

/** The SVG path QrCode draws for a text (ui/qr-code.tsx, with uqr). */
function qrPath(text: string): string {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x},${y}h1v1h-1z` : '')));
  return d;
}

/**
 * The QR codes drawn on a page: filled paths of thousands of points (a QR is one path of
 * hundreds of squares; the labels' text and the page background come nowhere near).
 */
async function qrDrawings(doc: Awaited<ReturnType<typeof getDocumentProxy>>, n: number) {
  const { OPS } = await getResolvedPDFJS();
  const ops = await (await doc.getPage(n)).getOperatorList();
  return ops.fnArray.filter((fn, i) => {
    if (fn !== OPS.constructPath) return false;
    const [paint, [points]] = ops.argsArray[i] as [number, [ArrayLike<number> | null]];
    return paint === OPS.fill && (points?.length ?? 0) > 1000;
  }).length;
}
