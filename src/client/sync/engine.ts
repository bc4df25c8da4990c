import { pushOutbox } from '@shared/sync/push-loop';
import { liveQuery } from 'dexie';
import { BACKGROUND_SYNC_TAG, SYNC_REQUESTED } from '@shared/sync/messages';
import type { PintuDb } from '../db/db';
import { uuidv7 } from '@shared/ids';
import { applyWorkerAnswers } from './apply-answered';
import { DexieOutbox } from './dexie-outbox';
import { withSyncLease } from './lease';
import { describeSyncError } from './errors';
import { pullAll, type PullScope } from './pull';
import { StatusStore } from './status';
import { loadSyncState, updateSyncState } from './sync-state';
import { isRevoked, NetworkError, type SyncTransport } from './transport';
import { wipeForRevocation } from './wipe';

export type SyncEngineOptions = {
  /** The area to pull; null when this phone holds no field data (then only push). */
  scope: () => Promise<PullScope | null>;
  /** Whether the phone is signed in; until it is, sync does nothing (the server would 401). */
  signedIn?: () => Promise<boolean>;
  intervalMs?: number;
  /** Wait after a local change before pushing, so a form's several writes go together. */
  debounceMs?: number;
  /** Wait after an app opens on a phone that synced before, until its first screen is drawn. */
  settleMs?: number;
  /** A second sync this long after the network comes back. */
  reconnectFollowUpMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  random?: () => number;
};

const LOCK_NAME = 'pintu-sync';

/**
 * Runs sync by itself: on start (at once on a phone that never synced, else once the first
 * screen is drawn), when the network comes back, when the page becomes visible,
 * on a timer, after local changes, and when the service worker asks (Background Sync). One
 * tab at a time holds the Web Lock and syncs; the others skip. Failures retry with exponential
 * backoff and jitter. Plain TypeScript: the UI only reads `status`.
 */
export class SyncEngine {
  readonly status = new StatusStore();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private interval: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private readonly cleanups: (() => void)[] = [];
  private readonly outbox: DexieOutbox;
  private readonly tabId = uuidv7();
  /** The sync state as `start` read it: whether this phone has synced before. */
  private loaded: Promise<{ lastSuccessAt: number | null }> = Promise.resolve({
    lastSuccessAt: null,
  });

  constructor(
    private readonly db: PintuDb,
    private readonly transport: SyncTransport,
    private readonly options: SyncEngineOptions,
  ) {
    this.outbox = new DexieOutbox(db);
  }

