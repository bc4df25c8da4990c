// A simulated phone that runs the real device code — Dexie (over fake-indexeddb), the write
// path with its outbox, the push loop and the paged pull, over the real HTTP transport — with
// the server app answering through inject(). Its network can lose responses on purpose.
import type { FastifyInstance } from 'fastify';
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { TABLE_OF } from '@client/db/schema';
import { withoutLocalFields } from '@client/db/search-words';
import { DexieOutbox } from '@client/sync/dexie-outbox';
import { pullAll, type PullScope } from '@client/sync/pull';
import { httpTransport, type SyncTransport } from '@client/sync/transport';
import { ENTITY_NAMES, type EntityName } from '@shared/domain/entities';
import { uuidv7 } from '@shared/ids';
import { pushOutbox } from '@shared/sync/push-loop';
import type { OutboxEntry } from '@client/db/schema';
import { getDeviceId } from '@client/db/device';
import { databaseOf, signIn, type SignedIn } from '../../server/helpers/sign-in';

export type Snapshot = Map<
  string,
  {
    entity: EntityName;
    values: Record<string, unknown>;
    hlc: Record<string, string>;
    deleted: boolean;
  }
>;

/**
 * The phone's clock: while a model phone runs, `Date.now` is off by its offset, as on a phone
 * whose clock is wrong, except inside the server's handling of its requests (the server's
 * clock is right). Phones run one after another, so one offset at a time.
 */
const realNow = Date.now.bind(Date);
let phoneOffsetMs = 0;
let serverCalls = 0;
Date.now = () => realNow() + (serverCalls > 0 ? 0 : phoneOffsetMs);

async function onPhoneClock<T>(offsetMs: number, run: () => Promise<T>): Promise<T> {
  phoneOffsetMs = offsetMs;
  try {
    return await run();
  } finally {
    phoneOffsetMs = 0;
  }
}

function payloadOf(body: BodyInit): string | Buffer {
  return body instanceof ArrayBuffer ? Buffer.from(body) : String(body);
}

/** fetch over app.inject(); the answers of the requests numbered in `lost` never arrive. */
export function injectFetch(app: FastifyInstance, shouldLose: () => boolean): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input), 'http://pintu.test');
    serverCalls++;
    const response = await app
      .inject({
        method: (init?.method ?? 'GET') as 'GET' | 'POST',
        url: url.pathname + url.search,
        headers: (init?.headers ?? {}) as Record<string, string>,
        // A gzip push comes as bytes (transport.ts pushBody), a plain one as a string.
        ...(init?.body ? { payload: payloadOf(init.body) } : {}),
      })
      .finally(() => serverCalls--);
    if (shouldLose()) throw new TypeError('Failed to fetch (response lost)');
    return new Response(response.body, {
      status: response.statusCode,
      headers: {
        'content-type': String(response.headers['content-type'] ?? 'application/json'),
        date: String(response.headers.date ?? ''),
      },
    });
  };
}

export class ClientDevice {
  readonly db = new PintuDb(`device-${uuidv7()}`);
  readonly writes: OutboxEntry[] = [];
  private loseNext = 0;
  readonly transport: SyncTransport;
  private auth: Promise<SignedIn> | null = null;

  /** `clockOffsetMs`: how far this phone's clock is off the real time (+ ahead, − behind). */
  constructor(
    app: FastifyInstance,
    private readonly scope: PullScope,
    private readonly clockOffsetMs = 0,
  ) {
    const shouldLose = () => {
      if (this.loseNext === 0) return false;
      this.loseNext--;
      return this.loseNext === 0;
    };
    // Signed in as a ketua RW of the scope's RW (an admin kota without one), on first use.
    const token = async () => {
      this.auth ??= (async () =>
        signIn(databaseOf(app), {
          deviceId: await getDeviceId(this.db),
          ...(scope.kelurahanCode && scope.rw !== undefined
            ? {
                role: 'ketua-rw',
                area: { kelurahanCode: scope.kelurahanCode, rw: scope.rw, rts: [] },
              }
            : { role: 'admin-kota' }),
        }))();
      return (await this.auth).token;
    };
    // No retry of a lost answer inside the transport: the sync must fail, and its retry
    // (or a pull before it) is one of the orders these tests try.
    this.transport = httpTransport(
      'http://pintu.test',
      injectFetch(app, shouldLose),
      30_000,
      token,
      { attempts: 1, pauseMs: 0, maxPauseMs: 0 },
    );
  }

  /** Runs device code (the app's sync engine, say) on this phone's clock. */
  onClock<T>(run: () => Promise<T>): Promise<T> {
    return onPhoneClock(this.clockOffsetMs, run);
  }

  /** Makes a local change, as the app's data functions do. */
  async commit(changes: LocalChange[]): Promise<void> {
    await onPhoneClock(this.clockOffsetMs, async () => {
      this.writes.push(...(await commitChanges(this.db, changes)));
    });
  }

  /**
   * Push then pull. With `loseAt = n`, the answer to the n-th request (1-based) is lost after
   * the server processed it; the sync then fails as it would on a dropped connection. With
   * `pullAnyway`, a push that failed is followed by a pull all the same (as when another tab
   * or the service worker pushed and lost the answer): pending changes are laid over it.
   */
  async sync(loseAt = 0, pullAnyway = false): Promise<boolean> {
    return onPhoneClock(this.clockOffsetMs, () => this.syncOnce(loseAt, pullAnyway));
  }

  /** A pull alone, with whatever is pending. */
  async pull(): Promise<boolean> {
    return onPhoneClock(this.clockOffsetMs, async () => {
      try {
        await pullAll(this.db, this.transport, this.scope, () => {}, 5);
        return true;
      } catch {
        return false;
      }
    });
  }

  private async syncOnce(loseAt: number, pullAnyway: boolean): Promise<boolean> {
    this.loseNext = loseAt;
    try {
      let pushed = true;
      try {
        await pushOutbox(new DexieOutbox(this.db), this.transport.push, 7);
      } catch (error) {
        if (!pullAnyway) throw error;
        pushed = false;
      }
      await pullAll(this.db, this.transport, this.scope, () => {}, 5);
      return pushed;
    } catch {
      return false;
    } finally {
      this.loseNext = 0;
    }
  }

  async pending(): Promise<number> {
    return this.db.countPending();
  }

  snapshot(): Promise<Snapshot> {
    return snapshotOf(this.db);
  }

  close(): Promise<void> {
    return this.db.delete();
  }
}

/** Every record the phone holds, as the server would send it. */
export async function snapshotOf(db: PintuDb): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  for (const entity of ENTITY_NAMES) {
    for (const row of await db.table(TABLE_OF[entity]).toArray()) {
      const { id, hlc, deleted, ...values } = withoutLocalFields(row);
      snapshot.set(id, { entity, values: normalize(values), hlc, deleted: deleted === true });
    }
  }
  return snapshot;
}

/** Absent and null optional fields are the same thing. */
export function normalize(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined),
  );
}
