import { useSearchParams } from 'react-router-dom';
import { useOnline } from '@client/pwa';
import { formatDateTimeId, today } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { downloadErrorText } from '../data/download';
import { isoWeekOf, lastFullWeek, recentWeeks, weekLabel } from '../data/weeks';
import { useReportDownload } from '../hooks/use-report-download';
import { useWeeklyReport } from '../hooks/use-weekly-report';
import { ReportTable } from './ReportTable';
import './report.css';

const WEEK_PARAM = 'minggu';

/**
 * The weekly report for the Sekda: choose a week (the last full one by default), preview it,
 * download it as CSV or XLSX from the server, or print this page. Of one kelurahan (its lurah
 * and staf) or of the city (`null`, the admin kota).
 */
export function WeeklyReportScreen({ kelurahanCode }: { kelurahanCode: string | null }) {
  const [params, setParams] = useSearchParams();
  const latest = lastFullWeek(today());
  const weeks = recentWeeks(latest, 12);
  const chosen = params.get(WEEK_PARAM);
  const week = chosen && /^\d{4}-W\d{2}$/.test(chosen) ? chosen : latest;
  if (!weeks.includes(week)) weeks.push(week);
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
        <label className="field">
          <span className="field-label">Minggu</span>
          <select
            value={week}
            onChange={(e) => setParams({ [WEEK_PARAM]: e.target.value }, { replace: true })}
          >
            {weeks.map((w) => (
              <option key={w} value={w}>
                {weekLabel(w)}
                {w === isoWeekOf(today()) ? ' – berjalan' : ''}
              </option>
            ))}
          </select>
        </label>
        <p className="report-downloads">
          {(['csv', 'xlsx'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="btn btn-small"
              disabled={download.isPending}
              onClick={() => download.mutate({ week, format })}
            >
              {download.isPending && download.variables?.format === format
                ? 'Mengunduh…'
                : `Unduh ${format.toUpperCase()}`}
            </button>
          ))}
          <button type="button" className="btn btn-small" onClick={() => window.print()}>
            Cetak
          </button>
        </p>
        {download.isError && (
          <p className="alert alert-error" role="alert">
            {downloadErrorText(download.error)}
          </p>
        )}
      </div>
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
    </div>
  );
}
