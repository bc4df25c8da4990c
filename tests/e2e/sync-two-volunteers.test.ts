// Sync runs by itself: two volunteers edit the same household offline, one the head of the
// family and the other the street; when their phones are online again both phones show both
// edits and the server has them, without anyone pressing a button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readOutbox, waitForDatabase } from './harness-idb';
import {
  createInvitation,
  enrollPage,
  launchBrowser,
  setOffline,
  startAppWithAdmin,
  waitForServiceWorker,
  type App,
  type BrowserSession,
  addFirstHousehold,
  editHousehold,
  serverChanges,
  PHONE,
} from './harness';

let app: App;
let session: BrowserSession;
let second: BrowserContext;
let adminToken: string;

// Kranji, RW 008: not a demo kelurahan, so the RT starts empty.
const AREA = { kelurahanCode: '32.75.02.1002', rw: 8, rts: [2] };

beforeAll(async () => {
  ({ app, adminToken } = await startAppWithAdmin());
  session = await launchBrowser();
  second = await session.browser!.newContext(PHONE);
});
afterAll(async () => {
  await second?.close();
  await session?.close();
  await app?.stop();
});

/** Each volunteer enrolls with an invitation of their own for the same RT. */
async function enroll(page: Page, name: string) {
  const { code } = await createInvitation(app.url, adminToken, { role: 'relawan', area: AREA });
  await enrollPage(page, app.url, { code, name });
}

async function serverHousehold() {
  const changes = await serverChanges(app.url, adminToken, AREA);
  return changes.find((c) => c.entity === 'household')?.values;
}

describe('two volunteers, one household', () => {
  it('both see both offline edits once online, with no click', async () => {
    const a = session.page;
    const b = await second.newPage();

    // Volunteer A records the household while online; it reaches the server by itself.
    await a.goto(app.url);
    await waitForServiceWorker(a);
    await enroll(a, 'Relawan A');
    await addFirstHousehold(a, { street: 'Jl. Melati Raya', number: '12A', head: 'Budi Santoso' });
    await expect
      .poll(serverHousehold, { timeout: 15_000 })
      .toMatchObject({ headName: 'Budi Santoso' });

    // Volunteer B opens the same RT and receives it.
    await b.goto(app.url);
    await waitForServiceWorker(b);
    await enroll(b, 'Relawan B');
    await b.getByText('Jl. Melati Raya No. 12A').first().click({ timeout: 15_000 });

    // Both lose signal and edit different fields.
    await setOffline(session.context, true);
    await setOffline(second, true);
    await editHousehold(a, 'Nama kepala keluarga', 'Budi Santosa');
    await editHousehold(b, 'Nama jalan / gang / perumahan', 'Jl. Melati Indah');
    await waitForDatabase(a, 'outboxRows');
    expect(await readOutbox(a)).toHaveLength(1);
    expect(await readOutbox(b)).toHaveLength(1);

    // Signal comes back. Nobody touches anything.
    await setOffline(session.context, false);
    await setOffline(second, false);
    await expect
      .poll(serverHousehold, { timeout: 20_000 })
      .toMatchObject({ headName: 'Budi Santosa', street: 'Jl. Melati Indah' });
    // Each phone syncs when the network returns. The one whose pull ran before the other's
    // push landed gets that edit from its next sync, at the latest on the engine's 60-second
    // timer: still no click, so the wait allows one timer period.
    for (const page of [a, b]) {
      await page
        .getByRole('heading', { name: 'Jl. Melati Indah No. 12A' })
        .waitFor({ timeout: 75_000 });
      await page.getByText('Budi Santosa').first().waitFor({ timeout: 75_000 });
      await expect.poll(() => readOutbox(page), { timeout: 10_000 }).toEqual([]);
    }
  }, 240_000);
});
