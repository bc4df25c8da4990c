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
 * the RW's isoman list, change log and reconciliation list; `back` leads up a level.
 */
export function RwDashboard({
  code,
  rw,
  back,
  stickers = false,
}: {
  code: string;
  rw: number;
  back: string;
  /** Link to the household QR sticker sheet (the ketua RW, whose phone holds the RW). */
  stickers?: boolean;
}) {
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
        <Link className="btn btn-small" to={`${paths.reconciliationKelurahan(code)}?rw=${rw}`}>
          Rekonsiliasi bukti RW ini
        </Link>
        {stickers && (
          <Link className="btn btn-small" to={paths.householdStickers}>
            Cetak stiker QR rumah
          </Link>
        )}
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
