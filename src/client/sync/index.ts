import { db } from '../db/db';
import { SyncEngine } from './engine';
import type { PullScope } from './pull';
import { httpTransport } from './transport';

export type { SyncStatus } from './status';
export type { PullScope } from './pull';
export type { SyncEngine } from './engine';

/**
 * Starts the app's one sync engine over the app's database and the HTTP endpoint. `scope`
 * says which area to pull: the app shell knows the working area, sync/ does not read features.
 */
export function startSync(scope: () => Promise<PullScope | null>): SyncEngine {
  const engine = new SyncEngine(db, httpTransport(), { scope });
  void engine.start();
  return engine;
}
