// The lurah's isoman list and change log in real Chromium against the real server: a relawan
// of RW 001 records a family with two residents in isoman (a family cluster) and a neighbour
// with one, through the API; the lurah opens the isoman list (day of isolation, cluster
// marked), the change log (filtered to one RW, the relawan's changes, newest first) and
// follows a row's link to the household's own history. On the RW dashboard: "Tercatat minggu
// ini", the figures as of a past day, and the RW's isoman list and change log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { jakartaToday } from '@server/coverage/today';
import { uuidv7 } from '@shared/ids';
import { formatRwRt } from '@shared/wilayah/wilayah';
import type { RwCoverage } from '@shared/coverage/api';
import { recordedText } from '@client/features/dashboard/data/as-of-date';
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
const PLACE = { kelurahanCode: OWN, rw: relawanArea.rw!, rt: relawanArea.rts[0]! };
const daysBefore = (n: number) =>
  new Date(Date.parse(jakartaToday()) - n * 86_400_000).toISOString().slice(0, 10);

let app: App;
let session: BrowserSession;
const family = { householdId: uuidv7(), street: 'Jalan Isoman' };

/** The relawan's device pushes two households, three residents in isoman, and an edit. */
async function seed(): Promise<void> {
  const { put, push } = await pushingDevice(app.url, code('relawan'));
  const household = (id: string, street: string, n: number) =>
    put('household', { ...PLACE, street, houseNumber: String(n), headName: `Kepala ${n}` }, id);
  const resident = (householdId: string, name: string, id = uuidv7()) => ({
    id,
    mutation: put(
      'resident',
      {
        householdId,
        ...PLACE,
        name,
        birthDate: '1980-04-12',
        sex: 'P',
        relation: 'lainnya',
        ktpElsewhere: false,
        residenceStatus: 'aktif',
      },
      id,
    ),
  });
  const isoman = (householdId: string, residentId: string, started: number) =>
    put('isoman', {
      householdId,
      residentId,
      ...PLACE,
      startDate: daysBefore(started),
      expectedEndDate: daysBefore(started - 10),
    });
  const neighbour = uuidv7();
  // Made in the order they are applied: seq numbers follow it.
  const households = [
    household(family.householdId, 'Jalan Lama', 1),
    household(neighbour, 'Jalan Tetangga', 2),
  ];
  const [ani, budi, cici] = [
    resident(family.householdId, 'Ani Isoman'),
    resident(family.householdId, 'Budi Isoman'),
    resident(neighbour, 'Cici Isoman'),
  ];
  const first = [
    ...households,
    ani!.mutation,
    budi!.mutation,
    cici!.mutation,
    isoman(family.householdId, ani!.id, 3),
    isoman(family.householdId, budi!.id, 0),
    isoman(neighbour, cici!.id, 6),
  ];
  const answer = await push(first);
  expect(answer.results.filter((r) => r.status !== 'applied')).toEqual([]);
  const edit = [put('household', { street: family.street }, family.householdId)];
  expect((await push(edit)).results[0]!.status).toBe('applied');
}

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  await seed();
  session = await launchBrowser();
  session.page.setDefaultTimeout(60_000);
  await enrollPage(session.page, app.url, { code: code('lurah'), name: 'Lurah Uji' });
}, 180_000);
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

