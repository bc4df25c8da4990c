import type { AuditEntry } from '@shared/auth/api';
import { formatDateTimeId } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { useHistory } from '../hooks/use-server-data';
import { Freshness } from './Freshness';

// Labels here, not ENTITY_RULES: that module brings the zod schemas with it.
const ENTITY_LABELS: Record<string, string> = {
  household: 'Rumah tangga',
  resident: 'Warga',
  isoman: 'Isoman',
  dose: 'Dosis vaksin',
  visit: 'Kunjungan',
};

/**
 * A household's history from the server's audit trail, newest first: who (user and device)
 * changed what, when, from which value to which, for the household and everything in it.
 */
export function HistoryScreen({ householdId, back }: { householdId: string; back: string }) {
  const history = useHistory(householdId);
  return (
    <div>
      <PageHeader title="Riwayat perubahan" back={back} />
      <Freshness
        updatedAt={history.dataUpdatedAt}
        fetching={history.isFetching}
        error={history.error}
        hasData={history.data !== undefined}
      />
      {history.data === undefined ? (
        history.error ? null : (
          <Loading />
        )
      ) : history.data.length === 0 ? (
        <p className="card empty">Belum ada perubahan yang tercatat di server.</p>
      ) : (
        <ol className="timeline">
          {history.data.map((entry, i) => (
            <HistoryEntry key={`${entry.at}-${entry.entityId}-${i}`} entry={entry} />
          ))}
        </ol>
      )}
    </div>
  );
}

function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const fields = Object.keys(entry.new).filter((f) => f !== 'hlc');
  return (
    <li>
      <strong>
        {ENTITY_LABELS[entry.entity] ?? entry.entity} {entry.old === null ? 'dibuat' : 'diubah'}
      </strong>
      <div className="small muted">
        {formatDateTimeId(entry.at)} · {entry.user?.name ?? 'tidak diketahui'} · perangkat{' '}
        {entry.deviceId.slice(-6)}
      </div>
      <ul className="small" style={{ margin: '0.3rem 0 0', paddingLeft: '1.1rem' }}>
        {fields.map((field) => (
          <li key={field}>
            {field}:{' '}
            {entry.old && field in entry.old ? (
              <>
                <s>{show(entry.old[field])}</s> → {show(entry.new[field])}
              </>
            ) : (
              show(entry.new[field])
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value === true) return 'ya';
  if (value === false) return 'tidak';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
