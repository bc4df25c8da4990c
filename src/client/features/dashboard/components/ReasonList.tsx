import type { CoverageRow } from '@shared/coverage/api';
import { REASON_LABELS } from '@shared/domain/vaccination';
import { formatNumber } from '@client/ui/format';

const LABELS: Record<string, string> = { ...REASON_LABELS, 'tanpa-alasan': 'Tanpa alasan' };

/** Eligible residents with no dose, by the reason recorded, most first. */
export function ReasonList({ counts }: { counts: CoverageRow['unvaccinatedByReason'] }) {
  const rows = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return <p className="muted">Tidak ada sasaran yang belum divaksin.</p>;
  return (
    <dl className="reason-list">
      {rows.map(([reason, n]) => (
        <div key={reason}>
          <dt>{LABELS[reason] ?? reason}</dt>
          <dd>{formatNumber(n)}</dd>
        </div>
      ))}
    </dl>
  );
}
