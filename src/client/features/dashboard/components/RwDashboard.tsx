import { PageHeader } from '@client/ui/page-header';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { useRwCoverage } from '../hooks/use-coverage';
import { AnswerStatus } from './AnswerStatus';
import { CoverageTable } from './CoverageTable';
import { ReasonList } from './ReasonList';
import { TotalCard } from './TotalCard';
import { TrendChart } from './TrendChart';
import './dashboard.css';

/** One RW of a kelurahan: a table per RT, the trend, the reasons; `back` leads up a level. */
export function RwDashboard({ code, rw, back }: { code: string; rw: number; back: string }) {
  const query = useRwCoverage(code, rw);
  const data = query.data;
  const kelName = findKelurahan(code)?.name ?? code;
  return (
    <div className="dashboard">
      <PageHeader title={`RW ${formatRwRt(rw)}, Kel. ${kelName}`} back={back} />
      <AnswerStatus query={query} />
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