describe('the lurah’s isoman list and change log', { timeout: 180_000 }, () => {
  it('shows who is in isoman, on which day, with the family cluster marked', async () => {
    const { page } = session;
    await page.goto(`${app.url}/dasbor/${OWN}`);
    await page.getByRole('link', { name: 'Isoman', exact: true }).click();
    await page.waitForURL(`**/isoman/${OWN}`);
    const cards = page.locator('.isoman-patient');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);
    const totals = await page.locator('.isoman-totals').innerText();
    expect(totals).toMatch(/3\s+warga sedang isoman/);
    expect(totals).toMatch(/1\s+klaster keluarga/);
    const ani = page.locator('.isoman-patient', { hasText: 'Ani Isoman' });
    expect(await ani.innerText()).toMatch(/Hari ke-4\s+dari 10/);
    await expect.poll(() => ani.getByText('Klaster keluarga').count()).toBe(1);
    const cici = page.locator('.isoman-patient', { hasText: 'Cici Isoman' });
    expect(await cici.innerText()).toMatch(/Hari ke-7\s+dari 10/);
    expect(await cici.getByText('Klaster keluarga').count()).toBe(0);
    // The cluster comes first; its household link opens that household's history.
    expect(await cards.first().innerText()).toMatch(/Klaster keluarga/);
    expect(await cards.last().innerText()).toMatch(/Cici Isoman/);
    await ani.getByRole('link', { name: /Jalan Isoman/ }).click();
    await page.waitForURL(`**/rumah/${family.householdId}/riwayat`);
    await page.getByRole('heading', { name: 'Riwayat perubahan' }).waitFor();
    await page
      .getByText(/Jalan Isoman/)
      .first()
      .waitFor();
  });

  it('lists the changes, filters them by RW and person, and links each to its household', async () => {
    const { page } = session;
    await page.goto(`${app.url}/dasbor/${OWN}`);
    await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
    await page.waitForURL(`**/perubahan/${OWN}`);
    const rows = page.locator('.change-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(9);
    // Newest first: the street changed last.
    const newest = await rows.first().innerText();
    expect(newest).toMatch(/Rumah tangga diubah/);
    expect(newest).toMatch(/Jalan:\s*Jalan Lama\s*→\s*Jalan Isoman/);
    expect(newest).toMatch(/Pengguna Uji · perangkat/);

    await page.getByLabel('RW').selectOption(String(PLACE.rw));
    await page.waitForURL(`**/perubahan/${OWN}?rw=${PLACE.rw}`);
    await expect.poll(() => rows.count()).toBe(9);

    const person = page.getByLabel('Orang');
    const options = await person.locator('option').allInnerTexts();
    expect(options).toContain('Pengguna Uji');
    await person.selectOption({ label: 'Lurah Uji' });
    await page.getByText('Belum ada perubahan yang cocok dengan saringan ini.').waitFor();
    await person.selectOption({ label: 'Pengguna Uji' });
    await expect.poll(() => rows.count()).toBe(9);

    await rows
      .first()
      .getByRole('link', { name: /Jalan Isoman/ })
      .click();
    await page.waitForURL(`**/rumah/${family.householdId}/riwayat`);
    await page.getByRole('heading', { name: 'Riwayat perubahan' }).waitFor();
  });

  it('on the RW dashboard: recorded this week, coverage as of a past day, and the lists of the RW', async () => {
    const { page } = session;
    const token = await storedToken(page);
    const rwPath = `/api/coverage/kelurahan/${OWN}/rw/${PLACE.rw}`;
    const now = await call<RwCoverage>(app.url, rwPath, token);
    const rtKey = `${PLACE.rw}/${PLACE.rt}`;
    const rtNow = now.rts.find((r) => r.key === rtKey)!;
    expect(rtNow.activeIsoman).toBe(3);

    await page.goto(`${app.url}/dasbor/${OWN}/rw/${PLACE.rw}`);
    const row = page.locator('table.coverage-table tbody tr').filter({
      has: page.locator('th', { hasText: `RT ${formatRwRt(PLACE.rt)}` }),
    });
    const cell = (label: string) => row.locator(`td[data-label="${label}"]`);
    await expect.poll(() => cell('Isoman').innerText()).toBe('3');
    await page.getByRole('columnheader', { name: 'Tercatat minggu ini' }).waitFor();
    expect(await cell('Tercatat minggu ini').innerText()).toBe(
      recordedText(rtNow.recordedThisWeek),
    );

    // As of ten days ago, by the records' dates: no isoman episode had started yet.
    const past = daysBefore(10);
    const then = await call<RwCoverage>(app.url, `${rwPath}?date=${past}`, token);
    expect(then.rts.find((r) => r.key === rtKey)?.activeIsoman ?? 0).toBe(0);
    await page.getByLabel('Per tanggal').fill(past);
    await page.waitForURL(`**/dasbor/${OWN}/rw/${PLACE.rw}?tanggal=${past}`);
    await expect.poll(() => cell('Isoman').innerText()).toBe('0');
    await page
      .getByText(/^Cakupan sampai akhir \d{2}-\d{2}-\d{4}, menurut tanggal vaksinasi/)
      .waitFor();

    // The RW's isoman list, narrowed to the RW; "Semua RW" shows the whole kelurahan.
    await page.getByRole('link', { name: 'Isoman RW ini' }).click();
    await page.waitForURL(`**/isoman/${OWN}?rw=${PLACE.rw}`);
    const cards = page.locator('.isoman-patient');
    await expect.poll(() => cards.count()).toBe(3);
    expect(await page.getByLabel('RW').inputValue()).toBe(String(PLACE.rw));
    await page.getByLabel('RW').selectOption('');
    await page.waitForURL(`**/isoman/${OWN}`);
    await expect.poll(() => cards.count()).toBe(3);

    await page.goto(`${app.url}/dasbor/${OWN}/rw/${PLACE.rw}`);
    await page.getByRole('link', { name: 'Riwayat perubahan RW ini' }).click();
    await page.waitForURL(`**/perubahan/${OWN}?rw=${PLACE.rw}`);
    await expect.poll(() => page.locator('.change-row').count()).toBe(9);
  });
});
