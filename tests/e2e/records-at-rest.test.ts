// Records at rest, in real Chromium (issue 15): residents pulled onto a volunteer's phone are
// stored sealed — the raw IndexedDB holds none of their names, NIKs or KK numbers in clear;
// the unlocked app still searches them by name and NIK, an offline edit is stored sealed and
// reaches the server when the signal is back; a new start asks for the PIN, and until it is
// typed the phone's own page cannot read them (the data key is not in the page).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { uuidv7 } from '@shared/ids';
import { typePin, unlockPage } from './harness-auth';
import { outboxDrained, serverChanges, storedToken } from './harness-field';
import { dumpIndexedDb, dumpRawIndexedDb } from './harness-idb';
import { pushingDevice } from './harness-push';
import {
  enrollPage,
  launchBrowser,
  PHONE,
  setOffline,
  startApp,
  type App,
  type BrowserSession,
} from './harness';

const code = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.code;
const PLACE = {
  kelurahanCode: DEMO_ACCOUNTS.find((a) => a.role === 'relawan')!.area.kelurahanCode!,
  rw: 1,
  rt: 1,
};
const KK = '3275011212200077';
const PEOPLE = [
  { name: 'Sulastri Wibisono', nik: '3275014506850002', relation: 'kepala', sex: 'P' },
  { name: 'Rudi Santoso', nik: '3275011204800003', relation: 'suami', sex: 'L' },
] as const;
const SECRETS = [
  ...PEOPLE.flatMap((p) => [p.name, p.nik, ...p.name.toLowerCase().split(' ')]),
  KK,
  'Kenanga',
];

let app: App;
let phone: BrowserSession;

beforeAll(async () => {
  // A generous start: the shared test machine can be slow to start the server.
  app = await startApp({ env: { SEED: 'accounts' }, timeoutMs: 240_000 });
  const device = await pushingDevice(app.url, code('admin-kota'));
  const householdId = uuidv7();
  const mutations = [
    device.put(
      'household',
      { ...PLACE, street: 'Jl. Kenanga', houseNumber: '4', headName: PEOPLE[0].name, kkNumber: KK },
      householdId,
    ),
    ...PEOPLE.map((p) =>
      device.put('resident', {
        householdId,
        ...PLACE,
        ...p,
        birthDate: p.sex === 'P' ? '1985-06-05' : '1980-04-12',
        ktpElsewhere: false,
        residenceStatus: 'aktif',
      }),
    ),
  ];
  const answer = await device.push(mutations);
  expect(answer.results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
  phone = await launchBrowser(PHONE);
  phone.page.setDefaultTimeout(30_000);
  await enrollPage(phone.page, app.url, { code: code('relawan') });
  await phone.page.waitForFunction(() => document.querySelectorAll('.hh-row').length === 1);
}, 400_000);
afterAll(async () => {
  await phone?.close();
  await app?.stop();
});

/** Everything the phone's IndexedDB stores, as text (sealed bytes as base64). */
async function rawText(page: Page): Promise<string> {
  return JSON.stringify(await dumpRawIndexedDb(page), (_k, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v,
  );
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Cari' }).fill(query);
}

/** A new start of the app: a new tab, which asks for the PIN. */
async function newStart(): Promise<Page> {
  const page = await phone.context.newPage();
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Masukkan PIN' }).waitFor();
  return page;
}

describe('records at rest on the phone', { timeout: 180_000 }, () => {
  it('stores the pulled residents with no name, NIK or KK in clear', async () => {
    const raw = await rawText(phone.page);
    expect(raw).toContain('"sealed"');
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
  });

  it('after a new start and the PIN: search by name and by NIK', async () => {
    const page = await newStart();
    await unlockPage(page);
    await search(page, 'sulastri');
    await expect
      .poll(() => page.locator('.hh-match-name').allInnerTexts())
      .toEqual(['Sulastri Wibisono']);
    await search(page, '3275 0112');
    await expect
      .poll(() => page.locator('.hh-match-name').allInnerTexts())
      .toEqual(['Rudi Santoso · NIK 3275••••••••0003']);
    await page.close();
  });

  it('edits a resident offline, stored sealed, and syncs it when the signal is back', async () => {
    const { page, context } = phone;
    await setOffline(context, true);
    await search(page, 'rudi');
    await page.getByRole('link', { name: /^Rudi Santoso/ }).click();
    await page.getByLabel('Nama lengkap').fill('Rudi Santoso Wiryo');
    await page.getByRole('button', { name: 'Simpan warga' }).click();
    await page.getByRole('heading', { name: 'Jl. Kenanga No. 4' }).waitFor();
    const raw = await rawText(page);
    expect(raw).not.toContain('Wiryo');
    const opened = await dumpIndexedDb(page);
    expect(JSON.stringify(opened.outboxRows)).toContain('Rudi Santoso Wiryo');

    await setOffline(context, false);
    await outboxDrained(page, 60_000);
    const onServer = await serverChanges(app.url, await storedToken(page), PLACE);
    expect(onServer.map((c) => (c.values as { name?: string }).name)).toContain(
      'Rudi Santoso Wiryo',
    );
  });

  it('locked (a new start), the phone’s own page cannot read them; a wrong PIN opens nothing', async () => {
    const page = await newStart();
    const locked = await dumpIndexedDb(page); // opened with this page's key: it has none
    const text = JSON.stringify(locked);
    expect(locked.residents).toHaveLength(2);
    for (const secret of [...SECRETS, 'Wiryo']) expect(text).not.toContain(secret);
    expect(await page.getByText('Sulastri').count()).toBe(0);

    await typePin(page, '111222');
    await page.getByText(/PIN salah/).waitFor();
    expect(JSON.stringify(await dumpIndexedDb(page))).not.toContain('Sulastri');

    await typePin(page, '482915');
    await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();
    const opened = await dumpIndexedDb(page);
    expect(opened.residents!.map((r) => (r as { name: string }).name).sort()).toEqual([
      'Rudi Santoso Wiryo',
      'Sulastri Wibisono',
    ]);
    await page.close();
  });
});
