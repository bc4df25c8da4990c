import { useNavigate } from 'react-router-dom';
import { AreaScreen } from '@client/features/area';
import { paths } from '@client/ui/paths';
import { useSignedIn } from '../layout/signed-in';

/** Choosing the working RT inside the signed-in user's area. */
export function AreaRoute() {
  const navigate = useNavigate();
  const { user } = useSignedIn();
  return <AreaScreen userArea={user.area} onDone={() => navigate(paths.home, { replace: true })} />;
}
