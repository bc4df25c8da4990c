import { useEffect } from 'react';

/**
 * Which forms hold edits not yet saved. The update prompt (pwa/) reads this so a new version
 * never reloads the page over a half-filled form; forms report through `useUnsavedChanges`.
 */
const dirtyForms = new Set<symbol>();
const listeners = new Set<() => void>();

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

export function onUnsavedChangesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setDirty(token: symbol, dirty: boolean) {
  const had = dirtyForms.has(token);
  if (dirty) dirtyForms.add(token);
  else dirtyForms.delete(token);
  if (had !== dirty) listeners.forEach((l) => l());
}

/** Call in a form component with whether it has unsaved edits; also warns before closing the tab. */
export function useUnsavedChanges(isDirty: boolean): void {
  useEffect(() => {
    const token = Symbol('form');
    setDirty(token, isDirty);
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      setDirty(token, false);
    };
  }, [isDirty]);
}
