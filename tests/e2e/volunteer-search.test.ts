// Search on a volunteer's phone, in real Chromium: households and residents pushed to the
// server arrive on the phone by sync; typing a name in another spelling ("rudy santoso",
// "djoko", "sukarno") finds the house and shows, under it, the resident who matched, with the
// matched part marked; a NIK prefix finds its resident; a name nobody has finds nothing.
// Tapping the person opens the resident's page, tapping the house the household's page.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { uuidv7 } from '@shared/ids';
import { HlcClock } from '@shared/sync/hlc';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { call, enrollViaApi } from './harness-auth';
import {
  countIndexedDb,
  enrollPage,
  launchBrowser,
  PHONE,
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

type Person = { name: string; relation: string; birthDate: string; sex: 'L' | 'P'; nik?: string };
const HOUSES: { street: string; number: string; people: Person[] }[] = [
  {
    street: 'Jl. Kenanga',
    number: '4',
    people: [
      // NIK 3275011204800003: a man born 12-04-1980 in Kota Bekasi.
      {
        name: 'Rudi Santoso',
        relation: 'kepala',
        birthDate: '1980-04-12',
        sex: 'L',
        nik: '3275011204800003',
      },
      { name: 'Joko Susilo', relation: 'anak', birthDate: '2008-02-01', sex: 'L' },
    ],
  },
  {
    street: 'Jl. Mawar',
    number: '9',
    people: [
      { name: 'Siti Aminah', relation: 'kepala', birthDate: '1975-06-20', sex: 'P' },
      { name: 'Muhammad Yusuf', relation: 'anak', birthDate: '2001-09-09', sex: 'L' },
    ],
  },
  {
    street: 'Jl. Melati',
    number: '1',
    people: [{ name: 'Soekarno Hadi', relation: 'kepala', birthDate: '1950-01-01', sex: 'L' }],
  },
];

let app: App;
let phone: BrowserSession;

/** The houses and their residents, pushed by an admin kota device through the sync API. */
async function seedHouses(): Promise<void> {
  const { token } = await enrollViaApi(app.url, code('admin-kota'));
  const deviceId = token.split('.')[0]!;
  const clock = new HlcClock(deviceId);
  let seq = 0;
  const put = (entity: string, values: Record<string, unknown>, entityId = uuidv7()) => ({
    id: uuidv7(),
    seq: ++seq,
    entity,
    entityId,
    op: 'put',
    values,
    hlc: clock.next(),
  });
  const mutations = HOUSES.flatMap(({ street, number, people }) => {
    const householdId = uuidv7();
    return [
      put(
        'household',
        { ...PLACE, street, houseNumber: number, headName: people[0]!.name },
        householdId,
      ),
      ...people.map(({ nik, ...person }) =>
        put('resident', {
          householdId,
          ...PLACE,
          ...person,
          nik: nik ?? null,
          ktpElsewhere: false,
          residenceStatus: 'aktif',
        }),
      ),
    ];
  });
  const answer = await call<{ results: { status: string }[] }>(app.url, '/api/sync/push', token, {
    method: 'POST',
    body: { deviceId, schemaVersion: SCHEMA_VERSION, mutations },
  });
  expect(answer.results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
}

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  await seedHouses();
  phone = await launchBrowser(PHONE);
  phone.page.setDefaultTimeout(30_000);
  await enrollPage(phone.page, app.url, { code: code('relawan') });
  // The three houses have come down with the first sync, and their five residents (they may
  // land a moment after the houses are listed).
  await phone.page.waitForFunction(() => document.querySelectorAll('.hh-row').length === 3);
  const residents = HOUSES.flatMap((h) => h.people).length;
  const deadline = Date.now() + 60_000;
  while ((await countIndexedDb(phone.page)).residents !== residents) {
    if (Date.now() > deadline) throw new Error('The residents did not arrive on the phone');
    await new Promise((r) => setTimeout(r, 250));
  }
}, 180_000);
afterAll(async () => {
  await phone?.close();
  await app?.stop();
});

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Cari' }).fill(query);
}

/** The houses listed, each with the residents shown under it and the marked parts. */
async function listed(page: Page) {
  const items = page.locator('.hh-list-item');
  const result: { address: string; people: string[]; marked: string[] }[] = [];
  for (const item of await items.all()) {
    const matches: Locator = item.getByRole('list', { name: 'Warga yang cocok' });
    result.push({
      address: await item.locator('.hh-row-address').innerText(),
      people: (await matches.count())
        ? await matches.locator('.hh-match-name').allInnerTexts()
        : [],
      marked: await item.locator('mark').allInnerTexts(),
    });
  }
  return result;
}

describe('search on the volunteer’s phone', { timeout: 120_000 }, () => {
  it('finds a person by another spelling of the name and shows them under their house', async () => {
    const { page } = phone;
    await search(page, 'rudy santoso');
    // The first search builds the list's index after the first sync's writes are read back.
    await expect
      .poll(() => listed(page), { timeout: 15_000 })
      .toEqual([
        { address: 'Jl. Kenanga No. 4', people: ['Rudi Santoso'], marked: ['Rudi', 'Santoso'] },
      ]);
    await expect(
      page.getByRole('link', { name: /Rudi Santoso\s*Kepala keluarga · \d+ th/ }).count(),
    ).resolves.toBe(1);

    await search(page, 'djoko');
    await expect
      .poll(() => listed(page))
      .toEqual([{ address: 'Jl. Kenanga No. 4', people: ['Joko Susilo'], marked: ['Joko'] }]);
    await search(page, 'sukarno');
    await expect
      .poll(() => listed(page))
      .toEqual([{ address: 'Jl. Melati No. 1', people: ['Soekarno Hadi'], marked: ['Soekarno'] }]);
    await search(page, 'muhamad yoesoef');
    await expect
      .poll(() => listed(page))
      .toEqual([
        { address: 'Jl. Mawar No. 9', people: ['Muhammad Yusuf'], marked: ['Muhammad', 'Yusuf'] },
      ]);
    await page.getByText('1 dari 3 rumah').waitFor();
  });

  it('finds a resident by the start of the NIK, and nothing for a name nobody has', async () => {
    const { page } = phone;
    await search(page, '3275 0112');
    await expect
      .poll(() => listed(page))
      .toEqual([
        {
          address: 'Jl. Kenanga No. 4',
          // Masked in the result (first and last 4 digits); whole only on the resident's page.
          people: ['Rudi Santoso · NIK 3275••••••••0003'],
          marked: [],
        },
      ]);
    await search(page, 'zulkarnain');
    await page.getByText('Tidak ada rumah yang cocok.').waitFor();
    expect(await page.locator('.hh-list-item').count()).toBe(0);
  });

  it('opens the resident’s page from the person, the household’s page from the house', async () => {
    const { page } = phone;
    await search(page, 'rudy');
    await page.getByRole('link', { name: /^Rudi Santoso\s*Kepala keluarga/ }).click();
    await page.getByRole('heading', { name: 'Rudi Santoso' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/warga\//);
    expect(await page.getByLabel(/^NIK\b/).inputValue()).toBe('3275011204800003');

    await page.goBack();
    await page.locator('.hh-row', { hasText: 'Jl. Kenanga No. 4' }).click();
    await page.getByRole('heading', { name: 'Jl. Kenanga No. 4' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/rumah\//);
  });
});
