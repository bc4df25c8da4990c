import { Badge } from '@client/ui/badge';
import { Button } from '@client/ui/button';
import { formatDateTimeId } from '@client/ui/format';
import { FOLLOWUP_KIND_LABELS } from '@shared/domain/followup-status';
import type { FollowupSummary } from '@shared/followups/api';
import { formatRwRt } from '@shared/wilayah/wilayah';

/** Follow-ups already given in the RW, open or done; an open one can be cancelled. */
export function GivenList({
  followups,
  onCancel,
  busy,
}: {
  followups: readonly FollowupSummary[];
  onCancel: (id: string) => void;
  busy: boolean;
}) {
  if (followups.length === 0) return <p className="muted">Belum ada tindak lanjut.</p>;
  return (
    <ul className="pick-list" data-testid="given">
      {followups.map((f) => (
        <li key={f.id}>
          <strong>{f.name}</strong> · RT {formatRwRt(f.rt)} · {f.address}
          <div className="badges">
            <Badge tone={f.kind === 'belum-vaksin' ? 'red' : 'blue'}>
              {FOLLOWUP_KIND_LABELS[f.kind]}
            </Badge>
            <Badge>{f.assignedToName}</Badge>
            {f.done ? <Badge tone="green">Selesai</Badge> : <Badge tone="amber">Terbuka</Badge>}
            <span className="muted small">{formatDateTimeId(f.createdAt)}</span>
          </div>
          {!f.done && (
            <Button small variant="ghost" disabled={busy} onClick={() => onCancel(f.id)}>
              Batalkan
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
