import { formatNumber, formatPercent } from '@client/ui/format';
import { TableScroll } from '@client/ui/table-scroll';
import type { RtGap } from '@shared/followups/api';
import { REASON_LABELS, type NotVaccinatedReason } from '@shared/domain/vaccination';
import { formatRwRt } from '@shared/wilayah/wilayah';

/**
 * "Gap to target" per RT: how many more need a complete series to reach the kota's target
 * (as the server measured it), and why people are unvaccinated.
 */
export function GapTable({ rts, target }: { rts: readonly RtGap[]; target: number }) {
  if (rts.length === 0) return <p className="muted">Belum ada data warga di RW ini.</p>;
  return (
    <TableScroll label="Kekurangan ke target per RT">
      <table className="rt-table" data-testid="gap-table">
        <thead>
          <tr>
            <th>RT</th>
            <th>Sasaran</th>
            <th>Lengkap</th>
            {/* A copy kept offline from before answers carried the target has none. */}
            <th>Target{Number.isFinite(target) ? ` ${formatPercent(target)}` : ''}</th>
            <th>Kurang</th>
            <th>Belum vaksin menurut alasan</th>
          </tr>
        </thead>
        <tbody>
          {rts.map((g) => (
            <tr key={g.rt}>
              <td>{formatRwRt(g.rt)}</td>
              <td>{formatNumber(g.eligible)}</td>
              <td>{formatNumber(g.lengkap)}</td>
              <td>{formatNumber(g.targetCount)}</td>
              <td>{g.gapToTarget === 0 ? 'Tercapai' : formatNumber(g.gapToTarget)}</td>
              <td className="small">{reasonsText(g.unvaccinatedByReason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function reasonsText(byReason: RtGap['unvaccinatedByReason']): string {
  const parts = Object.entries(byReason)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, n]) => `${labelOf(reason)} ${formatNumber(n)}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

function labelOf(reason: string): string {
  return reason === 'tanpa-alasan'
    ? 'Tanpa alasan'
    : (REASON_LABELS[reason as NotVaccinatedReason] ?? reason);
}
