import { Link } from 'react-router-dom';
import { formatPercent } from '@client/ui/format';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { ProgressBar } from '@client/ui/progress-bar';
import { isomanSentence } from '../data/isoman-sentence';
import { useCityCoverage } from '../hooks/use-coverage';
import { AnswerStatus } from './AnswerStatus';
import { CoverageTable } from './CoverageTable';
import { DashboardLinks } from './DashboardLinks';
import { ReasonList } from './ReasonList';
import { TotalCard } from './TotalCard';
import { TrendChart } from './TrendChart';
import './dashboard.css';

/**
 * Kota Bekasi: isoman per kelurahan, the 56 kelurahan ranked by the lengkap share, the 12
 * kecamatan in a table, the trend.
 */
export function CityDashboard() {
  const query = useCityCoverage();
  const city = query.data;
  return (
    <div className="dashboard">
      <PageHeader title="Cakupan Kota Bekasi" />
      <AnswerStatus query={query} />
      <DashboardLinks />
      {city && (
        <>
          <TotalCard total={city.total} target={city.target} />
          <section className="card">
            <h2>Isoman aktif per kelurahan</h2>
            <p className="isoman-sentence">{isomanSentence(city.isoman)}</p>
          </section>
          <section className="card">
            <h2>Peringkat kelurahan</h2>
            <p className="muted small">
              Persentase vaksinasi lengkap dari sasaran; garis = target{' '}
              {Math.round(city.target * 100)}%.
            </p>
            <ol className="rank-list">
              {city.kelurahan.map((kel) => (
                <li key={kel.key}>
                  <Link to={paths.dashboardKelurahan(kel.key)}>
                    <span className="rank-name">{kel.name}</span>
                    <span className="rank-pct">{formatPercent(kel.pctLengkap)}</span>
                    <ProgressBar
                      value={kel.pctLengkap}
                      target={city.target}
                      label={`${kel.name}: lengkap`}
                    />
                  </Link>
                </li>
              ))}
            </ol>
          </section>
          <section className="card">
            <h2>Per kecamatan</h2>
            <CoverageTable
              rows={city.kecamatan}
              target={city.target}
              caption="Cakupan per kecamatan"
            />
          </section>
          <section className="card">
            <h2>Tren cakupan</h2>
            <TrendChart trend={city.trend} target={city.target} />
          </section>
          <section className="card">
            <h2>Belum divaksin, menurut alasan</h2>
            <ReasonList counts={city.total.unvaccinatedByReason} />
          </section>
        </>
      )}
    </div>
  );
}
