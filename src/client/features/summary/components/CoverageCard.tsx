import { formatNumber, formatPercent } from '@client/ui/format';
import { ProgressBar } from '@client/ui/progress-bar';
import type { Coverage } from '@shared/domain/coverage';

/** Coverage of one area against the herd-immunity target, with how many are still missing. */
export function CoverageCard({
  title,
  coverage: c,
  target,
}: {
  title: string;
  coverage: Coverage;
  /** The kota's herd-immunity target, share of eligible. */
  target: number;
}) {
  return (
    <section className="card coverage">
      <h2>{title}</h2>
      <div className="coverage-headline">
        <span className="coverage-pct">{formatPercent(c.pctLengkap)}</span>
        <span className="muted">sasaran sudah vaksin lengkap</span>
      </div>
      <ProgressBar value={c.pctLengkap} target={target} label={`Vaksin lengkap ${title}`} />
      <p className={c.reachedTarget ? 'coverage-gap reached' : 'coverage-gap'}>
        {c.eligible === 0
          ? 'Belum ada warga sasaran tercatat.'
          : c.reachedTarget
            ? `Target ${formatPercent(target)} tercapai.`
            : `Target ${formatPercent(target)}: kurang ${formatNumber(c.gapToTarget)} orang lagi.`}
      </p>
      <dl className="facts">
        <dt>Warga</dt>
        <dd>{formatNumber(c.residents)}</dd>
        <dt>Sasaran</dt>
        <dd>{formatNumber(c.eligible)}</dd>
        <dt>Dosis 1</dt>
        <dd>
          {formatNumber(c.dosis1)} ({formatPercent(c.pctDosis1)})
        </dd>
        <dt>Lengkap</dt>
        <dd>
          {formatNumber(c.lengkap)} ({formatPercent(c.pctLengkap)})
        </dd>
        <dt>Booster</dt>
        <dd>
          {formatNumber(c.booster)} ({formatPercent(c.pctBooster)})
        </dd>
        <dt>Rumah dikunjungi</dt>
        <dd>
          {formatNumber(c.householdsVisited)} dari {formatNumber(c.households)}
        </dd>
        <dt>Isoman aktif</dt>
        <dd>{formatNumber(c.activeIsoman)}</dd>
      </dl>
    </section>
  );
}
