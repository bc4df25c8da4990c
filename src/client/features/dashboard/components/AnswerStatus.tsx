import type { UseQueryResult } from '@tanstack/react-query';
import { useOnline } from '@client/pwa';
import { NetworkError } from '@client/sync';
import { formatDateTimeId } from '@client/ui/format';
import { Loading } from '@client/ui/page-header';
import { answerErrorText } from '../data/answer-text';

type Answer = { asOf: string };

/**
 * The state of a dashboard's server answer. With no answer yet: loading, or why there is none
 * (offline and never opened here, or the server's refusal). With one: "Data per <waktu>" from
 * its `asOf`, marked as a saved copy when offline or when the refresh failed.
 */
export function AnswerStatus<T extends Answer>({ query }: { query: UseQueryResult<T> }) {
  const online = useOnline();
  const { data, error, fetchStatus } = query;
  if (data === undefined) {
    if (error)
      return <NoAnswer text={answerErrorText(error)} onRetry={() => void query.refetch()} />;
    if (!online || fetchStatus === 'paused') {
      return (
        <NoAnswer text="Tidak ada sinyal, dan data ini belum pernah dibuka di perangkat ini. Sambungkan ke internet lalu coba lagi." />
      );
    }
    return <Loading text="Memuat data dari server…" />;
  }
  const asOf = `Data per ${formatDateTimeId(data.asOf)}`;
  // No answer from the network at all (offline, timeout, dropped) reads as no signal.
  const unreachable = !online || fetchStatus === 'paused' || error instanceof NetworkError;
  if (unreachable || error) {
    const why = unreachable ? 'Tidak ada sinyal' : answerErrorText(error);
    return (
      <p className="alert alert-info small answer-status" role="status">
        <strong>{asOf}</strong> · {why}; menampilkan data tersimpan.
      </p>
    );
  }
  return (
    <p className="small muted answer-status" role="status">
      {asOf}
      {fetchStatus === 'fetching' ? ' · memperbarui…' : ''}
    </p>
  );
}

function NoAnswer({ text, onRetry }: { text: string; onRetry?: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Coba lagi
        </button>
      )}
    </div>
  );
}
