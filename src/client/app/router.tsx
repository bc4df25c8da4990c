import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Loading } from '@client/ui/page-header';
import { AreaGate, RootLayout } from './layout/root-layout';
import { NotFoundScreen } from './layout/route-error';
import { SignedInGate } from './layout/signed-in';
import { AreaRoute } from './routes/area';
import { ChangesKelurahanRoute, ChangesRoute } from './routes/changes';
import { CityDashboardRoute, KelurahanDashboardRoute, RwDashboardRoute } from './routes/dashboard';
import { DataRoute } from './routes/data';
import { AssignFollowupsRoute, FollowupsRoute } from './routes/followups';
import { EnrollRoute } from './routes/enroll';
import { HomeRoute } from './routes/home';
import { HouseholdRoute } from './routes/household';
import { HouseholdFormRoute } from './routes/household-form';
import { IsomanKelurahanRoute, IsomanRoute } from './routes/isoman';
import { ReconciliationKelurahanRoute, ReconciliationRoute } from './routes/reconciliation';
import { CityMapRoute, KelurahanMapRoute, PhoneMapRoute, RwMapRoute } from './routes/map';
import {
  SentReportRoute,
  SnapshotRoute,
  SubmissionsRoute,
  WeeklyReportRoute,
} from './routes/report';
import { ResidentFormRoute } from './routes/resident-form';
import { StickersRoute } from './routes/stickers';
import { SummaryRoute } from './routes/summary';
import { VisitRoute } from './routes/visit';
import { HistoryRoute, InviteRoute, VolunteersRoute } from './routes/volunteers';

/**
 * Routes, in react-router's declarative mode. Field data comes from Dexie (useLiveQuery), so
 * the data router's loaders and actions would go unused, and its extra code would not fit
 * the first route's budget (docs/benchmarks.md).
 *
 * Enrollment is the only screen outside `SignedInGate` (which shows the PIN screen, or the
 * revocation notice, in place of any other). Field screens sit behind `AreaGate` (a working
 * RT inside the user's area). The route modules are thin; the screens behind them, except
 * the lock screen, are React.lazy components exported by the features, each its own chunk,
 * loaded on first use and precached by the service worker.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="daftar" element={<EnrollRoute />} />
        <Route element={<SignedInGate />}>
          <Route element={<RootLayout />}>
            <Route index element={<HomeRoute />} />
            <Route path="data" element={lazyScreen(<DataRoute />)} />
            <Route path="relawan" element={lazyScreen(<VolunteersRoute />)} />
            <Route path="relawan/undang" element={lazyScreen(<InviteRoute />)} />
            <Route path="rumah/:id/riwayat" element={lazyScreen(<HistoryRoute />)} />
            <Route path="stiker-rumah" element={lazyScreen(<StickersRoute />)} />
            <Route path="dasbor" element={serverScreen(<CityDashboardRoute />)} />
            <Route path="dasbor/:code" element={serverScreen(<KelurahanDashboardRoute />)} />
            <Route path="dasbor/:code/rw/:rw" element={serverScreen(<RwDashboardRoute />)} />
            <Route path="peta" element={serverScreen(<CityMapRoute />)} />
            <Route path="peta/rumah-saya" element={serverScreen(<PhoneMapRoute />)} />
            <Route path="peta/:code" element={serverScreen(<KelurahanMapRoute />)} />
            <Route path="peta/:code/rw/:rw" element={serverScreen(<RwMapRoute />)} />
            <Route path="laporan" element={serverScreen(<WeeklyReportRoute />)} />
            <Route path="isoman" element={serverScreen(<IsomanRoute />)} />
            <Route path="isoman/:code" element={serverScreen(<IsomanKelurahanRoute />)} />
            <Route path="perubahan" element={serverScreen(<ChangesRoute />)} />
            <Route path="perubahan/:code" element={serverScreen(<ChangesKelurahanRoute />)} />
            <Route path="rekonsiliasi" element={serverScreen(<ReconciliationRoute />)} />
            <Route
              path="rekonsiliasi/:code"
              element={serverScreen(<ReconciliationKelurahanRoute />)}
            />
            <Route path="laporan/kiriman" element={serverScreen(<SubmissionsRoute />)} />
            <Route
              path="laporan/kiriman/:code/:week/:version"
              element={serverScreen(<SnapshotRoute />)}
            />
            <Route path="laporan/rekap" element={serverScreen(<SentReportRoute />)} />
            <Route path="tindak-lanjut/atur" element={serverScreen(<AssignFollowupsRoute />)} />
            <Route element={<AreaGate />}>
              <Route path="wilayah" element={lazyScreen(<AreaRoute />)} />
              <Route path="rumah/baru" element={lazyScreen(<HouseholdFormRoute />)} />
              <Route path="rumah/:id" element={lazyScreen(<HouseholdRoute />)} />
              <Route path="rumah/:id/ubah" element={lazyScreen(<HouseholdFormRoute />)} />
              <Route path="rumah/:id/kunjungan" element={lazyScreen(<VisitRoute />)} />
              <Route
                path="rumah/:householdId/warga/baru"
                element={lazyScreen(<ResidentFormRoute />)}
              />
              <Route path="warga/:residentId" element={lazyScreen(<ResidentFormRoute />)} />
              <Route path="ringkasan" element={lazyScreen(<SummaryRoute />)} />
              <Route path="tindak-lanjut" element={lazyScreen(<FollowupsRoute />)} />
            </Route>
            <Route path="*" element={<NotFoundScreen />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function lazyScreen(screen: ReactNode) {
  return <Suspense fallback={<Loading />}>{screen}</Suspense>;
}

const ServerData = lazy(() => import('./server-data'));

/** A screen of server-only data: React Query's provider is loaded with it. */
function serverScreen(screen: ReactNode) {
  return lazyScreen(<ServerData>{screen}</ServerData>);
}
