import { clockWarning, type SyncStatus } from '@client/sync';
import { formatNumber } from '@client/ui/format';

/**
 * Under the top bar, only while there is something to say: the download's progress, the
 * error while one persists (not while offline: the top bar says "Luring" already), and a
 * warning while the phone's clock is minutes or more off the server's.
 */
export function SyncNotice({
  status,
  online,
  onRetry,
}: {
  status: SyncStatus;
  online: boolean;
  onRetry: () => void;
}) {
  const clock = clockWarning(status.clockOffsetMs);
  const downloading = status.progress && status.phase === 'pulling' ? status.progress : null;
  const error = online && !downloading ? status.error : null;
  if (!clock && !downloading && !error) return null;
  return (
    <div className="sync-notice">
      {clock && (
        <span className="sync-clock" role="alert">
          {clock}
        </span>
      )}
      {downloading && (
        <div className="sync-progress" aria-live="polite">
          <span>
            Mengunduh data wilayah: {formatNumber(downloading.done)} /{' '}
            {formatNumber(downloading.total)}
          </span>
          {/* The native bar: the shell's first bundle carries no bar component of its own. */}
          <progress
            className="sync-progress-bar"
            value={downloading.done}
            max={Math.max(downloading.total, 1)}
            aria-label="Unduhan data wilayah"
          />
        </div>
      )}
      {error && (
        <span className="sync-error" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Coba sekarang
          </button>
        </span>
      )}
    </div>
  );
}

/** "Sinkron terakhir 10.15" (or, short for the top bar, "Sinkron 10.15"). */
export function lastSyncLabel(syncedAtMs: number | null, short = false): string {
  if (syncedAtMs === null) return short ? 'Belum sinkron' : 'Belum pernah sinkron';
  const d = new Date(syncedAtMs);
  const time = `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
  const word = short ? 'Sinkron' : 'Sinkron terakhir';
  if (d.toDateString() === new Date().toDateString()) return `${word} ${time}`;
  const date = short
    ? `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}`
    : d.toLocaleDateString('id-ID');
  return `${word} ${date} ${time}`;
}
