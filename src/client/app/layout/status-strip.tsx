import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';
import type { OutboxCounts } from '@client/features/backup';
import { PwaStatus } from './pwa-slot';

/** Always on screen: what waits to be sent, what was refused, network and app version. */
export function StatusStrip({ counts }: { counts: OutboxCounts | undefined }) {
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
    </div>
  );
}
