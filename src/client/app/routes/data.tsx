import { Suspense } from 'react';
import { AccountCard, SignOutPanel } from '@client/features/auth';
import { DataScreen } from '@client/features/backup';
import { InstallCard } from '@client/pwa';
import { Loading } from '@client/ui/page-header';
import { HOLDS_FIELD_DATA } from '@shared/auth/roles';
import { useSignedIn } from '../layout/signed-in';
import { syncNow } from '../layout/use-sync';

/**
 * "Data & cadangan" for field roles, then installing the app (while it can be), the account
 * and "Keluar" for everyone.
 */
export function DataRoute() {
  const auth = useSignedIn();
  return (
    <>
      {HOLDS_FIELD_DATA.has(auth.user.role) && <DataScreen />}
      <InstallCard />
      <Suspense fallback={<Loading />}>
        <AccountCard auth={auth} />
        <SignOutPanel pushNow={syncNow} />
      </Suspense>
    </>
  );
}
