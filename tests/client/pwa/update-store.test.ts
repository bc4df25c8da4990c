import { describe, expect, it, vi } from 'vitest';
import { UpdateStore } from '@client/pwa/update-store';

/** A stand-in for app/unsaved-changes.ts: forms that can be made dirty and clean again. */
function forms() {
  let dirty = 0;
  const listeners = new Set<() => void>();
  return {
    hasUnsavedChanges: () => dirty > 0,
    onUnsavedChangesChange: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setDirty(count: number) {
      dirty = count;
      listeners.forEach((l) => l());
    },
  };
}

function setup() {
  const f = forms();
  const reload = vi.fn();
  const skipWaiting = vi.fn();
  const store = new UpdateStore({ ...f, reload });
  return { f, reload, skipWaiting, store };
}

describe('update flow', () => {
  it('offers a waiting version, and accepting asks the worker to take over, then reloads', () => {
    const { store, reload, skipWaiting } = setup();
    expect(store.getSnapshot()).toBe('idle');
    store.offer(skipWaiting);
    expect(store.getSnapshot()).toBe('available');
    store.accept();
    expect(skipWaiting).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toBe('updating');
    expect(reload).not.toHaveBeenCalled(); // not before the new worker controls the page
    store.controlled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads over a dirty form: says to save first, then goes on once it is saved', () => {
    const { store, reload, skipWaiting, f } = setup();
    store.offer(skipWaiting);
    f.setDirty(1);
    store.accept();
    expect(store.getSnapshot()).toBe('blocked');
    expect(skipWaiting).not.toHaveBeenCalled();
    f.setDirty(2); // another form opened: still waiting
    expect(skipWaiting).not.toHaveBeenCalled();
    f.setDirty(0);
    expect(skipWaiting).toHaveBeenCalledTimes(1);
    store.controlled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a form made dirty while the worker switches holds the reload until it is clean', () => {
    const { store, reload, skipWaiting, f } = setup();
    store.offer(skipWaiting);
    store.accept();
    f.setDirty(1);
    store.controlled();
    expect(reload).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toBe('blocked');
    f.setDirty(0);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"Nanti" hides the prompt and cancels a pending update', () => {
    const { store, reload, skipWaiting, f } = setup();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()));
    store.offer(skipWaiting);
    f.setDirty(1);
    store.accept();
    store.dismiss();
    expect(store.getSnapshot()).toBe('idle');
    f.setDirty(0);
    expect(skipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    expect(seen).toEqual(['available', 'blocked', 'idle']);
    store.offer(skipWaiting); // an even newer version arrives later
    expect(store.getSnapshot()).toBe('available');
  });

  it('when another tab updated, offers a reload instead of forcing one', () => {
    const { store, reload } = setup();
    store.controlled();
    expect(reload).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toBe('available');
    store.accept();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
