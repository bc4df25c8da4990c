import { Link } from 'react-router-dom';
import { Badge } from '@client/ui/badge';
import { formatNumber } from '@client/ui/format';
import { PageHeader } from '@client/ui/page-header';
import type { IsomanPatient } from '@shared/isoman/api';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { formatDateId } from '@shared/dates';
import { useIsomanList } from '../hooks/use-isoman';
import { ServerStatus } from './ServerStatus';
import './isoman.css';

/**
 * The residents of a kelurahan (or of the ketua RW's RW) in isoman today: who, where, which
 * day of isolation, and their household (`householdHref`: the household page the viewer can
 * open). Family clusters (two or more in one household) come first and are marked.
 */
export function IsomanListScreen({
  code,
  rw,
  back,
  householdHref,
}: {
  code: string;
  rw: number | null;
  back?: string;
  householdHref: (householdId: string) => string;
}) {
  const query = useIsomanList(code, rw);
  const list = query.data;
  const place = `${rw ? `RW ${formatRwRt(rw)}, ` : ''}Kel. ${findKelurahan(code)?.name ?? code}`;
  return (
    <div className="isoman-screen">
      <PageHeader title="Isoman aktif" {...(back ? { back } : {})} />
      <p className="muted">{place}</p>
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
