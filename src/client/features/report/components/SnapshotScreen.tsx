import { Link } from 'react-router-dom';
import { Badge } from '@client/ui/badge';
import { formatDateTimeId, today } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { ROLE_LABELS } from '@shared/auth/roles';
import { jakartaDay } from '@shared/reports/deadline';
import { weekLabel } from '../data/weeks';
import { useSnapshot } from '../hooks/use-submissions';
import { ChangesTable } from './ChangesTable';
import { ReportDocument } from './ReportDocument';
import { ReportTable } from './ReportTable';
import './report.css';

/**
 * One version of a kelurahan's report as it was sent: who sent it and when, on time or not,
 * what changed against the version before, and its figures (printable, signed by the lurah
 * who sent it). `back`: the admin kota's status list, or the lurah's report screen.
 */
export function SnapshotScreen({
  code,
  week,
  version,
  back,
}: {
  code: string;
  week: string;
  version: number;
  back: string;
}) {
  const snapshot = useSnapshot(code, week, version);
  const s = snapshot.data;
  return (
    <div className="weekly-report snapshot">
      <PageHeader title="Laporan terkirim" back={back} />
      {!s ? (
        snapshot.isError ? (
          <p className="alert alert-error">Laporan terkirim ini tidak dapat dimuat.</p>
        ) : (
          <Loading text="Memuat laporan terkirim…" />
        )
      ) : (
        <>
          <section className="card report-controls snapshot-meta">
            <p>
              <strong>
                Kelurahan {s.kelurahanName}, Kec. {s.kecamatanName}
              </strong>{' '}
              · {weekLabel(s.week)}
            </p>
            <p>
              Versi {s.version} dikirim oleh {s.sentBy.name} ({ROLE_LABELS[s.sentBy.role]}),{' '}
              {formatDateTimeId(s.sentAt)}{' '}
              <Badge tone={s.onTime ? 'green' : 'amber'}>
                {s.onTime ? 'Tepat waktu' : 'Terlambat'}
              </Badge>
            </p>
            {s.latestVersion > s.version && (
              <p className="alert alert-info small">
                Sudah ada koreksi:{' '}
                <Link to={paths.reportSnapshot(code, week, s.latestVersion)}>
                  lihat versi {s.latestVersion}
                </Link>
                .
              </p>
            )}
            <p className="report-downloads">
              {s.version > 1 && (
                <Link
                  className="btn btn-small"
                  to={paths.reportSnapshot(code, week, s.version - 1)}
                >
                  Versi {s.version - 1}
                </Link>
              )}
              <button type="button" className="btn btn-small" onClick={() => window.print()}>
                Cetak
              </button>
            </p>
          </section>
          {s.previousVersion !== null && (
            <section className="card report-controls">
              <h2>Perubahan dari versi {s.previousVersion}</h2>
              <ChangesTable changes={s.changes} />
            </section>
          )}
          <ReportDocument
            issuer={{ kelurahanCode: s.kelurahanCode }}
            signer={s.sentBy.role === 'lurah' ? s.sentBy.name : null}
            date={jakartaDay(Date.parse(s.sentAt)) || today()}
          >
            <h2 className="report-title">
              Cakupan vaksinasi Kelurahan {s.kelurahanName}, {weekLabel(s.week)}
            </h2>
            <p className="muted small">
              Data per {formatDateTimeId(s.report.asOf)} · versi {s.version} · target{' '}
              {Math.round(s.report.target * 100)}% sasaran lengkap
            </p>
            <ReportTable rows={s.report.rows} />
          </ReportDocument>
        </>
      )}
    </div>
  );
}
