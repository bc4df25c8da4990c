import { useParams } from 'react-router-dom';
import { CityDashboard, KelurahanDashboard, RwDashboard } from '@client/features/dashboard';

export function CityDashboardRoute() {
  return <CityDashboard />;
}

export function KelurahanDashboardRoute() {
  const { code = '' } = useParams();
  return <KelurahanDashboard code={code} />;
}

export function RwDashboardRoute() {
  const { code = '', rw = '' } = useParams();
  return <RwDashboard key={`${code}/${rw}`} code={code} rw={Number(rw)} />;
}
