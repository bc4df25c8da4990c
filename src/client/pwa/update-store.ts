/**
 * The update flow as a small state machine, plain TypeScript so it is tested without a browser:
 *
 *   idle ──(a new worker waits)──▶ available ──(Perbarui)──▶ updating ──(new worker controls)──▶ reload
 *                                       │                        ▲
 *                                       └─(a form is dirty)─▶ blocked ─(forms saved or closed)
 *
 * The page is never reloaded while a form holds unsaved edits: a volunteer at a door must not
 * lose what they typed because an update arrived. Reloading waits until the forms are clean.
 */
export type UpdateState = 'idle' | 'available' | 'blocked' | 'updating';

export interface UpdateDeps {
  hasUnsavedChanges: () => boolean;
  onUnsavedChangesChange: (listener: () => void) => () => void;
  reload: () => void;
}

export class UpdateStore {
  private state: UpdateState = 'idle';
  private dismissed = false;
  private readonly listeners = new Set<() => void>();
  /** What accepting does: ask the waiting worker to take over, or just reload. */
  private activate: (() => void) | null = null;
  private requested = false;
  private stopWaitingForForms: (() => void) | null = null;

  constructor(private readonly deps: UpdateDeps) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): UpdateState =>
    this.dismissed && this.state === 'available' ? 'idle' : this.state;

  /**
   * A new version is ready; `activate` makes it take over (e.g. sends SKIP_WAITING). A worker
   * newer than the one put off with "Nanti" is offered again.
   */
  offer(activate: () => void): void {
    if (this.state === 'updating' || this.state === 'blocked') return;
    this.activate = activate;
    this.dismissed = false;
    this.set('available');
  }

  /** The volunteer tapped "Perbarui". */
  accept(): void {
    if (!this.activate) return;
    this.dismissed = false;
    this.whenFormsAreClean(() => {
      this.requested = true;
      this.set('updating');
      this.activate?.();
    });
  }

  /** "Nanti": hide the prompt; the new version stays waiting for the next start. */
  dismiss(): void {
    this.dismissed = true;
    this.stopWaitingForForms?.();
    this.stopWaitingForForms = null;
    if (this.state === 'blocked') this.state = 'available';
    this.emit();
  }

  /**
   * A new worker now controls this page, whose code is the old version. If we asked for it,
   * reload (once forms are clean); if another tab did, offer the reload instead of forcing it.
   */
  controlled(): void {
    if (this.requested) {
      this.whenFormsAreClean(() => this.deps.reload());
      return;
    }
    this.activate = () => this.deps.reload();
    this.set('available');
  }

  private whenFormsAreClean(run: () => void): void {
    if (!this.deps.hasUnsavedChanges()) return run();
    this.set('blocked');
    this.stopWaitingForForms?.();
    const stop = this.deps.onUnsavedChangesChange(() => {
      if (this.deps.hasUnsavedChanges()) return;
      stop();
      this.stopWaitingForForms = null;
      run();
    });
    this.stopWaitingForForms = stop;
  }

  private set(state: UpdateState): void {
    this.state = state;
    this.emit();
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}
