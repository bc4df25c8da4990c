import type { UseQueryResult } from '@tanstack/react-query';
import { HttpError, NetworkError } from '@client/sync';
import { formatDateTimeId } from '@client/ui/format';
import { Loading } from '@client/ui/page-header';

/** Loading, why there is no answer (with a retry), or when the answer shown was read. */
export function ServerStatus<T extends { asOf: string }>({ query }: { query: UseQueryResult<T> }) {
  const { data, error } = query;
  if (data === undefined && !error) return <Loading text="Memuat data dari server…" />;
  if (error) {
    return (
      <div className="alert alert-error" role="alert">
        <p>
          {errorText(error)}
          {data ? ` Menampilkan data per ${formatDateTimeId(data.asOf)}.` : ''}
        </p>
        <button type="button" className="btn btn-small" onClick={() => void query.refetch()}>
          Coba lagi
        </button>
      </div>
    );
  }
  return (
    <p className="small muted" role="status">
      Data per {formatDateTimeId(data!.asOf)}
      {query.isFetching ? ' · memperbarui…' : ''}
    </p>
  );
}

function errorText(error: unknown): string {
  if (error instanceof NetworkError) return 'Server tidak dapat dihubungi. Periksa sinyal.';
  if (error instanceof HttpError) {
    if (error.status === 403) return 'Anda tidak berhak melihat data wilayah ini.';
    if (error.status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar lagi.';
    return error.message;
  }
  return 'Data tidak dapat dimuat.';
}
