// Sign-in cost per request: what checking a device token adds to an API call.
//
//   npx tsx tests/bench/server/auth.ts
//
// In-process app on in-memory PGlite (no network). For N signed-in devices: scrypt of one
// secret (enrollment, and a device's first request), then GET /api/auth/me (auth and nothing
// else) with the secret not yet verified (cache dropped), verified (cached), and /healthz
// (no token) as the floor. Medians of 200 requests each.
import { uuidv7 } from '@shared/ids';
import { buildApp } from '@server/app';
import { forgetDevice } from '@server/auth/authenticate';
import { hashSecret, SCRYPT_PARAMS } from '@server/auth/secrets';
import { migrate } from '@server/db/migrate';
import { openPglite } from '@server/db/pglite';
import { signIn } from '../../server/helpers/sign-in';
import { median } from './lib';

const N = 200;
const db = await openPglite();
await migrate(db);
const app = await buildApp({ db });

const scrypt: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await hashSecret(uuidv7());
  scrypt.push(performance.now() - t);
}

const devices = [];
for (let i = 0; i < N; i++)
  devices.push(await signIn(db, { role: 'relawan', scrypt: SCRYPT_PARAMS }));

async function time(url: string, headers: Record<string, string>, before?: () => void) {
  before?.();
  const t = performance.now();
  const response = await app.inject({ method: 'GET', url, headers });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
  return performance.now() - t;
}

const cold: number[] = [];
const warm: number[] = [];
const floor: number[] = [];
for (const d of devices) {
  cold.push(await time('/api/auth/me', d.headers, () => forgetDevice(d.deviceId)));
  warm.push(await time('/api/auth/me', d.headers));
  floor.push(await time('/healthz', {}));
}
const ms = (v: number[]) => `${median(v).toFixed(2)} ms`;
console.log(`scrypt of one secret (N=16384, r=8, p=1): median ${ms(scrypt)}`);
console.log(`GET /api/auth/me, secret not yet verified: median ${ms(cold)}`);
console.log(`GET /api/auth/me, verified (cached):       median ${ms(warm)}`);
console.log(`GET /healthz (no token, one SELECT 1):     median ${ms(floor)}`);
await app.close();
await db.close();
