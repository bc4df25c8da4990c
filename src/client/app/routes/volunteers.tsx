import { Navigate, useParams } from 'react-router-dom';
import { HistoryScreen, InviteScreen, VolunteersScreen } from '@client/features/volunteers';
import { paths } from '@client/ui/paths';
import { HOLDS_FIELD_DATA, MANAGES } from '@shared/auth/roles';
import { MAY_SEE_HISTORY } from '../layout/roles';
import { useSignedIn } from '../layout/signed-in';

/** People in the manager's area; roles that manage nobody go home. */
export function VolunteersRoute() {
  const { user } = useSignedIn();
  if (MANAGES[user.role].length === 0) return <Navigate to={paths.home} replace />;
  return <VolunteersScreen me={user} />;
}

export function InviteRoute() {
  const { user } = useSignedIn();
  if (MANAGES[user.role].length === 0) return <Navigate to={paths.home} replace />;
  return <InviteScreen me={user} />;
}

/** `/rumah/:id/riwayat`: the household's audit trail, from the server. */
export function HistoryRoute() {
  const { id = '' } = useParams();
  const { user } = useSignedIn();
  if (!MAY_SEE_HISTORY.has(user.role)) return <Navigate to={paths.home} replace />;
  const back = HOLDS_FIELD_DATA.has(user.role) ? paths.household(id) : paths.home;
  return <HistoryScreen householdId={id} back={back} />;
}
