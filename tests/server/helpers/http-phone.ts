// A phone running the real device code — Dexie (over fake-indexeddb: import
// 'fake-indexeddb/auto' first), the write path with its outbox, the push loop and the paged
// pull, the HTTP transport with its retries — against a server over real HTTP (a process,
// or a balancer in front of several). It keeps every error a sync let through.
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { getDeviceId } from '@client/db/device';
import type { OutboxEntry } from '@client/db/schema';
import { DexieOutbox } from '@client/sync/dexie-outbox';
import { pullAll, type PullScope } from '@client/sync/pull';
import { httpTransport, type SyncTransport } from '@client/sync/transport';
import type { Database } from '@server/db/database';
import { uuidv7 } from '@shared/ids';
import { pushOutbox } from '@shared/sync/push-loop';
import { snapshotOf, type Snapshot } from '../../sync/helpers/client-device';
import { signIn } from './sign-in';

export class HttpPhone {
  readonly db = new PintuDb(`phone-${uuidv7()}`);
  /** Every change committed on this phone, as its outbox got it. */
  readonly writes: OutboxEntry[] = [];
  /** What a sync let through to the engine (which would show it to the volunteer). */
  readonly errors: unknown[] = [];
  /** Requests that failed underneath (503, dropped connection), retried or not. */
  readonly failedAttempts: string[] = [];
  private transport: SyncTransport | null = null;

  private constructor(private readonly scope: PullScope) {}

  /** A ketua RW of the scope's RW, signed in straight into `db`, talking to `baseUrl`. */
  static async signedIn(db: Database, baseUrl: string, scope: Required<PullScope>) {
    const phone = new HttpPhone(scope);
    const { token } = await signIn(db, {
      deviceId: await getDeviceId(phone.db),
      role: 'ketua-rw',
      area: { kelurahanCode: scope.kelurahanCode, rw: scope.rw, rts: [] },
    });
    // fetch as the phone's, counting what the transport had to send again.
    const counted: typeof fetch = async (input, init) => {
      try {
        const response = await fetch(input, init);
        if (response.status >= 500) phone.failedAttempts.push(`HTTP ${response.status}`);
        return response;
      } catch (error) {
        phone.failedAttempts.push(String(error));
        throw error;
      }
    };
    phone.transport = httpTransport(baseUrl, counted, 15_000, async () => token);
    return phone;
  }

  async commit(changes: LocalChange[]): Promise<void> {
    this.writes.push(...(await commitChanges(this.db, changes)));
  }

  /** As the engine syncs: push, pull, push what came meanwhile. False when it failed. */
  async sync(): Promise<boolean> {
    const transport = this.transport!;
    try {
      await pushOutbox(new DexieOutbox(this.db), transport.push);
      await pullAll(this.db, transport, this.scope);
      await pushOutbox(new DexieOutbox(this.db), transport.push);
      return true;
    } catch (error) {
      this.errors.push(error);
      return false;
    }
  }

  pending(): Promise<number> {
    return this.db.countPending();
  }

  snapshot(): Promise<Snapshot> {
    return snapshotOf(this.db);
  }

  close(): Promise<void> {
    return this.db.delete();
  }
}
