import { FollowupHomeLink } from '@client/features/followup';
import { lazy, Suspense } from 'react';
import { ReportDueCard } from '@client/features/report';
import { chooseRt, rtChoices } from '@client/features/area';
import { HouseholdListScreen } from '@client/features/households';
import { StaffHome } from '@client/features/volunteers';
import { Loading } from '@client/ui/page-header';
import { HOLDS_FIELD_DATA } from '@shared/auth/roles';
import { useFieldArea } from '../layout/root-layout';
import { useSignedIn } from '../layout/signed-in';

const ServerData = lazy(() => import('../server-data'));
/** Who sends the kelurahan's weekly report, and is reminded of it at home. */
const REPORT_SENDERS = new Set(['lurah', 'staf-kelurahan']);

/**
 * Home: the household list for roles that work door to door, with a relawan's RTs one tap
 * apart (in the list's scope control); the others' home screen. The list is its own chunk, already loading behind the PIN
 * screen (SignedInGate), so it opens without a wait.
 */
export function HomeRoute() {
  const { user } = useSignedIn();
  if (!HOLDS_FIELD_DATA.has(user.role)) {
    const kelurahan = REPORT_SENDERS.has(user.role) ? user.area.kelurahanCode : null;
    return (
      <>
        {kelurahan && (
          <Suspense fallback={null}>
            <ServerData>
              <ReportDueCard kelurahanCode={kelurahan} />
            </ServerData>
          </Suspense>
        )}
        <Suspense fallback={<Loading />}>
          <StaffHome me={user} />
        </Suspense>
      </>
    );
  }
  return <FieldHome />;
}

function FieldHome() {
  const { user } = useSignedIn();
  const area = useFieldArea();
  if (!area) return <Loading />;
  return (
    <>
      <FollowupHomeLink area={area} />
      <h1 className="visually-hidden">Daftar rumah</h1>
      <Suspense fallback={<Loading />}>
        <HouseholdListScreen
          area={area}
          rts={rtChoices(user.area) ?? []}
          onPickRt={(rt) => void chooseRt(user.area, rt)}
        />
      </Suspense>
    </>
  );
}
