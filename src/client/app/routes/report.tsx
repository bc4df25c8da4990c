import { Navigate } from 'react-router-dom';
import { WeeklyReportScreen } from '@client/features/report';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useViewerArea } from './viewer-home';

/** The report of the user's kelurahan (lurah, staf) or of the city (admin kota); no one else's. */
export function WeeklyReportRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area && area.rw !== null) return <Navigate to={paths.dashboard} replace />;
  return <WeeklyReportScreen kelurahanCode={area?.kelurahanCode ?? null} />;
}
