import { Navigate, useParams } from 'react-router-dom';
import { CityIsomanScreen, IsomanListScreen } from '@client/features/isoman';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { householdHref, kelurahanAccess } from './kelurahan-lists';
import { useViewerArea } from './viewer-home';

/** `/isoman`: the admin kota's counts per kelurahan; the others go to their own list. */
export function IsomanRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area === null) return <CityIsomanScreen kelurahanHref={paths.isomanKelurahan} />;
  if (area.role === 'relawan') return <Navigate to={paths.home} replace />;
  return <Navigate to={paths.isomanKelurahan(area.kelurahanCode)} replace />;
}

/** `/isoman/:code`: the residents in isoman of a kelurahan (of the ketua RW's RW). */
export function IsomanKelurahanRoute() {
  const { code = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  const access = kelurahanAccess(area, code);
  if (access.go === 'home') return <Navigate to={paths.home} replace />;
  if (access.go === 'own') return <Navigate to={paths.isomanKelurahan(access.code)} replace />;
  return (
    <IsomanListScreen
      key={code}
      code={code}
      fixedRw={access.rw}
      {...(area === null ? { back: paths.isoman } : {})}
      householdHref={householdHref(area?.role ?? 'admin-kota')}
    />
  );
}
