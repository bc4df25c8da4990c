import { Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { HouseholdFollowups } from '@client/features/followup';
import { HouseholdPage } from '@client/features/households';
import { ButtonLink } from '@client/ui/button';
import { paths } from '@client/ui/paths';
import { MAY_SEE_HISTORY } from '../layout/roles';
import { useSignedIn } from '../layout/signed-in';

/**
 * The household page with its open follow-ups, and the way to its history on the server for
 * roles that may see it.
 */
export function HouseholdRoute() {
  const { id = '' } = useParams();
  const { user } = useSignedIn();
  return (
    <>
      <HouseholdPage
        id={id}
        followups={
          <Suspense fallback={null}>
            <HouseholdFollowups householdId={id} />
          </Suspense>
        }
      />
      {MAY_SEE_HISTORY.has(user.role) && (
        <ButtonLink to={paths.householdHistory(id)} block variant="ghost">
          Riwayat perubahan
        </ButtonLink>
      )}
    </>
  );
}
