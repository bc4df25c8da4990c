import { Suspense } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { EnrollScreen, lockStore, useAuth } from '@client/features/auth';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { BareShell } from '../layout/signed-in';
import { syncNow } from '../layout/use-sync';

/**
 * `/daftar?kode=ABCD-EFGH`: the link of an invitation. A phone already signed in goes home
 * (one person per phone; signing out comes first). After enrollment the app is unlocked and
 * the first sync downloads the user's area at once.
 */
export function EnrollRoute() {
  const auth = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  if (auth === undefined)
    return (
      <BareShell>
        <Loading />
      </BareShell>
    );
  if (auth?.status === 'active') return <Navigate to={paths.home} replace />;
  return (
    <BareShell>
      <Suspense fallback={<Loading />}>
        <EnrollScreen
          initialCode={params.get('kode') ?? ''}
          onEnrolled={() => {
            lockStore.unlock();
            void syncNow();
            navigate(paths.home, { replace: true });
          }}
        />
      </Suspense>
    </BareShell>
  );
}
