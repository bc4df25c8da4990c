// At the door, answers are checked against each other and visit outcomes mean what they say:
// the head of household is offered as the first resident; dosis 2 dated before dosis 1 is
// refused under the field; "nobody home" leaves the house amber and due for a revisit, not
// counted as visited, on the phone and in the lurah's figures alike; a stored dose that breaks
// a rule is shown as a warning, never rewritten, and its resident still takes other edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KelurahanCoverage } from '@shared/coverage/api';
import { addDays, formatDateId } from '@shared/dates';
import { DEMO_KELURAHAN } from '@shared/demo';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import { jakartaToday } from '@server/coverage/today';
import {
  createInvitation,
  enrollPage,
  enrollViaApi,
  launchBrowser,
  readIndexedDb,
  startApp,
  writeIndexedDb,
  type App,
  type BrowserSession,
} from './harness';
import { call, demoCodes } from './harness-auth';
import { addFirstHousehold, outboxDrained } from './harness-field';

let app: App;
let session: BrowserSession;
let lurahToken: string;
const KELURAHAN = DEMO_KELURAHAN[0];
const AREA = { kelurahanCode: KELURAHAN, rw: 7, rts: [4] };

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  session = await launchBrowser();
  lurahToken = (await enrollViaApi(app.url, (await demoCodes(app)).lurah)).token;
  const { code } = await createInvitation(app.url, lurahToken, { role: 'relawan', area: AREA });
  await enrollPage(session.page, app.url, { code });
  await session.page.getByText('Belum ada rumah tangga di RT 004.').waitFor();
}, 300_000);
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

async function addDose(page: Page, date: string) {
  await page.getByRole('button', { name: '+ Tambah dosis' }).click();
  await page.getByLabel('Tanggal vaksin').fill(date);
  await page.getByLabel('Vaksin', { exact: true }).selectOption('coronavac');
  await page.getByRole('button', { name: 'Tambahkan' }).click();
}

describe('answers checked at the door', () => {
  it('offers the head as the first resident; refuses dosis 2 dated before dosis 1', async () => {
    const { page } = session;
    await addFirstHousehold(page, { street: 'Jl. Kenanga', number: '3', head: 'Budi Santoso' });
    await page.getByRole('link', { name: 'Catat Budi Santoso sebagai warga' }).click();
    await page.getByRole('heading', { name: 'Tambah warga' }).waitFor();
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Budi Santoso');
    expect(await page.getByLabel('Hubungan dalam keluarga').inputValue()).toBe('kepala');
    await page.getByLabel('Tanggal lahir', { exact: true }).fill('1980-03-12');
    await page.getByLabel('Laki-laki').check();

    await addDose(page, '2021-08-10');
    await addDose(page, '2021-07-01'); // dosis 2 is preselected
    const error = 'Dosis 2 (01-07-2021) harus setelah Dosis 1 (10-08-2021).';
    await page.getByText(error).waitFor();
    // Under the date field, and the dose is not added.
    const dateField = page.locator('.field', { has: page.getByLabel('Tanggal vaksin') });
    await expect(dateField.innerText()).resolves.toContain(error);
    await expect(page.locator('.dose-list li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Dosis 1 · 10-08-2021/),
    ]);

    await page.getByLabel('Tanggal vaksin').fill('2021-09-07');
    await page.getByRole('button', { name: 'Tambahkan' }).click();
    await page.getByRole('button', { name: 'Simpan warga' }).click();
    await page.getByRole('heading', { name: 'Jl. Kenanga No. 3' }).waitFor();
    await page.getByRole('heading', { name: 'Warga (1)' }).waitFor();
    await expect(page.locator('.resident-line').innerText()).resolves.toMatch(
      /Budi Santoso[\s\S]*Kepala keluarga[\s\S]*Lengkap/,
    );
    // The offer is gone once the head is a resident; the edit screen lists dosis 1 first.
    expect(await page.getByRole('link', { name: /sebagai warga/ }).count()).toBe(0);
    await page.locator('.resident-line').click();
    await page.getByRole('heading', { name: 'Budi Santoso' }).waitFor();
    await expect
      .poll(() => page.locator('.dose-list li strong').allInnerTexts())
      .toEqual(['Dosis 1', 'Dosis 2']);
  });

  it('"nobody home": amber, in "Perlu kunjungan ulang", not visited, on the phone and for the lurah', async () => {
    const { page } = session;
    await page.goto(app.url);
    // A second house, met at the door, beside the first where nobody is home.
    await page
      .getByRole('link', { name: /Tambah rumah/ })
      .first()
      .click();
    await page.getByLabel('Nama jalan / gang / perumahan').fill('Jl. Kenanga');
    await page.getByLabel('Nomor rumah / blok').fill('5');
    await page.getByLabel('Nama kepala keluarga').fill('Siti Rahayu');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('heading', { name: 'Jl. Kenanga No. 5' }).waitFor();
    await recordVisit(page, 'Ditemui');

    await page.goto(app.url);
    await page.getByRole('link', { name: /Jl\. Kenanga No\. 3/ }).click();
    await page.getByRole('heading', { name: 'Jl. Kenanga No. 3' }).waitFor();
    await page.getByRole('link', { name: 'Catat kunjungan' }).click();
    await page.getByLabel('Tidak ada orang').check();
    // The revisit is set by itself, three days on, and stays editable.
    const due = formatDateId(addDays(jakartaToday(), 3));
    const revisit = page.getByLabel('Tanggal kunjungan ulang');
    expect(await revisit.inputValue()).toBe(addDays(jakartaToday(), 3));
    await revisit.fill('2020-01-01');
    await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await page.getByText('Tanggal kunjungan ulang tidak boleh sebelum hari ini.').waitFor();
    await revisit.fill(addDays(jakartaToday(), 3));
    await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await page.getByRole('heading', { name: 'Jl. Kenanga No. 3' }).waitFor();

    // The phone: the row is amber with the outcome and the revisit date; one house visited.
    await page.goto(app.url);
    await page.locator('.hh-row .badges:not(.badges-pending)').first().waitFor();
    const nobody = page.locator('.hh-row', { hasText: 'Jl. Kenanga No. 3' });
    const badge = nobody.locator('.badge', { hasText: 'Tidak ada orang' });
    await expect(badge.innerText()).resolves.toBe(`Tidak ada orang · Kunjungan ulang ${due}`);
    await expect(badge.getAttribute('class')).resolves.toContain('badge-amber');
    expect(await nobody.getByText('Sudah dikunjungi').count()).toBe(0);
    const visitedStat = page.locator('.stat', { hasText: 'Dikunjungi' }).locator('dd');
    await expect(visitedStat.innerText()).resolves.toBe('1');
    await page.getByRole('button', { name: 'Perlu kunjungan ulang' }).click();
    await expect(page.locator('.hh-row .hh-row-address').allInnerTexts()).resolves.toEqual([
      'Jl. Kenanga No. 3',
    ]);

    // The lurah: the same figures once the phone has synced.
    await outboxDrained(page);
    const coverage = () =>
      call<KelurahanCoverage>(app.url, `/api/coverage/kelurahan/${KELURAHAN}`, lurahToken);
    await expect
      .poll(async () => {
        const { total } = await coverage();
        return [total.households, total.householdsVisited];
      })
      .toEqual([2, 1]);
  });
});

