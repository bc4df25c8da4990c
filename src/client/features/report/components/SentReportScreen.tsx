import { formatDateTimeId, today } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { KELURAHAN } from '@shared/wilayah/wilayah';
import { weekLabel } from '../data/weeks';
import { useSentReport } from '../hooks/use-submissions';
import { ReportDocument } from './ReportDocument';
import { ReportTable } from './ReportTable';
import { useChosenWeek } from './WeekPicker';
import './report.css';

/** The city roll-up of the reports the kelurahan sent for a week, as a page to print. */
export function SentReportScreen() {
  const [week] = useChosenWeek();
  const sent = useSentReport(week);
  const data = sent.data;
  return (
    <div className="weekly-report">
      <PageHeader title="Rekap laporan terkirim" back={paths.reportSubmissions(week)}>
        <button type="button" className="btn btn-small" onClick={() => window.print()}>
          Cetak
        </button>
      </PageHeader>
      <ReportDocument issuer={{ kota: true }} date={today()}>
        <h2 className="report-title">
          Rekap laporan mingguan kelurahan, Kota Bekasi, {weekLabel(week)}
        </h2>
        {!data ? (
          sent.isError ? (
            <p className="alert alert-error">Rekap tidak dapat dimuat.</p>
          ) : (
            <Loading text="Memuat rekap…" />
          )
        ) : (
          <>
            <p className="muted small">
              {data.sent.length} dari {KELURAHAN.length} kelurahan mengirim · versi terakhir
              masing-masing · disusun {formatDateTimeId(data.asOf)}
            </p>
            <ReportTable rows={data.rows} />
          </>
        )}
      </ReportDocument>
    </div>
  );
}
