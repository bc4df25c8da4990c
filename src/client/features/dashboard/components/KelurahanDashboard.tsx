import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { withAsOf } from '../data/as-of-date';
import { useKelurahanCoverage } from '../hooks/use-coverage';
import { AnswerStatus } from './AnswerStatus';
import { AsOfPicker, useAsOfDate } from './AsOfPicker';
import { CoverageTable } from './CoverageTable';
import { DashboardLinks } from './DashboardLinks';
import { ReasonList } from './ReasonList';
import { TotalCard } from './TotalCard';
import { TrendChart } from './TrendChart';
import './dashboard.css';

/**
 * One kelurahan: a table per RW (tap an RW for its RTs, as of the same day), the trend, the
 * reasons; "Per tanggal" shows them as of a past day.
 */
export function KelurahanDashboard({ code }: { code: string }) {
  const [date, setDate] = useAsOfDate();
  const query = useKelurahanCoverage(code, date);
  const kel = query.data;
  const name = findKelurahan(code)?.name ?? kel?.name ?? code;
  return (
    <div className="dashboard">
      <PageHeader title={`Kelurahan ${name}`} back={paths.dashboard} />
      <AnswerStatus query={query} />
      <DashboardLinks kelurahanCode={code} />
      <AsOfPicker date={date} recordedFrom={kel?.recordedFrom} onChange={setDate} />
      {kel && (
        <>
          <TotalCard total={kel.total} target={kel.target} />
          <section className="card">
            <h2>Per RW</h2>
            <CoverageTable
              rows={kel.rws}
              target={kel.target}
              caption={`Cakupan per RW, Kelurahan ${name}`}
              hrefOf={(row) => withAsOf(paths.dashboardRw(code, Number(row.key)), date)}
            />
          </section>
          <section className="card">
            <h2>Tren cakupan</h2>
            <TrendChart trend={kel.trend} target={kel.target} />
          </section>
          <section className="card">
            <h2>Belum divaksin, menurut alasan</h2>
            <ReasonList counts={kel.total.unvaccinatedByReason} />
          </section>
        </>
      )}
    </div>
  );
}
