import { Navigate, useParams } from 'react-router-dom';
import {
  SentReportScreen,
  SnapshotScreen,
  SubmissionsScreen,
  WeeklyReportScreen,
} from '@client/features/report';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useSignedIn } from '../layout/signed-in';
import { useViewerArea } from './viewer-home';

const SENDERS = new Set(['lurah', 'staf-kelurahan']);

/** The report of the user's kelurahan (lurah, staf) or of the city (admin kota); no one else's. */
export function WeeklyReportRoute() {
  const { user } = useSignedIn();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area && area.rw !== null) return <Navigate to={paths.dashboard} replace />;
  return (
    <WeeklyReportScreen
      kelurahanCode={area?.kelurahanCode ?? null}
      canSend={SENDERS.has(user.role)}
      signer={user.role === 'lurah' ? user.name : null}
    />
  );
}

/** Who sent the week's report, and the roll-up of what was sent: the admin kota's. */
export function SubmissionsRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area) return <Navigate to={paths.weeklyReport} replace />;
  return <SubmissionsScreen />;
}

export function SentReportRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area) return <Navigate to={paths.weeklyReport} replace />;
  return <SentReportScreen />;
}

/** A sent version: the admin kota's of any kelurahan, the lurah's and staf's of their own. */
export function SnapshotRoute() {
  const { code = '', week = '', version = '' } = useParams();
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area && (area.rw !== null || area.kelurahanCode !== code)) {
    return <Navigate to={paths.weeklyReport} replace />;
  }
  return (
    <SnapshotScreen
      key={`${code}/${week}/${version}`}
      code={code}
      week={week}
      version={Number(version)}
      back={area ? paths.weeklyReportOf(week) : paths.reportSubmissions(week)}
    />
  );
}
