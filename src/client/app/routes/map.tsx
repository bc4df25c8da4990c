import { Navigate, useParams } from 'react-router-dom';
import { CityMap, KelurahanMap } from '@client/features/map';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useViewerArea, type ViewerArea } from './viewer-home';

/**
 * The map a user may see: the city for the admin kota, their kelurahan for its lurah and staf.
 * A ketua RW or relawan has no map (their households are on their phone): their dashboard.
 */
function ownMap(area: ViewerArea, code?: string): string | null {
  if (!area) return null;
  if (area.rw !== null) return paths.dashboard;
  return code === area.kelurahanCode ? null : paths.mapKelurahan(area.kelurahanCode);
}

export function CityMapRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  const own = ownMap(area);
  return own ? <Navigate to={own} replace /> : <CityMap />;
}

export function KelurahanMapRoute() {
  const { code = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  const own = ownMap(area, code);
  return own ? <Navigate to={own} replace /> : <KelurahanMap key={code} code={code} />;
}
