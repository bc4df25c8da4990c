import type { PintuDb } from '@client/db/db';
import { makePinVerifier } from '@client/features/auth/data/pin';
import { AUTH_KEY, type SignedIn } from '@client/sync/auth';
import type { User } from '@shared/auth/api';
import type { UserArea } from '@shared/auth/roles';

export const KEL = '32.75.01.1001';

export function user(area: UserArea = { kelurahanCode: KEL, rw: 3, rts: [5] }): User {
  return {
    id: 'u-1',
    name: 'Siti Relawan',
    phone: '081234567890',
    role: 'relawan',
    area,
    status: 'active',
    createdAt: '2021-08-01T00:00:00Z',
  };
}

/** Signs the test database in as a relawan with the given PIN, as enrollment would. */
export async function signIn(db: PintuDb, pin = '482915', area?: UserArea): Promise<SignedIn> {
  const auth: SignedIn = {
    status: 'active',
    token: 'device-1.secret',
    deviceId: 'device-1',
    user: user(area),
    // Fewer iterations than the app's: the tests check the logic, not PBKDF2's cost.
    pin: await makePinVerifier(pin, 1_000),
    enrolledAt: Date.now(),
  };
  await db.meta.put({ key: AUTH_KEY, value: auth });
  return auth;
}

/** localStorage and sessionStorage for Node, like the browser's (string values, keys, length). */
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}
