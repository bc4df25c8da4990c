import { Navigate, useParams } from 'react-router-dom';
import { ReconciliationScreen } from '@client/features/reconciliation';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { householdHref, kelurahanAccess } from './kelurahan-lists';
import { useViewerArea } from './viewer-home';

/** Who sends the list to the puskesmas: their download holds the whole NIK (docs/api.md). */
const WHOLE_NIK_EXPORT = new Set(['lurah', 'staf-kelurahan']);

/** `/rekonsiliasi`: the viewer's own kelurahan; the admin kota picks one on the dashboard. */
export function ReconciliationRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area === null) return <Navigate to={paths.dashboard} replace />;
  if (area.role === 'relawan') return <Navigate to={paths.home} replace />;
  return <Navigate to={paths.reconciliationKelurahan(area.kelurahanCode)} replace />;
}

/** `/rekonsiliasi/:code`: the residents to reconcile of a kelurahan (of the ketua RW's RW). */
export function ReconciliationKelurahanRoute() {
  const { code = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  const access = kelurahanAccess(area, code);
  if (access.go === 'home') return <Navigate to={paths.home} replace />;
  if (access.go === 'own') {
    return <Navigate to={paths.reconciliationKelurahan(access.code)} replace />;
  }
  return (
    <ReconciliationScreen
      key={code}
      code={code}
      fixedRw={access.rw}
      back={access.rw ? paths.dashboardRw(code, access.rw) : paths.dashboardKelurahan(code)}
      householdHref={householdHref(area?.role ?? 'admin-kota')}
      wholeNikExport={WHOLE_NIK_EXPORT.has(area?.role ?? 'admin-kota')}
    />
  );
}
