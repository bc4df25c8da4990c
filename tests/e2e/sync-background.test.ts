// Background Sync with the app closed: a change recorded offline is pushed by the service
// worker itself, straight from IndexedDB, when the browser reports the network is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import { SCHEMA_VERSION, type PullResponse } from '@shared/sync/protocol';
import type { User } from '@shared/auth/api';
import { readOutbox, waitForDatabase, writeIndexedDb } from './harness-idb';
import { rowOf } from '@shared/sync/outbox-rows';
import {
  createInvitation,
  enrollViaApi,
  launchBrowser,
  setOffline,
  startAppWithAdmin,
  waitForServiceWorker,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let session: BrowserSession;

let enrolled: { token: string; user: User };

beforeAll(async () => {
  let adminToken: string;
  ({ app, adminToken } = await startAppWithAdmin());
  session = await launchBrowser();
  // A relawan of the area, enrolled through the API: the worker pushes with their token.
  const { code } = await createInvitation(app.url, adminToken, {
    role: 'relawan',
    area: { kelurahanCode: area.kelurahanCode, rw: area.rw, rts: [area.rt] },
  });
  enrolled = await enrollViaApi(app.url, code);
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

// Jakasetia: not a demo kelurahan, so the server holds nothing there before the push.
const area = { kelurahanCode: '32.75.04.1004', rw: 11, rt: 4 };

async function pullFromServer(): Promise<PullResponse> {
  const query = new URLSearchParams({
    deviceId: deviceIdOf(enrolled.token),
    schemaVersion: String(SCHEMA_VERSION),
    kelurahan: area.kelurahanCode,
    rw: String(area.rw),
  });
  const response = await fetch(`${app.url}/api/sync/pull?${query}`, {
    headers: { authorization: `Bearer ${enrolled.token}` },
  });
  return (await response.json()) as PullResponse;
}

/** The device token is `<deviceId>.<secret>`. */
function deviceIdOf(token: string): string {
  return token.slice(0, token.indexOf('.'));
}

describe('Background Sync with no window open', () => {
  it('the service worker pushes the outbox from IndexedDB and empties it', async () => {
    const { context, page } = session;
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await waitForDatabase(page, 'outboxRows');

    // What the write path leaves behind after the volunteer saved a household offline.
    await setOffline(context, true);
    const deviceId = deviceIdOf(enrolled.token);
    const householdId = uuidv7();
    const hlc = formatHlc({ wall: Date.now(), counter: 0, node: deviceId });
    const values = { ...area, street: 'Jl. Cempaka', houseNumber: '8', headName: 'Hartini' };
    await writeIndexedDb(page, 'meta', [
      { key: 'device', value: { deviceId, nextSeq: 2, lastHlc: hlc } },
      // As enrollment leaves it (the PIN verifier plays no part here).
      {
        key: 'auth',
        value: { status: 'active', token: enrolled.token, deviceId, user: enrolled.user },
      },
    ]);
    await writeIndexedDb(page, 'households', [
      {
        id: householdId,
        ...values,
        hlc: Object.fromEntries(Object.keys(values).map((k) => [k, hlc])),
        searchWords: [],
      },
    ]);
    await writeIndexedDb(page, 'outboxRows', [
      rowOf([
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
      ]),
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
    await waitForDatabase(reopened, 'outboxRows');
    await expect.poll(() => readOutbox(reopened)).toEqual([]);
  });
});
