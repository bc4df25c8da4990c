import { lazy, Suspense, useSyncExternalStore } from 'react';
import { getInstallState, subscribeInstall } from './install-store';

const NOTHING = { canPrompt: false, installed: false, iosHint: false };
// Their own chunk: most starts have nothing to offer (installed already, or no prompt yet),
// and the home list's first-route budget has no room for them (docs/benchmarks.md).
const Offer = lazy(() => import('./install-nudge'));

function useInstallable(): boolean {
  const state = useSyncExternalStore(subscribeInstall, getInstallState, () => NOTHING);
  return state.canPrompt || state.iosHint;
}

/** The home screen's install offer in the first days, while the app can be installed. */
export function InstallNudge() {
  return useInstallable() ? (
    <Suspense fallback={null}>
      <Offer place="home" />
    </Suspense>
  ) : null;
}

/** Data's install card, while the app can be installed. */
export function InstallCard() {
  return useInstallable() ? (
    <Suspense fallback={null}>
      <Offer place="data" />
    </Suspense>
  ) : null;
}
