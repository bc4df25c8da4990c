import { formatNumber } from '@client/ui/format';
import type { ListCounts as Counts } from '../data/household-rows';

export function ListCounts({ counts, complete }: { counts: Counts; complete: boolean }) {
  const items = [
    ['Rumah', counts.households],
    ['Dikunjungi', counts.visited],
    ['Warga', counts.residents],
    ['Belum vaksin', counts.unvaccinated],
  ] as const;
  return (
    <dl className="stats" aria-label="Jumlah">
      {items.map(([label, value]) => (
        <div
          key={label}
          className={complete && label === 'Belum vaksin' && value > 0 ? 'stat stat-alert' : 'stat'}
        >
          <dt>{label}</dt>
          <dd>{complete || label === 'Rumah' ? formatNumber(value) : '…'}</dd>
        </div>
      ))}
    </dl>
  );
}
