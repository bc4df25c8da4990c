// Field work in end-to-end tests, through the app's own screens: the first household of an
// empty RT, and what the phone holds afterwards (an empty outbox, its device token).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readIndexedDb, readOutbox } from './harness-idb';

export type NewHousehold = { street: string; number: string; head: string };

/**
 * From the empty home list: "+ Tambah rumah tangga …", the three required fields, "Simpan";
 * resolves on the new household's page (its heading is the address).
 */
export async function addFirstHousehold(page: Page, household: NewHousehold): Promise<void> {
  await page
    .getByRole('link', { name: /Tambah rumah/ })
    .first()
    .click();
  await page.getByLabel('Nama jalan / gang / perumahan').fill(household.street);
  await page.getByLabel('Nomor rumah / blok').fill(household.number);
  await page.getByLabel('Nama kepala keluarga').fill(household.head);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page
    .getByRole('heading', { name: `${household.street} No. ${household.number}` })
    .waitFor();
}

/** Until the server has acknowledged every change of the phone (the outbox is empty). */
export async function outboxDrained(page: Page, timeoutMs = 30_000): Promise<void> {
  await expect.poll(async () => (await readOutbox(page)).length, { timeout: timeoutMs }).toBe(0);
}

/** The device token the signed-in app keeps, to ask the API what the screen shows. */
export async function storedToken(page: Page): Promise<string> {
  const meta = await readIndexedDb<{ key: string; value: { token: string } }>(page, 'meta');
  return meta.find((row) => row.key === 'auth')!.value.token;
}
