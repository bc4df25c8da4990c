import { AssignFollowupsScreen, FollowupListScreen } from '@client/features/followup';
import { useArea } from '../layout/root-layout';

export function FollowupsRoute() {
  return <FollowupListScreen area={useArea()} />;
}

export function AssignFollowupsRoute() {
  return <AssignFollowupsScreen />;
}
