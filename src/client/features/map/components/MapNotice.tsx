import type { UseQueryResult } from '@tanstack/react-query';
import { useOnline } from '@client/pwa';
import { formatDateTimeId } from '@client/ui/format';

/**
 * What the map cannot show from the server: nothing yet (offline, or refused), or a saved
 * copy when offline. The map itself (boundaries) shows either way.
 */
export function MapNotice<T extends { asOf: string }>({
  query,
  what,
}: {
  query: UseQueryResult<T>;
  what: string;
}) {
  const online = useOnline();
  const offline = !online || query.fetchStatus === 'paused';
  if (query.data === undefined) {
    if (query.isError) {
      return <p className="alert alert-error">{what} tidak dapat dimuat dari server.</p>;
    }
    if (offline) {
      return (
        <p className="alert alert-info small">
          Tidak ada sinyal: {what.toLowerCase()} belum pernah dimuat di perangkat ini.
        </p>
      );
    }
    return null;
  }
  if (offline || query.isError) {
    return (
      <p className="alert alert-info small" role="status">
        <strong>Data per {formatDateTimeId(query.data.asOf)}</strong> · menampilkan data tersimpan.
      </p>
    );
  }
  return null;
}
