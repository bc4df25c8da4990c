import { Navigate, useParams } from 'react-router-dom';
import { CityMap, KelurahanMap, PhoneMap, RwMap } from '@client/features/map';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useViewerArea, type ViewerArea } from './viewer-home';

/**
 * The map each role may see: the city for the admin kota, their kelurahan for its lurah and
 * staf, their RW for a ketua RW (from the server), the households on their phone for a relawan
 * (from IndexedDB, offline). Anything wider sends the user to their own map.
 */
function ownMap(area: ViewerArea): string | null {
  if (!area) return null;
  if (area.role === 'relawan') return paths.mapPhone;
  if (area.rw !== null) return paths.mapRw(area.kelurahanCode, area.rw);
  return paths.mapKelurahan(area.kelurahanCode);
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
  const own = ownMap(area);
  if (own && own !== paths.mapKelurahan(code)) return <Navigate to={own} replace />;
  return <KelurahanMap key={code} code={code} role={area?.role ?? 'admin-kota'} />;
}

export function RwMapRoute() {
  const { code = '', rw = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  // A lurah or staf may open any RW of their kelurahan, the admin kota any RW.
  const mayOpen =
    area === null ||
    (area.role !== 'relawan' &&
      area.kelurahanCode === code &&
      (area.rw === null || area.rw === Number(rw)));
  if (!mayOpen) return <Navigate to={ownMap(area) ?? paths.map} replace />;
  return (
    <RwMap key={`${code}/${rw}`} code={code} rw={Number(rw)} role={area?.role ?? 'admin-kota'} />
  );
}

export function PhoneMapRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (!area || area.role !== 'relawan') return <Navigate to={ownMap(area) ?? paths.map} replace />;
  return <PhoneMap kelurahanCode={area.kelurahanCode} role={area.role} />;
}
