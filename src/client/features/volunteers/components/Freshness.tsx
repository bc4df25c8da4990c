import { formatDateTimeId } from '@client/ui/format';
import { serverErrorText } from './server-error';

/**
 * How fresh a server list is: being refreshed, fetched at a time, or the copy kept from an
 * earlier visit when the server cannot be reached (never shown as if it were current).
 */
export function Freshness({
  updatedAt,
  fetching,
  error,
  hasData,
}: {
  updatedAt: number;
  fetching: boolean;
  error: unknown;
  hasData: boolean;
}) {
  const at = updatedAt > 0 ? formatDateTimeId(new Date(updatedAt).toISOString()) : null;
  if (error) {
    return (
      <p className={hasData ? 'alert alert-info small' : 'alert alert-error'} role="status">
        {serverErrorText(error, 'memuat data terbaru')}
        {hasData && at ? ` Menampilkan data per ${at}.` : ''}
      </p>
    );
  }
  return (
    <p className="small muted" role="status">
      {fetching ? 'Memperbarui…' : at ? `Diperbarui ${at}` : ''}
    </p>
  );
}
