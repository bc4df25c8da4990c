import { useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Badge } from '@client/ui/badge';
import { SelectField } from '@client/ui/field';
import { formatNumber } from '@client/ui/format';
import { PageHeader } from '@client/ui/page-header';
import type { IsomanList, IsomanPatient } from '@shared/isoman/api';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { formatDateId } from '@shared/dates';
import { isomanKeys } from '../data/api';
import { askedRw, rwOptions } from '../data/rw-filter';
import { useIsomanList } from '../hooks/use-isoman';
import { ServerStatus } from '@client/ui/server-status';
import './isoman.css';

/**
 * The residents of a kelurahan (or of the ketua RW's RW) in isoman today: who, where, which
 * day of isolation, and their household (`householdHref`: the household page the viewer can
 * open). Family clusters (two or more in one household) come first and are marked. The lurah
 * narrows it to one RW (`?rw=3`, asked of the server); a ketua RW (`fixedRw`) sees theirs.
 */
export function IsomanListScreen({
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
  const rw = fixedRw ?? askedRw(params.get('rw'));
  const query = useIsomanList(code, rw);
  const list = query.data;
  // The whole kelurahan's list, only if already read: the filter never fetches names by itself.
  const whole = useQueryClient().getQueryData<IsomanList>(isomanKeys.kelurahan(code, null));
  const setRw = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('rw', value);
    else next.delete('rw');
    setParams(next, { replace: true });
  };
  const place = `${fixedRw ? `RW ${formatRwRt(fixedRw)}, ` : ''}Kel. ${findKelurahan(code)?.name ?? code}`;
  return (
    <div className="isoman-screen">
      <PageHeader title="Isoman aktif" {...(back ? { back } : {})} />
      <p className="muted">{place}</p>
      {fixedRw === null && (
        <div className="isoman-filters">
          <SelectField
            label="RW"
            placeholder="Semua RW"
            value={rw ? String(rw) : ''}
            options={rwOptions(whole, rw).map((n) => ({
              value: String(n),
              label: `RW ${formatRwRt(n)}`,
            }))}
            onChange={(e) => setRw(e.target.value)}
          />
        </div>
      )}
      <ServerStatus query={query} />
      {list && (
        <>
          <section className="card isoman-totals" aria-label="Ringkasan isoman">
            <div>
              <strong>{formatNumber(list.patients.length)}</strong> warga sedang isoman
            </div>
            <div>
              <strong>{formatNumber(list.clusters.length)}</strong> klaster keluarga
              <span className="small muted"> (2 orang atau lebih dalam satu rumah)</span>
            </div>
          </section>
          {list.patients.length === 0 ? (
            <p className="card empty">Tidak ada warga yang sedang isoman.</p>
          ) : (
            <ul className="isoman-list" aria-label="Warga sedang isoman">
              {byClusterFirst(list.patients).map((p) => (
                <PatientCard key={p.id} patient={p} href={householdHref(p.householdId)} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** Clusters first (largest first), then the others by RW and RT, as the server sorted them. */
function byClusterFirst(patients: readonly IsomanPatient[]): IsomanPatient[] {
  const size = new Map<string, number>();
  for (const p of patients) size.set(p.householdId, (size.get(p.householdId) ?? 0) + 1);
  return [...patients].sort(
    (a, b) =>
      Number(b.cluster) - Number(a.cluster) ||
      (b.cluster ? size.get(b.householdId)! - size.get(a.householdId)! : 0),
  );
}

function PatientCard({ patient: p, href }: { patient: IsomanPatient; href: string }) {
  const late = p.day > p.days;
  return (
    <li className={p.cluster ? 'card isoman-patient cluster' : 'card isoman-patient'}>
      <div className="isoman-head">
        <strong>{p.name}</strong>
        {p.age !== null && <span className="muted"> · {p.age} th</span>}
        <span className="isoman-place">
          RT {formatRwRt(p.rt)} / RW {formatRwRt(p.rw)}
        </span>
      </div>
      <div className="isoman-day">
        <span className="isoman-day-n">Hari ke-{p.day}</span> dari {p.days}
        <span className="small muted">
          {' '}
          · mulai {formatDateId(p.startDate)}, perkiraan selesai {formatDateId(p.expectedEndDate)}
        </span>
      </div>
      <div className="isoman-badges">
        {p.cluster && <Badge tone="purple">Klaster keluarga</Badge>}
        {late && <Badge tone="amber">Lewat perkiraan selesai: perlu ditutup</Badge>}
      </div>
      <Link to={href} className="isoman-household">
        {p.address} · KK {p.headName}
      </Link>
    </li>
  );
}
