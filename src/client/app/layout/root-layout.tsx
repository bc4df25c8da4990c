import { useEffect } from 'react';
import { Link, Navigate, Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { askPersistentStorage } from '@client/db/storage';
import { useOutboxCounts } from '@client/features/backup';
import { useWorkingArea } from '@client/features/area';
import { UpdatePrompt } from '@client/pwa';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan, formatRwRt, type Area } from '@shared/wilayah/wilayah';
import { BottomNav } from './bottom-nav';
import { ScreenErrorBoundary } from './route-error';
import { StatusStrip } from './status-strip';
import { useScrollMemory } from './use-scroll-memory';
import { syncNow, useSync } from './use-sync';

/** Top bar with the working area, the status strip, the screen, and the bottom menu. */
export function RootLayout() {
  const area = useWorkingArea();
  const counts = useOutboxCounts();
  const sync = useSync(area);
  const location = useLocation();
  useAskPersistenceAfterFirstSave(counts?.pending ?? 0);
  useScrollMemory();

  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-row">
          <Link to={paths.home} className="topbar-brand">
            Pintu
          </Link>
          {area && (
            <Link to={paths.area} className="topbar-area" aria-label="Ganti wilayah kerja">
              <strong>
                RT {formatRwRt(area.rt)} / RW {formatRwRt(area.rw)}
              </strong>
              <span>Kel. {findKelurahan(area.kelurahanCode)?.name ?? area.kelurahanCode}</span>
            </Link>
          )}
        </div>
        <StatusStrip counts={counts} sync={sync} onRetry={() => void syncNow()} />
      </header>
      <UpdatePrompt />
      <main className="content">
        <ScreenErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ScreenErrorBoundary>
      </main>
      {area && <BottomNav />}
    </div>
  );
}

/**
 * Until a working area is chosen, every screen that needs one sends the volunteer to choose
 * it. Screens below read the area with `useArea()`.
 */
export function AreaGate() {
  const area = useWorkingArea();
  if (area === undefined) return <Loading />;
  if (area === null) return <Navigate to={paths.area} replace />;
  return <Outlet context={area} />;
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
