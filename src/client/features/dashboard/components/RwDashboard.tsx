import { Link } from 'react-router-dom';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { useRwCoverage } from '../hooks/use-coverage';
import { AnswerStatus } from './AnswerStatus';
import { AsOfPicker, useAsOfDate } from './AsOfPicker';
import { CoverageTable } from './CoverageTable';
import { ReasonList } from './ReasonList';
import { TotalCard } from './TotalCard';
import { TrendChart } from './TrendChart';
import './dashboard.css';

/**
 * One RW of a kelurahan: a table per RT, the trend, the reasons, as of today or a past day;
 * the RW's isoman list and change log; `back` leads up a level.
 */
export function RwDashboard({ code, rw, back }: { code: string; rw: number; back: string }) {
  const [date, setDate] = useAsOfDate();
  const query = useRwCoverage(code, rw, date);
  const data = query.data;
  const kelName = findKelurahan(code)?.name ?? code;
  return (
    <div className="dashboard">
      <PageHeader title={`RW ${formatRwRt(rw)}, Kel. ${kelName}`} back={back} />
      <AnswerStatus query={query} />
      <nav className="dashboard-links" aria-label="Tampilan lain">
        <Link className="btn btn-small" to={`${paths.isomanKelurahan(code)}?rw=${rw}`}>
          Isoman RW ini
        </Link>
        <Link className="btn btn-small" to={`${paths.changesKelurahan(code)}?rw=${rw}`}>
          Riwayat perubahan RW ini
        </Link>
      </nav>
      <AsOfPicker date={date} recordedFrom={data?.recordedFrom} onChange={setDate} />
      {data && (
        <>
          <TotalCard total={data.total} target={data.target} />
          <section className="card">
            <h2>Per RT</h2>
            <CoverageTable
              rows={data.rts}
              target={data.target}
              caption={`Cakupan per RT, RW ${formatRwRt(rw)}`}
            />
          </section>
          <section className="card">
            <h2>Tren cakupan</h2>
            <TrendChart trend={data.trend} target={data.target} />
          </section>
          <section className="card">
            <h2>Belum divaksin, menurut alasan</h2>
            <ReasonList counts={data.total.unvaccinatedByReason} />
          </section>
        </>
      )}
    </div>
  );
}
