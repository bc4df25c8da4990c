import { createContext, Suspense, useContext, useEffect, type ReactNode } from 'react';
import { Link, Navigate, Outlet } from 'react-router-dom';
import {
  forgetRevocation,
  LockScreen,
  RevokedScreen,
  SyncFirstScreen,
  useAuth,
  useExpiry,
  useLocked,
  lockStore,
} from '@client/features/auth';
import { readAreaMirror } from '@client/features/area';
import { preloadHouseholdList } from '@client/features/households';
import type { SignedIn } from '@client/sync';
import { InstallButton, OnlineIndicator, UpdatePrompt } from '@client/pwa';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { HOLDS_FIELD_DATA } from '@shared/auth/roles';
import { syncNow } from './use-sync';

const SignedInContext = createContext<SignedIn | null>(null);

/** The signed-in user, for every screen behind `SignedInGate`. */
export function useSignedIn(): SignedIn {
  const auth = useContext(SignedInContext);
  if (!auth) throw new Error('useSignedIn outside SignedInGate');
  return auth;
}

/**
 * Every screen but enrollment sits behind this gate:
 *   - no sign-in on the phone → enrollment (`/daftar`);
 *   - revoked → the notice saying why the data is gone;
 *   - locked (a new start, or ten idle minutes) → the PIN screen, which works offline;
 *   - too long without reaching the server (features/auth/data/expiry.ts) → sync first;
 *   - otherwise the app, with the user in context.
 * The lock screen shows nothing of the area's data, and no menu leads around it.
 */
export function SignedInGate() {
  const auth = useAuth();
  const locked = useLocked(auth?.status === 'active');
  const { expiry, recheck } = useExpiry(auth?.status === 'active' && !locked);
  // The home list's chunk starts loading as soon as it is known to be wanted: at once when this
  // phone showed an RT's list before (the working area's copy in localStorage, read before the
  // database opens), else when the user turns out to work door to door.
  const worksInTheField =
    auth === undefined
      ? readAreaMirror() !== null
      : auth?.status === 'active' && HOLDS_FIELD_DATA.has(auth.user.role);
  useEffect(() => {
    if (worksInTheField) preloadHouseholdList();
  }, [worksInTheField]);
  if (auth === undefined)
    return (
      <BareShell>
        <Loading />
      </BareShell>
    );
  if (auth === null) return <Navigate to={paths.enroll} replace />;
  if (auth.status === 'revoked') {
    return (
      <BareShell>
        <Suspense fallback={<Loading />}>
          <RevokedScreen
            notice={auth}
            onEnrollAgain={() =>
              void forgetRevocation().then(() => window.location.replace(paths.enroll))
            }
          />
        </Suspense>
      </BareShell>
    );
  }
  if (locked) {
    return (
      <BareShell>
        <LockScreen auth={auth} onUnlocked={() => lockStore.unlock()} pushNow={syncNow} />
      </BareShell>
    );
  }
  if (expiry === undefined) {
    return (
      <BareShell>
        <Loading />
      </BareShell>
    );
  }
  if (expiry.state !== 'fresh') {
    return (
      <BareShell>
        <SyncFirstScreen expiry={expiry} syncNow={syncNow} onSynced={recheck} />
      </BareShell>
    );
  }
  return (
    <SignedInContext.Provider value={auth}>
      <Outlet />
    </SignedInContext.Provider>
  );
}

/**
 * The shell without menus, for enrollment, the lock screen and the revocation notice: the
 * network state (enrollment needs signal) and "Pasang aplikasi" stay visible.
 */
export function BareShell({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-row">
          <Link to={paths.home} className="topbar-brand">
            Pintu
          </Link>
          <InstallButton />
          <OnlineIndicator />
        </div>
      </header>
      <UpdatePrompt />
      <main className="content">{children}</main>
    </div>
  );
}
