import { clockWarning, type SyncStatus } from '@client/sync';
import { ProgressBar } from '@client/ui/progress-bar';
import { formatNumber } from '@client/ui/format';

/**
 * Last successful sync, the error while one persists, and the download's progress; a warning
 * while the phone's clock is minutes or more off the server's.
 */
export function SyncStatusLine({ status, onRetry }: { status: SyncStatus; onRetry: () => void }) {
  const clock = clockWarning(status.clockOffsetMs);
  return (
    <>
      {clock && (
        <span className="sync-clock" role="alert">
          {clock}
        </span>
      )}
      <SyncState status={status} onRetry={onRetry} />
    </>
  );
}

function SyncState({ status, onRetry }: { status: SyncStatus; onRetry: () => void }) {
  if (status.progress && status.phase === 'pulling') {
    const { done, total } = status.progress;
    return (
      <div className="sync-progress" aria-live="polite">
        <span>
          Mengunduh data wilayah: {formatNumber(done)} / {formatNumber(total)}
        </span>
        <ProgressBar value={total === 0 ? 0 : done / total} label="Unduhan data wilayah" />
      </div>
    );
  }
  if (status.error) {
    return (
      <span className="sync-error" role="alert">
        {status.error}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Coba sekarang
        </button>
      </span>
    );
  }
  const busy = status.phase === 'pushing' || status.phase === 'pulling';
  return (
    <span className="sync-last" aria-live="polite">
      {busy ? 'Menyinkronkan…' : lastSyncLabel(status.lastSuccessAt)}
    </span>
  );
}

function lastSyncLabel(at: number | null): string {
  if (at === null) return 'Belum pernah sinkron';
  const d = new Date(at);
  const time = `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay
    ? `Sinkron terakhir ${time}`
    : `Sinkron terakhir ${d.toLocaleDateString('id-ID')} ${time}`;
}
