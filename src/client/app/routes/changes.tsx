import { Navigate, useParams } from 'react-router-dom';
import { ChangeLogScreen } from '@client/features/changes';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { householdHref, kelurahanAccess } from './kelurahan-lists';
import { useViewerArea } from './viewer-home';

/** `/perubahan`: the viewer's own kelurahan; the admin kota picks one on the dashboard. */
export function ChangesRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area === null) return <Navigate to={paths.dashboard} replace />;
  if (area.role === 'relawan') return <Navigate to={paths.home} replace />;
  return <Navigate to={paths.changesKelurahan(area.kelurahanCode)} replace />;
}

/** `/perubahan/:code`: the change log of a kelurahan (of the ketua RW's RW). */
export function ChangesKelurahanRoute() {
  const { code = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  const access = kelurahanAccess(area, code);
  if (access.go === 'home') return <Navigate to={paths.home} replace />;
  if (access.go === 'own') return <Navigate to={paths.changesKelurahan(access.code)} replace />;
  return (
    <ChangeLogScreen
      key={code}
      code={code}
      fixedRw={access.rw}
      {...(area === null ? { back: paths.dashboardKelurahan(code) } : {})}
      householdHref={householdHref(area?.role ?? 'admin-kota')}
    />
  );
}
