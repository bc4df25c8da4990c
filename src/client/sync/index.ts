import { HOLDS_FIELD_DATA } from '@shared/auth/roles';
import { db } from '../db/db';
import { readSignedIn, readToken } from './auth';
import { SyncEngine } from './engine';
import { httpTransport } from './transport';

export type { SyncStatus } from './status';
export type { PullScope } from './pull';
export type { SyncEngine } from './engine';
export {
  AUTH_KEY,
  readAuth,
  readSignedIn,
  type AuthRecord,
  type PinVerifier,
  type Revoked,
  type SignedIn,
} from './auth';
export { OUT_OF_AREA_REASON } from './area-notice';
export { clockWarning } from './clock-offset';
export { apiRequest } from './api';
export { HttpError, NetworkError } from './transport';
export { wipeDevice } from './wipe';

/**
 * Starts the app's one sync engine over the app's database and the HTTP endpoint, with the
 * signed-in device's token. Phones of roles that work door to door pull their user's whole
 * area (the server decides it from the token); the others hold no field data and only push.
 */
export function startSync(): SyncEngine {
  const engine = new SyncEngine(
    db,
    httpTransport('', undefined, undefined, () => readToken(db)),
    {
      // Locked, the records cannot be read or written (src/client/db/at-rest.ts): the engine
      // waits for the PIN, and syncs as soon as it is typed.
      signedIn: async () => db.atRest.canWrite && (await readToken(db)) !== null,
      scope: async () => {
        const auth = await readSignedIn(db);
        return auth && HOLDS_FIELD_DATA.has(auth.user.role) ? {} : null;
      },
    },
  );
  void engine.start();
  db.atRest.onChange(() => {
    if (db.atRest.isOpen) void engine.syncNow();
  });
  return engine;
}
