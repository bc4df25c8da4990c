// Sign-in for end-to-end tests: enroll a page through the app's own screen (a code and a PIN),
// unlock the PIN screen, and call the account API directly (as an admin or lurah) to make
// invitations. See docs/api.md for the endpoints.
import type { Page } from 'playwright-core';
import type { CreatedInvitation, EnrollResponse, InvitationRequest, User } from '@shared/auth/api';
import type { UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';

export const TEST_PIN = '482915';

export type EnrollOptions = { code: string; name?: string; phone?: string; pin?: string };

/**
 * Opens the invitation link `/daftar?kode=…` and enrolls with a name, a phone and a PIN;
 * resolves when the signed-in app is on screen (its bottom menu). Needs the network.
 */
export async function enrollPage(
  page: Page,
  appUrl: string,
  options: EnrollOptions,
): Promise<void> {
  const pin = options.pin ?? TEST_PIN;
  await page.goto(`${appUrl}/daftar?kode=${encodeURIComponent(options.code)}`);
  await page.getByRole('heading', { name: 'Daftar di Pintu' }).waitFor();
  await page.getByLabel('Nama lengkap').fill(options.name ?? 'Relawan Uji');
  await page.getByLabel('Nomor HP').fill(options.phone ?? '0812 3456 7890');
  await page.getByLabel('PIN baru (6 angka)').fill(pin);
  await page.getByLabel('Ulangi PIN').fill(pin);
  await page.getByRole('button', { name: 'Daftar' }).click();
  await page.getByRole('navigation', { name: 'Menu utama' }).waitFor({ timeout: 30_000 });
}

/** Types the PIN on the lock screen (offline is fine) and waits for the app. */
export async function unlockPage(page: Page, pin = TEST_PIN): Promise<void> {
  await page.getByRole('heading', { name: 'Masukkan PIN' }).waitFor();
  await typePin(page, pin);
  await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();
}

/** Taps the PIN pad's keys. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** Enrolls a made-up device through the API; its token then acts for that user. */
export async function enrollViaApi(appUrl: string, code: string): Promise<EnrollResponse> {
  return call<EnrollResponse>(appUrl, '/api/auth/enroll', null, {
    method: 'POST',
    body: { code, name: 'Pengguna Uji', phone: '081234567890', deviceId: uuidv7() },
  });
}

export function createInvitation(
  appUrl: string,
  token: string,
  request: InvitationRequest,
): Promise<CreatedInvitation> {
  return call<CreatedInvitation>(appUrl, '/api/invitations', token, {
    method: 'POST',
    body: request,
  });
}

/** A JSON call with the device token; throws with the server's answer on anything but 2xx. */
export async function call<T>(
  appUrl: string,
  path: string,
  token: string | null,
  { method = 'GET', body }: { method?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${appUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export type FakeSignIn = {
  role?: User['role'];
  area: UserArea;
  pin?: string;
  /** PBKDF2 iterations of the verifier; the app's own value by default. */
  iterations?: number;
};

/**
 * Writes a sign-in straight into the page's database (`meta` → `auth`), with a PIN verifier
 * derived in the page by WebCrypto as the app derives it, and a token the server does not
 * know (its sync then says so). For benchmarks and tests that need a signed-in phone without
 * the account API; the app's database must exist (waitForDatabase). Reload to see it.
 */
export async function writeSignedIn(page: Page, options: FakeSignIn): Promise<void> {
  const user: User = {
    id: uuidv7(),
    name: 'Relawan Uji',
    phone: '081234567890',
    role: options.role ?? 'relawan',
    area: options.area,
    status: 'active',
    createdAt: new Date().toISOString(),
  };
  await page.evaluate(
    async ({ user, pin, iterations }) => {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const key = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(pin),
        'PBKDF2',
        false,
        ['deriveBits'],
      );
      const bits = await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
        key,
        256,
      );
      // No named helper functions in here: tsx would wrap them with a `__name` the page lacks.
      const hash = new Uint8Array(bits);
      const auth = {
        status: 'active',
        token: 'bench-device.not-a-real-secret',
        deviceId: 'bench-device',
        user,
        pin: {
          algorithm: 'PBKDF2-SHA-256',
          iterations,
          salt: btoa(String.fromCharCode(...salt)),
          hash: btoa(String.fromCharCode(...hash)),
        },
        enrolledAt: Date.now(),
      };
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('pintu');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'auth', value: auth });
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      });
    },
    { user, pin: options.pin ?? TEST_PIN, iterations: options.iterations ?? 210_000 },
  );
}

export type DemoCodes = Record<'admin' | 'lurah' | 'staf' | 'ketuaRw' | 'relawan', string>;

/**
 * The demo accounts' invitation codes, as the server prints them when it seeds the demo data
 * (`SEED: 'demo'`); demo codes may be used any number of times.
 */
export async function demoCodes(
  app: { output: () => string },
  timeoutMs = 60_000,
): Promise<DemoCodes> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = parseDemoCodes(app.output());
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No demo codes printed:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function parseDemoCodes(output: string): DemoCodes | null {
  const codes: Partial<DemoCodes> = {};
  const patterns: [keyof DemoCodes, RegExp][] = [
    ['admin', /\badmin\b/i],
    ['lurah', /\blurah\b/i],
    ['staf', /\bstaf\b/i],
    ['ketuaRw', /\bketua\b/i],
    ['relawan', /\brelawan\b/i],
  ];
  for (const line of output.split('\n')) {
    const code = line.match(/\b([A-Z0-9]{4}-[A-Z0-9]{4})\b/)?.[1];
    if (!code) continue;
    const role = patterns.find(([, re]) => re.test(line))?.[0];
    if (role && !codes[role]) codes[role] = code;
  }
  return Object.keys(codes).length === patterns.length ? (codes as DemoCodes) : null;
}

/**
 * Waits until the server has written all of its synthetic demo data (`SEED: 'demo'`): it
 * prints one line when done. Seeding runs in the server's own thread, so a test that starts
 * before it ends finds a slow server and half an area.
 */
export async function demoDataReady(app: { output: () => string }, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (!/Data demo .*siap/.test(app.output())) {
    if (Date.now() > deadline) throw new Error(`Demo data not ready:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
