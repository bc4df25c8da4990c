// Background Sync with the app closed: a change recorded offline is pushed by the service
// worker itself, straight from IndexedDB, when the browser reports the network is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import { SCHEMA_VERSION, type PullResponse } from '@shared/sync/protocol';
import { readIndexedDb, waitForDatabase, writeIndexedDb } from './harness-idb';
import {
  launchBrowser,
  setOffline,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

const area = { kelurahanCode: '32.75.04.1005', rw: 11, rt: 4 };

async function pullFromServer(): Promise<PullResponse> {
  const query = new URLSearchParams({
    deviceId: uuidv7(),
    schemaVersion: String(SCHEMA_VERSION),
    kelurahan: area.kelurahanCode,
    rw: String(area.rw),
  });
  const response = await fetch(`${app.url}/api/sync/pull?${query}`);
  return (await response.json()) as PullResponse;
}

describe('Background Sync with no window open', () => {
  it('the service worker pushes the outbox from IndexedDB and empties it', async () => {
    const { context, page } = session;
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await waitForDatabase(page, 'outbox');

    // What the write path leaves behind after the volunteer saved a household offline.
    await setOffline(context, true);
    const deviceId = uuidv7();
    const householdId = uuidv7();
    const hlc = formatHlc({ wall: Date.now(), counter: 0, node: deviceId });
    const values = { ...area, street: 'Jl. Cempaka', houseNumber: '8', headName: 'Hartini' };
    await writeIndexedDb(page, 'meta', [
      { key: 'device', value: { deviceId, nextSeq: 2, lastHlc: hlc } },
    ]);
    await writeIndexedDb(page, 'households', [
      {
        id: householdId,
        ...values,
        hlc: Object.fromEntries(Object.keys(values).map((k) => [k, hlc])),
        searchWords: [],
      },
    ]);
    await writeIndexedDb(page, 'outbox', [
      {
        seq: 1,
        id: uuidv7(),
        entity: 'household',
        entityId: householdId,
        op: 'put',
        values,
        hlc,
        createdAt: Date.now(),
      },
    ]);

    const cdp = await context.newCDPSession(page);
    const registrations: { registrationId: string }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) =>
      registrations.push(...e.registrations),
    );
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.length).toBeGreaterThan(0);
    const registrationId = registrations[0]!.registrationId;

    // The volunteer closes the app; later the network comes back.
    const blank = await context.newPage();
    await page.close();
    await setOffline(context, false);
    expect((await pullFromServer()).changes).toHaveLength(0);
    const browserCdp = await context.newCDPSession(blank);
    await browserCdp.send('ServiceWorker.enable');
    await browserCdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: app.url,
      registrationId,
      tag: 'pintu-push',
      lastChance: false,
    });

    await expect
      .poll(async () => (await pullFromServer()).changes.map((c) => [c.id, c.values.headName]), {
        timeout: 15_000,
      })
      .toEqual([[householdId, 'Hartini']]);
    const reopened = await context.newPage();
    await reopened.goto(app.url);
    await waitForDatabase(reopened, 'outbox');
    await expect.poll(() => readIndexedDb(reopened, 'outbox')).toEqual([]);
  });
});
