import { formatNumber, formatPercent } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { TableScroll } from '@client/ui/table-scroll';
import { CoverageTerms } from '@client/ui/coverage-terms';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { emptyCounts, finishCoverage, rtKey } from '@shared/domain/coverage';
import { findKelurahan, formatRwRt, type Area } from '@shared/wilayah/wilayah';
import { useRwCoverage } from '../hooks/use-rw-coverage';
import { CoverageCard } from './CoverageCard';

/** Area summary: the RT, the whole RW, and a table of every RT, from the data on this phone. */
export function SummaryScreen({ area }: { area: Area }) {
  const coverage = useRwCoverage(area);
  if (!coverage) return <Loading />;
  const rt = coverage.byRt.get(rtKey(area.rw, area.rt)) ?? finishCoverage(emptyCounts());
  const rts = [...coverage.byRt.entries()]
    .map(([key, c]) => ({ rt: Number(key.split('/')[1]), c }))
    .sort((a, b) => a.rt - b.rt);
  return (
    <div>
      <PageHeader title="Ringkasan wilayah" />
      <p className="muted small">
        Dari data di perangkat ini · Kel. {findKelurahan(area.kelurahanCode)?.name}
      </p>
      <CoverageCard title={`RT ${formatRwRt(area.rt)}`} coverage={rt} target={coverage.target} />
      <CoverageCard
        title={`RW ${formatRwRt(area.rw)} (semua RT)`}
        coverage={coverage.total}
        target={coverage.target}
      />
      <section className="card">
        <h2>Per RT</h2>
        {rts.length === 0 ? (
          <p className="muted">Belum ada data.</p>
        ) : (
          <TableScroll label="Cakupan per RT">
            <table className="rt-table">
              <thead>
                <tr>
                  <th>RT</th>
                  <th>Dikunjungi</th>
                  <th>Sasaran</th>
                  <th>Lengkap</th>
                  <th>Sisa ke target</th>
                </tr>
              </thead>
              <tbody>
                {rts.map(({ rt: n, c }) => (
                  <tr key={n} className={n === area.rt ? 'current' : undefined}>
                    <td>{formatRwRt(n)}</td>
                    <td>
                      {formatNumber(c.householdsVisited)}/{formatNumber(c.households)}
                    </td>
                    <td>{formatNumber(c.eligible)}</td>
                    <td>{formatPercent(c.pctLengkap)}</td>
                    <td>{c.reachedTarget ? 'Tercapai' : formatNumber(c.gapToTarget)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <CoverageTerms target={DEFAULT_CONFIG.herdImmunityTarget} />
      </section>
    </div>
  );
}
