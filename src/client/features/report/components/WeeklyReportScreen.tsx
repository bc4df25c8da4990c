import { useOnline } from '@client/pwa';
import { DownloadButtons } from '@client/ui/download-buttons';
import { ButtonLink } from '@client/ui/button';
import { formatDateTimeId, today } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { downloadErrorText } from '../data/download';
import { weekLabel } from '../data/weeks';
import { useReportDownload } from '../hooks/use-report-download';
import { useWeeklyReport } from '../hooks/use-weekly-report';
import { ReportDocument } from './ReportDocument';
import { ReportTable } from './ReportTable';
import { SendReportPanel } from './SendReportPanel';
import { useChosenWeek, WeekPicker } from './WeekPicker';
import './report.css';

/**
 * The weekly report for the Sekda: choose a week (by default the current one, which Friday's
 * report closes), preview it, send it (lurah and staf), download it as CSV or XLSX from the
 * server, or print it as an A4 document. Of one kelurahan (its lurah and staf) or of the city
 * (`null`, the admin kota, who also sees which kelurahan have sent theirs).
 */
export function WeeklyReportScreen({
  kelurahanCode,
  canSend = false,
  signer = null,
}: {
  kelurahanCode: string | null;
  canSend?: boolean;
  /** The lurah's name for the printed signature block. */
  signer?: string | null;
}) {
  const [week, setWeek] = useChosenWeek();
  const report = useWeeklyReport(week, kelurahanCode);
  const online = useOnline();
  const download = useReportDownload(kelurahanCode);
  const place = kelurahanCode
    ? `Kelurahan ${findKelurahan(kelurahanCode)?.name ?? kelurahanCode}`
    : 'Kota Bekasi';

  return (
    <div className="weekly-report">
      <PageHeader title="Laporan mingguan" back={paths.dashboard} />
      <div className="report-controls">
        <WeekPicker week={week} onPick={setWeek} />
        <p className="report-downloads">
          <DownloadButtons
            downloading={download.isPending ? download.variables.format : null}
            onDownload={(format) => download.mutate({ week, format })}
          />
          <button type="button" className="btn btn-small" onClick={() => window.print()}>
            Cetak
          </button>
          {!kelurahanCode && (
            <ButtonLink small variant="primary" to={paths.reportSubmissions(week)}>
              Kiriman kelurahan
            </ButtonLink>
          )}
        </p>
        {download.isError && (
          <p className="alert alert-error" role="alert">
            {downloadErrorText(download.error)}
          </p>
        )}
        {canSend && kelurahanCode && (
          <SendReportPanel
            week={week}
            kelurahanCode={kelurahanCode}
            total={report.data?.rows.find((r) => r.rw === null)}
          />
        )}
      </div>
      <ReportDocument
        issuer={kelurahanCode ? { kelurahanCode } : { kota: true }}
        signer={signer}
        date={today()}
      >
        <h2 className="report-title">
          Cakupan vaksinasi {place}, {weekLabel(week)}
        </h2>
        {report.data ? (
          <>
            <p className={online && !report.isError ? 'muted small' : 'alert alert-info small'}>
              Data per {formatDateTimeId(report.data.asOf)}
              {online && !report.isError ? '' : ' · menampilkan data tersimpan'} · target{' '}
              {Math.round(report.data.target * 100)}% sasaran lengkap
            </p>
            <ReportTable rows={report.data.rows} />
          </>
        ) : report.isError ? (
          <p className="alert alert-error">
            Laporan tidak dapat dimuat dari server. Coba lagi nanti.
          </p>
        ) : !online || report.fetchStatus === 'paused' ? (
          <p className="alert alert-error">
            Tidak ada sinyal, dan laporan minggu ini belum pernah dibuka di perangkat ini.
          </p>
        ) : (
          <Loading text="Memuat laporan…" />
        )}
      </ReportDocument>
    </div>
  );
}
