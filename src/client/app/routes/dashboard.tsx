import { Navigate, useParams } from 'react-router-dom';
import { CityDashboard, KelurahanDashboard, RwDashboard } from '@client/features/dashboard';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useViewerArea, type ViewerArea } from './viewer-home';

/**
 * Where a user's dashboard is: the city for the admin kota, the kelurahan for its lurah and
 * staf, the RW for its ketua RW; none for a relawan (home). `null`: the asked one is theirs.
 */
function ownDashboard(area: ViewerArea, asked: { code?: string; rw?: number }): string | null {
  if (!area) return null;
  if (area.role === 'relawan') return paths.home;
  if (area.rw !== null) {
    return asked.code === area.kelurahanCode && asked.rw === area.rw
      ? null
      : paths.dashboardRw(area.kelurahanCode, area.rw);
  }
  return asked.code === area.kelurahanCode ? null : paths.dashboardKelurahan(area.kelurahanCode);
}

export function CityDashboardRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  const own = ownDashboard(area, {});
  return own ? <Navigate to={own} replace /> : <CityDashboard />;
}

export function KelurahanDashboardRoute() {
  const { code = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  const own = ownDashboard(area, { code });
  return own ? <Navigate to={own} replace /> : <KelurahanDashboard key={code} code={code} />;
}

export function RwDashboardRoute() {
  const { code = '', rw = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  // A lurah opens any RW of their kelurahan.
  const own =
    area?.rw === null ? ownDashboard(area, { code }) : ownDashboard(area, { code, rw: Number(rw) });
  if (own) return <Navigate to={own} replace />;
  // A ketua RW's dashboard is their RW: back leads home, not to the kelurahan they may not see.
  const back = area?.rw ? paths.home : paths.dashboardKelurahan(code);
  return (
    <RwDashboard
      key={`${code}/${rw}`}
      code={code}
      rw={Number(rw)}
      back={back}
      stickers={area?.role === 'ketua-rw'}
    />
  );
}
