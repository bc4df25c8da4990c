import { Link } from 'react-router-dom';
import { DownloadButtons } from '@client/ui/download-buttons';
import { Badge } from '@client/ui/badge';
import { ButtonLink } from '@client/ui/button';
import { formatDateTimeId } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { SUBMISSION_STATUSES } from '@shared/reports/deadline';
import { downloadErrorText } from '../data/download';
import { weekLabel } from '../data/weeks';
import { useSentReportDownload, useSubmissionList } from '../hooks/use-submissions';
import { deadlineText, STATUS_LABELS } from './status-text';
import { useChosenWeek, WeekPicker } from './WeekPicker';
import './report.css';

/**
 * The admin kota's (the Sekda's office) view of the week's reports: per kelurahan sent, sent
 * late, not sent yet or late, each sent version one tap away; the roll-up of what was sent
 * as CSV, XLSX or a printable page.
 */
export function SubmissionsScreen() {
  const [week, setWeek] = useChosenWeek();
  const list = useSubmissionList(week, null);
  const download = useSentReportDownload();
  const data = list.data;
  return (
    <div className="weekly-report submissions">
      <PageHeader title="Kiriman laporan kelurahan" back={paths.weeklyReportOf(week)} />
      <div className="report-controls">
        <WeekPicker week={week} onPick={setWeek} />
        <p className="small muted">Batas kirim {deadlineText(week)}.</p>
        <p className="report-downloads">
          <DownloadButtons
            downloading={download.isPending ? download.variables.format : null}
            onDownload={(format) => download.mutate({ week, format })}
            label={(format) => `Rekap ${format.toUpperCase()}`}
          />
          <ButtonLink small to={paths.sentReportPrint(week)}>
            Cetak rekap
          </ButtonLink>
        </p>
        {download.isError && (
          <p className="alert alert-error" role="alert">
            {downloadErrorText(download.error)}
          </p>
        )}
      </div>
      {!data ? (
        list.isError ? (
          <p className="alert alert-error">Status kiriman tidak dapat dimuat.</p>
        ) : (
          <Loading text="Memuat status kiriman…" />
        )
      ) : (
        <>
          <p className="submission-counts" aria-label={`Ringkasan ${weekLabel(week)}`}>
            {SUBMISSION_STATUSES.map((s) => (
              <Badge key={s} tone={STATUS_LABELS[s].tone}>
                {STATUS_LABELS[s].label}: {data.counts[s]}
              </Badge>
            ))}
          </p>
          <div className="table-scroll">
            <table className="report-table submissions-table">
              <thead>
                <tr>
                  <th scope="col">Kelurahan</th>
                  <th scope="col">Status</th>
                  <th scope="col">Dikirim</th>
                  <th scope="col">Versi</th>
                </tr>
              </thead>
              <tbody>
                {data.kelurahan.map((k) => (
                  <tr key={k.kelurahanCode} data-kelurahan={k.kelurahanCode}>
                    <th scope="row">
                      {k.kelurahanName}
                      <span className="muted small"> · {k.kecamatanName}</span>
                    </th>
                    <td>
                      <Badge tone={STATUS_LABELS[k.status].tone}>
                        {STATUS_LABELS[k.status].label}
                      </Badge>
                    </td>
                    <td className="small">
                      {k.first ? (
                        `${formatDateTimeId(k.first.sentAt)} · ${k.first.sentBy.name}`
                      ) : (
                        <span className="empty-cell">–</span>
                      )}
                    </td>
                    <td>
                      {k.latest ? (
                        <Link
                          to={paths.reportSnapshot(k.kelurahanCode, week, k.latest.version)}
                          aria-label={`Buka laporan ${k.kelurahanName} versi ${k.latest.version}`}
                        >
                          Buka v{k.latest.version}
                        </Link>
                      ) : (
                        <span className="empty-cell">–</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
