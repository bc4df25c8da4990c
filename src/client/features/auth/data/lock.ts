/**
 * Whether the app is unlocked, for this tab. It locks after IDLE_MS without a touch or a key,
 * which also covers an app left in the background that long. The time of the last input is
 * kept in sessionStorage: when Android discards the app in the background and reloads it a
 * minute later, the volunteer is not asked for the PIN again, but closing the app, or ten
 * idle minutes, always asks. Plain TypeScript with a tiny store for useSyncExternalStore.
 */
export const IDLE_MS = 10 * 60_000;
const KEY = 'pintu:last-input';
/** Writing sessionStorage on every touch is wasted work: once per interval is precise enough. */
const WRITE_EVERY_MS = 5_000;

export class LockStore {
  private lastInput: number;
  private locked: boolean;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = session(),
  ) {
    const saved = Number(this.storage?.getItem(KEY) ?? 0);
    this.lastInput = saved;
    this.locked = !(saved > 0 && now() - saved < IDLE_MS);
  }

  isLocked = (): boolean => this.locked;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  unlock(): void {
    this.locked = false;
    this.touch(true);
    this.emit();
  }

  lock(): void {
    if (this.locked) return;
    this.locked = true;
    this.storage?.removeItem(KEY);
    this.emit();
  }

  /**
   * A touch or a key while unlocked: the idle time starts again. The first touch after ten
   * idle minutes locks instead (the timer may not have run while the phone slept).
   */
  touch(force = false): void {
    if (this.locked) return;
    const now = this.now();
    if (!force && now - this.lastInput >= IDLE_MS) return this.lock();
    if (!force && now - this.lastInput < WRITE_EVERY_MS) return;
    this.lastInput = now;
    try {
      this.storage?.setItem(KEY, String(now));
    } catch {
      // Storage full or blocked: the lock still works for this page.
    }
  }

  /** Locks if the volunteer has been away (no input) for IDLE_MS. */
  check(): void {
    if (!this.locked && this.now() - this.lastInput >= IDLE_MS) this.lock();
  }

  private emit(): void {
    this.listeners.forEach((l) => l());
  }
}

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Watches input and visibility for the store: every touch or key resets the idle time, and
 * the idle rule is checked every 15 s and whenever the app comes back to the screen (timers
 * barely run in the background). Returns the function that stops watching.
 */
export function watchInactivity(store: LockStore, target: Window = window): () => void {
  const touch = () => store.touch();
  const check = () => store.check();
  const onVisible = () => {
    if (target.document.visibilityState === 'visible') check();
  };
  const options = { capture: true, passive: true } as const;
  target.addEventListener('pointerdown', touch, options);
  target.addEventListener('keydown', touch, options);
  target.document.addEventListener('visibilitychange', onVisible);
  const timer = target.setInterval(check, 15_000);
  return () => {
    target.removeEventListener('pointerdown', touch, options);
    target.removeEventListener('keydown', touch, options);
    target.document.removeEventListener('visibilitychange', onVisible);
    target.clearInterval(timer);
  };
}
