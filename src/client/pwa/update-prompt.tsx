import { lazy, Suspense, useSyncExternalStore } from 'react';
import { updates } from './register';

// The banner is its own chunk, fetched when a new version waits (the worker still serving
// this version has it precached): every other start leaves it out of the first route.
const UpdateBanner = lazy(() =>
  import('./update-banner').then((m) => ({ default: m.UpdateBanner })),
);

/** The update banner, fed by the app's update flow (register.ts). Place it once in the layout. */
export function UpdatePrompt() {
  const state = useSyncExternalStore(updates.subscribe, updates.getSnapshot, () => 'idle' as const);
  if (state === 'idle') return null;
  return (
    <Suspense fallback={null}>
      <UpdateBanner
        state={state}
        onAccept={() => updates.accept()}
        onLater={() => updates.dismiss()}
      />
    </Suspense>
  );
}
