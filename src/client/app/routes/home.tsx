import { FollowupHomeLink } from '@client/features/followup';
import { HouseholdListScreen } from '@client/features/households';
import { useArea } from '../layout/root-layout';

/** The home route is not lazy: it is what a volunteer opens the app for. */
export function HomeRoute() {
  const area = useArea();
  return (
    <>
      <FollowupHomeLink area={area} />
      <HouseholdListScreen area={area} />
    </>
  );
}
