// A signed-in device for tests: a user with a role and an area, and a device token for one
// device, written straight into the database (the same functions enrollment uses), so a test
// can push and pull as that user. Enrollment itself is tested through the API in tests/server/auth.
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '@shared/ids';
import type { Role, UserArea } from '@shared/auth/roles';
import type { Database } from '@server/db/database';
import { hashSecret, newDeviceToken, type ScryptParams } from '@server/auth/secrets';
import { insertUser, upsertDeviceToken } from '@server/auth/users-data';
import { AREA } from './device';

export type SignInOptions = {
  role?: Role;
  /** The area; by default one that fits the role around AREA (kelurahan 1001, RW 3, RT 5). */
  area?: UserArea;
  name?: string;
  phone?: string;
  /** The device to sign in (TestDevice passes its own id); a new one by default. */
  deviceId?: string;
  /** Sign in another device of an existing user instead of making a new one. */
  userId?: string;
  /** The secret's scrypt parameters: cheap ones by default (see below); SCRYPT_PARAMS for real. */
  scrypt?: ScryptParams;
};

export type SignedIn = {
  userId: string;
  deviceId: string;
  role: Role;
  area: UserArea;
  token: string;
  headers: { authorization: string };
};

const FIXTURE_SCRYPT = { N: 1024, r: 8, p: 1, keylen: 32 };

const databases = new WeakMap<FastifyInstance, Database>();

/** Tells the helpers which database an app runs on (useApp does it), so devices can sign in. */
export function useDatabase(app: FastifyInstance, db: Database): void {
  databases.set(app, db);
}

export function databaseOf(app: FastifyInstance): Database {
  const db = databases.get(app);
  if (!db) throw new Error('No database known for this app: call useDatabase(app, db).');
  return db;
}

/** The default area for a role: the city, the test kelurahan, RW 3 or RT 5 of RW 3. */
export function areaFor(role: Role): UserArea {
  switch (role) {
    case 'admin-kota':
      return { kelurahanCode: null, rw: null, rts: [] };
    case 'lurah':
    case 'staf-kelurahan':
      return { kelurahanCode: AREA.kelurahanCode, rw: null, rts: [] };
    case 'ketua-rw':
      return { kelurahanCode: AREA.kelurahanCode, rw: AREA.rw, rts: [] };
    case 'relawan':
      return { kelurahanCode: AREA.kelurahanCode, rw: AREA.rw, rts: [AREA.rt] };
  }
}

/** `target`: the database, an app (see useDatabase) or a `useApp` context (`{ t: { db } }`). */
export async function signIn(
  target: Database | FastifyInstance | { t: { db: Database } },
  options: SignInOptions = {},
): Promise<SignedIn> {
  const db =
    't' in target ? target.t.db : 'inject' in target ? databaseOf(target) : (target as Database);
  const role = options.role ?? 'relawan';
  const area = options.area ?? areaFor(role);
  const deviceId = options.deviceId ?? uuidv7();
  let userId = options.userId;
  if (!userId) {
    userId = uuidv7();
    await insertUser(db, {
      id: userId,
      name: options.name ?? `Pengguna ${role}`,
      phone: options.phone ?? '081234567890',
      role,
      area,
      createdBy: null,
    });
  }
  const { token, secret } = newDeviceToken(deviceId);
  // Cheap scrypt for fixtures (the parameters are stored with the hash and used to verify it):
  // tests sign in thousands of devices; enrollment in tests/server/auth uses the real ones.
  const hashed = await hashSecret(secret, options.scrypt ?? FIXTURE_SCRYPT);
  await upsertDeviceToken(db, deviceId, userId, area.kelurahanCode, hashed);
  return { userId, deviceId, role, area, token, headers: { authorization: `Bearer ${token}` } };
}
