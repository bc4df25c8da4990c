/** What the UI shows about sync, everywhere: a tiny observable store for useSyncExternalStore. */
export type SyncPhase = 'idle' | 'pushing' | 'pulling' | 'waiting-retry';

export type SyncStatus = {
  phase: SyncPhase;
  /** When the last full sync (push and pull) succeeded, ms since epoch. */
  lastSuccessAt: number | null;
  /** The last error, in Indonesian, until a sync succeeds. */
  error: string | null;
  /** While a download runs: records received of the total. */
  progress: { done: number; total: number } | null;
  nextRetryAt: number | null;
  /** Server time minus this phone's, from the last answer; null before the first one. */
  clockOffsetMs: number | null;
};

export class StatusStore {
  private status: SyncStatus = {
    phase: 'idle',
    lastSuccessAt: null,
    error: null,
    progress: null,
    nextRetryAt: null,
    clockOffsetMs: null,
  };
  private readonly listeners = new Set<() => void>();

  get = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    this.listeners.forEach((l) => l());
  }
}
