import { useNavigate } from 'react-router-dom';
import { AreaScreen } from '@client/features/area';
import { paths } from '@client/ui/paths';

export function AreaRoute() {
  const navigate = useNavigate();
  return <AreaScreen onDone={() => navigate(paths.home, { replace: true })} />;
}