  /** Wires the triggers (browser only) and syncs once. */
  async start(): Promise<void> {
    this.loaded = loadSyncState(this.db);
    const state = await this.loaded;
    this.status.set({ lastSuccessAt: state.lastSuccessAt });
    const soon = () => this.schedule(0);
    this.listen(window, 'online', () => {
      // Others often reconnect at the same moment (the posko's wifi): sync now, and once
      // more a little later to fetch what they push in the meantime.
      this.failures = 0;
      void this.syncNow().then(() => this.schedule(this.options.reconnectFollowUpMs ?? 5_000));
    });
    this.listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') soon();
    });
    if ('serviceWorker' in navigator) {
      this.listen(navigator.serviceWorker, 'message', (event) => {
        if ((event as MessageEvent).data?.type === SYNC_REQUESTED) soon();
      });
    }
    this.interval = setInterval(soon, this.options.intervalMs ?? 60_000);
    this.watchOutbox();
    this.syncSoon();
  }

  /**
   * Syncs at once on a phone that has never synced (a new sign-in waits for its area);
   * otherwise shortly after, once the screen it opened on is drawn: a sync at the same moment
   * takes the slow phone's CPU and database from that screen (an RT list at CPU 4×: its
   * pull page and writes land between the list's reads).
   */
  syncSoon(): void {
    void this.loaded.then((state) => {
      if (state.lastSuccessAt === null) return void this.syncNow();
      if (this.running) return;
      // Idle alone comes too early: the page is idle while it waits for IndexedDB's reads.
      this.schedule(this.options.settleMs ?? 1_500);
    });
  }

  /** A new local change is pushed shortly, without anyone pressing a button. */
  private watchOutbox(): void {
    let last = Infinity;
    const subscription = liveQuery(() => this.db.countPending()).subscribe({
      next: (count) => {
        if (count > last) this.schedule(this.options.debounceMs ?? 1_000);
        last = count;
      },
    });
    this.cleanups.push(() => subscription.unsubscribe());
  }

  stop(): void {
    this.cleanups.splice(0).forEach((c) => c());
    if (this.interval) clearInterval(this.interval);
    if (this.timer) clearTimeout(this.timer);
    this.interval = this.timer = null;
  }

  /** Syncs now (or right after the sync in progress) and resolves when done. */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runLocked().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, delayMs);
  }

  /**
   * One tab at a time: the Web Lock the service worker's push takes too, or, in a browser
   * without Web Locks, a lease in IndexedDB (lease.ts; the worker then never pushes itself).
   */
  private async runLocked(): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) {
      await withSyncLease(this.db, this.tabId, () => this.runOnce());
      return;
    }
    await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (lock) await this.runOnce();
    });
  }

  /** One sync; then the status shows how far this phone's clock is off (the answers' dates). */
  private async runOnce(): Promise<void> {
    if (this.options.signedIn && !(await this.options.signedIn())) return;
    try {
      await this.syncSteps();
    } finally {
      const clockOffsetMs = this.transport.clockOffsetMs?.() ?? null;
      if (clockOffsetMs !== null) this.status.set({ clockOffsetMs });
    }
  }

  /**
   * 1. push the outbox; 2. pull the area; 3. push what was written meanwhile. A 401
   * `revoked` on any of them wipes the phone (`wipeForRevocation`): the screens then show why.
   */
  private async syncSteps(): Promise<void> {
    try {
      this.status.set({ phase: 'pushing', nextRetryAt: null });
      await applyWorkerAnswers(this.db);
      await pushOutbox(this.outbox, this.transport.push);
      const scope = await this.options.scope();
      if (scope) {
        this.status.set({ phase: 'pulling' });
        await pullAll(this.db, this.transport, scope, (progress) =>
          this.status.set({ progress: progress.total > 0 ? progress : null }),
        );
      }
      await pushOutbox(this.outbox, this.transport.push);
      const now = Date.now();
      await updateSyncState(this.db, { lastSuccessAt: now });
      this.failures = 0;
      this.status.set({ phase: 'idle', lastSuccessAt: now, error: null, progress: null });
    } catch (error) {
      if (isRevoked(error)) {
        await wipeForRevocation(this.db);
        this.failures = 0;
        this.status.set({ phase: 'idle', error: null, progress: null, nextRetryAt: null });
        return;
      }
      this.failures++;
      if (error instanceof NetworkError) void requestBackgroundSync();
      const delay = this.retryDelay();
      this.status.set({
        phase: 'waiting-retry',
        error: describeSyncError(error),
        progress: null,
        nextRetryAt: Date.now() + delay,
      });
      this.schedule(delay);
    }
  }

  /** Exponential backoff with full jitter: base·2^(n-1), capped, times a random 0.5–1. */
  private retryDelay(): number {
    const { retryBaseMs = 2_000, retryMaxMs = 5 * 60_000, random = Math.random } = this.options;
    const ceiling = Math.min(retryMaxMs, retryBaseMs * 2 ** (this.failures - 1));
    return Math.round(ceiling * (0.5 + random() / 2));
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler);
    this.cleanups.push(() => target.removeEventListener(type, handler));
  }
}

/**
 * Asks the service worker to push when the network returns, even if the app is closed by
 * then (Background Sync, Chromium only; elsewhere the triggers above cover it).
 */
async function requestBackgroundSync(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const registration = (await navigator.serviceWorker.getRegistration()) as
    (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
  await registration?.sync?.register(BACKGROUND_SYNC_TAG).catch(() => {});
}
