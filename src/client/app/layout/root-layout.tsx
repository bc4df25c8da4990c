import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { askPersistentStorage } from '@client/db/storage';
import { AreaNoticeBanner } from '@client/features/auth';
import { useOutboxCounts } from '@client/features/backup';
import { ensureWorkingArea, useWorkingArea } from '@client/features/area';
import { InstallNudge, UpdatePrompt, useOnline } from '@client/pwa';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { areaContains, HOLDS_FIELD_DATA, type UserArea } from '@shared/auth/roles';
import type { Area } from '@shared/wilayah/wilayah';
import { BottomNav } from './bottom-nav';
import { ScreenErrorBoundary } from './route-error';
import { useSignedIn } from './signed-in';
import { SyncNotice } from './sync-status';
import { TopbarArea } from './topbar-area';
import { TopbarStatus } from './topbar-status';
import { useScrollMemory } from './use-scroll-memory';
import { syncNow, useSync } from './use-sync';

/**
 * One row of top bar (the user's area; network, changes waiting, last sync), a notice under
 * it only while a download runs or sync fails, the screen, and the bottom menu.
 */
export function RootLayout() {
  const { user } = useSignedIn();
  const fieldWork = HOLDS_FIELD_DATA.has(user.role);
  const area = useWorkingArea();
  const counts = useOutboxCounts();
  const sync = useSync(user.id);
  const location = useLocation();
  const online = useOnline();
  useAskPersistenceAfterFirstSave(counts?.pending ?? 0);
  useScrollMemory();

  // Those who oversee (lurah, staf, admin kota) work at a desk too: their screens widen on a
  // laptop (the app-desk rules in the CSS, from 1024 px); field roles keep the phone column.
  return (
    <div className={fieldWork ? 'app' : 'app app-desk'}>
      <header className="topbar">
        <div className="topbar-row">
          <TopbarArea user={user} working={fieldWork ? (area ?? null) : null} />
          <TopbarStatus counts={counts} sync={sync} />
        </div>
        <SyncNotice status={sync} online={online} onRetry={() => void syncNow()} />
      </header>
      <UpdatePrompt />
      <main className="content">
        <ScreenErrorBoundary resetKey={location.pathname}>
          <AreaNoticeBanner />
          {location.pathname === '/' && <InstallNudge />}
          <Outlet />
        </ScreenErrorBoundary>
      </main>
      <BottomNav role={user.role} />
    </div>
  );
}

/**
 * Screens of field work (the list, households, forms, summary) need a working RT inside the
 * user's area; it is set to the user's first RT when there is none or it fell outside (the
 * area changed). Roles that hold no field data go to their home instead.
 */
export function AreaGate() {
  const { user } = useSignedIn();
  const area = useFieldArea();
  if (!HOLDS_FIELD_DATA.has(user.role)) return <Navigate to={paths.home} replace />;
  if (!area) return <Loading />;
  return <Outlet context={area} />;
}

/** The working RT, kept inside the signed-in user's area; null while it is being set. */
export function useFieldArea(): Area | null {
  const { user } = useSignedIn();
  const area = useWorkingArea();
  const inside = area ? areaContains(user.area, area) : false;
  const areaKey = JSON.stringify(user.area);
  useEffect(() => {
    if (area !== undefined && !inside) void ensureWorkingArea(JSON.parse(areaKey) as UserArea);
  }, [area, inside, areaKey]);
  return area && inside ? area : null;
}

export function useArea(): Area {
  return useOutletContext<Area>();
}

/**
 * Chrome may evict IndexedDB under storage pressure unless storage is persistent; ask once
 * something unsent exists, which is right after the first successful save.
 */
function useAskPersistenceAfterFirstSave(pending: number) {
  const hasUnsent = pending > 0;
  useEffect(() => {
    if (hasUnsent) void askPersistentStorage().catch(() => false);
  }, [hasUnsent]);
}
