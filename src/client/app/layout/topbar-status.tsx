import { Link } from 'react-router-dom';
import type { OutboxCounts } from '@client/features/backup';
import { OnlineIndicator } from '@client/pwa';
import type { SyncStatus } from '@client/sync';
import { paths } from '@client/ui/paths';
import { lastSyncLabel } from './sync-status';

/**
 * The right end of the top bar, always on screen in one row: the network (a dot and a word),
 * then what waits to be sent, or when the last sync succeeded when nothing waits; refused
 * changes in red. One tap opens Data, where each of them is explained.
 */
export function TopbarStatus({
  counts,
  sync,
}: {
  counts: OutboxCounts | undefined;
  sync: SyncStatus;
}) {
  const busy = sync.phase === 'pushing' || sync.phase === 'pulling';
  const pending = counts?.pending ?? 0;
  const rejected = counts?.rejected ?? 0;
  return (
    <Link to={paths.data} className="topbar-status" title="Data & sinkronisasi">
      <span className="topbar-status-line">
        <OnlineIndicator />
        {rejected > 0 && <span className="topbar-rejected">{rejected} ditolak</span>}
      </span>
      <span
        className={pending > 0 ? 'topbar-pending topbar-pending-some' : 'topbar-pending'}
        aria-live="polite"
      >
        {counts === undefined
          ? '…'
          : pending > 0
            ? `${pending} menunggu`
            : busy
              ? 'Menyinkronkan…'
              : lastSyncLabel(sync.lastSuccessAt, true)}
      </span>
    </Link>
  );
}
