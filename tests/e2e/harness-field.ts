// Field work in end-to-end tests, through the app's own screens: the first household of an
// empty RT, an edit of it, what the phone holds afterwards (an empty outbox, its device
// token), and what the server holds.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { SCHEMA_VERSION, type PullResponse, type RecordChange } from '@shared/sync/protocol';
import { fieldClocks } from '@shared/sync/record-clock';
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

/** On the household's page: "Ubah data rumah", one field, "Simpan"; back on the page. */
export async function editHousehold(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('link', { name: 'Ubah data rumah' }).click();
  await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('link', { name: 'Ubah data rumah' }).waitFor();
}

/** What the server holds of an RW, as one page of a pull with `token` (`<deviceId>.<secret>`). */
export async function serverChanges(
  baseUrl: string,
  token: string,
  area: { kelurahanCode: string; rw: number },
): Promise<PullResponse['changes']> {
  const query = new URLSearchParams({
    deviceId: token.split('.')[0]!,
    schemaVersion: String(SCHEMA_VERSION),
    kelurahan: area.kelurahanCode,
    rw: String(area.rw),
  });
  const response = await fetch(`${baseUrl}/api/sync/pull?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { changes } = (await response.json()) as PullResponse;
  // Every field's stamp, as the phone lands them (one clock per record on the wire).
  return changes.map(everyStamp);
}

/** A pulled record with every field's stamp and no `at`, as the device lands it. */
function everyStamp(change: RecordChange): RecordChange {
  const { at: _at, ...rest } = change;
  return { ...rest, hlc: fieldClocks(change) };
}
