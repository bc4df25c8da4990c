import { Navigate, useParams } from 'react-router-dom';
import { CityDashboard, KelurahanDashboard, RwDashboard } from '@client/features/dashboard';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useViewerArea } from './viewer-home';

/** The city for those who see it; a lurah lands on their kelurahan, a ketua RW on their RW. */
export function CityDashboardRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area?.rw) return <Navigate to={paths.dashboardRw(area.kelurahanCode, area.rw)} replace />;
  if (area) return <Navigate to={paths.dashboardKelurahan(area.kelurahanCode)} replace />;
  return <CityDashboard />;
}

export function KelurahanDashboardRoute() {
  const { code = '' } = useParams();
  return <KelurahanDashboard key={code} code={code} />;
}

export function RwDashboardRoute() {
  const { code = '', rw = '' } = useParams();
  return <RwDashboard key={`${code}/${rw}`} code={code} rw={Number(rw)} />;
}
