import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';
import type { OutboxCounts } from '@client/features/backup';
import type { SyncStatus } from '@client/sync';
import { PwaStatus } from './pwa-slot';
import { SyncStatusLine } from './sync-status';

/** Always on screen: what waits to be sent, what was refused, sync, network and app version. */
export function StatusStrip({
  counts,
  sync,
  onRetry,
}: {
  counts: OutboxCounts | undefined;
  sync: SyncStatus;
  onRetry: () => void;
}) {
  return (
    <div className="status-strip">
      <Link to={paths.data} className="status-pending" aria-live="polite">
        {counts === undefined
          ? '…'
          : counts.pending === 0
            ? 'Tidak ada perubahan menunggu'
            : `${counts.pending} perubahan menunggu dikirim`}
      </Link>
      {counts && counts.rejected > 0 && (
        <Link to={paths.data} className="status-rejected">
          {counts.rejected} ditolak
        </Link>
      )}
      <PwaStatus />
      <SyncStatusLine status={sync} onRetry={onRetry} />
    </div>
  );
}
