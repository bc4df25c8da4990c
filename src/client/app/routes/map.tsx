import { Navigate, useParams } from 'react-router-dom';
import { CityMap, KelurahanMap } from '@client/features/map';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useViewerArea } from './viewer-home';

/** The city map for those who see the city; others land on their kelurahan's map. */
export function CityMapRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area) return <Navigate to={paths.mapKelurahan(area.kelurahanCode)} replace />;
  return <CityMap />;
}

export function KelurahanMapRoute() {
  const { code = '' } = useParams();
  return <KelurahanMap key={code} code={code} />;
}
