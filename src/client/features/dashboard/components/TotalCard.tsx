import type { CoverageRow } from '@shared/coverage/api';
import { formatNumber, formatPercent } from '@client/ui/format';
import { CoverageTerms } from '@client/ui/coverage-terms';
import { ProgressBar } from '@client/ui/progress-bar';

/** The area's headline figures: the lengkap share against the target and the gap to it, and what those words mean. */
export function TotalCard({ total, target }: { total: CoverageRow; target: number }) {
  return (
    <section className="card">
      <ProgressBar value={total.pctLengkap} target={target} label="Vaksinasi lengkap" />
      <dl className="stats">
        <div className="stat">
          <dt>Lengkap</dt>
          <dd>{formatPercent(total.pctLengkap)}</dd>
        </div>
        <div className="stat">
          <dt>Sasaran</dt>
          <dd>{formatNumber(total.eligible)}</dd>
        </div>
        <div className={total.reachedTarget ? 'stat' : 'stat stat-alert'}>
          <dt>Sisa ke target</dt>
          <dd>{total.reachedTarget ? 'Tercapai' : formatNumber(total.gapToTarget)}</dd>
        </div>
        <div className="stat">
          <dt>Isoman aktif</dt>
          <dd>{formatNumber(total.activeIsoman)}</dd>
        </div>
      </dl>
      <CoverageTerms target={target} />
    </section>
  );
}