describe('a stored record that breaks a rule', () => {
  it('is shown as a warning, left as it is, and the resident still takes other edits', async () => {
    const { page } = session;
    type Row = { id: string; name: string; householdId: string };
    const [budi] = (await readIndexedDb<Row>(page, 'residents')).filter((r) =>
      r.name.startsWith('Budi'),
    );
    // As a pull from before the rule would have left it: booster 1 a month after dosis 2.
    const fields = {
      residentId: budi!.id,
      householdId: budi!.householdId,
      kelurahanCode: KELURAHAN,
      rw: AREA.rw,
      rt: AREA.rts[0]!,
      kind: 'booster1',
      date: '2021-10-07',
      product: 'pfizer',
      place: null,
    };
    const hlc = formatHlc({ wall: 1, counter: 0, node: 'lama' });
    const booster = { id: uuidv7(), ...fields, hlc: mapKeys(fields, hlc) };
    await writeIndexedDb(page, 'doses', [booster]);

    await page.goto(`${app.url}/rumah/${budi!.householdId}`);
    await page.locator('.resident-line', { hasText: 'Periksa dosis' }).waitFor();
    await page.locator('.resident-line').click();
    const warning = 'Booster 1 (07-10-2021) paling cepat 3 bulan setelah Dosis 2 (07-09-2021).';
    await page.getByRole('note').getByText(warning).waitFor();

    await page.getByLabel('Nama lengkap').fill('Budi Santoso Wijaya');
    await page.getByRole('button', { name: 'Simpan warga' }).click();
    await page.getByRole('heading', { name: 'Jl. Kenanga No. 3' }).waitFor();
    await outboxDrained(page);
    expect(await readIndexedDb(page, 'rejected')).toEqual([]);
    const stored = await readIndexedDb<{ id: string; date: string }>(page, 'doses');
    expect(stored.find((d) => d.id === booster.id)?.date).toBe('2021-10-07');
  });
});

function mapKeys(fields: object, value: string): Record<string, string> {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, value]));
}

async function recordVisit(page: Page, outcome: string) {
  await page.getByRole('link', { name: 'Catat kunjungan' }).click();
  await page.getByLabel(outcome).check();
  await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
  await page.getByRole('link', { name: 'Catat kunjungan' }).waitFor();
}
