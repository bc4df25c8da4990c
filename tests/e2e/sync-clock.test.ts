// A phone whose clock is a day off: after its first sync the status strip says so, in
// Indonesian, from the Date header of the server's answers.
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  createInvitation,
  enrollPage,
  launchBrowser,
  startAppWithAdmin,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let session: BrowserSession;
let adminToken: string;

beforeAll(async () => {
  ({ app, adminToken } = await startAppWithAdmin());
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

describe("the phone's clock", () => {
  it('a phone a day behind is told to check its date and time', async () => {
    const { code } = await createInvitation(app.url, adminToken, {
      role: 'relawan',
      area: { kelurahanCode: '32.75.04.1004', rw: 11, rts: [4] },
    });
    const { page } = session;
    // The page's clock runs a day behind, as on a phone set to yesterday.
    await page.addInitScript(() => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() - 24 * 60 * 60_000;
    });
    await enrollPage(page, app.url, { code });
    await page
      .getByText('Jam ponsel selisih 1 hari dari server. Periksa pengaturan tanggal & jam.')
      .waitFor({ timeout: 30_000 });
  });
});
