import { Link, useSearchParams } from 'react-router-dom';
import { Button } from '@client/ui/button';
import { SelectField } from '@client/ui/field';
import { formatDateTimeId } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import type { ChangeLogEntry, ChangeLogPage } from '@shared/changes/api';
import { UUID_PATTERN } from '@shared/ids';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { changeTitle, fieldChanges } from '../data/describe-change';
import { useChangeLog } from '../hooks/use-change-log';
import './changes.css';

/**
 * The kelurahan's change log, newest first: who changed what, on which device, when, and the
 * household it belongs to (`householdHref`). Filters by RW and by person live in the URL
 * (`?rw=3&orang=<id>`), so a filtered log can be shared and comes back on "back". A ketua RW
 * (`fixedRw`) sees their RW only.
 */
export function ChangeLogScreen({
  code,
  fixedRw,
  back,
  householdHref,
}: {
  code: string;
  fixedRw: number | null;
  back?: string;
  householdHref: (householdId: string) => string;
}) {
  const [params, setParams] = useSearchParams();
  const askedRw = Number(params.get('rw'));
  const rw = fixedRw ?? (Number.isInteger(askedRw) && askedRw > 0 ? askedRw : null);
  const person = params.get('orang');
  const userId = person && UUID_PATTERN.test(person) ? person : null;
  const log = useChangeLog(code, { rw, userId });
  const first: ChangeLogPage | undefined = log.data?.pages[0];
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const setFilter = (key: 'rw' | 'orang', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const place = `${fixedRw ? `RW ${formatRwRt(fixedRw)}, ` : ''}Kel. ${findKelurahan(code)?.name ?? code}`;
  return (
    <div className="changes-screen">
      <PageHeader title="Riwayat perubahan" {...(back ? { back } : {})} />
      <p className="muted">{place} · terbaru di atas</p>
      <div className="changes-filters">
        {fixedRw === null && (
          <SelectField
            label="RW"
            placeholder="Semua RW"
            value={rw ? String(rw) : ''}
            options={(first?.rws ?? (rw ? [rw] : [])).map((n) => ({
              value: String(n),
              label: `RW ${formatRwRt(n)}`,
            }))}
            onChange={(e) => setFilter('rw', e.target.value)}
          />
        )}
        <SelectField
          label="Orang"
          placeholder="Semua orang"
          value={userId ?? ''}
          options={(first?.people ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(e) => setFilter('orang', e.target.value)}
        />
      </div>
      {log.error && !log.data ? (
        <div className="alert alert-error" role="alert">
          <p>Riwayat tidak dapat dimuat. Periksa sinyal, lalu coba lagi.</p>
          <Button small onClick={() => void log.refetch()}>
            Coba lagi
          </Button>
        </div>
      ) : !log.data ? (
        <Loading text="Memuat riwayat dari server…" />
      ) : entries.length === 0 ? (
        <p className="card empty">Belum ada perubahan yang cocok dengan saringan ini.</p>
      ) : (
        <>
          <ol className="changes-list" aria-label="Perubahan">
            {entries.map((e, i) => (
              <ChangeRow key={`${e.at}-${e.entityId}-${i}`} entry={e} href={householdHref} />
            ))}
          </ol>
          {log.hasNextPage && (
            <Button
              block
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? 'Memuat…' : 'Muat lebih banyak'}
            </Button>
          )}
        </>
      )}
    </div>
  );
}

function ChangeRow({ entry: e, href }: { entry: ChangeLogEntry; href: (id: string) => string }) {
  const fields = fieldChanges(e);
  return (
    <li className="card change-row">
      <div className="change-head">
        <strong>{changeTitle(e)}</strong>
        <span className="small muted">{formatDateTimeId(e.at)}</span>
      </div>
      <div className="small">
        {e.user?.name ?? 'Tidak diketahui'} · perangkat …{e.deviceId.slice(-6)}
      </div>
      <Link className="change-household small" to={href(e.householdId)}>
        RT {formatRwRt(e.rt)} / RW {formatRwRt(e.rw)} · {e.address}
      </Link>
      {fields.length > 0 && (
        <ul className="change-fields small">
          {fields.map((f) => (
            <li key={f.label}>
              {f.label}:{' '}
              {f.before !== null ? (
                <>
                  <s>{f.before}</s> → {f.after}
                </>
              ) : (
                f.after
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
